#pragma once

// Everything a workbook holds about one person (core/privacy/PersonExport.h) as a report: the
// readable form of `qdf person export`, rendered to PDF, ODT or HTML like every other report.

#include "core/privacy/PersonExport.h"
#include "core/report/Report.h"

namespace qdf::report {

Report personReport(const privacy::PersonRecord &record);
// `person`: a name or a participant workbook's id (privacy::findPerson).
Result<Report> personReport(Workbook &workbook, const QString &person);

} // namespace qdf::report
