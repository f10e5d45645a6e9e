#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace qdf::gui {

// The workshop's clock, apart from any widget that shows it: five minutes a driver, counting
// down, then counting the overrun. It belongs to the window (app/WorkshopBar), not to a page,
// so rebuilding the pages after an import or an update, or moving to another page, leaves it
// running where it was.
//
// Time is read from a monotonic source in milliseconds (a steady clock, so a laptop's clock
// set right by the network in the middle of a driver does not jump the countdown); tests give
// their own and move it on by hand.
class WorkshopClock : public QObject {
    Q_OBJECT
public:
    static constexpr int kSecondsPerDriver = 5 * 60;
    using Source = std::function<qint64()>;

    explicit WorkshopClock(QObject *parent = nullptr);
    void setSource(Source milliseconds);

    bool isRunning() const { return m_running; }
    // Running, or paused part way: a workshop under way (reset() ends it).
    bool isStarted() const { return m_running || m_elapsedBefore > 0 || m_driver > 0; }
    int driverIndex() const { return m_driver; }
    int secondsLeft() const;  // negative once overrun
    QString display() const;  // "04:59", "+00:12" once overrun

public Q_SLOTS:
    void toggle();
    void nextDriver();  // the next driver's five minutes, from now
    void reset();

Q_SIGNALS:
    void changed();  // a state change, and every quarter second while running

private:
    qint64 elapsedMs() const;

    Source m_now;
    QTimer m_tick;
    bool m_running = false;
    qint64 m_startedAt = 0;      // m_now() when last started
    qint64 m_elapsedBefore = 0;  // ms run before the last pause
    int m_driver = 0;
};

} // namespace qdf::gui
