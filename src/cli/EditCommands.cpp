// qdf answer, history, example, reference, milestone: scripting the edits a person makes.

#include "cli/Cli.h"
#include "cli/Commands.h"

#include "core/Translation.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/FrameworkEdits.h"
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

const QCommandLineOption sectionOption{QStringLiteral("section"), QStringLiteral("The section's key (see 'qdf info')."),
                                       QStringLiteral("KEY")};

// The three positionals of the verbs about one question: PATH SECTION QUESTION.
void questionArguments(VerbParser &verb)
{
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("SECTION"), tr("The section's key, e.g. care-standards."));
    verb.positional(QStringLiteral("QUESTION"), tr("The question's key, e.g. intended-product."));
}

Question questionOrExit(const Workbook &wb, const VerbParser &verb)
{
    return orExit(wb, SectionStore(wb).question(verb.positionals().at(1), verb.positionals().at(2)));
}

} // namespace

int answer(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("answer"), tr("set the answer to a question; the earlier text stays in its history."));
    questionArguments(verb);
    addTextOptions(verb.parser());
    addTextLanguageOption(verb.parser());
    verb.parse(arguments);
    const QString text = textOrExit(verb.parser(), QStringLiteral("answer"));
    const auto language = textLanguageOrExit(verb.parser(), QStringLiteral("answer"));
    auto wb = openOrExit(verb.positionals().at(0));
    AnswerStore answers(*wb);
    const qint64 question = questionOrExit(*wb, verb).id;
    orExit(*wb, language ? answers.setIn(question, *language, text) : answers.set(question, text));
    return Ok;
}

int history(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("history"), tr("list the saved versions of an answer, newest first."));
    questionArguments(verb);
    verb.addJsonOption();
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const auto revisions = orExit(*wb, AnswerStore(*wb).history(questionOrExit(*wb, verb).id));
    const bool json = verb.json();
    QJsonArray array;
    for (const AnswerRevision &r : revisions) {
        if (!json) {
            out(tr("version %1, %2, %3").arg(r.version).arg(r.change.by, Clock::format(r.change.at)));
            continue;
        }
        array.append(QJsonObject{{QStringLiteral("version"), r.version},
                                 {QStringLiteral("text"), r.text},
                                 {QStringLiteral("by"), r.change.by},
                                 {QStringLiteral("at"), Clock::format(r.change.at)},
                                 {QStringLiteral("restoredFrom"), r.restoredFrom ? QJsonValue(*r.restoredFrom) : QJsonValue()},
                                 {QStringLiteral("language"), translation::code(r.language)}});
    }
    if (json)
        writeJson(verb, QStringLiteral("versions"), array);
    return Ok;
}

