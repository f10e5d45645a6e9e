#include "core/privacy/Redaction.h"

#include "core/Sha256.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/privacy/People.h"
#include "core/stores/ScheduleStore.h"
#include "core/sync/KeptBlob.h"
#include "core/sync/SyncSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace qdf::privacy {
namespace {

// The columns that hold JSON: a name in them is replaced string by string, so the JSON stays
// JSON (a Schedule's line differences, kept states written before schema 9, "version:" states).
const QSet<QString> &jsonColumns()
{
    static const QSet<QString> all{
        QStringLiteral("schedule_version.delta"),     QStringLiteral("sync_base.state"),
        QStringLiteral("sync_import_change.before"),  QStringLiteral("sync_import_change.after"),
        QStringLiteral("sync_import_change.base_before"), QStringLiteral("sync_conflict.base"),
        QStringLiteral("sync_conflict.ours"),         QStringLiteral("sync_conflict.theirs"),
        QStringLiteral("sync_conflict.suggestion"),   QStringLiteral("review.checklists"),
        QStringLiteral("erasure.counts"),
    };
    return all;
}

// The columns whose values may be "blob:<hash>", a state kept in sync_blob.
const QVector<QPair<const char *, const char *>> &stateColumns()
{
    static const QVector<QPair<const char *, const char *>> all{
        {"sync_base", "state"},           {"sync_import_change", "before"}, {"sync_import_change", "after"},
        {"sync_import_change", "base_before"}, {"sync_conflict", "base"}, {"sync_conflict", "ours"},
        {"sync_conflict", "theirs"},      {"sync_conflict", "suggestion"},
    };
    return all;
}

const QLatin1String kVersion("version:");

QString storedValueRedacted(const NameRedaction &r, const QString &value, int *count)
{
    if (value.startsWith(QLatin1String("blob:")) || value.startsWith(QLatin1String("hash:")))
        return value;  // a hash names nobody; the blob itself is redacted below
    if (value.startsWith(kVersion))
        return kVersion + r.appliedToJson(value.mid(kVersion.size()), count);
    return r.appliedToJson(value, count);
}

struct Table {
    QString name;
    QStringList textColumns;
};

// Every table a name may be written in: the schema's own, except the search index's (its
// triggers follow the tables it indexes) and sync_blob (compressed; redactBlobs). The change log
// last: the other tables' triggers add to it as they are changed.
Result<QVector<Table>> tables(const QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'"
                                         " AND name NOT LIKE 'search!_index%' ESCAPE '!' AND name != 'sync_blob'"
                                         " ORDER BY name = 'change_log', name"));
    if (!q)
        return q.error();
    QVector<Table> all;
    while (q->next())
        all << Table{q->value(0).toString(), {}};
    for (Table &t : all) {
        auto columns = sql::run(db, QStringLiteral("SELECT name, type FROM pragma_table_info(?)"), {t.name});
        if (!columns)
            return columns.error();
        while (columns->next()) {
            if (columns->value(1).toString().compare(QLatin1String("TEXT"), Qt::CaseInsensitive) == 0)
                t.textColumns << columns->value(0).toString();
        }
    }
    return all;
}

struct Touched {
    QSet<qint64> baseRows;   // sync_base rows whose state changed: their hash follows
    QSet<qint64> schedules;  // Schedules whose versions changed: their versions' hashes follow
};

Result<int> redactTable(const QSqlDatabase &db, const Table &t, const NameRedaction &r, Touched &touched)
{
    if (t.textColumns.isEmpty())
        return 0;
    QStringList conditions;
    QVariantList values;
    if (!r.fragment().isEmpty()) {
        for (const QString &c : t.textColumns) {
            conditions << QStringLiteral("instr(lower(%1), ?) > 0").arg(c);
            values << r.fragment();
        }
    }
    const bool versions = t.name == QLatin1String("schedule_version");
    const QString select = QStringLiteral("SELECT rowid, %1%2 FROM %3%4")
                               .arg(t.textColumns.join(QStringLiteral(", ")),
                                    versions ? QStringLiteral(", schedule_id") : QString(), t.name,
                                    conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" OR ")));
    auto q = sql::run(db, select, values);
    if (!q)
        return q.error();
    struct Edit {
        qint64 rowid;
        QStringList columns;
        QVariantList values;
    };
    QVector<Edit> edits;
    while (q->next()) {
        Edit e{q->value(0).toLongLong(), {}, {}};
        for (int i = 0; i < t.textColumns.size(); ++i) {
            const QVariant v = q->value(i + 1);
            if (v.isNull())
                continue;
            const QString text = v.toString();
            int n = 0;
            const QString redacted = jsonColumns().contains(t.name + QLatin1Char('.') + t.textColumns[i])
                ? storedValueRedacted(r, text, &n)
                : r.applied(text, &n);
            if (n == 0)
                continue;
            e.columns << QStringLiteral("%1 = ?").arg(t.textColumns[i]);
            e.values << redacted;
        }
        if (e.columns.isEmpty())
            continue;
        if (versions)
            touched.schedules << q->value(int(t.textColumns.size()) + 1).toLongLong();
        if (t.name == QLatin1String("sync_base"))
            touched.baseRows << e.rowid;
        edits << e;
    }
    for (const Edit &e : edits) {
        if (Status s = sql::exec(db, QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?").arg(t.name, e.columns.join(QStringLiteral(", "))),
                                 e.values + QVariantList{e.rowid});
            !s)
            return s.error();
    }
    return int(edits.size());
}

