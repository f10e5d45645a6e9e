#include "core/stores/MaterialStore.h"
#include "core/Sha256.h"

#include "core/Limits.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"

#include <QCoreApplication>

namespace qdf {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::MaterialStore", text);
}

Result<qint64> sectionIdOf(const QSqlDatabase &db, const QString &key, const QString &what)
{
    auto q = sql::run(db, QStringLiteral("SELECT id FROM section WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Code::NotAllowed, tr("%1 of the section \"%2\", which this workbook does not have").arg(what, key));
    return q->value(0).toLongLong();
}

Status requireOneRow(const QSqlQuery &q, const QString &uuid)
{
    if (q.numRowsAffected() == 0)
        return makeError(Error::Code::InvalidArgument, tr("no item \"%1\"").arg(uuid));
    return Status::success();
}

} // namespace

Result<QVector<WorkingExample>> MaterialStore::examples(qint64 sectionId) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT id, uuid, section_id, position, title, body, changed_by, changed_at, rev"
                                     " FROM working_example WHERE section_id = ? ORDER BY position, id"),
                      {sectionId});
    if (!q)
        return q.error();
    QVector<WorkingExample> result;
    while (q->next()) {
        result.push_back({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                          q->value(3).toInt(), q->value(4).toString(), q->value(5).toString(), store::changeAt(*q, 6)});
    }
    return result;
}

