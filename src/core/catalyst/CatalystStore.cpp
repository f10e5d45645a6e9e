#include "core/catalyst/CatalystStore.h"

#include "core/Rules.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"

#include <QCoreApplication>
#include <QDate>

namespace qdf::catalyst {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::catalyst::CatalystStore", text);
}

Error refused(const QString &message)
{
    return makeError(Error::Code::NotAllowed, message);
}

// catalyst_rating.source: NULL for a typed rating, 'live-phone' for one given live (schema 13).
QVariant sourceValue(RatingSource source)
{
    return source == RatingSource::LivePhone ? QVariant(QStringLiteral("live-phone")) : QVariant();  // an invalid QVariant binds NULL
}

RatingSource sourceOf(const QVariant &value)
{
    return value.toString() == QLatin1String("live-phone") ? RatingSource::LivePhone : RatingSource::Typed;
}

} // namespace

Status CatalystStore::checkLevel(const QString &elementKey, int level) const
{
    if (!m_pack.element(elementKey))
        return refused(tr("no Catalyst element \"%1\" (see 'qdf catalyst elements')").arg(elementKey));
    if (level < 1 || level > 4)
        return refused(tr("level %1 is outside 1-4").arg(level));
    return Status::success();
}

Result<Round> CatalystStore::addRound(const QString &name, const QString &completedOn)
{
    if (name.trimmed().isEmpty())
        return refused(tr("a round needs a name"));
    if (!completedOn.isEmpty() && !QDate::fromString(completedOn, Qt::ISODate).isValid())
        return refused(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(completedOn));
    if (round(name))
        return refused(tr("there is already a round \"%1\"").arg(name));
    Round r{0, store::newUuid(), name.trimmed(), completedOn, {}};
    const Status s = store::insertItem(m_workbook,
                                       QStringLiteral("INSERT INTO catalyst_round (uuid, name, completed_on, changed_by,"
                                                      " changed_at, rev) VALUES (?, ?, ?, ?, ?, ?)"),
                                       {r.uuid, r.name, completedOn}, r);
    if (!s)
        return s.error();
    return r;
}

Result<QVector<Round>> CatalystStore::selectRounds(const QString &where, const QVariantList &values) const
{
    auto q = sql::run(m_workbook.database(), QStringLiteral("SELECT id, uuid, name, completed_on, changed_by, changed_at,"
                                                            " rev FROM catalyst_round %1 ORDER BY id")
                                                 .arg(where),
                      values);
    if (!q)
        return q.error();
    QVector<Round> result;
    while (q->next())
        result.push_back({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                          q->value(3).toString(), store::changeAt(*q, 4)});
    return result;
}

Result<QVector<Round>> CatalystStore::rounds() const
{
    return selectRounds({}, {});
}

Result<Round> CatalystStore::round(const QString &nameOrId) const
{
    // By the uuid's index first (an import asks once per rating), then by name.
    for (const QString &where : {QStringLiteral("WHERE uuid = ?"), QStringLiteral("WHERE name = ?")}) {
        auto found = selectRounds(where, {nameOrId});
        if (!found)
            return found.error();
        if (!found->isEmpty())
            return found->first();
    }
    return refused(tr("no Catalyst round \"%1\"").arg(nameOrId));
}

Status CatalystStore::mayChange(const Round &round, const QString &participant, const QString &elementKey,
                                const Change &change) const
{
    auto author = sql::run(m_workbook.database(),
                           QStringLiteral("SELECT changed_by, source FROM catalyst_rating WHERE round_id = ? AND participant = ?"
                                          " AND element_key = ?"),
                           {round.id, participant, elementKey});
    if (!author)
        return author.error();
    const bool found = author->next();
    const QString by = found ? author->value(0).toString() : QString();
    const bool live = found && sourceOf(author->value(1)) == RatingSource::LivePhone;
    return rules::mayChangeRating(m_workbook.info().kind, change, participant, by, live, m_workbook.info().owner.name);
}

