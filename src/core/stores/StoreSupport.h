#pragma once

// Shared by the stores: reading the change columns and making ids. Not part of the API.

#include "core/Clock.h"
#include "core/Domain.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariantList>

namespace qdf::store {

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The three change columns (changed_by, changed_at, rev) starting at column `first`.
inline Change changeAt(const QSqlQuery &q, int first)
{
    return {q.value(first).toString(), QDateTime::fromString(q.value(first + 1).toString(), Qt::ISODateWithMs),
            q.value(first + 2).toLongLong()};
}

// The same three as bind values, in that order.
inline QVariantList changeValues(const Change &change)
{
    return {change.by, Clock::format(change.at), change.revision};
}

} // namespace qdf::store