// The states sync keeps compressed: each one naming the person is stored again, redacted, under
// the hash of its new JSON, and every column that referred to the old one refers to the new.
Result<int> redactBlobs(const QSqlDatabase &db, const NameRedaction &r, Touched &touched)
{
    auto q = sql::run(db, QStringLiteral("SELECT hash, data FROM sync_blob"));
    if (!q)
        return q.error();
    const QByteArray fragment = r.fragment().toUtf8();
    QMap<QString, QString> moved;  // old hash -> new
    QVector<QPair<QString, QByteArray>> added;
    while (q->next()) {
        const auto unpacked = sync::keptblob::unpack(q->value(1).toByteArray(), q->value(0).toString());
        if (!unpacked)
            return unpacked.error();
        const QByteArray &json = *unpacked;
        if (!fragment.isEmpty() && !json.toLower().contains(fragment))
            continue;
        int n = 0;
        const QByteArray redacted = r.appliedToJson(QString::fromUtf8(json), &n).toUtf8();
        if (n == 0)
            continue;
        const QString hash = sha256Hex(redacted);
        moved.insert(q->value(0).toString(), hash);
        added << qMakePair(hash, sync::keptblob::pack(redacted));
    }
    if (moved.isEmpty())
        return 0;
    for (const auto &[hash, data] : added) {
        if (Status s = sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO sync_blob (hash, data) VALUES (?, ?)"), {hash, data}); !s)
            return s.error();
    }
    const QString olds = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(moved.keys())).toJson(QJsonDocument::Compact));
    for (const auto &[table, column] : stateColumns()) {
        auto refs = sql::run(db, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %1 LIKE 'blob:%' AND substr(%1, 6) IN"
                                                " (SELECT value FROM json_each(?))")
                                     .arg(QLatin1String(column), QLatin1String(table)),
                             {olds});
        if (!refs)
            return refs.error();
        QVector<QPair<qint64, QString>> edits;
        while (refs->next())
            edits << qMakePair(refs->value(0).toLongLong(), QStringLiteral("blob:") + moved.value(refs->value(1).toString().mid(5)));
        for (const auto &[rowid, value] : edits) {
            if (Status s = sql::exec(db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(QLatin1String(table), QLatin1String(column)),
                                     {value, rowid});
                !s)
                return s.error();
            if (qstrcmp(table, "sync_base") == 0)
                touched.baseRows << rowid;
        }
    }
    if (Status s = sql::exec(db, QStringLiteral("DELETE FROM sync_blob WHERE hash IN (SELECT value FROM json_each(?))"), {olds}); !s)
        return s.error();
    return int(moved.size());
}

// What depends on a redacted text's exact words: a base's hash, a Schedule version's text hash.
Status rehash(const QSqlDatabase &db, const Touched &touched)
{
    for (qint64 rowid : touched.baseRows) {
        auto q = sql::run(db, QStringLiteral("SELECT state FROM sync_base WHERE rowid = ?"), {rowid});
        if (!q)
            return q.error();
        if (!q->next())
            continue;
        auto state = sync::detail::loaded(db, q->value(0));
        if (!state)
            return state.error();
        if (!*state)
            continue;
        if (Status s = sql::exec(db, QStringLiteral("UPDATE sync_base SET hash = ? WHERE rowid = ?"), {(*state)->hash(), rowid}); !s)
            return s;
    }
    for (qint64 schedule : touched.schedules) {
        auto uuid = sql::scalar(db, QStringLiteral("SELECT uuid FROM schedule WHERE id = ?"), {schedule});
        if (!uuid)
            return uuid.error();
        auto versions = ScheduleStore::versionsIn(db, uuid->toString());
        if (!versions)
            return versions.error();
        for (const ScheduleVersion &v : *versions) {
            if (Status s = sql::exec(db, QStringLiteral("UPDATE schedule_version SET state_hash = ? WHERE schedule_id = ? AND version = ?"
                                                        " AND state_hash IS NOT NULL"),
                                     {ScheduleStore::textHash(v.title, v.body), schedule, v.version});
                !s)
                return s;
        }
    }
    return Status::success();
}

} // namespace

