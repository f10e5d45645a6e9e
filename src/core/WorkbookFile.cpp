#include "core/WorkbookFile.h"

#include "core/SiblingNames.h"

#include "core/Migrations.h"
#include "core/Sql.h"
#include "core/WorkbookSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
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

namespace {

// Bytes 18 and 19 of the header: 2 when the database is in WAL form.
bool inWalForm(const QString &path)
{
    QFile file(path);
    const QByteArray h = file.open(QIODevice::ReadOnly) ? file.read(20) : QByteArray();
    return h.size() == 20 && h.at(18) == 2 && h.at(19) == 2;
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
    const QFileInfo wal(siblings::sibling(path, QStringLiteral("-wal")));
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

namespace {

Result<Connection> openConnection(const QString &path, bool readOnly, bool immutable)
{
    const QString name = QStringLiteral("qdf-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
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

// A file in WAL form whose name leaves no room for a -shm (a workbook renamed to a long name
// after it was closed) cannot be read by SQLite as it is. In exclusive mode SQLite keeps the WAL's
// index in memory and needs no -shm: so opened, it is switched to a rollback journal (the whole
// WAL written into the file, two bytes of its header changed), and then opens as any other.
Status leaveWal(const QString &path)
{
    auto connection = openConnection(path, false, false);
    if (!connection)
        return connection.error();
    for (const char *pragma : {"PRAGMA locking_mode = EXCLUSIVE", "PRAGMA journal_mode = DELETE"}) {
        if (auto q = sql::run(connection->database(), QString::fromLatin1(pragma)); !q)
            return fail(q.error().code, path,
                        tr("its name is too long for its WAL files beside it, and it could not be changed to do "
                           "without them (%1): give it a shorter name")
                            .arg(q.error().message));
    }
    return Status::success();
}

} // namespace

Result<Connection> connect(const QString &path, bool readOnly)
{
    siblings::installSqliteNames();  // before SQLite opens anything: journals of long names fit
    // Reading a WAL workbook needs its -shm beside it; in a folder nobody may write to (a CD, a
    // shared read-only folder) none can be made, and nobody can be writing it either: read it as
    // immutable.
    const QFileInfo info(path);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    bool immutable = readOnly && !folderWritable && !QFileInfo::exists(siblings::sibling(path, QStringLiteral("-shm")));
    if (!siblings::walFits(path) && inWalForm(path)) {
        if (folderWritable && !isReadOnly(path)) {
            if (Status s = leaveWal(path); !s)
                return s.error();
        } else {
            immutable = readOnly;  // nobody may write it: nothing can change under the reader
        }
    }
    return openConnection(path, readOnly, immutable);
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

QString journalModeFor(const QString &path)
{
    return siblings::walFits(path) ? QStringLiteral("wal") : QStringLiteral("delete");
}

Status configure(const QSqlDatabase &db, bool readOnly, const QString &path)
{
    const QStringList pragmas = readOnly
        ? QStringList{QStringLiteral("PRAGMA foreign_keys = ON")}
        : QStringList{QStringLiteral("PRAGMA journal_mode = %1").arg(journalModeFor(path)), QStringLiteral("PRAGMA synchronous = FULL"),
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
