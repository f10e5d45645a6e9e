#pragma once

#include "core/Domain.h"
#include "core/Error.h"

namespace qdf {

class Workbook;

// The CAREMORE Plan on a Page: three stages, their milestones and a status per milestone.
class PlanStore {
public:
    explicit PlanStore(Workbook &workbook) : m_workbook(workbook) {}

    Result<QVector<PlanStage>> stages() const;
    Result<QVector<Milestone>> milestones(qint64 stageId) const;
    Status setMilestone(const QString &uuid, MilestoneStatus status, const QString &due);

private:
    Workbook &m_workbook;
};

} // namespace qdf
