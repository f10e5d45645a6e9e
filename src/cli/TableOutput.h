#pragma once

// --format csv|xlsx and -o for the verbs that export a table (catalyst export, review export).

#include "core/Workbook.h"
#include "core/report/TableExport.h"

#include <QCommandLineParser>

namespace qdf::cli {

void addTableOutputOptions(QCommandLineParser &parser);

// The chosen format, or the end of the verb with a usage error.
report::TableFormat tableFormatOrExit(const QCommandLineParser &parser, const QString &verb);

// Writes the table in the chosen format to -o FILE, or to standard output.
int writeTable(const QCommandLineParser &parser, const Workbook &workbook, const report::Table &table,
               report::TableFormat format, const QString &title);

} // namespace qdf::cli