QString plainLabel(QString label)
{
    for (QChar &c : label) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\'))
            c = QLatin1Char('-');
        else if (c == QLatin1Char('"'))
            c = QLatin1Char('\'');
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    return label.simplified();
}

namespace {

const auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// A name's words, any run of spaces or tabs between them (an empty name matches nothing).
QString wordsOf(const QString &simplifiedName)
{
    QStringList words;
    for (const QString &word : simplifiedName.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << QRegularExpression::escape(word);
    return words.isEmpty() ? QStringLiteral("(?!)") : words.join(QStringLiteral("\\h+"));
}

// The name as whole words: no letter, digit or mark right before or after it.
QRegularExpression wholeWords(const QString &simplifiedName)
{
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}\\p{M}_])(?:%1)(?![\\p{L}\\p{N}\\p{M}_])").arg(wordsOf(simplifiedName)),
                              kOptions);
}

} // namespace

NameRedaction::NameRedaction(const QString &name, const QString &label)
    : m_name(name.simplified()), m_label(label), m_pattern(wholeWords(m_name)),
      m_whole(QStringLiteral("^\\h*(?:%1)\\h*$").arg(wordsOf(m_name)), kOptions)
{
    for (const QString &word : m_name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool ascii = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (ascii && word.size() >= 2 && word.size() > m_fragment.size())
            m_fragment = word.toLower();
    }
}

void NameRedaction::protect(const QStringList &otherNames)
{
    for (const QString &other : otherNames) {
        const QString simplified = other.simplified();
        if (simplified.compare(m_name, Qt::CaseInsensitive) != 0 && foundIn(simplified))
            m_protected << wholeWords(simplified);
    }
}

bool NameRedaction::shielded(const QString &text, qsizetype start, qsizetype end) const
{
    for (const QRegularExpression &other : m_protected) {
        for (auto it = other.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart() <= start && end <= m.capturedEnd())
                return true;
        }
    }
    return false;
}

bool NameRedaction::foundIn(const QString &text) const
{
    if (m_name.isEmpty())
        return false;
    if (m_protected.isEmpty())
        return text.contains(m_pattern);
    for (auto it = m_pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!shielded(text, m.capturedStart(), m.capturedEnd()))
            return true;
    }
    return false;
}

qsizetype NameRedaction::indexIn(const QString &text) const
{
    for (auto it = m_pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m_protected.isEmpty() || !shielded(text, m.capturedStart(), m.capturedEnd()))
            return m.capturedStart();
    }
    return -1;
}

bool NameRedaction::isName(const QString &text) const
{
    return !m_name.isEmpty() && m_whole.match(text).hasMatch();
}

QString NameRedaction::applied(const QString &text, int *count) const
{
    if (m_name.isEmpty() || text.isEmpty())
        return text;
    QString out;
    qsizetype from = 0;
    int found = 0;
    for (auto it = m_pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m_protected.isEmpty() && shielded(text, m.capturedStart(), m.capturedEnd()))
            continue;
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += m_label;
        from = m.capturedEnd();
        ++found;
    }
    if (found == 0)
        return text;
    out += QStringView(text).mid(from);
    if (count)
        *count += found;
    return out;
}

QJsonValue NameRedaction::appliedTo(const QJsonValue &value, int *count) const
{
    if (value.isString())
        return applied(value.toString(), count);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(appliedTo(v, count));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(it.key(), appliedTo(it.value(), count));
        return out;
    }
    return value;
}

