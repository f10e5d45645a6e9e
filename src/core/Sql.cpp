#include "core/Sql.h"

#include <QCoreApplication>
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

// Qt binds a null QString or QByteArray as SQL NULL; in a workbook absent text is ''.
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QByteArray("", 0);
    return value;
}

// Statements run for their effect stay prepared, per connection: compiling an INSERT or UPDATE
// with the search index's triggers costs more than running it (a merge runs thousands).
struct KeptStatements {
    QMutex mutex;
    std::map<QString, std::map<QString, std::unique_ptr<QSqlQuery>>> byConnection;
};

KeptStatements &kept()
{
    static KeptStatements statements;
    return statements;
}

// Runs `sql` on the connection's kept statement; the statement is reset before it returns, and
// `read` sees it executed (for lastInsertId).
Status runKept(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
               const std::function<void(QSqlQuery &)> &read = {})
{
    QSqlQuery *query = nullptr;
    {
        KeptStatements &k = kept();
        QMutexLocker lock(&k.mutex);
        std::unique_ptr<QSqlQuery> &slot = k.byConnection[db.connectionName()][sql];
        if (!slot) {
            auto prepared = std::make_unique<QSqlQuery>(db);
            prepared->setForwardOnly(true);
            if (!prepared->prepare(sql))
                return errorFrom(prepared->lastError(), sql.simplified().left(60));
            slot = std::move(prepared);
        }
        query = slot.get();  // used by this connection's thread only
    }
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, bindable(values.at(i)));
    if (!query->exec()) {
        const Error error = errorFrom(query->lastError(), sql.simplified().left(60));
        query->finish();
        return error;
    }
    if (read)
        read(*query);
    query->finish();
    return Status::success();
}

} // namespace

void forgetStatements(const QSqlDatabase &db)
{
    KeptStatements &k = kept();
    QMutexLocker lock(&k.mutex);
    k.byConnection.erase(db.connectionName());
}

Error errorFrom(const QSqlError &error, const QString &context)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;  // primary code of an extended one
    Error::Code ours = Error::Code::Io;
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        ours = Error::Code::Damaged;
    else if (code == SQLITE_READONLY)
        ours = Error::Code::ReadOnly;
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (code == SQLITE_FULL) {
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("Sql", "%1: the disk is full").arg(context));
    }
    return makeError(ours, QStringLiteral("%1: %2").arg(context, text));
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return errorFrom(query.lastError(), sql.simplified().left(60));
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return errorFrom(query.lastError(), sql.simplified().left(60));
    return query;
}

Result<qint64> insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    qint64 id = 0;
    if (Status s = runKept(db, sql, values, [&id](QSqlQuery &q) { id = q.lastInsertId().toLongLong(); }); !s)
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
        return makeError(Error::Code::Damaged, QStringLiteral("%1: no row").arg(sql.simplified().left(60)));
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
        return makeError(code, text);
    }
    return Status::success();
}

} // namespace qdf::sql

namespace qdf::sql {

Status copyDatabase(const QSqlDatabase &db, const QString &path)
{
    sqlite3 *target = nullptr;
    const QByteArray file = path.toUtf8();
    const auto failed = [&](const char *what) {
        const QString why = QString::fromUtf8(target ? sqlite3_errmsg(target) : "out of memory");
        sqlite3_close(target);
        QFile::remove(path);
        return makeError(Error::Code::Io, QStringLiteral("%1: %2 (%3)").arg(path, QLatin1String(what), why));
    };
    if (sqlite3_open_v2(file.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return failed("cannot be created");
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", handle(db), "main");
    if (!backup)
        return failed("cannot be written");
    const int stepped = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE)
        return failed("cannot be written");
    if (sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed("cannot be written");
    sqlite3_close(target);
    return Status::success();
}

} // namespace qdf::sql
