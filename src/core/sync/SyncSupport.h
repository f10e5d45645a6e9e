#pragma once

// Helpers shared by the sync store's files; not part of its interface.

#include "core/Sql.h"
#include "core/sync/ItemState.h"

#include <QJsonDocument>
#include <QVariant>

#include <optional>

namespace qdf::sync::detail {

// Item states that sync keeps (bases, import records, conflicts) are stored once each: as
// compressed JSON in sync_blob, keyed by the SHA-256 of that JSON, and referenced as
// "blob:<hash>". The same state kept by many imports and conflicts (the base of a Schedule
// that every participant edited, the master's text they met) takes its room once. Rows written
// before schema 9 hold the JSON itself; both are read.
Result<QVariant> stored(const QSqlDatabase &db, const std::optional<ItemState> &state);
Result<std::optional<ItemState>> loaded(const QSqlDatabase &db, const QVariant &value);
// Each of `states` stored, in order; the first failure stops it.
Result<QVariantList> storedAll(const QSqlDatabase &db, const QVector<std::optional<ItemState>> &states);

// What an import wrote is kept as its content's fingerprint only, "hash:<ItemState::hash>":
// undoing the import asks whether the item still holds what the import wrote, never for the
// state itself (a whole copy of every answer and rating taken in was a third of the states kept).
QVariant fingerprint(const std::optional<ItemState> &state);
// Whether `current` is still the state kept as `value`: a fingerprint, or (before schema 10) the
// state itself. A value that holds no state is never still held.
Result<bool> stillHolds(const QSqlDatabase &db, const QVariant &value, const std::optional<ItemState> &current);

inline Result<QString> stateValue(const QSqlDatabase &db, const QString &key)
{
    auto q = sql::run(db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

inline Status setStateValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    return sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"), {key, value});
}

} // namespace qdf::sync::detail
