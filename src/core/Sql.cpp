#include "core/Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace qdf::sql {

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
    for (const QVariant &value : values) {
        // Qt binds a null QString or QByteArray as SQL NULL; in a workbook absent text is ''.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
            query.addBindValue(QByteArray("", 0));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return errorFrom(query.lastError(), sql.simplified().left(60));
    return query;
}

Result<qint64> insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Status exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = run(db, sql, values);
    return query ? Status::success() : Status(query.error());
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
