#pragma once

// The action plan as a table and as a part of a report, for every assessment that feeds the
// one action plan (the Catalyst rounds and the commissioning reviews).

#include "core/actions/ActionStore.h"
#include "core/report/Report.h"

#include <functional>

namespace qdf::report {

// The seed's action planning table, a row per action; the first column names what the action
// improves (`subjectHeading`, `subjectName` of its subject key).
Table actionPlanTable(const QVector<Action> &actions, const std::function<QString(const QString &)> &subjectName,
                      const QString &subjectHeading);

// "Action plan": an overview, then each action's planning row and detailed sheet as label and
// text, as a portrait page has room for. `plan` is actionPlanTable() of the same actions.
void addActionPlan(Report &report, const QVector<Action> &actions, const Table &plan);

} // namespace qdf::report
