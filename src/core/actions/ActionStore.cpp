#include "core/actions/ActionStore.h"

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"

#include <QCoreApplication>

namespace qdf {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::ActionStore", text);
}

const QString kColumns = QStringLiteral(
    "id, uuid, source, context_uuid, subject_key, position, achieve, so_that, step1, step2, step3, by_when, involving,"
    " criticality, resources, purpose, lead, support, difference, changed_by, changed_at, rev");

QStringList threeSteps(QStringList steps)
{
    while (steps.size() < 3)
        steps << QString();
    return steps.mid(0, 3);
}

QVariantList fieldValues(const Action &a)
{
    const QStringList steps = threeSteps(a.steps);
    return {a.achieve, a.soThat, steps[0], steps[1], steps[2], a.byWhen, a.involving, a.criticality, a.resources,
            a.purpose, a.lead, a.support, a.difference};
}

} // namespace

QString actionSourceSlug(Action::Source source)
{
    return source == Action::Source::Catalyst ? QStringLiteral("catalyst") : QStringLiteral("review");
}

Status ActionStore::insert(Action &a, const Change &change)
{
    a.change = change;
    auto id = sql::insert(m_workbook.database(),
                          QStringLiteral("INSERT INTO action (uuid, source, context_uuid, subject_key, position, achieve,"
                                         " so_that, step1, step2, step3, by_when, involving, criticality, resources, purpose,"
                                         " lead, support, difference, changed_by, changed_at, rev)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          QVariantList{a.uuid, actionSourceSlug(a.source), a.contextUuid, a.subjectKey, a.position}
                              + fieldValues(a) + store::changeValues(change));
    if (!id)
        return id.error();
    a.id = *id;
    return writePoints(a);
}

Status ActionStore::writePoints(const Action &a)
{
    if (Status s = sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM action_review_point WHERE action_id = ?"),
                             {a.id});
        !s)
        return s;
    for (int i = 0; i < a.reviewPoints.size(); ++i) {
        const ReviewPoint &p = a.reviewPoints[i];
        if (Status s = sql::exec(m_workbook.database(),
                                 QStringLiteral("INSERT INTO action_review_point (action_id, position, due, expected,"
                                                " achieved, learning) VALUES (?, ?, ?, ?, ?, ?)"),
                                 {a.id, i, p.due, p.expected, p.achieved, p.learning});
            !s)
            return s;
    }
    return Status::success();
}

Result<Action> ActionStore::add(Action draft)
{
    if (draft.achieve.trimmed().isEmpty())
        return makeError(Error::Code::NotAllowed, tr("an action needs to say what we need to achieve"));
    if (draft.contextUuid.isEmpty())
        return makeError(Error::Code::NotAllowed, tr("an action belongs to a round or a review"));
    if (draft.uuid.isEmpty())
        draft.uuid = store::newUuid();
    Status s = m_workbook.write([&](const Change &change) -> Status {
        auto last = sql::scalar(m_workbook.database(),
                                QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM action"
                                               " WHERE source = ? AND context_uuid = ?"),
                                {actionSourceSlug(draft.source), draft.contextUuid});
        if (!last)
            return last.error();
        draft.position = last->toInt();
        return insert(draft, change);
    });
    if (!s)
        return s.error();
    return draft;
}

Status ActionStore::update(const Action &a)
{
    if (a.achieve.trimmed().isEmpty())
        return makeError(Error::Code::NotAllowed, tr("an action needs to say what we need to achieve"));
    auto current = byUuid(a.uuid);
    if (!current)
        return current.error();
    return m_workbook.write([&](const Change &change) -> Status {
        Status s = sql::exec(m_workbook.database(),
                             QStringLiteral("UPDATE action SET subject_key = ?, achieve = ?, so_that = ?, step1 = ?, step2 = ?,"
                                            " step3 = ?, by_when = ?, involving = ?, criticality = ?, resources = ?,"
                                            " purpose = ?, lead = ?, support = ?, difference = ?, changed_by = ?,"
                                            " changed_at = ?, rev = ? WHERE uuid = ?"),
                             QVariantList{a.subjectKey} + fieldValues(a) + store::changeValues(change) + QVariantList{a.uuid});
        if (!s)
            return s;
        Action withId = a;
        withId.id = current->id;
        return writePoints(withId);
    });
}

Status ActionStore::remove(const QString &uuid)
{
    auto current = byUuid(uuid);
    if (!current)
        return current.error();
    return m_workbook.write([&](const Change &) {
        return sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM action WHERE uuid = ?"), {uuid});
    });
}

Status ActionStore::restore(const Action &action)
{
    Action a = action;
    return m_workbook.write([&](const Change &change) { return insert(a, change); });
}

Result<QVector<Action>> ActionStore::select(const QString &where, const QVariantList &values) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT %1 FROM action %2 ORDER BY position, id").arg(kColumns, where), values);
    if (!q)
        return q.error();
    QVector<Action> result;
    while (q->next()) {
        Action a;
        a.id = q->value(0).toLongLong();
        a.uuid = q->value(1).toString();
        a.source = q->value(2).toString() == QLatin1String("review") ? Action::Source::Review : Action::Source::Catalyst;
        a.contextUuid = q->value(3).toString();
        a.subjectKey = q->value(4).toString();
        a.position = q->value(5).toInt();
        a.achieve = q->value(6).toString();
        a.soThat = q->value(7).toString();
        a.steps = {q->value(8).toString(), q->value(9).toString(), q->value(10).toString()};
        a.byWhen = q->value(11).toString();
        a.involving = q->value(12).toString();
        a.criticality = q->value(13).toString();
        a.resources = q->value(14).toString();
        a.purpose = q->value(15).toString();
        a.lead = q->value(16).toString();
        a.support = q->value(17).toString();
        a.difference = q->value(18).toString();
        a.change = store::changeAt(*q, 19);
        result << a;
    }
    for (Action &a : result) {
        auto p = sql::run(m_workbook.database(),
                          QStringLiteral("SELECT due, expected, achieved, learning FROM action_review_point"
                                         " WHERE action_id = ? ORDER BY position"),
                          {a.id});
        if (!p)
            return p.error();
        while (p->next())
            a.reviewPoints << ReviewPoint{p->value(0).toString(), p->value(1).toString(), p->value(2).toString(),
                                          p->value(3).toString()};
    }
    return result;
}

Result<QVector<Action>> ActionStore::list(Action::Source source, const QString &contextUuid) const
{
    return select(QStringLiteral("WHERE source = ? AND context_uuid = ?"), {actionSourceSlug(source), contextUuid});
}

Result<QVector<Action>> ActionStore::all() const
{
    return select({}, {});
}

Result<Action> ActionStore::byUuid(const QString &uuid) const
{
    auto found = select(QStringLiteral("WHERE uuid = ?"), {uuid});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(Error::Code::NotAllowed, tr("no action \"%1\"").arg(uuid));
    return found->first();
}

} // namespace qdf
