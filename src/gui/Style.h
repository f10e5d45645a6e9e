#pragma once

#include <optional>

class QApplication;
class QPalette;
class QString;

namespace qdf::gui {

// The program's calm look: Fusion, a readable font, restrained colour from the palette in use
// (gui/Colours.h), a thick focus ring (gui/FocusRing.h), Tab out of every table. One place for it.
// `scale` is the presentation zoom (1.0 normal); fonts and headings grow together. Applied
// again by itself when the application's palette changes.
void applyStyle(QApplication &app, double scale = 1.0);

// A palette by name, for trying the program as people with other desktops see it (qdf-workbench
// --palette): "light" (Fusion's), "dark" (like qt6ct's darker scheme), "high-contrast" (white
// on black, yellow selection). nullopt for another name.
std::optional<QPalette> namedPalette(const QString &name);

} // namespace qdf::gui
