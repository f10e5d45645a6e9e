#pragma once

#include <QString>

class QCoreApplication;
class QIcon;
class QMainWindow;

namespace qdf::gui {

// Who the program is, in one place: its names and version (CMakeLists.txt's, as `--version`
// prints it), the desktop entry it belongs to and its icon.
void setIdentity(QCoreApplication &app);
QIcon applicationIcon();

// What Help › About says: name, version, what it is for, licence.
QString aboutText();

// Adds the Help menu (About QDF Workbench, About Qt) to the window's menu bar.
void addHelpMenu(QMainWindow &window);

} // namespace qdf::gui
