#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QVariant>

#include <memory>

struct sqlite3;

namespace qdf::sql {

struct KeptQuery;

// What run() returns: the rows of a statement kept prepared for the connection. Compiling a
// statement costs more than running it for most of what the program asks, and an import asks
// thousands of times (9% of a merge, issue 16). Each Rows has its statement to itself: the same
// SQL run again while these rows are still being read gets another. Going out of scope, it hands
// the statement back.
//
// The rows are read through SQLite's own interface, their text as the file holds it (UTF-8),
// rather than through Qt's driver, which asks SQLite for UTF-16 (translated a character at a
// time) and copies every row into a cache first (6% of a merge, issue 16). The values are those
// Qt's driver gives: INTEGER as qlonglong, REAL as double, BLOB as QByteArray, TEXT as QString,
// NULL as a null QString.
class Rows {
public:
    explicit Rows(std::shared_ptr<KeptQuery> kept);
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows();

    // The next row, the first the first time; false after the last (or if reading failed).
    bool next();
    QVariant value(int index) const;
    bool isNull(int index) const;
    int columnCount() const;
    // Rows an INSERT, UPDATE or DELETE changed (SQLite's count, as QSqlQuery::numRowsAffected).
    int rowsChanged() const { return m_changed; }

private:
    friend Result<Rows> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values);
    void release();
    std::shared_ptr<KeptQuery> m_kept;
    enum class At { FirstWaiting, OnRow, AfterLast } m_at = At::AfterLast;  // the first row is stepped to by run()
    int m_changed = 0;
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
