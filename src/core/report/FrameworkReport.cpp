#include "core/report/Report.h"
#include "core/report/FrameworkParts.h"
#include "core/report/ScheduleBlocks.h"

#include "core/Workbook.h"
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

Result<Report> buildFramework(Workbook &workbook, bool includeDrafts)
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
    // The cover: what a board needs to see before it signs.
    r.add(Block::Kind::Title, r.title);
    r.add(Block::Kind::Subtitle, info.programme.name);
    const bool anyDraft = std::any_of(included.cbegin(), included.cend(),
                                      [](const Schedule &s) { return s.maturity != Maturity::Adopted; });
    if (anyDraft)
        r.add(Block::Kind::Subtitle, tr("Draft — not for approval"));
    r.add(Block::Kind::Paragraph, tr("Status: %1").arg(frameworkStatus(workbook)));
    r.add(Block::Kind::Paragraph, tr("Revision %1 of the master copy, published %2").arg(info.revision).arg(day(workbook.clock().now())));
    r.add(Block::Kind::Paragraph, tr("Kept by %1, %2").arg(info.owner.name, info.owner.organisation));
    if (includeDrafts)
        r.add(Block::Kind::Note, tr("This edition includes Schedules not yet adopted into the Framework. Each is "
                                    "marked DRAFT."));
    r.beginUnit(true);
    r.add(Block::Kind::PageBreak, {});
    r.add(Block::Kind::Contents, tr("Contents"));

    r.beginUnit();
    if (Status st = addDocumentControl(r, workbook, included); !st)
        return st.error();
    r.beginUnit();
    addIntroduction(r, workbook, *sections);

    r.beginUnit();
    r.add(Block::Kind::Heading, tr("QDF Index"), 1);
    QHash<QString, QString> titles;
    for (const Section &s : *sections)
        titles.insert(s.key, sectionWords(workbook, s).title);
    QVector<QStringList> rows;
    for (const Schedule &s : std::as_const(included))
        rows.push_back({s.number, wordsIn(s.texts, s.language).title, titles.value(s.sectionKey), maturityName(s.maturity),
                        QString::number(s.version)});
    if (rows.isEmpty())
        r.add(Block::Kind::Paragraph, tr("No Schedule has been adopted into the Framework yet."));
    else
        r.addTable({tr("No."), tr("Schedule"), tr("Section"), tr("Maturity"), tr("Version")}, rows);
    if (Status st = addStageStatus(r, workbook, 2); !st)
        return st.error();
    if (Status st = addProductionMatrix(r, workbook, 2); !st)
        return st.error();

    // Every section, in order, whether or not it has a Schedule yet.
    for (const Section &section : *sections) {
        if (section.kind != SectionKind::Caremore)
            continue;
        r.beginUnit();
        const SectionWords words = sectionWords(workbook, section);
        r.add(Block::Kind::Heading, QStringLiteral("%1. %2").arg(section.position).arg(words.title), 1);
        r.add(Block::Kind::Paragraph, words.purpose);
        bool any = false;
        for (const Schedule &s : std::as_const(included)) {
            if (s.sectionKey != section.key)
                continue;
            any = true;
            r.beginUnit();
            if (Status st = addSchedule(r, store, s, true, 2); !st)
                return st.error();
        }
        if (!any)
            r.add(Block::Kind::Note, includeDrafts ? tr("No Schedule drafted for this section yet.")
                                                   : tr("No Schedule adopted for this section yet."));
    }
    if (Status s = addPictures(workbook, r); !s)
        return s.error();
    return r;
}

} // namespace

Result<Report> frameworkReport(Workbook &workbook, bool includeDrafts, Edition edition)
{
    return editionOf(edition, [&] { return buildFramework(workbook, includeDrafts); });
}

} // namespace qdf::report
