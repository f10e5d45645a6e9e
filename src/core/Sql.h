#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

struct sqlite3;

namespace qdf::sql {

// Runs one statement with positional bindings. The query comes back positioned before its
// first row; an SQLite failure becomes an Error naming what was being done.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// insert() and exec() keep their statements prepared for the connection's next use of the
// same SQL; forgetStatements() lets them go, before the connection closes.
void forgetStatements(const QSqlDatabase &db);

// Runs an INSERT and returns the new row's id.
Result<qint64> insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

// Runs one statement for its effect.
Status exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Runs a statement expected to return one row with one column.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Runs a whole script (several statements, triggers with BEGIN ... END) through sqlite3_exec.
Status execScript(const QSqlDatabase &db, const QString &script);

// Copies the database behind `db` (what is committed, WAL included) to a new file at `path`, page
// by page (SQLite's online backup: far cheaper than VACUUM INTO, which rebuilds every table and
// index), in rollback-journal mode so that reading the copy never changes it.
Status copyDatabase(const QSqlDatabase &db, const QString &path);

// The sqlite3 handle behind a Qt connection (Debian's Qt links the system SQLite).
sqlite3 *handle(const QSqlDatabase &db);

// Maps SQLite's own codes to ours: SQLITE_CORRUPT and SQLITE_NOTADB mean a damaged file,
// SQLITE_FULL a full disk, SQLITE_READONLY a read-only file.
// The message says what happened and what to do, never the SQL ("the disk is full: free some
// space and try again; nothing was changed"); `context` (a path), if any, goes before it.
Error errorFrom(const QSqlError &error, const QString &context);
// The same words for a code of SQLite's own (`sqliteText`: what SQLite said, for the rare code
// a person cannot act on).
QString reasonFor(int code, const QString &sqliteText);

} // namespace qdf::sql
