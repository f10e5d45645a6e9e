#include "core/WorkbookJson.h"

#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/PlanStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

#include <nlohmann/json.hpp>

namespace qdf {
namespace {

using nlohmann::json;

std::string s(const QString &text)
{
    return text.toStdString();
}

json changeJson(const Change &c)
{
    return {{"by", s(c.by)}, {"at", s(Clock::format(c.at))}, {"revision", c.revision}};
}

json header(const Workbook &wb)
{
    const WorkbookInfo &i = wb.info();
    return {{"format", "qdf-workbook"},
            {"schemaVersion", i.schemaVersion},
            {"workbookId", s(i.uuid)},
            {"kind", s(workbookKindSlug(i.kind))},
            {"programme", {{"id", s(i.programme.uuid)}, {"name", s(i.programme.name)}}},
            {"owner", {{"name", s(i.owner.name)}, {"organisation", s(i.owner.organisation)}, {"role", s(i.owner.role)}}},
            {"revision", i.revision},
            {"baseRevision", i.baseRevision ? json(*i.baseRevision) : json(nullptr)},
            {"pack", {{"name", s(i.packName)}, {"version", i.packVersion}, {"language", s(i.contentLanguage)}}},
            {"createdAt", s(Clock::format(i.createdAt))},
            {"readOnly", wb.isReadOnly()}};
}

QByteArray dump(const json &j)
{
    return QByteArray::fromStdString(j.dump(2)) + '\n';
}

// Throws to unwind out of the nested loops on the first store error; caught below.
template <typename T>
T need(Result<T> r)
{
    if (!r)
        throw r.error();
    return std::move(r).value();
}

json scheduleJson(ScheduleStore &store, const Schedule &d)
{
    json versions = json::array();
    for (const ScheduleVersion &v : need(store.versions(d.uuid)))
        versions.push_back({{"version", v.version}, {"title", s(v.title)}, {"body", s(v.body)},
                            {"maturity", s(maturitySlug(v.maturity))}, {"change", changeJson(v.change)}});
    json signOffs = json::array();
    for (const SignOff &o : need(store.signOffs(d.uuid)))
        signOffs.push_back({{"id", s(o.uuid)}, {"version", o.version}, {"name", s(o.signer.name)},
                            {"organisation", s(o.signer.organisation)}, {"role", s(o.signer.role)},
                            {"at", s(Clock::format(o.signedAt))}});
    return {{"id", s(d.uuid)}, {"number", s(d.number)}, {"title", s(d.title)}, {"body", s(d.body)},
            {"maturity", s(maturitySlug(d.maturity))}, {"version", d.version}, {"change", changeJson(d.change)},
            {"versions", versions}, {"signOffs", signOffs}};
}

} // namespace

Result<QByteArray> infoJson(Workbook &workbook)
{
    auto summaries = SectionStore(workbook).summaries();
    if (!summaries)
        return summaries.error();
    json j = header(workbook);
    json sections = json::array();
    SectionStore store(workbook);
    for (const SectionSummary &sum : *summaries) {
        json questionKeys = json::array();
        auto questions = store.questions(sum.section.id);
        if (!questions)
            return questions.error();
        for (const Question &q : *questions)
            questionKeys.push_back(s(q.key));
        sections.push_back({{"key", s(sum.section.key)},
                            {"title", s(sum.section.title)},
                            {"kind", sum.section.kind == SectionKind::Document ? "document" : "caremore"},
                            {"questions", sum.questions},
                            {"answers", sum.answers},
                            {"workingExamples", sum.workingExamples},
                            {"referenceMaterials", sum.referenceMaterials},
                            {"schedules", sum.schedules},
                            {"questionKeys", questionKeys}});
    }
    j["sections"] = sections;
    return dump(j);
}

Result<QByteArray> exportJson(Workbook &workbook)
{
    try {
        SectionStore sectionStore(workbook);
        AnswerStore answers(workbook);
        MaterialStore materials(workbook);
        ScheduleStore schedules(workbook);
        PlanStore plan(workbook);
        json j = header(workbook);
        json sections = json::array();
        for (const Section &sec : need(sectionStore.list())) {
            json questions = json::array();
            for (const Question &q : need(sectionStore.questions(sec.id))) {
                json question = {{"id", s(q.uuid)}, {"key", s(q.key)}, {"text", s(q.text)}, {"guidance", s(q.guidance)}};
                if (!q.aboutSectionKey.isEmpty())
                    question["section"] = s(q.aboutSectionKey);
                if (const auto a = need(answers.current(q.id))) {
                    json history = json::array();
                    for (const AnswerRevision &r : need(answers.history(q.id))) {
                        history.push_back({{"version", r.version}, {"text", s(r.text)}, {"change", changeJson(r.change)},
                                           {"restoredFrom", r.restoredFrom ? json(*r.restoredFrom) : json(nullptr)}});
                    }
                    question["answer"] = {{"id", s(a->uuid)}, {"text", s(a->text)}, {"version", a->version},
                                          {"change", changeJson(a->change)}, {"history", history}};
                }
                questions.push_back(question);
            }
            json examples = json::array();
            for (const WorkingExample &e : need(materials.examples(sec.id)))
                examples.push_back({{"id", s(e.uuid)}, {"title", s(e.title)}, {"body", s(e.body)},
                                    {"change", changeJson(e.change)}});
            json references = json::array();
            for (const ReferenceMaterial &r : need(materials.references(sec.id))) {
                references.push_back({{"id", s(r.uuid)}, {"fileName", s(r.fileName)}, {"size", r.size},
                                      {"sha256", s(r.sha256)}, {"note", s(r.note)}, {"change", changeJson(r.change)},
                                      {"data", need(materials.referenceData(r.uuid)).toBase64().toStdString()}});
            }
            json scheduleList = json::array();
            for (const Schedule &d : need(schedules.list(sec.id)))
                scheduleList.push_back(scheduleJson(schedules, d));
            sections.push_back({{"id", s(sec.uuid)}, {"key", s(sec.key)}, {"title", s(sec.title)},
                                {"kind", sec.kind == SectionKind::Document ? "document" : "caremore"},
                                {"purpose", s(sec.purpose)}, {"explanation", s(sec.explanation)},
                                {"questions", questions}, {"workingExamples", examples},
                                {"referenceMaterials", references}, {"schedules", scheduleList}});
        }
        j["sections"] = sections;
        json stages = json::array();
        for (const PlanStage &st : need(plan.stages())) {
            json milestones = json::array();
            for (const Milestone &m : need(plan.milestones(st.id)))
                milestones.push_back({{"id", s(m.uuid)}, {"title", s(m.title)},
                                      {"status", s(milestoneStatusSlug(m.status))}, {"due", s(m.due)},
                                      {"change", changeJson(m.change)}});
            stages.push_back({{"id", s(st.uuid)}, {"number", st.number}, {"title", s(st.title)},
                              {"outcome", s(st.outcome)}, {"timescale", s(st.timescale)}, {"milestones", milestones}});
        }
        j["plan"] = {{"stages", stages}};
        return dump(j);
    } catch (const Error &e) {
        return e;
    } catch (const std::exception &e) {  // text nlohmann cannot encode (a lone surrogate)
        return makeError(Error::Code::Io, QStringLiteral("export: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace qdf
