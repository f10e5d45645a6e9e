#include "core/Sql.h"

#include "core/SiblingNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <functional>
#include <map>
#include <memory>

namespace qdf::sql {
namespace {

// Statements run for their effect stay prepared, per connection: compiling an INSERT or UPDATE
// with the search index's triggers costs more than running it (a merge runs thousands). They run
// through SQLite's own interface, their text bound as UTF-8: Qt's driver binds every text as
// UTF-16, which SQLite turns into the file's UTF-8 a character at a time (5% of a merge, issue 16),
// many times slower than Qt's own conversion. What is bound is what Qt's driver binds.
struct KeptStatements {
    QMutex mutex;
    std::map<QString, std::map<QString, sqlite3_stmt *>> byConnection;
};

KeptStatements &kept()
{
    static KeptStatements statements;
    return statements;
}

// A value as QSQLITE binds it (qsql_sqlite.cpp, Qt 6.4), the text as UTF-8.
int bindOne(sqlite3_stmt *stmt, int at, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return sqlite3_bind_null(stmt, at);
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(stmt, at, bytes.isNull() ? "" : bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, at, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, at, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, at, value.toLongLong());
    case QMetaType::QDateTime: {
        const QDateTime when = value.toDateTime();
        if (when.isNull())
            return sqlite3_bind_null(stmt, at);
        const QByteArray text = when.toString(Qt::ISODateWithMs).toUtf8();
        return sqlite3_bind_text64(stmt, at, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    default: {
        // A null QString is '' here, as absent text is in a workbook (Qt's driver would bind NULL).
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(stmt, at, text.isNull() ? "" : text.constData(), sqlite3_uint64(text.size()),
                                   SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

Error errorOf(sqlite3 *h, int rc)
{
    return errorFor(rc, QString::fromUtf8(h ? sqlite3_errmsg(h) : sqlite3_errstr(rc)), QString());
}

// Runs `sql` on the connection's kept statement; the statement is reset before it returns, and
// `read` sees the connection after it ran (for the new row's id).
Status runKept(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
               const std::function<void(sqlite3 *)> &read = {})
{
    sqlite3 *h = handle(db);
    if (!h)
        return makeError(Error::Code::Io, QStringLiteral("no SQLite handle"));
    sqlite3_stmt *stmt = nullptr;
    {
        KeptStatements &k = kept();
        QMutexLocker lock(&k.mutex);
        sqlite3_stmt *&slot = k.byConnection[db.connectionName()][sql];
        if (!slot) {
            const QByteArray text = sql.toUtf8();
            if (int rc = sqlite3_prepare_v2(h, text.constData(), int(text.size()), &slot, nullptr); rc != SQLITE_OK) {
                sqlite3_finalize(slot);
                slot = nullptr;
                return errorOf(h, rc);
            }
        }
        stmt = slot;  // used by this connection's thread only
    }
    sqlite3_clear_bindings(stmt);
    for (int i = 0; i < values.size(); ++i) {
        if (int rc = bindOne(stmt, i + 1, values.at(i)); rc != SQLITE_OK) {
            sqlite3_reset(stmt);
            return errorOf(h, rc);
        }
    }
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        const Error error = errorOf(h, rc);
        sqlite3_reset(stmt);
        return error;
    }
    if (read)
        read(h);
    sqlite3_reset(stmt);
    return Status::success();
}

} // namespace

// A statement run() keeps prepared, and whether a Rows is reading it now. forgetStatements()
// finalizes it before the connection closes, even while a Rows still holds it (that Rows then
// reads as if at its end): SQLite cannot close a connection that has statements left.
struct KeptQuery {
    ~KeptQuery() { sqlite3_finalize(stmt); }
    sqlite3_stmt *stmt = nullptr;
    bool busy = false;
};

namespace {

// run()'s statements, per connection and SQL; a connection that asks for more distinct
// statements than any use of the program does (a query put together from a person's words, say)
// has the rest prepared each time, never kept.
constexpr std::size_t kMaxKeptReads = 400;

struct KeptReads {
    QMutex mutex;
    std::map<QString, std::map<QString, std::vector<std::shared_ptr<KeptQuery>>>> byConnection;
};

KeptReads &keptReads()
{
    static KeptReads reads;
    return reads;
}

} // namespace

Rows::Rows(std::shared_ptr<KeptQuery> kept) : m_kept(std::move(kept)) {}

Rows::Rows(Rows &&other) noexcept : m_kept(std::move(other.m_kept)), m_at(other.m_at), m_changed(other.m_changed)
{
    other.m_at = At::AfterLast;
}

Rows &Rows::operator=(Rows &&other) noexcept
{
    if (this != &other) {
        release();
        m_kept = std::move(other.m_kept);
        m_at = other.m_at;
        m_changed = other.m_changed;
        other.m_at = At::AfterLast;
    }
    return *this;
}

Rows::~Rows()
{
    release();
}

bool Rows::next()
{
    if (m_at == At::FirstWaiting) {
        m_at = At::OnRow;
        return true;
    }
    if (m_at == At::AfterLast || !m_kept || !m_kept->stmt)
        return false;
    if (sqlite3_step(m_kept->stmt) == SQLITE_ROW)
        return true;
    // Done, or failed mid-way (as QSqlQuery::next(), the rows end there).
    m_at = At::AfterLast;
    return false;
}

QVariant Rows::value(int index) const
{
    if (m_at != At::OnRow || !m_kept || !m_kept->stmt || index < 0 || index >= sqlite3_column_count(m_kept->stmt))
        return {};
    sqlite3_stmt *stmt = m_kept->stmt;
    switch (sqlite3_column_type(stmt, index)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(stmt, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, index));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, index)), sqlite3_column_bytes(stmt, index)));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, index));
        const int bytes = sqlite3_column_bytes(stmt, index);
        // '' is an empty text, never a null one (a null QString is what NULL reads as).
        return QVariant(bytes > 0 ? QString::fromUtf8(text, bytes) : QString(QLatin1String("")));
    }
    }
}