Status CatalystStore::rate(const Round &round, const QString &participant, const QString &elementKey, int level,
                           const QString &note, RatingSource source)
{
    if (Status s = checkLevel(elementKey, level); !s)
        return s;
    if (participant.trimmed().isEmpty())
        return refused(tr("a rating needs the participant's name"));
    return m_workbook.write([&](const Change &change) -> Status {
        if (Status allowed = mayChange(round, participant.trimmed(), elementKey, change); !allowed)
            return allowed;
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO catalyst_rating (uuid, round_id, participant, element_key, level, note,"
                                        " source, changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                        " ON CONFLICT (round_id, participant, element_key) DO UPDATE SET level = excluded.level,"
                                        " note = excluded.note, source = excluded.source, changed_by = excluded.changed_by,"
                                        " changed_at = excluded.changed_at, rev = excluded.rev"),
                         QVariantList{store::newRowUuid(), round.id, participant.trimmed(), elementKey, level, note,
                                      sourceValue(source)}
                             + store::changeValues(change));
    });
}

Status CatalystStore::clearRating(const Round &round, const QString &participant, const QString &elementKey)
{
    return m_workbook.write([&](const Change &change) -> Status {
        if (Status allowed = mayChange(round, participant, elementKey, change); !allowed)
            return allowed;
        return sql::exec(m_workbook.database(),
                         QStringLiteral("DELETE FROM catalyst_rating WHERE round_id = ? AND participant = ? AND element_key = ?"),
                         {round.id, participant, elementKey});
    });
}

Status CatalystStore::putRound(const Round &round)
{
    if (round.name.trimmed().isEmpty())
        return refused(tr("a round needs a name"));
    if (!round.completedOn.isEmpty() && !QDate::fromString(round.completedOn, Qt::ISODate).isValid())
        return refused(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(round.completedOn));
    return m_workbook.write([&](const Change &change) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO catalyst_round (uuid, name, completed_on, changed_by, changed_at, rev)"
                                        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET name = excluded.name,"
                                        " completed_on = excluded.completed_on, changed_by = excluded.changed_by,"
                                        " changed_at = excluded.changed_at, rev = excluded.rev"),
                         QVariantList{round.uuid, round.name, round.completedOn} + store::changeValues(change));
    });
}

Status CatalystStore::removeRound(const QString &uuid)
{
    return m_workbook.write([&](const Change &) {
        return sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM catalyst_round WHERE uuid = ?"), {uuid});
    });
}

Status CatalystStore::agree(const Round &round, const QString &elementKey, int level, const QString &note)
{
    if (Status s = checkLevel(elementKey, level); !s)
        return s;
    return m_workbook.write([&](const Change &change) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO catalyst_agreed (uuid, round_id, element_key, level, note, changed_by,"
                                        " changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                        " ON CONFLICT (round_id, element_key) DO UPDATE SET level = excluded.level,"
                                        " note = excluded.note, changed_by = excluded.changed_by,"
                                        " changed_at = excluded.changed_at, rev = excluded.rev"),
                         QVariantList{store::newRowUuid(), round.id, elementKey, level, note} + store::changeValues(change));
    });
}

Status CatalystStore::clearAgreed(const Round &round, const QString &elementKey)
{
    return m_workbook.write([&](const Change &) {
        return sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM catalyst_agreed WHERE round_id = ? AND element_key = ?"),
                         {round.id, elementKey});
    });
}

Status CatalystStore::setTarget(const Round &round, const QString &driverKey, const QString &text)
{
    if (!m_pack.driver(driverKey))
        return refused(tr("no Catalyst driver \"%1\"").arg(driverKey));
    return m_workbook.write([&](const Change &change) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO catalyst_target (uuid, round_id, driver_key, text, changed_by,"
                                        " changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                        " ON CONFLICT (round_id, driver_key) DO UPDATE SET text = excluded.text,"
                                        " changed_by = excluded.changed_by, changed_at = excluded.changed_at,"
                                        " rev = excluded.rev"),
                         QVariantList{store::newUuid(), round.id, driverKey, text} + store::changeValues(change));
    });
}

Result<QMap<QString, Ratings>> CatalystStore::ratingsByParticipant(const Round &round) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT participant, element_key, level FROM catalyst_rating WHERE round_id = ?"
                                     " ORDER BY participant"),
                      {round.id});
    if (!q)
        return q.error();
    // In participant order: one lookup in the map per person, not per rating (400 people rate 12,000).
    QMap<QString, Ratings> result;
    QString person;
    Ratings *ratings = nullptr;
    while (q->next()) {
        const QString who = q->value(0).toString();
        if (!ratings || who != person) {
            person = who;
            ratings = &result[person];
            ratings->reserve(32);
        }
        ratings->insert(q->value(1).toString(), q->value(2).toInt());
    }
    return result;
}

