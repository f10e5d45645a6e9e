#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;

namespace qdf::gui {

// Presentation mode, for a projector, whether a live session runs or not: the window full
// screen, everything larger for the back of a room (the window's zoom times kScale), and the
// pages that show people's scores naming nobody (CatalystPage::setPresenting). One mode for
// the whole window: View › Presentation Mode and F5 switch it, Escape leaves it, the status bar
// says it is on and how to leave, and each change is announced to assistive technology.
// It lasts while the program runs — through imports, other workbooks and page changes — and
// is not remembered across starts: the next start is at a desk, not in front of a room.
class Presentation : public QObject {
    Q_OBJECT
public:
    static constexpr double kScale = 1.5;

    // `action` is the View menu's; it becomes checkable, with F5.
    Presentation(QMainWindow &window, QAction *action);

    bool isOn() const { return m_on; }
    QAction *action() const { return m_action; }
    void setOn(bool on);
    // The text scale to apply over the window's zoom.
    double scale() const { return m_on ? kScale : 1.0; }

Q_SIGNALS:
    void toggled(bool on);

protected:
    // Escape that no control used (as the error banner's) leaves presentation mode.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow &m_window;
    QAction *m_action = nullptr;
    QLabel *m_indicator = nullptr;
    bool m_on = false;
    bool m_wasFullScreen = false;
};

} // namespace qdf::gui
