#pragma once

class QApplication;

namespace qdf::gui {

// The program's calm look: Fusion, a readable font, restrained colour. One place for it.
// `scale` is the presentation zoom (1.0 normal); fonts and headings grow together.
void applyStyle(QApplication &app, double scale = 1.0);

} // namespace qdf::gui
