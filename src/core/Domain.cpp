#include "core/Domain.h"

namespace qdf {

QString workbookKindSlug(WorkbookKind kind)
{
    return kind == WorkbookKind::Master ? QStringLiteral("master") : QStringLiteral("participant");
}

QString milestoneStatusSlug(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::NotStarted: return QStringLiteral("not-started");
    case MilestoneStatus::InProgress: return QStringLiteral("in-progress");
    case MilestoneStatus::Done: return QStringLiteral("done");
    case MilestoneStatus::AtRisk: return QStringLiteral("at-risk");
    }
    return {};
}

std::optional<MilestoneStatus> milestoneStatusFromSlug(const QString &slug)
{
    for (auto s : {MilestoneStatus::NotStarted, MilestoneStatus::InProgress, MilestoneStatus::Done, MilestoneStatus::AtRisk}) {
        if (milestoneStatusSlug(s) == slug)
            return s;
    }
    return std::nullopt;
}

} // namespace qdf
