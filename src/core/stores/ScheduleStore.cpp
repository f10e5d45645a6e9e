#include "core/stores/ScheduleStore.h"

#include "core/Limits.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"

#include <QCoreApplication>

namespace qdf {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::ScheduleStore", text);
}

Error notAllowed(const QString &message)
{
    return makeError(Error::Code::NotAllowed, message);
}

} // namespace

Result<QVector<Schedule>> ScheduleStore::select(const QString &where, const QVariantList &values) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT s.id, s.uuid, s.section_id, sec.key, s.seq, s.number, s.title, s.body,"
                                     " s.maturity, s.version, s.changed_by, s.changed_at, s.rev"
                                     " FROM schedule s JOIN section sec ON sec.id = s.section_id %1"
                                     " ORDER BY sec.position, s.seq")
                          .arg(where),
                      values);
    if (!q)
        return q.error();
    QVector<Schedule> schedules;
    while (q->next()) {
        Schedule s;
        s.id = q->value(0).toLongLong();
        s.uuid = q->value(1).toString();
        s.sectionId = q->value(2).toLongLong();
        s.sectionKey = q->value(3).toString();
        s.seq = q->value(4).toInt();
        s.number = q->value(5).toString();
        s.title = q->value(6).toString();
        s.body = q->value(7).toString();
        s.maturity = maturityFromSlug(q->value(8).toString()).value_or(Maturity::Draft);
        s.version = q->value(9).toInt();
        s.change = store::changeAt(*q, 10);
        schedules.push_back(s);
    }
    return schedules;
}

Result<QVector<Schedule>> ScheduleStore::list() const
{
    return select({}, {});
}

Result<QVector<Schedule>> ScheduleStore::list(qint64 sectionId) const
{
    return select(QStringLiteral("WHERE s.section_id = ?"), {sectionId});
}

Result<Schedule> ScheduleStore::find(const QString &idOrNumber) const
{
    auto found = select(QStringLiteral("WHERE s.uuid = ? OR s.number = ?"), {idOrNumber, idOrNumber});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("no Schedule \"%1\"").arg(idOrNumber));
    return found->first();
}

