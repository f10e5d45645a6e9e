#include "core/report/FrameworkParts.h"

#include "core/ContentPack.h"
#include "core/Maturity.h"
#include "core/Translation.h"
#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/PlanStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/report/Wording.h"

#include <QCoreApplication>
#include <QLocale>

namespace qdf::report {
namespace {

// In the language the document is built in (core/report/Wording.h).
QString tr(const char *source)
{
    return report::text(source);
}

QString statusName(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::NotStarted: return tr("Not started");
    case MilestoneStatus::InProgress: return tr("In progress");
    case MilestoneStatus::Done: return tr("Done");
    case MilestoneStatus::AtRisk: return tr("At risk");
    }
    return {};
}

} // namespace

QString frameworkStatus(Workbook &workbook)
{
    // Stage 1 produces a shadow framework; the Framework Agreement exists once Stage 2's
    // milestones are all done.
    PlanStore plan(workbook);
    for (const PlanStage &stage : plan.stages().valueOr({})) {
        if (stage.number != 2)
            continue;
        const auto milestones = plan.milestones(stage.id).valueOr({});
        const bool agreed = !milestones.isEmpty()
            && std::all_of(milestones.cbegin(), milestones.cend(),
                           [](const Milestone &m) { return m.status == MilestoneStatus::Done; });
        return agreed ? tr("Framework Agreement") : tr("Shadow framework");
    }
    return tr("Shadow framework");
}

void addIntroduction(Report &r, Workbook &workbook, const QVector<Section> &sections)
{
    r.add(Block::Kind::Heading, tr("About this Framework"), 1);
    r.add(Block::Kind::Paragraph,
          tr("A Quality and Delivery Framework describes a comprehensive specification for delivering high quality "
             "services within a structure that enables rigorous evaluation. It is produced with the CAREMORE method of "
             "collaborative commissioning: information is gathered in each of its seven sections until the products "
             "are mature enough to be signed off by the participants and adopted into the Framework as Schedules."));
    QVector<QStringList> products;
    for (const Section &s : sections) {
        if (s.kind == SectionKind::Caremore) {
            const SectionWords words = sectionWords(workbook, s);
            products << QStringList{QStringLiteral("%1. %2").arg(s.position).arg(words.title), words.purpose};
        }
    }
    r.addTable({tr("Section"), tr("Its product")}, products, {28, 72});
    r.add(Block::Kind::Paragraph,
          tr("Production follows three stages: a baseline evaluation of readiness that informs a shadow framework; "
             "full production of the Schedules, ending in a signed Framework Agreement; and handover, where the "
             "Framework is embedded locally as the ongoing management arrangement."));
    const std::optional<Language> building = buildLanguage();
    r.add(Block::Kind::Note,
          tr("Source: %1.").arg(building ? ContentPack::caremore(translation::code(*building)).source : ContentPack::caremore().source));
}

Status addDocumentControl(Report &r, Workbook &workbook, const QVector<Schedule> &included)
{
    const WorkbookInfo &info = workbook.info();
    r.add(Block::Kind::Heading, tr("Document control"), 1);
    r.addTable({tr("Edition"), tr("Status"), tr("Published"), tr("Kept by")},
               {{tr("Revision %1 of the master copy").arg(info.revision), frameworkStatus(workbook), day(workbook.clock().now()),
                 QStringLiteral("%1, %2").arg(info.owner.name, info.owner.organisation)}},
               {30, 20, 18, 32});
    ScheduleStore store(workbook);
    QVector<QStringList> rows;
    for (const Schedule &s : included) {
        auto signOffs = store.signOffs(s.uuid);
        if (!signOffs)
            return signOffs.error();
        QStringList signers;
        for (const SignOff &o : *signOffs) {
            if (o.version == s.version)
                signers << tr("%1 (%2), %3").arg(o.signer.name, o.signer.organisation, day(o.signedAt));
        }
        rows << QStringList{s.number, wordsIn(s.texts, s.language).title, QString::number(s.version), maturityName(s.maturity),
                            signers.isEmpty() ? tr("not signed yet") : signers.join(QLatin1Char('\n'))};
    }
    r.add(Block::Kind::Heading, tr("Schedules and their sign-off"), 2);
    if (rows.isEmpty())
        r.add(Block::Kind::Paragraph, tr("No Schedule is included in this edition yet."));
    else
        r.addTable({tr("No."), tr("Schedule"), tr("Version"), tr("Maturity"), tr("Signed off by")}, rows, {8, 30, 10, 18, 34});
    return Status::success();
}

