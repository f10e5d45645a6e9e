#include "cli/TableOutput.h"

#include "cli/Cli.h"

#include <QCoreApplication>

namespace qdf::cli {

void addTableOutputOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("cli", "csv (the default) or xlsx (a spreadsheet with numbers as numbers)."),
                      QStringLiteral("F"), QStringLiteral("csv")});
    parser.addOption(outputFileOption());
}

report::TableFormat tableFormatOrExit(const QCommandLineParser &parser, const QString &verb)
{
    const auto format = report::tableFormatFromSlug(parser.value(QStringLiteral("format")));
    if (!format)
        usageExit(verb, QCoreApplication::translate("cli", "--format must be csv or xlsx"));
    return *format;
}

int writeTable(const QCommandLineParser &parser, const Workbook &workbook, const report::Table &table,
               report::TableFormat format, const QString &title)
{
    return writeOutput(parser.value(outputFileOption()), orExit(workbook, report::exportTable(table, format, title)));
}

} // namespace qdf::cli