Result<QStringList> CatalystStore::participants() const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT DISTINCT participant FROM catalyst_rating ORDER BY participant"));
    if (!q)
        return q.error();
    QStringList result;
    while (q->next())
        result << q->value(0).toString();
    return result;
}

Result<Ratings> CatalystStore::ratingsOf(const Round &round, const QString &participant) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT element_key, level FROM catalyst_rating WHERE round_id = ? AND participant = ?"),
                      {round.id, participant});
    if (!q)
        return q.error();
    Ratings result;
    while (q->next())
        result.insert(q->value(0).toString(), q->value(1).toInt());
    return result;
}

Result<int> CatalystStore::rating(const Round &round, const QString &participant, const QString &elementKey) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT level FROM catalyst_rating WHERE round_id = ? AND participant = ? AND element_key = ?"),
                      {round.id, participant, elementKey});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<std::optional<RatingRecord>> CatalystStore::ratingRecord(const Round &round, const QString &participant,
                                                                const QString &elementKey) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT level, note, source, changed_by, changed_at, rev FROM catalyst_rating"
                                     " WHERE round_id = ? AND participant = ? AND element_key = ?"),
                      {round.id, participant, elementKey});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RatingRecord>();
    return std::optional<RatingRecord>(
        RatingRecord{q->value(0).toInt(), q->value(1).toString(), sourceOf(q->value(2)), store::changeAt(*q, 3)});
}

Result<QPair<int, QString>> CatalystStore::agreement(const Round &round, const QString &elementKey) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT level, note FROM catalyst_agreed WHERE round_id = ? AND element_key = ?"),
                      {round.id, elementKey});
    if (!q)
        return q.error();
    return q->next() ? qMakePair(q->value(0).toInt(), q->value(1).toString()) : qMakePair(0, QString());
}

Result<Ratings> CatalystStore::agreed(const Round &round) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT element_key, level FROM catalyst_agreed WHERE round_id = ?"), {round.id});
    if (!q)
        return q.error();
    Ratings result;
    while (q->next())
        result.insert(q->value(0).toString(), q->value(1).toInt());
    return result;
}

Result<QHash<QString, QString>> CatalystStore::agreedNotes(const Round &round) const
{
    return textsByKey(QStringLiteral("SELECT element_key, note FROM catalyst_agreed WHERE round_id = ?"), round);
}

Result<QHash<QString, QString>> CatalystStore::targets(const Round &round) const
{
    return textsByKey(QStringLiteral("SELECT driver_key, text FROM catalyst_target WHERE round_id = ?"), round);
}

Result<QHash<QString, QString>> CatalystStore::textsByKey(const QString &query, const Round &round) const
{
    auto q = sql::run(m_workbook.database(), query, {round.id});
    if (!q)
        return q.error();
    QHash<QString, QString> result;
    while (q->next())
        result.insert(q->value(0).toString(), q->value(1).toString());
    return result;
}

Result<RoundSnapshot> CatalystStore::snapshot(const QString &roundNameOrId) const
{
    RoundSnapshot d;
    auto found = round(roundNameOrId);
    if (!found)
        return found.error();
    d.round = *found;
    auto byParticipant = ratingsByParticipant(d.round);
    auto agreedLevels = agreed(d.round);
    auto notes = agreedNotes(d.round);
    auto driverTargets = targets(d.round);
    auto plan = actions(d.round);
    for (const Error *e : {byParticipant ? nullptr : &byParticipant.error(), agreedLevels ? nullptr : &agreedLevels.error(),
                           notes ? nullptr : &notes.error(), driverTargets ? nullptr : &driverTargets.error(),
                           plan ? nullptr : &plan.error()}) {
        if (e)
            return *e;
    }
    d.byParticipant = *byParticipant;
    d.agreed = *agreedLevels;
    d.agreedNotes = *notes;
    d.targets = *driverTargets;
    d.actions = *plan;
    return d;
}

Result<Action> CatalystStore::addAction(const Round &round, Action draft)
{
    if (!m_pack.driver(draft.subjectKey) && !m_pack.element(draft.subjectKey))
        return refused(tr("no Catalyst driver or element \"%1\" (see 'qdf catalyst elements')").arg(draft.subjectKey));
    draft.source = Action::Source::Catalyst;
    draft.contextUuid = round.uuid;
    return ActionStore(m_workbook).add(std::move(draft));
}

Result<QVector<Action>> CatalystStore::actions(const Round &round) const
{
    return ActionStore(m_workbook).list(Action::Source::Catalyst, round.uuid);
}

} // namespace qdf::catalyst