bool Rows::isNull(int index) const
{
    if (m_at != At::OnRow || !m_kept || !m_kept->stmt || index < 0 || index >= sqlite3_column_count(m_kept->stmt))
        return true;
    return sqlite3_column_type(m_kept->stmt, index) == SQLITE_NULL;
}

int Rows::columnCount() const
{
    return m_kept && m_kept->stmt ? sqlite3_column_count(m_kept->stmt) : 0;
}

void Rows::release()
{
    if (!m_kept)
        return;
    QMutexLocker lock(&keptReads().mutex);
    if (m_kept->stmt) {
        // The statement holds nothing while it waits: no read lock, no copy of a bound text.
        sqlite3_reset(m_kept->stmt);
        sqlite3_clear_bindings(m_kept->stmt);
    }
    m_kept->busy = false;
    m_kept.reset();
    m_at = At::AfterLast;
}

void forgetStatements(const QSqlDatabase &db)
{
    {
        KeptStatements &k = kept();
        QMutexLocker lock(&k.mutex);
        const auto found = k.byConnection.find(db.connectionName());
        if (found != k.byConnection.end()) {
            for (auto &[sql, stmt] : found->second)
                sqlite3_finalize(stmt);
            k.byConnection.erase(found);
        }
    }
    KeptReads &r = keptReads();
    QMutexLocker lock(&r.mutex);
    const auto found = r.byConnection.find(db.connectionName());
    if (found == r.byConnection.end())
        return;
    for (auto &[sql, statements] : found->second) {
        for (const auto &statement : statements) {
            sqlite3_finalize(statement->stmt);
            statement->stmt = nullptr;
        }
    }
    r.byConnection.erase(found);
}

QString reasonFor(int code, const QString &sqliteText)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Sql", text); };
    switch (code & 0xff) {
    case SQLITE_FULL:
        return tr("the disk is full: free some space and try again; nothing was changed");
    case SQLITE_IOERR:
        return tr("the disk could not be read or written: check the drive (and that it has space) and try again; nothing was "
                  "changed");
    case SQLITE_READONLY:
        return tr("the file cannot be written: it or its folder is read-only; nothing was changed");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("the file is damaged (%1)").arg(sqliteText);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("another program is using the workbook: try again in a moment; nothing was changed");
    case SQLITE_CANTOPEN:
        return tr("the file cannot be opened: check that it exists and that you may read it and its folder");
    case SQLITE_NOMEM:
        return tr("there is not enough memory: close other programs and try again; nothing was changed");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("permission denied: check that you may read and write the file and its folder; nothing was changed");
    case SQLITE_TOOBIG:
        return tr("a text or file is too large to keep; nothing was changed");
    default:
        // Never the statement: a person can do nothing with SQL. SQLite's own words say what failed.
        return tr("QDF Workbench could not do this (%1); nothing was changed").arg(sqliteText);
    }
}