Status ScheduleStore::recordVersion(const Schedule &s, const Change &change)
{
    return sql::exec(m_workbook.database(),
                     QStringLiteral("INSERT INTO schedule_version (schedule_id, version, title, body, maturity,"
                                    " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     QVariantList{s.id, s.version, s.title, s.body, maturitySlug(s.maturity)}
                         + store::changeValues(change));
}

Result<Schedule> ScheduleStore::add(qint64 sectionId, const QString &title, const QString &body)
{
    if (Status s = checkTextLength(body); !s)
        return s.error();
    if (title.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a Schedule needs a title"));
    const QSqlDatabase db = m_workbook.database();
    Schedule s;
    Status status = m_workbook.write([&](const Change &change) -> Status {
        auto next = sql::run(db, QStringLiteral("SELECT sec.position, sec.key, sec.kind,"
                                                " (SELECT COALESCE(MAX(seq), 0) + 1 FROM schedule WHERE section_id = sec.id)"
                                                " FROM section sec WHERE sec.id = ?"),
                             {sectionId});
        if (!next)
            return next.error();
        if (!next->next())
            return makeError(Error::Code::InvalidArgument, tr("no such section"));
        if (next->value(2).toString() != QLatin1String("caremore"))
            return makeError(Error::Code::InvalidArgument, tr("Schedules belong to a CAREMORE section"));
        s.uuid = store::newUuid();
        s.sectionId = sectionId;
        s.sectionKey = next->value(1).toString();
        s.seq = next->value(3).toInt();
        s.number = QStringLiteral("%1.%2").arg(next->value(0).toInt()).arg(s.seq);
        s.title = title;
        s.body = body;
        s.version = 1;
        s.change = change;
        auto id = sql::insert(db, QStringLiteral("INSERT INTO schedule (uuid, section_id, seq, number, title, body, maturity,"
                                                 " version, changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              QVariantList{s.uuid, sectionId, s.seq, s.number, title, body, maturitySlug(s.maturity), s.version}
                                  + store::changeValues(change));
        if (!id)
            return id.error();
        s.id = *id;
        return recordVersion(s, change);
    });
    if (!status)
        return status.error();
    return s;
}

Result<Schedule> ScheduleStore::edit(const QString &uuid, const QString &title, const QString &body)
{
    if (Status s = checkTextLength(body); !s)
        return s.error();
    auto found = find(uuid);
    if (!found)
        return found.error();
    Schedule s = *found;
    if (title.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a Schedule needs a title"));
    if (s.title == title && s.body == body)
        return s;
    if (isLocked(s.maturity) && !m_workbook.isMaster())
        return notAllowed(tr("Schedule %1 is %2: only the production team can change it, in the master copy")
                              .arg(s.number, maturityTitle(s.maturity).toLower()));
    Status status = m_workbook.write([&](const Change &change) -> Status {
        s.title = title;
        s.body = body;
        s.version += 1;
        if (isLocked(s.maturity))
            s.maturity = Maturity::Draft;  // the signed version stays in the history
        s.change = change;
        if (Status u = sql::exec(m_workbook.database(),
                                 QStringLiteral("UPDATE schedule SET title = ?, body = ?, maturity = ?, version = ?,"
                                                " changed_by = ?, changed_at = ?, rev = ? WHERE id = ?"),
                                 QVariantList{title, body, maturitySlug(s.maturity), s.version}
                                     + store::changeValues(change) + QVariantList{s.id});
            !u)
            return u;
        return recordVersion(s, change);
    });
    if (!status)
        return status.error();
    return s;
}

Result<Schedule> ScheduleStore::move(const QString &uuid, Maturity to)
{
    auto found = find(uuid);
    if (!found)
        return found.error();
    Schedule s = *found;
    if (s.maturity == to)
        return s;
    if (!isAllowedMove(s.maturity, to))
        return notAllowed(tr("Schedule %1 cannot move from %2 to %3")
                              .arg(s.number, maturityTitle(s.maturity), maturityTitle(to)));
    if (to == Maturity::Adopted && !m_workbook.isMaster())
        return notAllowed(tr("only the production team adopts Schedules into the Framework, in the master copy"));
    if (to == Maturity::SignedOff) {
        auto signs = signOffs(uuid);
        if (!signs)
            return signs.error();
        const bool signedNow = std::any_of(signs->cbegin(), signs->cend(),
                                           [&](const SignOff &o) { return o.version == s.version; });
        if (!signedNow)
            return notAllowed(tr("Schedule %1 has no sign-off of its current version yet").arg(s.number));
    }
    Status status = m_workbook.write([&](const Change &change) -> Status {
        s.maturity = to;
        s.change = change;
        return sql::exec(m_workbook.database(),
                         QStringLiteral("UPDATE schedule SET maturity = ?, changed_by = ?, changed_at = ?, rev = ?"
                                        " WHERE id = ?"),
                         QVariantList{maturitySlug(to)} + store::changeValues(change) + QVariantList{s.id});
    });
    if (!status)
        return status.error();
    return s;
}

Result<SignOff> ScheduleStore::sign(const QString &uuid)
{
    return sign(uuid, m_workbook.info().owner);
}

Result<SignOff> ScheduleStore::sign(const QString &uuid, const Owner &signer)
{
    auto found = find(uuid);
    if (!found)
        return found.error();
    const Schedule s = *found;
    if (s.maturity != Maturity::Ready)
        return notAllowed(tr("Schedule %1 is %2; only a Schedule ready for sign-off can be signed")
                              .arg(s.number, maturityTitle(s.maturity).toLower()));
    auto already = sql::scalar(m_workbook.database(),
                               QStringLiteral("SELECT COUNT(*) FROM sign_off WHERE schedule_id = ? AND version = ?"
                                              " AND signer_name = ?"),
                               {s.id, s.version, signer.name});
    if (!already)
        return already.error();
    if (already->toInt() > 0)
        return notAllowed(tr("%1 has already signed version %2 of Schedule %3").arg(signer.name).arg(s.version).arg(s.number));
    SignOff signOff{store::newUuid(), s.version, signer, {}};
    Status status = m_workbook.write([&](const Change &change) -> Status {
        signOff.signedAt = change.at;
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO sign_off (uuid, schedule_id, version, signer_name,"
                                        " signer_organisation, signer_role, signed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {signOff.uuid, s.id, s.version, signer.name, signer.organisation, signer.role,
                          Clock::format(change.at), change.revision});
    });
    if (!status)
        return status.error();
    return signOff;
}

Result<QVector<ScheduleVersion>> ScheduleStore::versions(const QString &uuid) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT v.version, v.title, v.body, v.maturity, v.changed_by, v.changed_at, v.rev"
                                     " FROM schedule_version v JOIN schedule s ON s.id = v.schedule_id"
                                     " WHERE s.uuid = ? ORDER BY v.version DESC"),
                      {uuid});
    if (!q)
        return q.error();
    QVector<ScheduleVersion> result;
    while (q->next()) {
        ScheduleVersion v;
        v.version = q->value(0).toInt();
        v.title = q->value(1).toString();
        v.body = q->value(2).toString();
        v.maturity = maturityFromSlug(q->value(3).toString()).value_or(Maturity::Draft);
        v.change = store::changeAt(*q, 4);
        result.push_back(v);
    }
    return result;
}

Result<QVector<SignOff>> ScheduleStore::signOffs(const QString &uuid) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT o.uuid, o.version, o.signer_name, o.signer_organisation, o.signer_role,"
                                     " o.signed_at FROM sign_off o JOIN schedule s ON s.id = o.schedule_id"
                                     " WHERE s.uuid = ? ORDER BY o.signed_at, o.id"),
                      {uuid});
    if (!q)
        return q.error();
    QVector<SignOff> result;
    while (q->next()) {
        result.push_back({q->value(0).toString(), q->value(1).toInt(),
                          {q->value(2).toString(), q->value(3).toString(), q->value(4).toString()},
                          QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs)});
    }
    return result;
}

} // namespace qdf
