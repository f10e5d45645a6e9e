#pragma once

// The Catalyst self-assessment of one round as tables and as a report: the final scores table,
// the group view and the action plan. The same tables feed the PDF report and the CSV exports,
// so what people print and what they load into a spreadsheet always agree.

#include "core/report/Report.h"

#include <optional>

namespace qdf::report {

enum class CatalystTable { FinalScores, Group, ActionPlan };
QString catalystTableSlug(CatalystTable table);  // final-scores, group, action-plan
std::optional<CatalystTable> catalystTableFromSlug(const QString &slug);

// How a participant appears when the room is shown anonymised: Person A, Person B, ... The
// index is the person's place in catalyst::anonymousOrder (core/catalyst/Anonymity.h), never
// in name order.
QString anonymousLabel(int index);

// `roundId` is the round's name or id. With `anonymous`, the group view names nobody.
// `participantColumns` gives each participant a column in the group view (CSV does); without
// it their levels share one column, as in the printed report.
Result<Table> catalystTable(Workbook &workbook, const QString &roundId, CatalystTable which, bool anonymous = false,
                            bool participantColumns = true);
// The table as CSV (see Csv.h).
Result<QByteArray> catalystCsv(Workbook &workbook, const QString &roundId, CatalystTable which, bool anonymous = false);
Result<Report> catalystReport(Workbook &workbook, const QString &roundId, bool anonymous = false);

} // namespace qdf::report
