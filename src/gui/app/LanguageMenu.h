#pragma once

class QMenu;
class QWidget;

namespace qdf::gui {

// View › Language: Cymraeg or English, each named in its own language, remembered for the next
// start (a window already built keeps its words; main.cpp applies the choice).
void addLanguageMenu(QMenu *view, QWidget *dialogParent);

} // namespace qdf::gui