QString NameRedaction::appliedToJson(const QString &text, int *count) const
{
    if (!text.startsWith(QLatin1Char('{')) && !text.startsWith(QLatin1Char('[')))
        return applied(text, count);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return applied(text, count);
    int found = 0;
    const QJsonValue redacted = appliedTo(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &found);
    if (found == 0)
        return text;
    if (count)
        *count += found;
    const QJsonDocument out = redacted.isArray() ? QJsonDocument(redacted.toArray()) : QJsonDocument(redacted.toObject());
    return QString::fromUtf8(out.toJson(QJsonDocument::Compact));
}

sync::ItemState NameRedaction::appliedTo(const sync::ItemState &state, int *count) const
{
    sync::ItemState out = state;
    out.id = applied(state.id, count);
    out.fields = appliedTo(QJsonValue(state.fields), count).toObject();
    out.author = applied(state.author, count);
    return out;
}

Result<RedactionCounts> redactEverywhere(Workbook &workbook, const NameRedaction &redaction)
{
    const QSqlDatabase db = workbook.database();
    RedactionCounts counts;
    Touched touched;
    auto all = tables(db);
    if (!all)
        return all.error();
    for (const Table &t : *all) {
        auto n = redactTable(db, t, redaction, touched);
        if (!n)
            return n.error();
        counts.records += *n;
    }
    auto blobs = redactBlobs(db, redaction, touched);
    if (!blobs)
        return blobs.error();
    counts.keptStates = *blobs;
    if (Status s = rehash(db, touched); !s)
        return s.error();
    // The search index's triggers replaced the rows they index; merging its segments leaves no
    // old one holding the words that were there.
    if (Status s = sql::exec(db, QStringLiteral("INSERT INTO search_index(search_index) VALUES ('optimize')")); !s)
        return s.error();
    return counts;
}

Status moveItemHashes(Workbook &workbook, const NameRedaction &redaction, const QMap<QString, sync::ItemState> &before,
                      const QMap<QString, sync::ItemState> &after)
{
    const QSqlDatabase db = workbook.database();
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        const QString id = redaction.applied(it.key());
        const auto now = after.constFind(id);
        if (now == after.constEnd())
            continue;
        const QString was = it->hash();
        const QString is = now->hash();
        if (was == is)
            continue;
        for (const QString &statement : {QStringLiteral("UPDATE item_author SET hash = ? WHERE item_id = ? AND hash = ?"),
                                         QStringLiteral("UPDATE sync_import_change SET after = 'hash:' || ? WHERE item_id = ?"
                                                        " AND after = 'hash:' || ?")}) {
            if (Status s = sql::exec(db, statement, {is, id, was}); !s)
                return s;
        }
    }
    return Status::success();
}

Result<QVector<Mention>> mentionsOf(Workbook &workbook, const NameRedaction &name, int limit)
{
    const QSqlDatabase db = workbook.database();
    QSet<QString> names;
    for (const NameColumn &c : nameColumns())
        names << QStringLiteral("%1.%2").arg(QLatin1String(c.table), QLatin1String(c.column));
    static const QSet<QString> records{QStringLiteral("change_log"), QStringLiteral("revision_log"), QStringLiteral("erasure"),
                                       QStringLiteral("item_author")};
    auto all = tables(db);
    if (!all)
        return all.error();
    QVector<Mention> found;
    for (const Table &t : *all) {
        if (records.contains(t.name) || t.name.startsWith(QLatin1String("sync_")))
            continue;
        for (const QString &column : t.textColumns) {
            const QString where = t.name + QLatin1Char('.') + column;
            if (names.contains(where) || jsonColumns().contains(where))
                continue;
            auto q = sql::run(db, QStringLiteral("SELECT %1 FROM %2%3")
                                      .arg(column, t.name,
                                           name.fragment().isEmpty() ? QString() : QStringLiteral(" WHERE instr(lower(%1), ?) > 0").arg(column)),
                              name.fragment().isEmpty() ? QVariantList{} : QVariantList{name.fragment()});
            if (!q)
                return q.error();
            while (q->next()) {
                const QString text = q->value(0).toString();
                if (!name.foundIn(text))
                    continue;
                // The words around the first place it is written.
                const qsizetype at = name.indexIn(text);
                const qsizetype from = std::max<qsizetype>(0, at - 60);
                QString excerpt = text.mid(from, 160).simplified();
                if (from > 0)
                    excerpt.prepend(QStringLiteral("…"));
                if (from + 160 < text.size())
                    excerpt.append(QStringLiteral("…"));
                found << Mention{t.name, column, excerpt};
                if (found.size() >= limit)
                    return found;
            }
        }
    }
    return found;
}

} // namespace qdf::privacy
