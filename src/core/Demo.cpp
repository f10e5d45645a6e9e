#include "core/Demo.h"

#include "core/WorkbookCreation.h"
#include "core/catalyst/CatalystStore.h"
#include "core/review/ReviewStore.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/PlanStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace qdf {
namespace {

using nlohmann::json;

QString text(const json &j)
{
    if (j.is_array()) {
        QStringList lines;
        for (const json &line : j)
            lines << QString::fromStdString(line.get<std::string>());
        return lines.join(QLatin1Char('\n'));
    }
    return QString::fromStdString(j.get<std::string>());
}

Owner owner(const json &j)
{
    return {text(j.at("name")), text(j.at("organisation")), text(j.at("role"))};
}

template <typename T>
T need(Result<T> r)
{
    if (!r)
        throw r.error();
    return std::move(r).value();
}

void need(Status s)
{
    if (!s)
        throw s.error();
}

qint64 sectionId(Workbook &wb, const json &item)
{
    return need(SectionStore(wb).byKey(text(item.at("section")))).id;
}

// A Catalyst round: ratings by participant (one level per element, in the pack's order),
// agreed levels by driver, targets by driver, and actions with their detailed sheets.
void addCatalystRound(Workbook &wb, const json &c)
{
    catalyst::CatalystStore store(wb);
    const catalyst::Round round = need(store.addRound(text(c.at("round")), text(c.at("date"))));
    QStringList keys;
    for (const catalyst::Driver &d : catalyst::Pack::shipped().drivers) {
        for (const catalyst::Element &e : d.elements)
            keys << e.key;
    }
    // value() returns a temporary: keep it alive while its items() are walked.
    const json ratings = c.value("ratings", json::object());
    for (const auto &[participant, levels] : ratings.items()) {
        for (int i = 0; i < int(levels.size()) && i < keys.size(); ++i)
            need(store.rate(round, QString::fromStdString(participant), keys[i], levels[i].get<int>()));
    }
    const json agreed = c.value("agreed", json::object());
    for (const auto &[driver, levels] : agreed.items()) {
        for (int i = 0; i < int(levels.size()); ++i)
            need(store.agree(round, QStringLiteral("%1-%2").arg(QString::fromStdString(driver)).arg(i + 1),
                             levels[i].get<int>()));
    }
    const json targets = c.value("targets", json::object());
    for (const auto &[driver, target] : targets.items())
        need(store.setTarget(round, QString::fromStdString(driver), text(target)));
    for (const json &a : c.value("actions", json::array())) {
        Action action;
        action.subjectKey = text(a.at("subject"));
        action.achieve = text(a.at("achieve"));
        auto field = [&a](const char *key) { return text(a.value(key, json(""))); };
        action.soThat = field("soThat");
        for (const json &step : a.value("steps", json::array()))
            action.steps << text(step);
        action.byWhen = field("byWhen");
        action.involving = field("involving");
        action.criticality = field("criticality");
        action.resources = field("resources");
        action.purpose = field("purpose");
        action.lead = field("lead");
        action.support = field("support");
        action.difference = field("difference");
        for (const json &p : a.value("reviewPoints", json::array()))
            action.reviewPoints << ReviewPoint{text(p.at("due")), text(p.at("expected")), text(p.at("achieved")),
                                               text(p.at("learning"))};
        need(store.addAction(round, action));
    }
}

// A commissioning review: its details, ratings with notes by item path, tailored sub-questions
// and actions.
void addReview(Workbook &wb, const json &r)
{
    review::ReviewStore store(wb);
    review::Review draft;
    draft.title = text(r.at("title"));
    draft.subject = text(r.value("subject", json("")));
    draft.subjectKind = text(r.value("kind", json("system")));
    draft.reviewedOn = text(r.value("date", json("")));
    draft.reviewers = text(r.value("reviewers", json("")));
    draft.model = r.at("model").get<int>();
    for (const json &key : r.at("checklists"))
        draft.checklists << text(key);
    const review::Review review = need(store.create(draft));
    const json ratings = r.value("ratings", json::object());
    for (const auto &[path, rating] : ratings.items()) {
        const review::ItemRef item = need(store.resolveItem(review, QString::fromStdString(path)));
        need(store.rate(review, item, text(rating.at(0)), text(rating.at(1))));
    }
    const json questions = r.value("subQuestions", json::object());
    for (const auto &[path, list] : questions.items()) {
        for (const json &q : list)
            need(store.addSubQuestion(review, need(store.resolveItem(review, QString::fromStdString(path))), text(q)));
    }
    for (const json &a : r.value("actions", json::array())) {
        Action action;
        action.achieve = text(a.at("what"));
        action.lead = text(a.value("who", json("")));
        action.byWhen = text(a.value("byWhen", json("")));
        need(store.addAction(review, need(store.resolveItem(review, text(a.at("item")))), action));
    }
}

// An item's language where it names one ("language": "cy"), else English.
Language languageOf(const json &item)
{
    return text(item.value("language", json("en"))) == QLatin1String("cy") ? Language::Welsh : Language::English;
}

void fill(Workbook &wb, const json &content)
{
    SectionStore sections(wb);
    AnswerStore answers(wb);
    // An answer in its language, with its Welsh beside it where it has one ("textCy"), marked as
    // translated where "translated" says so.
    for (const json &a : content.value("answers", json::array())) {
        const Question q = need(sections.question(text(a.at("section")), text(a.at("question"))));
        if (a.contains("text"))
            need(answers.setIn(q.id, languageOf(a), text(a.at("text"))));
        if (a.contains("textCy"))
            need(answers.setIn(q.id, Language::Welsh, text(a.at("textCy"))));
        if (a.value("translated", false))
            need(answers.markTranslated(q.id));
    }
    MaterialStore materials(wb);
    for (const json &e : content.value("examples", json::array())) {
        const WorkingExample added = need(materials.addExample(sectionId(wb, e), text(e.at("title")), text(e.at("body")), languageOf(e)));
        if (e.contains("titleCy"))
            need(materials.editExampleIn(added.uuid, Language::Welsh, text(e.at("titleCy")), text(e.at("bodyCy"))));
        if (e.value("translated", false))
            need(materials.markExampleTranslated(added.uuid));
    }
    for (const json &r : content.value("references", json::array())) {
        QFile file(QStringLiteral(":/demo/") + text(r.at("file")));
        if (!file.open(QIODevice::ReadOnly))
            throw makeError(Error::Code::Io, QStringLiteral("demo file %1 is missing").arg(file.fileName()));
        need(materials.attach(sectionId(wb, r), text(r.at("file")), file.readAll(), text(r.at("note"))));
    }
    ScheduleStore schedules(wb);
    for (const json &d : content.value("schedules", json::array())) {
        const Schedule s = need(schedules.add(sectionId(wb, d), text(d.at("title")), text(d.at("body")), languageOf(d)));
        // Its Welsh, marked as translated where it says so; an English revised after it was
        // translated ("revisedBody") leaves the Welsh out of date.
        if (d.contains("titleCy"))
            need(schedules.editIn(s.uuid, Language::Welsh, text(d.at("titleCy")), text(d.at("bodyCy"))));
        if (d.value("translated", false))
            need(schedules.markTranslated(s.uuid));
        if (d.contains("revisedBody"))
            need(schedules.edit(s.uuid, text(d.at("title")), text(d.at("revisedBody"))));
        const Maturity target = maturityFromSlug(text(d.at("maturity"))).value_or(Maturity::Draft);
        if (target == Maturity::Draft)
            continue;
        need(schedules.move(s.uuid, Maturity::Ready));
        for (const json &signer : d.value("signers", json::array()))
            need(schedules.sign(s.uuid, owner(signer)));
        if (target == Maturity::SignedOff || target == Maturity::Adopted)
            need(schedules.move(s.uuid, Maturity::SignedOff));
        if (target == Maturity::Adopted)
            need(schedules.move(s.uuid, Maturity::Adopted));
    }
    for (const json &round : content.value("catalyst", json::array()))
        addCatalystRound(wb, round);
    for (const json &review : content.value("reviews", json::array()))
        addReview(wb, review);
    PlanStore plan(wb);
    const QVector<PlanStage> stages = need(plan.stages());
    for (const json &m : content.value("milestones", json::array())) {
        for (const PlanStage &stage : stages) {
            if (stage.number != m.at("stage").get<int>())
                continue;
            const Milestone milestone = need(plan.milestones(stage.id)).at(m.at("position").get<int>() - 1);
            need(plan.setMilestone(milestone.uuid,
                                   milestoneStatusFromSlug(text(m.at("status"))).value_or(MilestoneStatus::NotStarted),
                                   text(m.value("due", json("")))));
        }
    }
}

} // namespace

Result<QStringList> buildDemo(const QString &folder)
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, QStringLiteral("the demo programme is missing from the program's resources"));
    if (!QDir().mkpath(folder))
        return makeError(Error::Code::Io, QStringLiteral("%1: cannot create the folder").arg(folder));
    try {
        const json demo = json::parse(file.readAll().toStdString());
        const QDir dir(folder);
        const json &masterJson = demo.at("master");
        const QString masterPath = dir.filePath(text(masterJson.at("file")));
        QStringList paths{masterPath};
        if (!QFileInfo::exists(masterPath)) {
            auto master = need(createMaster(masterPath, owner(masterJson.at("owner")), text(demo.at("programme"))));
            fill(*master, masterJson.at("content"));
        }
        for (const json &p : demo.at("participants")) {
            const QString path = dir.filePath(text(p.at("file")));
            paths << path;
            if (QFileInfo::exists(path))
                continue;
            auto participant = need(createParticipant(path, owner(p.at("owner")), masterPath));
            fill(*participant, p.at("content"));
        }
        return paths;
    } catch (const Error &e) {
        return e;
    } catch (const std::exception &e) {
        return makeError(Error::Code::Io, QStringLiteral("the demo programme is malformed: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace qdf
