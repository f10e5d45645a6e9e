// qdf publish, qdf print, qdf catalyst report, qdf review report: the Framework, the Workbook
// printout, a Catalyst round and a commissioning review as PDF, DOCX, ODT or HTML. Run by qdf-render;
// their command lines are declared in RenderVerbs.cpp.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/RenderVerbs.h"

#include "core/report/CatalystReport.h"
#include "core/report/PersonReport.h"
#include "core/report/Report.h"
#include "core/report/ReviewReport.h"
#include "report/ReportWriter.h"

#include <QBuffer>
#include <QCoreApplication>

namespace qdf::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// Reads the verb's command line; checks --format and -o before anything is opened.
struct Render {
    std::unique_ptr<VerbParser> verb;
    report::Format format;
    QString output;
    report::Edition edition = report::Edition::AsWritten;
};

Render parseOrExit(const QString &name, const QStringList &arguments)
{
    Render r{renderVerb(name), report::Format::Pdf, {}};
    r.verb->parse(arguments);
    const auto format = report::formatFromSlug(r.verb->parser().value(formatOption()));
    if (!format)
        usageExit(name, tr("--format must be pdf, docx, odt or html"));
    r.format = *format;
    if (r.verb->parser().optionNames().contains(QStringLiteral("lang"))) {  // publish and print only
        const auto edition = report::editionFromSlug(r.verb->parser().value(documentLanguageOption()));
        if (!edition)
            usageExit(name, tr("--lang must be cy, en or both"));
        r.edition = *edition;
    }
    r.output = requiredOutputOrExit(*r.verb);
    return r;
}

// To the file (through a temporary one, never half-written), or laid out in memory for -o -.
int write(const Workbook &wb, const report::Report &r, const Render &render)
{
    if (!isStandardStream(render.output)) {
        orExit(wb, report::writeReport(r, render.format, render.output));
        return Ok;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    orExit(wb, report::writeReport(r, render.format, buffer));
    return writeOutput(render.output, buffer.data());
}

} // namespace

int publish(const QStringList &arguments)
{
    const Render render = parseOrExit(QStringLiteral("publish"), arguments);
    const QCommandLineParser &p = render.verb->parser();
    auto wb = openOrExit(p.positionalArguments().at(0));
    const auto r = orExit(*wb, report::frameworkReport(*wb, p.isSet(QStringLiteral("include-drafts")), render.edition));
    return write(*wb, r, render);
}

int print(const QStringList &arguments)
{
    const Render render = parseOrExit(QStringLiteral("print"), arguments);
    const QCommandLineParser &p = render.verb->parser();
    auto wb = openOrExit(p.positionalArguments().at(0));
    const auto r = orExit(*wb, report::workbookReport(*wb, p.values(QStringLiteral("section")), render.edition));
    return write(*wb, r, render);
}

int catalystReport(const QStringList &arguments)
{
    const Render render = parseOrExit(QStringLiteral("catalyst report"), arguments);
    const QCommandLineParser &p = render.verb->parser();
    auto wb = openOrExit(p.positionalArguments().at(0));
    const auto r = orExit(*wb, report::catalystReport(*wb, p.value(QStringLiteral("round")), p.isSet(QStringLiteral("anonymous"))));
    return write(*wb, r, render);
}

int reviewReport(const QStringList &arguments)
{
    const Render render = parseOrExit(QStringLiteral("review report"), arguments);
    const QCommandLineParser &p = render.verb->parser();
    auto wb = openOrExit(p.positionalArguments().at(0));
    const auto r = orExit(*wb, report::reviewReport(*wb, p.positionalArguments().at(1)));
    return write(*wb, r, render);
}

int personExport(const QStringList &arguments)
{
    const QString name = QStringLiteral("person export");
    const auto verb = renderVerb(name);
    verb->parse(arguments);
    const QString slug = verb->parser().value(personFormatOption());
    if (slug == QLatin1String("json"))
        return personJson(*verb);
    const auto format = report::formatFromSlug(slug);
    if (!format)
        usageExit(name, tr("--format must be json, pdf, docx, odt or html"));
    const Render render{nullptr, *format, requiredOutputOrExit(*verb)};
    auto wb = openOrExit(verb->positionals().at(0));
    const auto r = orExit(*wb, report::personReport(*wb, verb->positionals().at(1)));
    return write(*wb, r, render);
}

} // namespace qdf::cli
