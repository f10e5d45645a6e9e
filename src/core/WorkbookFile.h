#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QString>

namespace qdf {

// The .qdf file as bytes on disk: what it is before SQLite is allowed near it, and the one
// place connections are opened. Nothing here writes to a file that failed its checks.
namespace workbookfile {

// "QDFW": marks a SQLite file as a QDF workbook (PRAGMA application_id).
constexpr quint32 kApplicationId = 0x51444657;

struct Header {
    qint64 fileSize = 0;
    quint32 applicationId = 0;
    int userVersion = 0;
};

// Whether the file starts as every SQLite database does (a workbook, or another program's).
bool isSQLiteFile(const QString &path);

// Reads and judges the 100-byte SQLite header: missing, empty, not SQLite, another program's
// database, newer schema, or shorter than the header says (truncated).
Result<Header> inspect(const QString &path);

// Whether the user meant the file to be read-only. Judged by permission bits as well as
// access(), because root may write anything.
bool isReadOnly(const QString &path);

// A named Qt connection to one file. Owns its QSqlDatabase and removes the connection name
// when it goes, so no copy of the handle can outlive it (Qt warns, and queries die, if one does).
class Connection {
public:
    Connection() = default;
    explicit Connection(QSqlDatabase db) : m_db(std::move(db)) {}
    Connection(Connection &&other) noexcept : m_db(std::exchange(other.m_db, QSqlDatabase())) {}
    Connection &operator=(Connection &&other) noexcept;
    ~Connection() { close(); }

    const QSqlDatabase &database() const { return m_db; }
    void close();

private:
    QSqlDatabase m_db;
};

Result<Connection> connect(const QString &path, bool readOnly);

// Verifies the file's structure without writing (PRAGMA quick_check).
Status quickCheck(const QSqlDatabase &db, const QString &path);

// WAL journal (a rollback journal for a workbook whose name leaves no room for WAL's files,
// core/SiblingNames.h), full sync (a committed edit survives a power cut) and foreign keys.
// `path` is the workbook the connection is for (a workbook being made is named after the file
// it becomes).
Status configure(const QSqlDatabase &db, bool readOnly, const QString &path);

// The journal a workbook at `path` keeps: "wal", or "delete" where WAL's files do not fit.
QString journalModeFor(const QString &path);

} // namespace workbookfile
} // namespace qdf
