#include "core/WorkbookFile.h"

#include "core/Migrations.h"
#include "core/Sql.h"
#include "core/WorkbookSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

namespace qdf::workbookfile {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::workbookfile", text);
}

Error fail(Error::Code code, const QString &path, const QString &reason)
{
    return makeError(code, QStringLiteral("%1: %2").arg(path, reason));
}

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

} // namespace

bool isSQLiteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

Result<Header> inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Code::NotFound, path, tr("no such file"));
    if (info.isDir())
        return fail(Error::Code::NotAWorkbook, path, tr("is a folder, not a workbook file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, path, tr("cannot be read: %1").arg(file.errorString()));
    Header header;
    header.fileSize = file.size();
    if (header.fileSize == 0)
        return fail(Error::Code::NotAWorkbook, path, tr("the file is empty, not a workbook"));
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(Error::Code::NotAWorkbook, path, tr("not a workbook (not an SQLite database)"));
    const char *h = bytes.constData();
    header.applicationId = be32(h + 68);
    header.userVersion = int(be32(h + 60));
    if (header.applicationId != kApplicationId)
        return fail(Error::Code::NotAWorkbook, path,
                    tr("another program's SQLite database, not a QDF workbook"));
    if (header.userVersion > migrations::latestVersion())
        return fail(Error::Code::NewerSchema, path,
                    tr("written by a newer version of QDF Workbench (schema %1; this version reads up to %2)")
                        .arg(header.userVersion)
                        .arg(migrations::latestVersion()));
    if (header.userVersion == 0)
        return fail(Error::Code::Damaged, path, tr("an unfinished workbook (its creation never completed)"));

    // The page count in the header is valid when its "version-valid-for" matches the change
    // counter. With a WAL beside the file the main file may legitimately lag, so only judge
    // a file that stands alone.
    const quint32 pageSizeField = qFromBigEndian<quint16>(h + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 pageCount = be32(h + 28);
    const bool countValid = be32(h + 92) == be32(h + 24) && pageCount > 0;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (countValid && !(wal.exists() && wal.size() > 0) && header.fileSize < pageSize * pageCount)
        return fail(Error::Code::Damaged, path,
                    tr("the file is truncated (%1 bytes of %2)").arg(header.fileSize).arg(pageSize * pageCount));
    return header;
}

bool isReadOnly(const QString &path)
{
    const QFileInfo info(path);
    // WriteUser reflects access(), which is always true for root; the mode bits say what was meant.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return !info.isWritable() || !(info.permissions() & writeBits);
}

Result<Connection> connect(const QString &path, bool readOnly)
{
    const QString name = QStringLiteral("qdf-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    // Reading a WAL workbook needs its -shm beside it; in a folder nobody may write to (a CD, a
    // shared read-only folder) none can be made, and nobody can be writing it either: read it as
    // immutable.
    const QFileInfo info(path);
    if (readOnly && !QFileInfo(info.absolutePath()).isWritable() && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(options);
    // Defended before the first statement, which is when SQLite first reads the file's schema.
    Status defended = db.open() ? defend(db) : Status(sql::errorFrom(db.lastError(), path));
    if (!defended) {
        Error e = defended.error();
        if (!e.message.startsWith(path))
            e.message = QStringLiteral("%1: %2").arg(path, e.message);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return e;
    }
    return Connection(db);
}

Status quickCheck(const QSqlDatabase &db, const QString &path)
{
    auto query = sql::run(db, QStringLiteral("PRAGMA quick_check"));
    // A check that cannot run (a full disk, an I/O error) says nothing about damage.
    if (!query)
        return fail(query.error().code, path, query.error().message);
    QStringList problems;
    while (query->next()) {
        const QString line = query->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line.simplified();  // SQLite's reports span lines
    }
    if (!problems.isEmpty())
        return fail(Error::Code::Damaged, path, tr("the file is damaged (%1)").arg(problems.first()));
    return Status::success();
}

Status configure(const QSqlDatabase &db, bool readOnly)
{
    const QStringList pragmas = readOnly
        ? QStringList{QStringLiteral("PRAGMA foreign_keys = ON")}
        : QStringList{QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
                      QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &pragma : pragmas) {
        if (auto q = sql::run(db, pragma); !q)
            return q.error();
    }
    return Status::success();
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, QSqlDatabase());
    }
    return *this;
}

void Connection::close()
{
    if (!m_db.isValid())
        return;
    const QString name = m_db.connectionName();
    sql::forgetStatements(m_db);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

} // namespace workbookfile
