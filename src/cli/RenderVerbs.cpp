#include "cli/RenderVerbs.h"

#include <QCoreApplication>

namespace qdf::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

const QCommandLineOption &formatOption()
{
    static const QCommandLineOption option{QStringLiteral("format"), tr("pdf, docx, odt or html."), QStringLiteral("F")};
    return option;
}

const QCommandLineOption &personFormatOption()
{
    static const QCommandLineOption option{QStringLiteral("format"), tr("json (the default), pdf, docx, odt or html."),
                                           QStringLiteral("F"), QStringLiteral("json")};
    return option;
}

const QCommandLineOption &documentLanguageOption()
{
    static const QCommandLineOption option{QStringLiteral("lang"),
                                           tr("The document's language: cy (a Welsh edition), en (an English one) or both "
                                              "(one bilingual edition, Welsh then English, part by part). A text not written "
                                              "in it is marked as not translated. Without it: the language spoken, each "
                                              "text as written."),
                                           QStringLiteral("LANG")};
    return option;
}

std::unique_ptr<VerbParser> renderVerb(const QString &name)
{
    std::unique_ptr<VerbParser> verb;
    if (name == QLatin1String("publish")) {
        verb = std::make_unique<VerbParser>(name, tr("publish the Quality and Delivery Framework from the master copy: "
                                                     "title page, contents, QDF Index and the adopted Schedules."));
        verb->positional(QStringLiteral("MASTER"), tr("The master workbook."));
        verb->parser().addOption({QStringLiteral("include-drafts"), tr("Also include Schedules not yet adopted, each marked DRAFT.")});
        verb->parser().addOption(documentLanguageOption());
    } else if (name == QLatin1String("print")) {
        verb = std::make_unique<VerbParser>(name, tr("print a workbook as its CAREMORE folder: questions and answers, "
                                                     "working examples, reference materials and draft Schedules."));
        verb->positional(QStringLiteral("PATH"), tr("The workbook."));
        verb->parser().addOption({QStringLiteral("section"), tr("Print only this section (repeat for more)."), QStringLiteral("KEY")});
        verb->parser().addOption(documentLanguageOption());
    } else if (name == QLatin1String("catalyst report")) {
        verb = std::make_unique<VerbParser>(name, tr("a Catalyst round as a report: the final scores, the group "
                                                     "view and the action plan with its detailed sheets."));
        verb->positional(QStringLiteral("PATH"), tr("The workbook."));
        verb->parser().addOption({QStringLiteral("round"), tr("The round's name or id."), QStringLiteral("R")});
        verb->parser().addOption({QStringLiteral("anonymous"), tr("Name participants Person A, B, ... in the group view.")});
    } else if (name == QLatin1String("person export")) {
        // Its --format also takes json, which qdf writes itself without the renderer.
        verb = std::make_unique<VerbParser>(name, tr("everything the master holds about a person (their contributions, "
                                                     "ratings, answers, Schedule versions, sign-offs, keys, the records "
                                                     "that name them), as JSON or as a report: what they are given when "
                                                     "they ask for it."));
        verb->positional(QStringLiteral("MASTER"), tr("The master workbook."));
        verb->positional(QStringLiteral("PERSON"), tr("Their name as 'qdf person list' shows it, or their participant "
                                                      "workbook's id (its first 8 characters or more)."));
        verb->parser().addOption(personFormatOption());
        verb->parser().addOption(outputFileOption());
        return verb;
    } else {
        Q_ASSERT(name == QLatin1String("review report"));
        verb = std::make_unique<VerbParser>(name, tr("a commissioning review as a report: details, summary and gaps, "
                                                     "the comparison with the review before, each checklist and the "
                                                     "action plan."));
        verb->positional(QStringLiteral("PATH"), tr("The workbook."));
        verb->positional(QStringLiteral("REVIEW"), tr("The review's id or title."));
    }
    verb->parser().addOption(formatOption());
    verb->parser().addOption(outputFileOption());
    return verb;
}

} // namespace qdf::cli