Status addStageStatus(Report &r, Workbook &workbook, int level)
{
    PlanStore plan(workbook);
    auto stages = plan.stages();
    if (!stages)
        return stages.error();
    r.add(Block::Kind::Heading, tr("Stage status"), level);
    for (const PlanStage &own : *stages) {
        auto milestones = plan.milestones(own.id);
        if (!milestones)
            return milestones.error();
        const PlanStage stage = stageWords(workbook, own);
        r.add(Block::Kind::Heading, tr("Stage %1: %2").arg(stage.number).arg(stage.title), level + 1);
        QStringList about;
        if (!stage.outcome.isEmpty())
            about << stage.outcome;
        if (!stage.timescale.isEmpty())
            about << stage.timescale;
        if (!about.isEmpty())
            r.add(Block::Kind::Note, about.join(QStringLiteral(" · ")));
        QVector<QStringList> rows;
        for (const Milestone &m : *milestones)
            rows << QStringList{milestoneTitle(workbook, own, m), statusName(m.status), m.due};
        if (rows.isEmpty())
            r.add(Block::Kind::Paragraph, tr("No milestones yet."));
        else
            r.addTable({tr("Milestone"), tr("Status"), tr("Due")}, rows, {60, 20, 20});
    }
    return Status::success();
}

Result<Table> productionMatrix(Workbook &workbook)
{
    SectionStore sections(workbook);
    auto all = sections.list();
    if (!all)
        return all.error();
    auto schedules = ScheduleStore(workbook).list();
    if (!schedules)
        return schedules.error();
    AnswerStore answers(workbook);
    Table t;
    // The product flows left to right: what the baseline found feeds the Schedules drafted in
    // full production, which are handed over once adopted.
    t.headers = {tr("Section"), tr("Stage 1: Baseline evaluation →"), tr("Stage 2: Full production →"),
                 tr("Stage 3: Handover")};
    for (const Section &s : *all) {
        if (s.kind != SectionKind::Caremore)
            continue;
        auto questions = sections.questions(s.id);
        if (!questions)
            return questions.error();
        int answered = 0;
        for (const Question &q : *questions) {
            const auto a = answers.current(q.id).valueOr(std::nullopt);
            answered += a && !a->text.trimmed().isEmpty() ? 1 : 0;
        }
        QMap<Maturity, int> byMaturity;
        for (const Schedule &sc : *schedules) {
            if (sc.sectionKey == s.key)
                ++byMaturity[sc.maturity];
        }
        QStringList production;
        for (Maturity m : {Maturity::Draft, Maturity::Ready, Maturity::SignedOff}) {
            if (byMaturity.value(m) > 0)
                production << QStringLiteral("%1 %2").arg(byMaturity.value(m)).arg(maturityName(m).toLower());
        }
        const int adopted = byMaturity.value(Maturity::Adopted);
        t.rows << QStringList{QStringLiteral("%1. %2").arg(s.position).arg(sectionWords(workbook, s).title),
                              tr("%1 of %2 questions answered").arg(answered).arg(questions->size()),
                              production.isEmpty() ? tr("no Schedule in production") : production.join(QLatin1Char('\n')),
                              adopted > 0 ? tr("%1 adopted into the Framework").arg(adopted) : tr("nothing adopted yet")};
    }
    t.types = {CellType::Text};
    return t;
}

Status addProductionMatrix(Report &r, Workbook &workbook, int level)
{
    auto matrix = productionMatrix(workbook);
    if (!matrix)
        return matrix.error();
    r.add(Block::Kind::Heading, tr("Production Matrix"), level);
    r.add(Block::Kind::Note, tr("The seven sections across the three production stages; each product flows from left to right."));
    r.addTable(matrix->headers, matrix->rows, {22, 26, 28, 24});
    return Status::success();
}

} // namespace qdf::report
