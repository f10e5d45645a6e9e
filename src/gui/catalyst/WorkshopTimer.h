#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace qdf::gui {

// The workshop's clock: five minutes a driver, counting down, big enough to read on a
// projector. Start/pause, next driver (restarts the five minutes), reset. When the time is up
// the clock turns red and keeps counting the overrun, so nobody is cut off mid-sentence.
class WorkshopTimer : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSecondsPerDriver = 5 * 60;

    explicit WorkshopTimer(QWidget *parent = nullptr);

    bool isRunning() const { return m_tick.isActive(); }
    int driverIndex() const { return m_driver; }
    int secondsLeft() const;  // negative once overrun
    QString display() const;
    void setLarge(bool large);

public Q_SLOTS:
    void toggle();
    void nextDriver();
    void reset();

private:
    void refresh();

    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_elapsedBefore = 0;  // ms run before the last pause
    int m_driver = 0;
    QLabel *m_driverName = nullptr;
    QLabel *m_time = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace qdf::gui
