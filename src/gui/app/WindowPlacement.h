#pragma once

class QWidget;

namespace qdf::gui {

// Fits a top-level window to the screen it opens on: no bigger than the screen's free area
// (less the panels and room for the title bar), moved onto it if a geometry saved on a bigger
// or another screen put it outside. The designed size (1280x800) is taller than a 1366x768
// laptop's desktop, which hid the status bar.
void fitToScreen(QWidget &window);

} // namespace qdf::gui
