#include "core/stores/MaterialStore.h"
#include "core/Sha256.h"

#include "core/Limits.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"
#include "core/stores/TextColumns.h"

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

using store::TextShape;

// Each language written has a title; something is written in one of them.
Status checkExampleTexts(const Bilingual &texts)
{
    for (Language l : translation::kBoth) {
        if (Status s = checkTextLength(texts.in(l).body); !s)
            return s;
        if (texts.in(l).isWritten() && texts.in(l).title.trimmed().isEmpty())
            return makeError(Error::Code::InvalidArgument, tr("a Working Example needs a title"));
    }
    if (!texts.english.isWritten() && !texts.welsh.isWritten())
        return makeError(Error::Code::InvalidArgument, tr("a Working Example needs a title"));
    return Status::success();
}

// The languages whose words differ get `at` as their time of change (unless one is given).
Bilingual stamped(const Bilingual &before, Bilingual after, const QDateTime &at)
{
    for (Language l : translation::kBoth) {
        LanguageText &t = after.in(l);
        const LanguageText &b = before.in(l);
        if ((t.title != b.title || t.body != b.body) && (!t.changedAt.isValid() || t.changedAt == b.changedAt))
            t.changedAt = at;
    }
    return after;
}

QString exampleColumns()
{
    return QStringLiteral("id, uuid, section_id, position, changed_by, changed_at, rev, ")
        + store::textColumns(QStringLiteral("working_example"), TextShape::TitleAndBody);
}

WorkingExample exampleAt(const sql::Rows &q)
{
    WorkingExample e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.sectionId = q.value(2).toLongLong();
    e.position = q.value(3).toInt();
    e.change = store::changeAt(q, 4);
    e.texts = store::readTexts(q, 7, TextShape::TitleAndBody, e.change.at, &e.language);
    e.title = e.texts.in(e.language).title;
    e.body = e.texts.in(e.language).body;
    return e;
}

Status requireOneRow(const sql::Rows &q, const QString &uuid)
{
    if (q.rowsChanged() == 0)
        return makeError(Error::Code::InvalidArgument, tr("no item \"%1\"").arg(uuid));
    return Status::success();
}

} // namespace

Result<QVector<WorkingExample>> MaterialStore::examples(qint64 sectionId) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT %1 FROM working_example WHERE section_id = ? ORDER BY position, id").arg(exampleColumns()),
                      {sectionId});
    if (!q)
        return q.error();
    QVector<WorkingExample> result;
    while (q->next())
        result.push_back(exampleAt(*q));
    return result;
}

Result<WorkingExample> MaterialStore::example(const QString &uuid) const
{
    auto q = sql::run(m_workbook.database(), QStringLiteral("SELECT %1 FROM working_example WHERE uuid = ?").arg(exampleColumns()),
                      {uuid});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Code::InvalidArgument, tr("no item \"%1\"").arg(uuid));
    return exampleAt(*q);
}

