#include "core/Maturity.h"

#include "core/i18n/Language.h"

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

namespace {

const char *maturitySource(Maturity maturity)
{
    switch (maturity) {
    case Maturity::Draft: return QT_TRANSLATE_NOOP("Maturity", "Draft");
    case Maturity::Ready: return QT_TRANSLATE_NOOP("Maturity", "Ready for sign-off");
    case Maturity::SignedOff: return QT_TRANSLATE_NOOP("Maturity", "Signed off");
    case Maturity::Adopted: return QT_TRANSLATE_NOOP("Maturity", "Adopted into the Framework");
    }
    return "";
}

} // namespace

QString maturityTitle(Maturity maturity)
{
    return QCoreApplication::translate("Maturity", maturitySource(maturity));
}

QString maturityTitleIn(Maturity maturity, const QString &language)
{
    return language::translatedIn(language, "Maturity", maturitySource(maturity));
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
