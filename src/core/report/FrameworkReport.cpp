#include "core/report/Report.h"
#include "core/report/ScheduleBlocks.h"

#include "core/Workbook.h"
#include "core/stores/PlanStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace qdf::report {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::report", text);
}

// Stage 1 produces a shadow framework; the Framework Agreement exists once Stage 2's
// milestones are all done.
QString status(Workbook &workbook)
{
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

} // namespace

Result<Report> frameworkReport(Workbook &workbook, bool includeDrafts)
{
    if (!workbook.isMaster())
        return makeError(Error::Code::NotAllowed,
                         tr("only the master copy is published as the Framework; this is %1's workbook")
                             .arg(workbook.info().owner.name));
    const WorkbookInfo &info = workbook.info();
    auto sections = SectionStore(workbook).list();
    if (!sections)
        return sections.error();
    ScheduleStore store(workbook);
    auto schedules = store.list();
    if (!schedules)
        return schedules.error();
    QVector<Schedule> included;
    for (const Schedule &s : *schedules) {
        if (s.maturity == Maturity::Adopted || includeDrafts)
            included << s;
    }

    Report r;
    r.title = tr("Quality and Delivery Framework");
    r.runningNote = tr("%1 · revision %2").arg(info.programme.name).arg(info.revision);
    r.add(Block::Kind::Title, r.title);
    r.add(Block::Kind::Subtitle, info.programme.name);
    r.add(Block::Kind::Paragraph, tr("Status: %1").arg(status(workbook)));
    r.add(Block::Kind::Paragraph, tr("Revision %1 of the master copy, published %2")
                                      .arg(info.revision)
                                      .arg(QLocale::c().toString(workbook.clock().now().toUTC().date(),
                                                                 QStringLiteral("d MMMM yyyy"))));
    r.add(Block::Kind::Paragraph, tr("Kept by %1, %2").arg(info.owner.name, info.owner.organisation));
    if (includeDrafts)
        r.add(Block::Kind::Note, tr("This edition includes Schedules not yet adopted into the Framework. Each is "
                                    "marked DRAFT."));
    r.add(Block::Kind::PageBreak, {});
    r.add(Block::Kind::Contents, tr("Contents"));

    r.add(Block::Kind::Heading, tr("QDF Index"), 1);
    QHash<QString, QString> titles;
    for (const Section &s : *sections)
        titles.insert(s.key, s.title);
    QVector<QStringList> rows;
    for (const Schedule &s : std::as_const(included))
        rows.push_back({s.number, s.title, titles.value(s.sectionKey), maturityTitle(s.maturity), QString::number(s.version)});
    if (rows.isEmpty())
        r.add(Block::Kind::Paragraph, tr("No Schedule has been adopted into the Framework yet."));
    else
        r.addTable({tr("No."), tr("Schedule"), tr("Section"), tr("Maturity"), tr("Version")}, rows);

    for (const Section &section : *sections) {
        if (section.kind != SectionKind::Caremore)
            continue;
        QVector<Schedule> mine;
        for (const Schedule &s : std::as_const(included)) {
            if (s.sectionKey == section.key)
                mine << s;
        }
        if (mine.isEmpty())
            continue;
        r.add(Block::Kind::Heading, QStringLiteral("%1. %2").arg(section.position).arg(section.title), 1);
        r.add(Block::Kind::Paragraph, section.purpose);
        for (const Schedule &s : std::as_const(mine)) {
            if (Status st = addSchedule(r, store, s, true, 2); !st)
                return st.error();
        }
    }
    return r;
}

} // namespace qdf::report
