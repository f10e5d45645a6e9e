#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

struct sqlite3;

namespace qdf::sql {

struct KeptQuery;

// What run() returns: the rows of a statement kept prepared for the connection, read like a
// QSqlQuery (and passed as one where a reader takes one). Compiling a statement costs more than
// running it for most of what the program asks, and an import asks thousands of times (9% of a
// merge, issue 16). Each Rows has its statement to itself: the same SQL run again while these
// rows are still being read gets another. Going out of scope, it hands the statement back.
class Rows {
public:
    explicit Rows(std::shared_ptr<KeptQuery> kept);
    Rows(Rows &&other) noexcept = default;
    Rows &operator=(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows();

    bool next() { return query().next(); }
    QVariant value(int index) const { return query().value(index); }
    QVariant value(const QString &name) const { return query().value(name); }
    bool isNull(int index) const { return query().isNull(index); }
    QSqlQuery &query();
    const QSqlQuery &query() const;
    operator const QSqlQuery &() const { return query(); }

private:
    void release();
    std::shared_ptr<KeptQuery> m_kept;
};

// Runs one statement with positional bindings. The rows come back positioned before the first;
// an SQLite failure becomes an Error naming what was being done.
Result<Rows> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// run(), insert() and exec() keep their statements prepared for the connection's next use of the
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
// The same for a code and message of SQLite's own interface.
Error errorFor(int code, const QString &sqliteText, const QString &context);
// The same words for a code of SQLite's own (`sqliteText`: what SQLite said, for the rare code
// a person cannot act on).
QString reasonFor(int code, const QString &sqliteText);

} // namespace qdf::sql
