// qdf answer, history, example, reference, milestone: scripting the edits a person makes.

#include "cli/Cli.h"
#include "cli/Commands.h"

#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/PlanStore.h"
#include "core/stores/SectionStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qdf::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QCommandLineOption sectionOption()
{
    return {QStringLiteral("section"), tr("The section's key (see 'qdf info')."), QStringLiteral("KEY")};
}

} // namespace

int answer(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("answer"), tr("set the answer to a question; the earlier text stays in its history."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("SECTION"), tr("The section's key, e.g. care-standards."));
    verb.positional(QStringLiteral("QUESTION"), tr("The question's key, e.g. intended-product."));
    addTextOptions(verb.parser());
    if (!verb.parse(arguments))
        return Usage;
    int code = Ok;
    const auto text = readText(verb.parser(), QStringLiteral("answer"), code);
    if (!text)
        return code;
    auto wb = open(verb.positionals().at(0), code);
    if (!wb)
        return code;
    auto question = SectionStore(*wb).question(verb.positionals().at(1), verb.positionals().at(2));
    if (!question)
        return fail(wb->path(), question.error());
    auto saved = AnswerStore(*wb).set(question->id, *text);
    return saved ? Ok : fail(wb->path(), saved.error());
}

int history(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("history"), tr("list the saved versions of an answer, newest first."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("SECTION"), tr("The section's key."));
    verb.positional(QStringLiteral("QUESTION"), tr("The question's key."));
    verb.parser().addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!verb.parse(arguments))
        return Usage;
    int code = Ok;
    auto wb = open(verb.positionals().at(0), code);
    if (!wb)
        return code;
    auto question = SectionStore(*wb).question(verb.positionals().at(1), verb.positionals().at(2));
    if (!question)
        return fail(wb->path(), question.error());
    auto revisions = AnswerStore(*wb).history(question->id);
    if (!revisions)
        return fail(wb->path(), revisions.error());
    QJsonArray array;
    for (const AnswerRevision &r : *revisions) {
        if (!verb.parser().isSet(QStringLiteral("json"))) {
            out(tr("version %1, %2, %3").arg(r.version).arg(r.change.by, Clock::format(r.change.at)));
            continue;
        }
        array.append(QJsonObject{{QStringLiteral("version"), r.version},
                                 {QStringLiteral("text"), r.text},
                                 {QStringLiteral("by"), r.change.by},
                                 {QStringLiteral("at"), Clock::format(r.change.at)},
                                 {QStringLiteral("restoredFrom"), r.restoredFrom ? QJsonValue(*r.restoredFrom) : QJsonValue()}});
    }
    if (verb.parser().isSet(QStringLiteral("json")))
        writeBytes(QJsonDocument(array).toJson());
    return Ok;
}

int example(QStringList arguments)
{
    if (subverb(arguments, {QStringLiteral("add")}).isEmpty())
        return Usage;
    VerbParser verb(QStringLiteral("example add"), tr("add a working example to a section; prints its id."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption(sectionOption());
    verb.parser().addOption({QStringLiteral("title"), tr("The example's title."), QStringLiteral("T")});
    addTextOptions(verb.parser());
    if (!verb.parse(arguments))
        return Usage;
    int code = Ok;
    const auto text = readText(verb.parser(), QStringLiteral("example add"), code);
    if (!text)
        return code;
    auto wb = open(verb.positionals().at(0), code);
    if (!wb)
        return code;
    auto section = SectionStore(*wb).byKey(verb.parser().value(QStringLiteral("section")));
    if (!section)
        return fail(wb->path(), section.error());
    auto added = MaterialStore(*wb).addExample(section->id, verb.parser().value(QStringLiteral("title")), *text);
    if (!added)
        return fail(wb->path(), added.error());
    out(added->uuid);
    return Ok;
}

int reference(QStringList arguments)
{
    if (subverb(arguments, {QStringLiteral("add")}).isEmpty())
        return Usage;
    VerbParser verb(QStringLiteral("reference add"), tr("attach a file to a section's Reference Materials (stored "
                                                        "inside the workbook); prints its id."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption(sectionOption());
    verb.parser().addOption({QStringLiteral("file"), tr("The file to attach."), QStringLiteral("F")});
    verb.parser().addOption({QStringLiteral("note"), tr("Why it matters."), QStringLiteral("N")});
    if (!verb.parse(arguments))
        return Usage;
    const QString filePath = verb.parser().value(QStringLiteral("file"));
    if (filePath.isEmpty())
        return usage(QStringLiteral("reference add"), tr("--file is required"));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(filePath, makeError(Error::Code::NotFound, file.errorString()));
    const QByteArray data = file.readAll();
    int code = Ok;
    auto wb = open(verb.positionals().at(0), code);
    if (!wb)
        return code;
    auto section = SectionStore(*wb).byKey(verb.parser().value(QStringLiteral("section")));
    if (!section)
        return fail(wb->path(), section.error());
    auto added = MaterialStore(*wb).attach(section->id, QFileInfo(filePath).fileName(), data,
                                           verb.parser().value(QStringLiteral("note")));
    if (!added)
        return fail(wb->path(), added.error());
    out(added->uuid);
    return Ok;
}

int milestone(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("milestone"), tr("set the status of a Plan on a Page milestone."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("STAGE"), tr("The stage number (1-3)."));
    verb.positional(QStringLiteral("MILESTONE"), tr("The milestone's position in its stage (1, 2, ...)."));
    verb.parser().addOption({QStringLiteral("status"), tr("not-started, in-progress, done or at-risk."),
                             QStringLiteral("S")});
    verb.parser().addOption({QStringLiteral("due"), tr("When it is due, as text (e.g. 2027-03)."), QStringLiteral("D")});
    if (!verb.parse(arguments))
        return Usage;
    const auto status = milestoneStatusFromSlug(verb.parser().value(QStringLiteral("status")));
    if (!status)
        return usage(QStringLiteral("milestone"), tr("--status must be not-started, in-progress, done or at-risk"));
    int code = Ok;
    auto wb = open(verb.positionals().at(0), code);
    if (!wb)
        return code;
    PlanStore plan(*wb);
    auto stages = plan.stages();
    if (!stages)
        return fail(wb->path(), stages.error());
    for (const PlanStage &stage : *stages) {
        if (QString::number(stage.number) != verb.positionals().at(1))
            continue;
        auto milestones = plan.milestones(stage.id);
        if (!milestones)
            return fail(wb->path(), milestones.error());
        const int index = verb.positionals().at(2).toInt() - 1;
        if (index < 0 || index >= milestones->size())
            break;
        const Milestone &m = milestones->at(index);
        const QString due = verb.parser().isSet(QStringLiteral("due")) ? verb.parser().value(QStringLiteral("due")) : m.due;
        const Status s = plan.setMilestone(m.uuid, *status, due);
        return s ? Ok : fail(wb->path(), s.error());
    }
    return usage(QStringLiteral("milestone"), tr("no milestone %1 in stage %2")
                                                   .arg(verb.positionals().at(2), verb.positionals().at(1)));
}

} // namespace qdf::cli
