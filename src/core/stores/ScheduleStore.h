#pragma once

#include "core/Domain.h"
#include "core/Error.h"

namespace qdf {

class Workbook;

// Schedules: numbered per section ("2.3" is the third Schedule of section 2), every saved
// version kept, sign-offs recorded against the version signed. The maturity rules live here:
//  - moves follow isAllowedMove(); signed-off needs a sign-off of the current version;
//    adoption into the Framework happens in the master only;
//  - a signed-off Schedule is read-only except in the master, where a change starts a new
//    Draft version (the signed version stays in the history with its sign-offs).
class ScheduleStore {
public:
    explicit ScheduleStore(Workbook &workbook) : m_workbook(workbook) {}

    // All Schedules in QDF Index order (section, then number); or those of one section.
    Result<QVector<Schedule>> list() const;
    Result<QVector<Schedule>> list(qint64 sectionId) const;
    // By UUID or by number ("1.2").
    Result<Schedule> find(const QString &idOrNumber) const;

    Result<Schedule> add(qint64 sectionId, const QString &title, const QString &body);
    Result<Schedule> edit(const QString &uuid, const QString &title, const QString &body);
    Result<Schedule> move(const QString &uuid, Maturity to);
    // Records a sign-off of the current version (by the workbook's owner unless a signer is
    // named, as when the production team records a workshop's sign-offs); the Schedule must be
    // ready for sign-off.
    Result<SignOff> sign(const QString &uuid);
    Result<SignOff> sign(const QString &uuid, const Owner &signer);

    Result<QVector<ScheduleVersion>> versions(const QString &uuid) const;  // newest first
    Result<QVector<SignOff>> signOffs(const QString &uuid) const;

private:
    Result<QVector<Schedule>> select(const QString &where, const QVariantList &values) const;
    Status recordVersion(const Schedule &schedule, const Change &change);
    Workbook &m_workbook;
};

} // namespace qdf