Result<WorkingExample> MaterialStore::addExample(qint64 sectionId, const QString &title, const QString &body, Language language)
{
    if (title.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a Working Example needs a title"));
    WorkingExample e;
    e.uuid = store::newUuid();
    e.sectionId = sectionId;
    e.title = title;
    e.body = body;
    e.language = language;
    e.texts.in(language).title = title;
    e.texts.in(language).body = body;
    if (Status s = checkExampleTexts(e.texts); !s)
        return s.error();
    Status s = m_workbook.write([&](const Change &change) -> Status {
        e.change = change;
        e.texts.in(language).changedAt = change.at;
        auto pos = sql::scalar(m_workbook.database(),
                               QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM working_example"
                                              " WHERE section_id = ?"),
                               {sectionId});
        if (!pos)
            return pos.error();
        e.position = pos->toInt();
        auto id = sql::insert(m_workbook.database(),
                              QStringLiteral("INSERT INTO working_example (uuid, section_id, position, changed_by, changed_at,"
                                             " rev, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                  .arg(store::textColumnNames(TextShape::TitleAndBody).join(QStringLiteral(", "))),
                              QVariantList{e.uuid, sectionId, e.position} + store::changeValues(change)
                                  + store::textValues(translation::toStored(e.texts, language), TextShape::TitleAndBody));
        if (!id)
            return id.error();
        e.id = *id;
        return Status::success();
    });
    if (!s)
        return s.error();
    return e;
}

Status MaterialStore::changeTexts(const QString &uuid, const std::function<Bilingual(const Bilingual &, const QDateTime &)> &make)
{
    return m_workbook.write([&](const Change &change) -> Status {
        auto e = example(uuid);
        if (!e)
            return e.error();
        const Bilingual texts = stamped(e->texts, make(e->texts, change.at), change.at);
        if (Status s = checkExampleTexts(texts); !s)
            return s;
        return sql::exec(m_workbook.database(),
                         QStringLiteral("UPDATE working_example SET changed_by = ?, changed_at = ?, rev = ?, %1 WHERE uuid = ?")
                             .arg(store::textAssignments(TextShape::TitleAndBody)),
                         store::changeValues(change)
                             + store::textValues(translation::toStored(texts, e->language), TextShape::TitleAndBody)
                             + QVariantList{uuid});
    });
}

Status MaterialStore::editExample(const QString &uuid, const QString &title, const QString &body)
{
    auto e = example(uuid);
    if (!e)
        return e.error();
    return editExampleIn(uuid, e->language, title, body);
}

Status MaterialStore::editExampleIn(const QString &uuid, Language language, const QString &title, const QString &body)
{
    return changeTexts(uuid, [&](const Bilingual &before, const QDateTime &at) {
        if (before.in(language).title == title && before.in(language).body == body)
            return before;
        return translation::edited(before, language, title, body, at);
    });
}

Status MaterialStore::markExampleTranslated(const QString &uuid)
{
    return changeTexts(uuid, [](const Bilingual &before, const QDateTime &) { return translation::markedTranslated(before); });
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
        // An example read before schema 17's languages (or made in code) has only its own words.
        Bilingual texts = e.texts;
        if (!texts.english.isWritten() && !texts.welsh.isWritten()) {
            texts.in(e.language).title = e.title;
            texts.in(e.language).body = e.body;
        }
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO working_example (uuid, section_id, position, changed_by, changed_at, rev, %1)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                             .arg(store::textColumnNames(TextShape::TitleAndBody).join(QStringLiteral(", "))),
                         QVariantList{e.uuid, e.sectionId, e.position} + store::changeValues(change)
                             + store::textValues(translation::toStored(texts, e.language), TextShape::TitleAndBody));
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

Status MaterialStore::putExample(const QString &uuid, const QString &sectionKey, const Bilingual &wanted, int position)
{
    for (Language l : translation::kBoth) {
        if (Status s = checkTextLength(wanted.in(l).body); !s)
            return s;
    }
    const QSqlDatabase db = m_workbook.database();
    return m_workbook.write([&](const Change &change) -> Status {
        auto section = sectionIdOf(db, sectionKey, tr("a working example"));
        if (!section)
            return section.error();
        if (Status del = sql::exec(db, QStringLiteral("DELETE FROM tombstone WHERE uuid = ?"), {uuid}); !del)
            return del;
        auto here = example(uuid);
        const bool exists = bool(here);
        const Bilingual texts = stamped(exists ? here->texts : Bilingual{}, wanted, change.at);
        const Language preferred = exists ? here->language : texts.english.isWritten() ? Language::English : Language::Welsh;
        QStringList names = store::textColumnNames(TextShape::TitleAndBody);
        QStringList updates;
        for (const QString &n : names)
            updates << QStringLiteral("%1 = excluded.%1").arg(n);
        return sql::exec(db,
                         QStringLiteral("INSERT INTO working_example (uuid, section_id, position, changed_by, changed_at, rev, %1)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET"
                                        " section_id = excluded.section_id, position = excluded.position,"
                                        " changed_by = excluded.changed_by, changed_at = excluded.changed_at, rev = excluded.rev, %2")
                             .arg(names.join(QStringLiteral(", ")), updates.join(QStringLiteral(", "))),
                         QVariantList{uuid, *section, position} + store::changeValues(change)
                             + store::textValues(translation::toStored(texts, preferred), TextShape::TitleAndBody));
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
