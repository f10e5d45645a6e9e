#pragma once

// Every table that exports (a Catalyst round's tables, a review) as CSV or as an XLSX
// workbook with typed cells: numbers as numbers, dates as dates, everything else as text, as
// the table's column types say (Report.h). The XLSX is written by libxlsxwriter (Debian's
// libxlsxwriter-dev): a C library with no dependencies beyond zlib, whose files Excel,
// LibreOffice Calc and Google Sheets open without a question.

#include "core/report/Report.h"

#include <optional>

namespace qdf::report {

enum class TableFormat { Csv, Xlsx };
std::optional<TableFormat> tableFormatFromSlug(const QString &slug);  // csv, xlsx
QString tableFormatSlug(TableFormat format);

// `title` names the sheet and the file's title.
Result<QByteArray> exportTable(const Table &table, TableFormat format, const QString &title);

} // namespace qdf::report
