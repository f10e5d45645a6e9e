#pragma once

// Shared by the stores: reading the change columns and making ids. Not part of the API.

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Sql.h"
#include "core/Workbook.h"

#include <QUuid>
#include <QVariantList>

namespace qdf::store {

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A UUID v7 (RFC 9562: the time in milliseconds, then 74 random bits), for the rows an import
// writes many of at once (contributions, conflicts, ratings, responses). Random v4 ids sent each
// row's entry in the uuid's UNIQUE index to a page of its own: in a master of 400 participants a
// bundle's ~120 rows touched ~120 pages of those indexes, where ids in time order touch a few.
QString newRowUuid();

// The three change columns (changed_by, changed_at, rev) starting at column `first`.
inline Change changeAt(const sql::Rows &q, int first)
{
    return {q.value(first).toString(), QDateTime::fromString(q.value(first + 1).toString(), Qt::ISODateWithMs),
            q.value(first + 2).toLongLong()};
}

// The same three as bind values, in that order.
inline QVariantList changeValues(const Change &change)
{
    return {change.by, Clock::format(change.at), change.revision};
}

// Inserts one new item as its own edit: stamps the change on `item` (and its columns, which come
// last in `sql`) and keeps the new row's id. `values` are the columns before the change's.
template <typename T>
Status insertItem(Workbook &workbook, const QString &sql, const QVariantList &values, T &item)
{
    return workbook.write([&](const Change &change) -> Status {
        item.change = change;
        auto id = sql::insert(workbook.database(), sql, values + changeValues(change));
        if (!id)
            return id.error();
        item.id = *id;
        return Status::success();
    });
}

// The item of `all` that `matches`, or `notFound`.
template <typename T, typename Match>
Result<T> findIn(const Result<QVector<T>> &all, Match matches, const Error &notFound)
{
    if (!all)
        return all.error();
    for (const T &item : *all) {
        if (matches(item))
            return item;
    }
    return notFound;
}

} // namespace qdf::store
