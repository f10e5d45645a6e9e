#include "core/Clock.h"

namespace qdf {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QString Clock::format(const QDateTime &time)
{
    // A write stamps every row it touches with the same moment: an import formats one time a few
    // hundred times, and each costs a time-zone conversion and a print (1% of a merge, issue 16).
    thread_local QDateTime last;
    thread_local QString lastText;
    if (lastText.isNull() || time != last) {  // the same moment prints the same in UTC, whatever its zone
        last = time;
        lastText = time.toUTC().toString(Qt::ISODateWithMs);
    }
    return lastText;
}

} // namespace qdf
