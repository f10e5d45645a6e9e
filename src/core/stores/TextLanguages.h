#pragma once

// Every text of a workbook that may be in Welsh, English or both — its answers, working examples
// and Schedules — with both languages, for what shows their translation state as a list (qdf
// translations; core/Translation.h has the rule).

#include "core/Domain.h"
#include "core/Error.h"

namespace qdf {

class Workbook;

struct TextInLanguages {
    QString id;    // as sync names it: answer:<question uuid>, example:<uuid>, schedule:<uuid>
    QString kind;  // answer, example, schedule
    QString name;  // what a person calls it: "Schedule 1.2: …", "Answer: … (section)"
    Language language = Language::English;  // the one it was first written in
    Bilingual texts;
};

// In the order of the workbook: section by section, its answers, examples, then Schedules.
Result<QVector<TextInLanguages>> textsInLanguages(Workbook &workbook);

} // namespace qdf
