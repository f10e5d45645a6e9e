#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace qdf::gui {

class WorkshopClock;

// The workshop clock on screen: which driver, the time left, big enough to read on a projector
// (bigger still while presenting), start/pause, next driver (five more minutes), reset. When
// the time is up it turns red and shows the overrun, so nobody is cut off mid-sentence. A view
// of the window's WorkshopClock: the widget may go, the clock runs on.
class WorkshopTimer : public QWidget {
    Q_OBJECT
public:
    explicit WorkshopTimer(WorkshopClock &clock, QWidget *parent = nullptr);

    WorkshopClock &clock() const { return m_clock; }
    QString display() const;  // as shown
    void setLarge(bool large);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void fitTime();

    WorkshopClock &m_clock;
    bool m_large = false;
    QLabel *m_driverName = nullptr;
    QLabel *m_time = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace qdf::gui
