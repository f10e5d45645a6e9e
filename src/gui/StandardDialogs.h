#pragma once

class QPrintPreviewDialog;
class QWidget;

namespace qdf::gui {

// Qt's own dialogs, as the program opens them, with what they lack for a screen reader: the
// file dialog's "Look in" and "Files of type" boxes are not tied to their labels (so on Linux
// each is read as its bare value), and the print preview's zoom, page number and pages have
// no name at all.

// Ties a file dialog's part to its label; the program's style calls it as each widget is
// polished, so every file dialog gets it, however it was opened.
void labelFileDialogPart(QWidget *widget);
// Names the preview's controls and gives its zoom box a visible label.
void labelPrintPreview(QPrintPreviewDialog &preview);

} // namespace qdf::gui
