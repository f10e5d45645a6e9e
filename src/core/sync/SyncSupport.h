#pragma once

// Helpers shared by the sync store's files; not part of its interface.

#include "core/Sql.h"
#include "core/sync/ItemState.h"

#include <QJsonDocument>
#include <QVariant>

#include <optional>

namespace qdf::sync::detail {

inline QVariant stored(const std::optional<ItemState> &s)
{
    return s ? QVariant(QString::fromUtf8(QJsonDocument(toJson(*s)).toJson(QJsonDocument::Compact)))
             : QVariant(QMetaType(QMetaType::QString));
}

inline std::optional<ItemState> loaded(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    return stateFromJson(QJsonDocument::fromJson(v.toString().toUtf8()).object());
}

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
