#pragma once

#include <QDateTime>

namespace qdf {

// Every "now" in the core goes through a Clock, so tests can fix time. Times are for people
// to read; merge decisions rest on revisions, never on laptops' clocks.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The clock the program uses unless told otherwise.
    static const Clock &system();
    // ISO 8601 UTC with milliseconds: the one textual form stored in workbooks.
    static QString format(const QDateTime &time);
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until advanced; for tests.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void advanceSeconds(int seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace qdf
