#include "core/Maturity.h"

#include <QCoreApplication>

namespace qdf {

QString maturitySlug(Maturity maturity)
{
    switch (maturity) {
    case Maturity::Draft: return QStringLiteral("draft");
    case Maturity::Ready: return QStringLiteral("ready");
    case Maturity::SignedOff: return QStringLiteral("signed-off");
    case Maturity::Adopted: return QStringLiteral("adopted");
    }
    return {};
}

std::optional<Maturity> maturityFromSlug(const QString &slug)
{
    for (Maturity m : {Maturity::Draft, Maturity::Ready, Maturity::SignedOff, Maturity::Adopted}) {
        if (maturitySlug(m) == slug)
            return m;
    }
    return std::nullopt;
}

QString maturityTitle(Maturity maturity)
{
    switch (maturity) {
    case Maturity::Draft: return QCoreApplication::translate("Maturity", "Draft");
    case Maturity::Ready: return QCoreApplication::translate("Maturity", "Ready for sign-off");
    case Maturity::SignedOff: return QCoreApplication::translate("Maturity", "Signed off");
    case Maturity::Adopted: return QCoreApplication::translate("Maturity", "Adopted into the Framework");
    }
    return {};
}

bool isAllowedMove(Maturity from, Maturity to)
{
    switch (from) {
    case Maturity::Draft: return to == Maturity::Ready;
    case Maturity::Ready: return to == Maturity::Draft || to == Maturity::SignedOff;
    case Maturity::SignedOff: return to == Maturity::Adopted;
    case Maturity::Adopted: return false;
    }
    return false;
}

} // namespace qdf
