#include "core/WorkbookSchema.h"

#include "core/Migrations.h"
#include "core/Sql.h"

#include "SchemaSnapshot.h"  // made at build time by core/build/SchemaSnapshot.cpp

#include <QCoreApplication>
#include <QMap>
#include <QMutex>
#include <QVector>

#include <sqlite3.h>

namespace qdf::workbookfile {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::workbookfile", text);
}

struct Object {
    QString type;  // table, index, trigger, view
    QString table;
    QString sql;
    bool operator==(const Object &o) const { return type == o.type && table == o.table && sql == o.sql; }
};

using Schema = QMap<QString, Object>;  // by name

// Whitespace is not meaning: a file written by another build of SQLite may space its SQL apart.
// Each run of ASCII white space (what the regular expression \s+ matched) becomes one space, by
// hand: the expression cost 50,000 instructions a statement, 3% of a 25-bundle merge (issue 16).
QString normalized(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    bool space = false;
    for (const QChar c : sql) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\t' || u == u'\n' || u == u'\v' || u == u'\f' || u == u'\r') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out.trimmed();
}

// The schema after each migration, made once per process in a private in-memory database.
const QVector<Schema> &expectedSchemas()
{
    static const QVector<Schema> all = [] {
        QVector<Schema> schemas(migrations::latestVersion() + 1);
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            return schemas;
        }
        for (int version = 1; version < schemas.size(); ++version) {
            if (sqlite3_exec(db, migrations::script(version).constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                break;
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(db, "SELECT name, type, tbl_name, sql FROM sqlite_schema", -1, &stmt, nullptr);
            while (stmt && sqlite3_step(stmt) == SQLITE_ROW) {
                const auto text = [stmt](int i) {
                    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)));
                };
                schemas[version].insert(text(0), Object{text(1), text(2), normalized(text(3))});
            }
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
        return schemas;
    }();
    return all;
}

// The schema each version leaves as the build's SQLite recorded it, read once a version: what
// nearly every file opened is compared with (running the migrations costs 30 ms a process).
const Schema &snapshotSchema(int version)
{
    static QMutex mutex;
    static QMap<int, Schema> made;
    QMutexLocker lock(&mutex);
    auto found = made.find(version);
    if (found == made.end()) {
        Schema schema;
        if (version >= 1 && version <= snapshot::kLatest) {
            for (int i = 0; i < snapshot::kCounts[version]; ++i) {
                const snapshot::Object &o = snapshot::kVersions[version][i];
                schema.insert(QString::fromUtf8(o.name),
                              Object{QString::fromUtf8(o.type), QString::fromUtf8(o.table), normalized(QString::fromUtf8(o.sql))});
            }
        }
        found = made.insert(version, schema);
    }
    return *found;
}

QString typeName(const QString &type)
{
    if (type == QLatin1String("table"))
        return tr("table");
    if (type == QLatin1String("index"))
        return tr("index");
    if (type == QLatin1String("trigger"))
        return tr("trigger");
    if (type == QLatin1String("view"))
        return tr("view");
    return type;
}

Error refused(const QString &path, const QString &what)
{
    return makeError(Error::Code::Damaged,
                     QStringLiteral("%1: %2").arg(path, tr("%1: it was changed by another program or by hand, so QDF Workbench "
                                                           "does not open it (nothing in the file was run)")
                                                            .arg(what)));
}

} // namespace

Status defend(const QSqlDatabase &db)
{
    sqlite3 *h = sql::handle(db);
    if (!h)
        return makeError(Error::Code::Io, QStringLiteral("no SQLite handle"));
    int set = 0;
    const bool ok = sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, &set) == SQLITE_OK && set == 1
        && sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &set) == SQLITE_OK && set == 0
        && sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &set) == SQLITE_OK && set == 0
        && sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &set) == SQLITE_OK && set == 0
        && sqlite3_enable_load_extension(h, 0) == SQLITE_OK;
    if (!ok)
        return makeError(Error::Code::Io, tr("SQLite refused its defensive settings"));
    for (const char *pragma : {"PRAGMA cell_size_check = ON", "PRAGMA mmap_size = 0"}) {
        if (sqlite3_exec(h, pragma, nullptr, nullptr, nullptr) != SQLITE_OK)
            return makeError(Error::Code::Io, tr("SQLite refused its defensive settings"));
    }
    return Status::success();
}

Status trustSchema(const QSqlDatabase &db)
{
    sqlite3 *h = sql::handle(db);
    int set = 0;
    if (!h || sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, &set) != SQLITE_OK || set != 1)
        return makeError(Error::Code::Io, tr("SQLite refused its settings"));
    return Status::success();
}

Status checkSchema(const QSqlDatabase &db, const QString &path, int version)
{
    if (version < 1 || version > migrations::latestVersion())
        return refused(path, tr("its schema version %1 is not one QDF Workbench made").arg(version));
    // Parsing the schema runs none of it; a schema SQLite cannot parse fails here, named by SQLite.
    auto q = sql::run(db, QStringLiteral("SELECT name, type, tbl_name, sql, rootpage FROM sqlite_schema"));
    if (!q)
        return makeError(q.error().code, QStringLiteral("%1: %2").arg(path, q.error().message));
    Schema found;
    QMap<qint64, QString> roots;
    while (q->next()) {
        const QString name = q->value(0).toString();
        const Object object{q->value(1).toString(), q->value(2).toString(), normalized(q->value(3).toString())};
        found.insert(name, object);
        // Two objects on one b-tree, or a table or index on none: a writable_schema game.
        const qint64 root = q->value(4).toLongLong();
        const bool needsRoot = (object.type == QLatin1String("table") && !object.sql.startsWith(QLatin1String("CREATE VIRTUAL")))
            || object.type == QLatin1String("index");
        if (needsRoot != (root > 0) || (root > 0 && roots.contains(root)))
            return refused(path, tr("its %1 \"%2\" points at the wrong part of the file").arg(typeName(object.type), name));
        roots.insert(root, name);
    }
    if (found == snapshotSchema(version))
        return Status::success();
    // Otherwise the migrations, run here, decide (a SQLite other than the build's may record what
    // they make in other words), and say what differs.
    const QVector<Schema> &expected = expectedSchemas();
    if (expected.value(version).isEmpty())
        return refused(path, tr("its schema version %1 is not one QDF Workbench made").arg(version));
    const Schema &want = expected[version];
    if (found == want)
        return Status::success();
    // A whole other version's schema: the user_version lies.
    for (int other = 1; other < expected.size(); ++other) {
        if (other != version && found == expected[other])
            return refused(path, tr("it says it is schema %1, but its tables are those of schema %2").arg(version).arg(other));
    }
    for (auto it = found.constBegin(); it != found.constEnd(); ++it) {
        const auto w = want.constFind(it.key());
        if (w == want.constEnd())
            return refused(path, tr("it holds a %1 \"%2\" that QDF Workbench never makes").arg(typeName(it->type), it.key()));
        if (!(*w == *it))
            return refused(path, tr("its %1 \"%2\" is not as QDF Workbench made it").arg(typeName(it->type), it.key()));
    }
    for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
        if (!found.contains(it.key()))
            return refused(path, tr("its %1 \"%2\" is missing").arg(typeName(it->type), it.key()));
    }
    return Status::success();
}

QVector<int> snapshotDifferences()
{
    QVector<int> differ;
    const QVector<Schema> &expected = expectedSchemas();
    for (int version = 1; version <= migrations::latestVersion(); ++version) {
        if (expected.value(version).isEmpty() || snapshotSchema(version) != expected[version])
            differ << version;
    }
    return differ;
}

} // namespace qdf::workbookfile
