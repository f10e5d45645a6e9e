// qdf publish, qdf print, qdf catalyst report, qdf review report: the Framework, the Workbook
// printout, a Catalyst round and a commissioning review as PDF, DOCX, ODT or HTML.

#include "cli/Cli.h"
#include "cli/Commands.h"

#include "core/report/CatalystReport.h"
#include "core/report/Report.h"
#include "core/report/ReviewReport.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>

namespace qdf::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

const QCommandLineOption formatOption{QStringLiteral("format"), QStringLiteral("pdf, docx, odt or html."), QStringLiteral("F")};
const QCommandLineOption &outputOption = outputFileOption();

// The verbs share their format and output checks.
std::pair<report::Format, QString> outputOrExit(const VerbParser &verb, const QString &name)
{
    const auto format = report::formatFromSlug(verb.parser().value(formatOption));
    if (!format)
        usageExit(name, tr("--format must be pdf, docx, odt or html"));
    const QString output = verb.parser().value(outputOption);
    if (output.isEmpty())
        usageExit(name, tr("-o FILE is required"));
    return {*format, output};
}

int write(const Workbook &wb, const report::Report &r, const std::pair<report::Format, QString> &out)
{
    orExit(wb, report::writeReport(r, out.first, out.second));
    return Ok;
}

} // namespace

int publish(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("publish"), tr("publish the Quality and Delivery Framework from the master copy: "
                                                  "title page, contents, QDF Index and the adopted Schedules."));
    verb.positional(QStringLiteral("MASTER"), tr("The master workbook."));
    verb.parser().addOption(formatOption);
    verb.parser().addOption(outputOption);
    verb.parser().addOption({QStringLiteral("include-drafts"),
                             tr("Also include Schedules not yet adopted, each marked DRAFT.")});
    verb.parse(arguments);
    const auto out = outputOrExit(verb, QStringLiteral("publish"));
    auto wb = openOrExit(verb.positionals().at(0));
    const auto r = orExit(*wb, report::frameworkReport(*wb, verb.parser().isSet(QStringLiteral("include-drafts"))));
    return write(*wb, r, out);
}

int print(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("print"), tr("print a workbook as its CAREMORE folder: questions and answers, "
                                                "working examples, reference materials and draft Schedules."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption(formatOption);
    verb.parser().addOption(outputOption);
    verb.parser().addOption({QStringLiteral("section"), tr("Print only this section (repeat for more)."),
                             QStringLiteral("KEY")});
    verb.parse(arguments);
    const auto out = outputOrExit(verb, QStringLiteral("print"));
    auto wb = openOrExit(verb.positionals().at(0));
    const auto r = orExit(*wb, report::workbookReport(*wb, verb.parser().values(QStringLiteral("section"))));
    return write(*wb, r, out);
}

int catalystReport(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("catalyst report"), tr("a Catalyst round as a report: the final scores, the group "
                                                          "view and the action plan with its detailed sheets."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption({QStringLiteral("round"), tr("The round's name or id."), QStringLiteral("R")});
    verb.parser().addOption(formatOption);
    verb.parser().addOption(outputOption);
    verb.parser().addOption({QStringLiteral("anonymous"), tr("Name participants Person A, B, ... in the group view.")});
    verb.parse(arguments);
    const auto out = outputOrExit(verb, QStringLiteral("catalyst report"));
    auto wb = openOrExit(verb.positionals().at(0));
    const auto r = orExit(*wb, report::catalystReport(*wb, verb.parser().value(QStringLiteral("round")),
                                                      verb.parser().isSet(QStringLiteral("anonymous"))));
    return write(*wb, r, out);
}

int reviewReport(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("review report"), tr("a commissioning review as a report: details, summary and gaps, "
                                                        "the comparison with the review before, each checklist and the "
                                                        "action plan."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("REVIEW"), tr("The review's id or title."));
    verb.parser().addOption(formatOption);
    verb.parser().addOption(outputOption);
    verb.parse(arguments);
    const auto out = outputOrExit(verb, QStringLiteral("review report"));
    auto wb = openOrExit(verb.positionals().at(0));
    const auto r = orExit(*wb, report::reviewReport(*wb, verb.positionals().at(1)));
    return write(*wb, r, out);
}

} // namespace qdf::cli
