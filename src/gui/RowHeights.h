#pragma once

class QTableView;

namespace qdf::gui {

// Rows of wrapped text grow with the text, and their heights follow the columns' widths. A
// header resizes its stretched or auto-sized columns one by one; this measures the rows once
// after they have all settled, not once per column resized (the group view queued a full pass
// per column: 102 at 25 participants, most of the 100 s it took to show 400). Only the columns
// on screen are measured (QTableView::sizeHintForRow). A change of font (the zoom, presentation
// mode) measures them again too.
void fitRowsToColumns(QTableView *view);

} // namespace qdf::gui