Result<WorkingExample> MaterialStore::addExample(qint64 sectionId, const QString &title, const QString &body)
{
    if (Status s = checkTextLength(body); !s)
        return s.error();
    if (title.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a Working Example needs a title"));
    WorkingExample e{0, store::newUuid(), sectionId, 0, title, body, {}};
    Status s = m_workbook.write([&](const Change &change) -> Status {
        e.change = change;
        auto pos = sql::scalar(m_workbook.database(),
                               QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM working_example"
                                              " WHERE section_id = ?"),
                               {sectionId});
        if (!pos)
            return pos.error();
        e.position = pos->toInt();
        auto id = sql::insert(m_workbook.database(),
                              QStringLiteral("INSERT INTO working_example (uuid, section_id, position, title, body,"
                                             " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              QVariantList{e.uuid, sectionId, e.position, title, body} + store::changeValues(change));
        if (!id)
            return id.error();
        e.id = *id;
        return Status::success();
    });
    if (!s)
        return s.error();
    return e;
}

Status MaterialStore::editExample(const QString &uuid, const QString &title, const QString &body)
{
    if (Status s = checkTextLength(body); !s)
        return s;
    if (title.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a Working Example needs a title"));
    return m_workbook.write([&](const Change &change) -> Status {
        auto q = sql::run(m_workbook.database(),
                          QStringLiteral("UPDATE working_example SET title = ?, body = ?, changed_by = ?, changed_at = ?,"
                                         " rev = ? WHERE uuid = ?"),
                          QVariantList{title, body} + store::changeValues(change) + QVariantList{uuid});
        return q ? requireOneRow(*q, uuid) : Status(q.error());
    });
}

Status MaterialStore::moveExample(const QString &uuid, int to)
{
    return m_workbook.write([&](const Change &change) -> Status {
        auto section = sql::scalar(m_workbook.database(),
                                   QStringLiteral("SELECT section_id FROM working_example WHERE uuid = ?"), {uuid});
        if (!section)
            return makeError(Error::Code::InvalidArgument, tr("no item \"%1\"").arg(uuid));
        auto all = examples(section->toLongLong());
        if (!all)
            return all.error();
        QStringList order;
        for (const WorkingExample &e : *all)
            order << e.uuid;
        order.removeAll(uuid);
        order.insert(qBound(0, to, int(order.size())), uuid);
        for (int i = 0; i < order.size(); ++i) {
            if (Status s = sql::exec(m_workbook.database(),
                                     QStringLiteral("UPDATE working_example SET position = ?, changed_by = ?,"
                                                    " changed_at = ?, rev = ? WHERE uuid = ? AND position <> ?"),
                                     QVariantList{i} + store::changeValues(change) + QVariantList{order[i], i});
                !s)
                return s;
        }
        return Status::success();
    });
}

Status MaterialStore::remove(const char *table, const QString &kind, const QString &uuid)
{
    return m_workbook.write([&](const Change &change) -> Status {
        auto q = sql::run(m_workbook.database(), QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(QLatin1String(table)),
                          {uuid});
        if (!q)
            return q.error();
        if (Status s = requireOneRow(*q, uuid); !s)
            return s;
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT OR REPLACE INTO tombstone (uuid, kind, deleted_by, deleted_at, rev)"
                                        " VALUES (?, ?, ?, ?, ?)"),
                         QVariantList{uuid, kind} + store::changeValues(change));
    });
}

Status MaterialStore::removeExample(const QString &uuid)
{
    return remove("working_example", QStringLiteral("working-example"), uuid);
}

Status MaterialStore::restoreExample(const WorkingExample &e)
{
    return m_workbook.write([&](const Change &change) -> Status {
        if (Status shift = sql::exec(m_workbook.database(),
                                     QStringLiteral("UPDATE working_example SET position = position + 1"
                                                    " WHERE section_id = ? AND position >= ?"),
                                     {e.sectionId, e.position});
            !shift)
            return shift;
        if (Status del = sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM tombstone WHERE uuid = ?"), {e.uuid});
            !del)
            return del;
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO working_example (uuid, section_id, position, title, body,"
                                        " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         QVariantList{e.uuid, e.sectionId, e.position, e.title, e.body} + store::changeValues(change));
    });
}

Status MaterialStore::restoreReference(const ReferenceMaterial &r, const QByteArray &data)
{
    return m_workbook.write([&](const Change &change) -> Status {
        if (Status del = sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM tombstone WHERE uuid = ?"), {r.uuid});
            !del)
            return del;
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO reference_material (uuid, section_id, file_name, size, sha256,"
                                        " data, note, changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         QVariantList{r.uuid, r.sectionId, r.fileName, r.size, r.sha256, data, r.note}
                             + store::changeValues(change));
    });
}

Status MaterialStore::putExample(const QString &uuid, const QString &sectionKey, const QString &title, const QString &body,
                                 int position)
{
    if (Status s = checkTextLength(body); !s)
        return s;
    const QSqlDatabase db = m_workbook.database();
    return m_workbook.write([&](const Change &change) -> Status {
        auto section = sectionIdOf(db, sectionKey, tr("a working example"));
        if (!section)
            return section.error();
        if (Status del = sql::exec(db, QStringLiteral("DELETE FROM tombstone WHERE uuid = ?"), {uuid}); !del)
            return del;
        return sql::exec(db,
                         QStringLiteral("INSERT INTO working_example (uuid, section_id, title, body, position, changed_by,"
                                        " changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET"
                                        " section_id = excluded.section_id, title = excluded.title, body = excluded.body,"
                                        " position = excluded.position, changed_by = excluded.changed_by,"
                                        " changed_at = excluded.changed_at, rev = excluded.rev"),
                         QVariantList{uuid, *section, title, body, position} + store::changeValues(change));
    });
}

Status MaterialStore::putReference(const QString &uuid, const QString &sectionKey, const QString &fileName,
                                   const QString &note, const QByteArray &data)
{
    if (fileName.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a Reference Material needs a file name"));
    const QSqlDatabase db = m_workbook.database();
    const QString sha256 = sha256Hex(data);
    return m_workbook.write([&](const Change &change) -> Status {
        auto section = sectionIdOf(db, sectionKey, tr("a reference material"));
        if (!section)
            return section.error();
        if (Status del = sql::exec(db, QStringLiteral("DELETE FROM tombstone WHERE uuid = ?"), {uuid}); !del)
            return del;
        return sql::exec(db,
                         QStringLiteral("INSERT INTO reference_material (uuid, section_id, file_name, size, sha256, data, note,"
                                        " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid)"
                                        " DO UPDATE SET section_id = excluded.section_id, file_name = excluded.file_name,"
                                        " size = excluded.size, sha256 = excluded.sha256, data = excluded.data,"
                                        " note = excluded.note, changed_by = excluded.changed_by,"
                                        " changed_at = excluded.changed_at, rev = excluded.rev"),
                         QVariantList{uuid, *section, fileName, data.size(), sha256, data, note} + store::changeValues(change));
    });
}

namespace {

Result<QVector<ReferenceMaterial>> referencesWhere(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, uuid, section_id, file_name, size, sha256, note, changed_by,"
                                     " changed_at, rev FROM reference_material %1 ORDER BY id").arg(where),
                      values);
    if (!q)
        return q.error();
    QVector<ReferenceMaterial> result;
    while (q->next()) {
        result.push_back({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                          q->value(3).toString(), q->value(4).toLongLong(), q->value(5).toString(),
                          q->value(6).toString(), store::changeAt(*q, 7)});
    }
    return result;
}

} // namespace

Result<QVector<ReferenceMaterial>> MaterialStore::references(qint64 sectionId) const
{
    return referencesWhere(m_workbook.database(), QStringLiteral("WHERE section_id = ?"), {sectionId});
}

Result<QVector<ReferenceMaterial>> MaterialStore::allReferences() const
{
    return referencesWhere(m_workbook.database(), QString(), {});
}

Result<ReferenceMaterial> MaterialStore::attach(qint64 sectionId, const QString &fileName, const QByteArray &data,
                                                const QString &note)
{
    if (fileName.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a Reference Material needs a file name"));
    ReferenceMaterial r{0, store::newUuid(), sectionId, fileName, data.size(),
                        sha256Hex(data),
                        note, {}};
    const Status s = store::insertItem(m_workbook,
                                       QStringLiteral("INSERT INTO reference_material (uuid, section_id, file_name, size,"
                                                      " sha256, data, note, changed_by, changed_at, rev)"
                                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                       {r.uuid, sectionId, fileName, r.size, r.sha256, data, note}, r);
    if (!s)
        return s.error();
    return r;
}

Result<QByteArray> MaterialStore::referenceData(const QString &uuid) const
{
    auto data = sql::scalar(m_workbook.database(), QStringLiteral("SELECT data FROM reference_material WHERE uuid = ?"),
                            {uuid});
    if (!data)
        return makeError(Error::Code::InvalidArgument, tr("no item \"%1\"").arg(uuid));
    return data->toByteArray();
}

Status MaterialStore::setReferenceNote(const QString &uuid, const QString &note)
{
    return m_workbook.write([&](const Change &change) -> Status {
        auto q = sql::run(m_workbook.database(),
                          QStringLiteral("UPDATE reference_material SET note = ?, changed_by = ?, changed_at = ?, rev = ?"
                                         " WHERE uuid = ?"),
                          QVariantList{note} + store::changeValues(change) + QVariantList{uuid});
        return q ? requireOneRow(*q, uuid) : Status(q.error());
    });
}

Status MaterialStore::removeReference(const QString &uuid)
{
    return remove("reference_material", QStringLiteral("reference-material"), uuid);
}

} // namespace qdf
