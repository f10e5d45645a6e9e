#pragma once

// The parts of the Framework a programme board signs that are not Schedules, shared with the
// Workbook printout where it shows them too: the introduction to CAREMORE and its seven
// products, document control, the stage status from the Plan on a Page, and the Production
// Matrix (the seven sections across the three production stages).

#include "core/Domain.h"
#include "core/report/Report.h"

namespace qdf {
class Workbook;
}

namespace qdf::report {

// "Shadow framework" until Stage 2's milestones are all done, then "Framework Agreement".
QString frameworkStatus(Workbook &workbook);

void addIntroduction(Report &report, Workbook &workbook, const QVector<Section> &sections);
Status addDocumentControl(Report &report, Workbook &workbook, const QVector<Schedule> &included);
Status addStageStatus(Report &report, Workbook &workbook, int level);

// The Production Matrix as a table: for each CAREMORE section, what Stage 1 (baseline), Stage 2
// (full production) and Stage 3 (handover) hold of its products, from the workbook's own data.
Result<Table> productionMatrix(Workbook &workbook);
Status addProductionMatrix(Report &report, Workbook &workbook, int level);

} // namespace qdf::report
