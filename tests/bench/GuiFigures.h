#pragma once

#include <QStringList>

namespace qdf::bench {

// The window's figures (qdf-gui-probe, in process, CPU time) at the programme's size: the
// Catalyst group view and entry grid shown, a score typed, a level agreed. Printed as a table of
// its own after qdf-bench's, median of `runs` probes. The probe runs offscreen with settings of its
// own beside the workbook (it writes into the workbook: agreed levels, the room's scores).
void printGuiFigures(const QString &probe, const QString &workbook, int participants, int runs);

} // namespace qdf::bench
