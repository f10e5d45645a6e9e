#include "core/report/Report.h"
#include "core/report/FrameworkParts.h"
#include "core/report/ScheduleBlocks.h"

#include "core/ContentPack.h"
#include "core/Maturity.h"
#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/Translation.h"
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

// The QDF Index: every Schedule of the workbook with its section and maturity.
Status addIndex(Report &r, Workbook &workbook, const Section &index)
{
    const SectionWords words = sectionWords(workbook, index);
    r.add(Block::Kind::Heading, words.title, 1);
    r.add(Block::Kind::Paragraph, words.purpose);
    auto sections = SectionStore(workbook).list();
    auto schedules = ScheduleStore(workbook).list();
    if (!sections || !schedules)
        return !sections ? sections.error() : schedules.error();
    QHash<QString, QString> titles;
    for (const Section &s : *sections)
        titles.insert(s.key, sectionWords(workbook, s).title);
    QVector<QStringList> rows;
    for (const Schedule &s : *schedules)
        rows.push_back({s.number, wordsIn(s.texts, s.language).title, titles.value(s.sectionKey), maturityName(s.maturity),
                        QString::number(s.version)});
    if (rows.isEmpty())
        r.add(Block::Kind::Note, tr("No Schedule yet."));
    else
        r.addTable({tr("No."), tr("Schedule"), tr("Section"), tr("Maturity"), tr("Version")}, rows);
    return Status::success();
}

Result<Report> buildWorkbook(Workbook &workbook, const QStringList &sectionKeys)
{
    SectionStore sectionStore(workbook);
    QVector<Section> chosen;
    if (sectionKeys.isEmpty()) {
        auto all = sectionStore.list();
        if (!all)
            return all.error();
        chosen = *all;
    } else {
        for (const QString &key : sectionKeys) {
            auto s = sectionStore.byKey(key);
            if (!s)
                return s.error();
            chosen << *s;
        }
    }
    const WorkbookInfo &info = workbook.info();
    AnswerStore answers(workbook);
    MaterialStore materials(workbook);
    ScheduleStore schedules(workbook);

    Report r;
    r.title = tr("CAREMORE Workbook");
    r.runningNote = tr("%1 · %2").arg(info.owner.name, info.programme.name);
    r.add(Block::Kind::Title, r.title);
    r.add(Block::Kind::Subtitle, info.programme.name);
    r.add(Block::Kind::Paragraph, tr("%1, %2, %3").arg(info.owner.name, info.owner.role, info.owner.organisation));
    r.add(Block::Kind::Paragraph, tr("Printed %1 · revision %2 · its contents are always draft")
                                      .arg(day(workbook.clock().now()))
                                      .arg(info.revision));
    r.beginUnit(true);
    r.add(Block::Kind::PageBreak, {});
    r.add(Block::Kind::Contents, tr("Contents"));

    for (const Section &section : std::as_const(chosen)) {
        r.beginUnit();
        const SectionWords words = sectionWords(workbook, section);
        // The two production documents are printed from their own data.
        if (section.key == QLatin1String("qdf-index")) {
            if (Status st = addIndex(r, workbook, section); !st)
                return st.error();
            continue;
        }
        if (section.key == QLatin1String("plan-on-a-page")) {
            r.add(Block::Kind::Heading, words.title, 1);
            r.add(Block::Kind::Paragraph, words.purpose);
            if (Status st = addStageStatus(r, workbook, 2); !st)
                return st.error();
            if (Status st = addProductionMatrix(r, workbook, 2); !st)
                return st.error();
            continue;
        }
        r.add(Block::Kind::Heading, section.kind == SectionKind::Caremore
                                        ? QStringLiteral("%1. %2").arg(section.position).arg(words.title)
                                        : words.title,
              1);
        r.add(Block::Kind::Paragraph, words.purpose);
        if (!words.explanation.isEmpty())
            r.add(Block::Kind::Note, words.explanation);
        auto questions = sectionStore.questions(section.id);
        if (!questions)
            return questions.error();
        for (const Question &q : *questions) {
            r.add(Block::Kind::Heading, questionText(workbook, section, q), 3);
            auto a = answers.current(q.id);
            if (!a)
                return a.error();
            if (*a && translation::stateOf((*a)->texts, (*a)->language) != translation::State::Empty) {
                addWords(r, wordsIn((*a)->texts, (*a)->language));
                r.add(Block::Kind::Note, tr("Version %1, %2").arg((*a)->version).arg((*a)->change.by));
            } else {
                r.add(Block::Kind::Note, tr("Not answered yet."));
            }
        }
        if (section.kind != SectionKind::Caremore)
            continue;
        r.add(Block::Kind::Heading, partTitle("working-examples"), 2);
        const auto examples = materials.examples(section.id).valueOr({});
        if (examples.isEmpty())
            r.add(Block::Kind::Note, tr("None yet."));
        for (const WorkingExample &e : examples) {
            const Words example = wordsIn(e.texts, e.language);
            if (buildLanguage())
                r.add(Block::Kind::Heading, example.title, 3);
            else
                r.addIn(example.language, Block::Kind::Heading, example.title, 3);
            if (!example.missing)  // the heading says it is not translated
                addWords(r, example);
        }
        r.add(Block::Kind::Heading, partTitle("reference-materials"), 2);
        QVector<QStringList> rows;
        for (const ReferenceMaterial &m : materials.references(section.id).valueOr({}))
            rows.push_back({m.fileName, locale().formattedDataSize(m.size), m.note});
        if (rows.isEmpty())
            r.add(Block::Kind::Note, tr("None yet."));
        else
            r.addTable({tr("File"), tr("Size"), tr("Note")}, rows);
        r.add(Block::Kind::Heading, partTitle("draft-schedules"), 2);
        const auto mine = schedules.list(section.id).valueOr({});
        if (mine.isEmpty())
            r.add(Block::Kind::Note, tr("None yet."));
        for (const Schedule &s : mine) {
            r.beginUnit();
            if (Status st = addSchedule(r, schedules, s, false, 3); !st)
                return st.error();
        }
    }
    if (Status s = addPictures(workbook, r); !s)
        return s.error();
    return r;
}

} // namespace

Result<Report> workbookReport(Workbook &workbook, const QStringList &sectionKeys, Edition edition)
{
    return editionOf(edition, [&] { return buildWorkbook(workbook, sectionKeys); });
}

} // namespace qdf::report