int exampleAdd(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("example add"), tr("add a working example to a section; prints its id."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption(sectionOption);
    verb.parser().addOption({QStringLiteral("title"), tr("The example's title."), QStringLiteral("T")});
    addTextOptions(verb.parser());
    addTextLanguageOption(verb.parser());
    verb.parse(arguments);
    const QString text = textOrExit(verb.parser(), QStringLiteral("example add"));
    const auto language = textLanguageOrExit(verb.parser(), QStringLiteral("example add"));
    auto wb = openOrExit(verb.positionals().at(0));
    const Section section = orExit(*wb, SectionStore(*wb).byKey(verb.parser().value(sectionOption)));
    const Language in = language.value_or(translation::fromCode(wb->info().contentLanguage).value_or(Language::English));
    out(orExit(*wb, MaterialStore(*wb).addExample(section.id, verb.parser().value(QStringLiteral("title")), text, in)).uuid);
    return Ok;
}

int referenceAdd(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("reference add"), tr("attach a file to a section's Reference Materials (stored "
                                                        "inside the workbook); prints its id."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption(sectionOption);
    verb.parser().addOption({QStringLiteral("file"), tr("The file to attach (- for standard input, with --name)."),
                             QStringLiteral("F")});
    verb.parser().addOption({QStringLiteral("name"), tr("The name it is kept under (default: the file's own)."),
                             QStringLiteral("NAME")});
    verb.parser().addOption({QStringLiteral("note"), tr("Why it matters."), QStringLiteral("N")});
    verb.parse(arguments);
    const QString filePath = verb.parser().value(QStringLiteral("file"));
    if (filePath.isEmpty())
        usageExit(QStringLiteral("reference add"), tr("--file is required"));
    const QString name = verb.parser().isSet(QStringLiteral("name")) ? verb.parser().value(QStringLiteral("name"))
                                                                     : QFileInfo(filePath).fileName();
    if (isStandardStream(filePath) && !verb.parser().isSet(QStringLiteral("name")))
        usageExit(QStringLiteral("reference add"), tr("--file - needs --name NAME, the name the file is kept under"));
    if (name.trimmed().isEmpty())
        usageExit(QStringLiteral("reference add"), tr("--name must not be empty"));
    const QByteArray data = readInputOrExit(filePath);
    auto wb = openOrExit(verb.positionals().at(0));
    const Section section = orExit(*wb, SectionStore(*wb).byKey(verb.parser().value(sectionOption)));
    out(orExit(*wb, MaterialStore(*wb).attach(section.id, name, data, verb.parser().value(QStringLiteral("note")))).uuid);
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
    verb.parse(arguments);
    const auto status = milestoneStatusFromSlug(verb.parser().value(QStringLiteral("status")));
    if (!status)
        usageExit(QStringLiteral("milestone"), tr("--status must be not-started, in-progress, done or at-risk"));
    auto wb = openOrExit(verb.positionals().at(0));
    PlanStore plan(*wb);
    for (const PlanStage &stage : orExit(*wb, plan.stages())) {
        if (QString::number(stage.number) != verb.positionals().at(1))
            continue;
        const auto milestones = orExit(*wb, plan.milestones(stage.id));
        const int index = verb.positionals().at(2).toInt() - 1;
        if (index < 0 || index >= milestones.size())
            break;
        const Milestone &m = milestones.at(index);
        const QString due = verb.parser().isSet(QStringLiteral("due")) ? verb.parser().value(QStringLiteral("due")) : m.due;
        orExit(*wb, plan.setMilestone(m.uuid, *status, due));
        return Ok;
    }
    usageExit(QStringLiteral("milestone"),
              tr("no milestone %1 in stage %2").arg(verb.positionals().at(2), verb.positionals().at(1)));
}

int questionExplain(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("question explain"),
                    tr("set a section's standard explanation in the master; updates carry it to the participants."));
    verb.positional(QStringLiteral("MASTER"), tr("The master workbook."));
    verb.positional(QStringLiteral("SECTION"), tr("The section's key, e.g. care-standards."));
    addTextOptions(verb.parser());
    verb.parse(arguments);
    const QString text = textOrExit(verb.parser(), QStringLiteral("question explain"));
    auto wb = openOrExit(verb.positionals().at(0));
    orExit(*wb, FrameworkEdits(*wb).setExplanation(verb.positionals().at(1), text));
    return Ok;
}

namespace {

// qdf question add and edit take the same arguments.
int addOrEditQuestion(const QStringList &arguments, bool add)
{
    const QString name = add ? QStringLiteral("question add") : QStringLiteral("question edit");
    VerbParser verb(name, add ? tr("add an open question to a section of the master; updates carry it to the participants.")
                              : tr("revise a question's wording or guidance in the master; participants' answers stay as they are."));
    questionArguments(verb);
    auto &p = verb.parser();
    p.addOption({QStringLiteral("text"), tr("The question."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("guidance"), tr("Guidance shown under the question."), QStringLiteral("TEXT")});
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const QString section = verb.positionals().at(1);
    const QString key = verb.positionals().at(2);
    const auto given = [&p](const char *option) {
        return p.isSet(QLatin1String(option)) ? std::optional<QString>(p.value(QLatin1String(option))) : std::nullopt;
    };
    if (add) {
        if (!p.isSet(QStringLiteral("text")))
            usageExit(name, tr("--text is required"));
        orExit(*wb, FrameworkEdits(*wb).addQuestion(section, key, p.value(QStringLiteral("text")), p.value(QStringLiteral("guidance"))));
        return Ok;
    }
    if (!p.isSet(QStringLiteral("text")) && !p.isSet(QStringLiteral("guidance")))
        usageExit(name, tr("give --text, --guidance or both"));
    orExit(*wb, FrameworkEdits(*wb).editQuestion(section, key, given("text"), given("guidance")));
    return Ok;
}

} // namespace

int questionAdd(const QStringList &arguments)
{
    return addOrEditQuestion(arguments, true);
}

int questionEdit(const QStringList &arguments)
{
    return addOrEditQuestion(arguments, false);
}

} // namespace qdf::cli
