#pragma once

class QStackedWidget;
class QWidget;

namespace qdf::gui {

// F6 and Shift+F6 move the focus between the navigation and the page on show, as in most
// desktop programs (GNOME, KDE, Windows): back on the page, the focus returns to the control
// that had it there, else the page's first control.
void installPaneCycle(QWidget *window, QWidget *navigation, QStackedWidget *pages);

} // namespace qdf::gui
