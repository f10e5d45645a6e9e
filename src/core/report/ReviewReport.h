#pragma once

// A commissioning review as a table (CSV) and as a report (PDF, ODT, HTML): every item of its
// checklists with rating, evidence notes, tailored sub-questions, evidence files and actions;
// the summary with its gaps; the comparison with the review before it; the action plan.

#include "core/report/Report.h"

namespace qdf::report {

// `reviewId` is the review's id or title.
Result<Table> reviewTable(Workbook &workbook, const QString &reviewId);
Result<QByteArray> reviewCsv(Workbook &workbook, const QString &reviewId);
Result<Report> reviewReport(Workbook &workbook, const QString &reviewId);

} // namespace qdf::report
