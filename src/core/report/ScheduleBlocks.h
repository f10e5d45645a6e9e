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

} // namespace qdf::report
