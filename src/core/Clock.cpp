#include "core/Clock.h"

namespace qdf {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QString Clock::format(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace qdf
