#include "core/Limits.h"

#include <QtGlobal>

namespace qdf {
namespace {

ExchangeLimits fromEnvironment()
{
    ExchangeLimits limits;
    bool ok = false;
    const qint64 attachment = qEnvironmentVariableIntValue("QDF_MAX_ATTACHMENT_MB", &ok);
    if (ok && attachment > 0)
        limits.attachmentBytes = attachment * 1024 * 1024;
    const qint64 bundle = qEnvironmentVariableIntValue("QDF_MAX_BUNDLE_MB", &ok);
    if (ok && bundle > 0)
        limits.bundleBytes = bundle * 1024 * 1024;
    return limits;
}

ExchangeLimits &current()
{
    static ExchangeLimits limits = fromEnvironment();
    return limits;
}

} // namespace

const ExchangeLimits &exchangeLimits()
{
    return current();
}

void setExchangeLimits(const ExchangeLimits &limits)
{
    current() = limits;
}

QString megabytes(qint64 bytes)
{
    return QCoreApplication::translate("qdf", "%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

} // namespace qdf
