#include "core/Changes.h"

#include "core/Sql.h"
#include "core/Workbook.h"

#include <QCoreApplication>

namespace qdf {
namespace {

QString anotherProgram()
{
    return QCoreApplication::translate("qdf::Changes", "another program");
}

} // namespace

Result<qint64> revisionOnDisk(const Workbook &workbook)
{
    auto r = sql::scalar(workbook.database(), QStringLiteral("SELECT revision FROM workbook WHERE id = 1"));
    if (!r)
        return r.error();
    return r->toLongLong();
}

Result<ChangeSet> changesSince(const Workbook &workbook, qint64 from)
{
    auto to = revisionOnDisk(workbook);
    if (!to)
        return to.error();
    ChangeSet set;
    set.from = from;
    set.to = qMax(from, *to);
    if (set.isEmpty())
        return set;
    auto q = sql::run(workbook.database(), QStringLiteral("SELECT DISTINCT item, scope FROM change_log WHERE rev > ? AND rev <= ?"),
                      {from, set.to});
    if (!q)
        return q.error();
    while (q->next()) {
        set.items.insert(q->value(0).toString());
        set.scopes.insert(q->value(1).toString());
    }
    // Described by program and person where the writer was not this open workbook; a revision
    // no writer recorded was made by a program that does not keep the log.
    auto others = sql::run(workbook.database(),
                           QStringLiteral("SELECT DISTINCT COALESCE(r.program || ' (' || r.changed_by || ')', ?) FROM change_log c"
                                          " LEFT JOIN revision_log r ON r.rev = c.rev WHERE c.rev > ? AND c.rev <= ?"
                                          " AND (r.writer IS NULL OR r.writer <> ?)"),
                           {anotherProgram(), from, set.to, workbook.writerId()});
    if (!others)
        return others.error();
    while (others->next())
        set.otherWriters << others->value(0).toString();
    return set;
}

Result<QSet<QString>> itemsOf(const Workbook &workbook, qint64 revision)
{
    auto q = sql::run(workbook.database(), QStringLiteral("SELECT DISTINCT item FROM change_log WHERE rev = ?"), {revision});
    if (!q)
        return q.error();
    QSet<QString> items;
    while (q->next())
        items.insert(q->value(0).toString());
    return items;
}

Result<QStringList> changedElsewhere(const Workbook &workbook, const QSet<QString> &items, qint64 after)
{
    QStringList writers;
    for (const QString &item : items) {
        auto q = sql::run(workbook.database(),
                          QStringLiteral("SELECT DISTINCT COALESCE(r.program || ' (' || r.changed_by || ')', ?) FROM change_log c"
                                         " LEFT JOIN revision_log r ON r.rev = c.rev"
                                         " WHERE c.item = ? AND c.rev > ? AND (r.writer IS NULL OR r.writer <> ?)"),
                          {anotherProgram(), item, after, workbook.writerId()});
        if (!q)
            return q.error();
        while (q->next()) {
            if (!writers.contains(q->value(0).toString()))
                writers << q->value(0).toString();
        }
    }
    return writers;
}

} // namespace qdf
