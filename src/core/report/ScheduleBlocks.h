#pragma once

#include "core/Domain.h"
#include "core/report/Report.h"

namespace qdf {
class ScheduleStore;
}

namespace qdf::report {

// A Schedule as report blocks: heading (with DRAFT when not adopted), its version and
// sign-off record, its body. Shared by the Framework and the Workbook printout.
Status addSchedule(Report &report, ScheduleStore &store, const Schedule &schedule, bool markDraft, int level);

struct Words;
// People's words (Wording.h's wordsIn) as blocks: their Markdown in their language, with a note
// where the translation is out of date or not yet marked, or the mark of a missing translation.
void addWords(Report &report, const Words &words, bool draft = false);

} // namespace qdf::report
