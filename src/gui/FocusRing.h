#pragma once

#include <QPointer>
#include <QWidget>

namespace qdf::gui {

// A thick ring (3 px, colours::focus: 3:1 against the window and the base) around whichever
// widget has the keyboard focus, in every window of the program. Fusion shows focus with a 1-px
// tint of the frame, or not at all (tabs, tables); this follows QApplication::focusChanged and
// draws over the widget's edge, so no widget needs to do anything. On a tab bar it rings the
// current tab; in a table the current cell has its own ring (ProgramStyle's focus rectangle).
class FocusRing : public QWidget {
    Q_OBJECT
public:
    // Once, for the application (applyStyle does it).
    static void install();
    QWidget *target() const { return m_target; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FocusRing();
    void follow(QWidget *widget);
    void place();

    QPointer<QWidget> m_target;
};

} // namespace qdf::gui