Error errorFor(int code, const QString &sqliteText, const QString &context)
{
    const int primary = code & 0xff;  // primary code of an extended one
    Error::Code ours = Error::Code::Io;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        ours = Error::Code::Damaged;
    else if (primary == SQLITE_READONLY)
        ours = Error::Code::ReadOnly;
    const QString reason = reasonFor(code, sqliteText);
    return makeError(ours, context.isEmpty() ? reason : QStringLiteral("%1: %2").arg(context, reason));
}

Error errorFrom(const QSqlError &error, const QString &context)
{
    return errorFor(error.nativeErrorCode().toInt(), error.databaseText().isEmpty() ? error.text() : error.databaseText(),
                    context);
}

Result<Rows> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    sqlite3 *h = handle(db);
    if (!h)
        return makeError(Error::Code::Io, QStringLiteral("no SQLite handle"));
    std::shared_ptr<KeptQuery> kept;
    std::vector<std::shared_ptr<KeptQuery>> *slot = nullptr;
    {
        KeptReads &r = keptReads();
        QMutexLocker lock(&r.mutex);
        auto &connection = r.byConnection[db.connectionName()];
        const auto found = connection.find(sql);
        if (found != connection.end() || connection.size() < kMaxKeptReads)
            slot = &connection[sql];
        if (slot) {
            for (const auto &candidate : *slot) {
                if (!candidate->busy && candidate->stmt) {
                    kept = candidate;
                    break;
                }
            }
        }
        if (kept)
            kept->busy = true;
    }
    if (!kept) {
        auto made = std::make_shared<KeptQuery>();
        const QByteArray text = sql.toUtf8();
        if (int rc = sqlite3_prepare_v2(h, text.constData(), int(text.size()), &made->stmt, nullptr); rc != SQLITE_OK)
            return errorOf(h, rc);
        made->busy = true;
        if (slot) {
            KeptReads &r = keptReads();
            QMutexLocker lock(&r.mutex);
            slot->push_back(made);
        }
        kept = std::move(made);
    }
    Rows rows(kept);  // hands the statement back, reset, on every return below
    sqlite3_stmt *stmt = kept->stmt;
    for (int i = 0; i < values.size(); ++i) {
        if (int rc = bindOne(stmt, i + 1, values.at(i)); rc != SQLITE_OK)
            return errorOf(h, rc);
    }
    // Stepped once here, as Qt's driver does, so that a failure is this call's, not the first next()'s.
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return errorOf(h, rc);
    rows.m_at = rc == SQLITE_ROW ? Rows::At::FirstWaiting : Rows::At::AfterLast;
    rows.m_changed = sqlite3_changes(h);
    return rows;
}

Result<qint64> insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    qint64 id = 0;
    if (Status s = runKept(db, sql, values, [&id](sqlite3 *h) { id = sqlite3_last_insert_rowid(h); }); !s)
        return s.error();
    return id;
}

Status exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return runKept(db, sql, values);
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(Error::Code::Damaged, QCoreApplication::translate("Sql", "the file is damaged (a record it must hold is missing)"));
    return query->value(0);
}

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

Status execScript(const QSqlDatabase &db, const QString &script)
{
    sqlite3 *h = handle(db);
    if (!h)
        return makeError(Error::Code::Io, QStringLiteral("no SQLite handle"));
    char *message = nullptr;
    const int rc = sqlite3_exec(h, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        const int primary = rc & 0xff;
        const auto code = (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) ? Error::Code::Damaged
                                                                                 : Error::Code::Io;
        return makeError(code, reasonFor(rc, text));
    }
    return Status::success();
}

} // namespace qdf::sql

namespace qdf::sql {

Status copyDatabase(const QSqlDatabase &db, const QString &path)
{
    sqlite3 *target = nullptr;
    const QByteArray file = path.toUtf8();
    // A backup that could not be made leaves nothing behind: never a 0-byte or half-written file.
    const auto failed = [&](int rc) {
        const QString why = reasonFor(rc, QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(rc)));
        sqlite3_close(target);
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(siblings::sibling(path, QLatin1String(suffix)));
        return makeError(Error::Code::Io, QCoreApplication::translate("Sql", "the copy %1 could not be made: %2").arg(path, why));
    };
    siblings::installSqliteNames();
    if (int rc = sqlite3_open_v2(file.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr); rc != SQLITE_OK)
        return failed(rc);
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", handle(db), "main");
    if (!backup)
        return failed(sqlite3_errcode(target));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        return failed(finished != SQLITE_OK ? finished : stepped);
    if (int rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr); rc != SQLITE_OK)
        return failed(rc);
    if (int rc = sqlite3_close(target); rc != SQLITE_OK) {
        target = nullptr;
        return failed(rc);
    }
    return Status::success();
}

} // namespace qdf::sql
