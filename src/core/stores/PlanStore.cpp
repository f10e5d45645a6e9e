#include "core/stores/PlanStore.h"

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"

#include <QCoreApplication>

namespace qdf {

Result<QVector<PlanStage>> PlanStore::stages() const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT id, uuid, number, title, outcome, timescale FROM plan_stage ORDER BY number"));
    if (!q)
        return q.error();
    QVector<PlanStage> result;
    while (q->next()) {
        result.push_back({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toString(),
                          q->value(4).toString(), q->value(5).toString()});
    }
    return result;
}

Result<QVector<Milestone>> PlanStore::milestones(qint64 stageId) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT id, uuid, stage_id, position, title, status, due, changed_by, changed_at, rev"
                                     " FROM plan_milestone WHERE stage_id = ? ORDER BY position"),
                      {stageId});
    if (!q)
        return q.error();
    QVector<Milestone> result;
    while (q->next()) {
        result.push_back({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toInt(),
                          q->value(4).toString(),
                          milestoneStatusFromSlug(q->value(5).toString()).value_or(MilestoneStatus::NotStarted),
                          q->value(6).toString(), store::changeAt(*q, 7)});
    }
    return result;
}

Status PlanStore::setMilestone(const QString &uuid, MilestoneStatus status, const QString &due)
{
    return m_workbook.write([&](const Change &change) -> Status {
        auto q = sql::run(m_workbook.database(),
                          QStringLiteral("UPDATE plan_milestone SET status = ?, due = ?, changed_by = ?, changed_at = ?,"
                                         " rev = ? WHERE uuid = ?"),
                          QVariantList{milestoneStatusSlug(status), due} + store::changeValues(change)
                              + QVariantList{uuid});
        if (!q)
            return q.error();
        if (q->rowsChanged() == 0)
            return makeError(Error::Code::InvalidArgument,
                             QCoreApplication::translate("PlanStore", "no milestone \"%1\"").arg(uuid));
        return Status::success();
    });
}

} // namespace qdf
