#include "core/stores/TextLanguages.h"

#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

#include "core/Translation.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>

namespace qdf {

namespace {

// A title in the language spoken where it is written in it, else in its own.
QString titleOf(const Bilingual &texts, Language own)
{
    const auto spoken = translation::fromCode(language::current());
    return spoken && texts.in(*spoken).isWritten() ? texts.in(*spoken).title : texts.in(own).title;
}

} // namespace

Result<QVector<TextInLanguages>> textsInLanguages(Workbook &workbook)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("qdf::TextLanguages", text); };
    SectionStore sections(workbook);
    auto all = sections.list();
    if (!all)
        return all.error();
    auto schedules = ScheduleStore(workbook).list();
    if (!schedules)
        return schedules.error();
    AnswerStore answers(workbook);
    MaterialStore materials(workbook);
    QVector<TextInLanguages> out;
    for (const Section &section : *all) {
        auto questions = sections.questions(section.id);
        if (!questions)
            return questions.error();
        for (const Question &q : *questions) {
            auto a = answers.current(q.id);
            if (!a)
                return a.error();
            if (*a)
                out << TextInLanguages{QStringLiteral("answer:") + q.uuid, QStringLiteral("answer"),
                                       tr("Answer: %1 (%2)").arg(q.text, section.title), (*a)->language, (*a)->texts};
        }
        auto examples = materials.examples(section.id);
        if (!examples)
            return examples.error();
        for (const WorkingExample &e : *examples)
            out << TextInLanguages{QStringLiteral("example:") + e.uuid, QStringLiteral("example"),
                                   tr("Working example: %1").arg(titleOf(e.texts, e.language)), e.language, e.texts};
        for (const Schedule &s : *schedules) {
            if (s.sectionId == section.id)
                out << TextInLanguages{QStringLiteral("schedule:") + s.uuid, QStringLiteral("schedule"),
                                       tr("Schedule %1: %2").arg(s.number, titleOf(s.texts, s.language)), s.language, s.texts};
        }
    }
    return out;
}

} // namespace qdf
