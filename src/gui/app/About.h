#pragma once

#include <QString>

#include <functional>

class QCoreApplication;
class QIcon;
class QMainWindow;

namespace qdf::gui {

// Who the program is, in one place: its names and version (CMakeLists.txt's, as `--version`
// prints it), the desktop entry it belongs to and its icon.
void setIdentity(QCoreApplication &app);
QIcon applicationIcon();

// What Help › About says: name, version, what it is for, licence, and the libraries it runs
// with (their versions and licences).
QString aboutText();

// Adds the Help menu to the window's menu bar: the User Guide (F1, opened at the topic of
// `currentPage()`, a page key as MainWindow::currentPageKey gives), About QDF Workbench, About Qt.
void addHelpMenu(QMainWindow &window, std::function<QString()> currentPage);

} // namespace qdf::gui
