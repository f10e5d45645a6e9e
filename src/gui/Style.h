#pragma once

class QApplication;

namespace qdf::gui {

// The program's calm look: Fusion, a readable font, restrained colour from the palette in use
// (gui/Colours.h), a thick focus ring (gui/FocusRing.h), Tab out of every table. One place for it.
// `scale` is the presentation zoom (1.0 normal); fonts and headings grow together. Applied
// again by itself when the application's palette changes.
void applyStyle(QApplication &app, double scale = 1.0);

} // namespace qdf::gui
