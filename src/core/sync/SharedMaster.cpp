#include "core/sync/SharedMaster.h"

#include "core/SiblingNames.h"

#include "core/Sql.h"
#include "core/WorkbookLock.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>

namespace qdf::sync {
namespace {

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

Error failed(Error::Code code, const QString &path, const QString &why)
{
    return makeError(code, QStringLiteral("%1: %2").arg(path, why));
}

// A snapshot of the working copy as one file in rollback-journal mode: whole even while the
// copy is open in WAL mode with commits not yet in its main file, and needing no -wal on the
// share (SQLite's WAL does not work over network file systems).
Status snapshot(const QString &working, const QString &into)
{
    QFile::remove(into);
    const QString name = QStringLiteral("qdf-checkin-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    Status status = Status::success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(working);
        if (!db.open())
            status = failed(Error::Code::Io, working, db.lastError().text());
        else
            status = sql::exec(db, QStringLiteral("VACUUM INTO ?"), {into});
        sql::forgetStatements(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace

bool SharedMaster::isOnNetworkShare(const QString &path)
{
    // Folders the file system type does not give away (a synced cloud folder, a share mounted
    // through FUSE) can be named: QDF_SHARED_FOLDERS, separated like PATH.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const QString &folder : qEnvironmentVariable("QDF_SHARED_FOLDERS").split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (absolute.startsWith(QDir(folder).absolutePath() + QLatin1Char('/')))
            return true;
    }
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType().toLower();
    return type.startsWith("cifs") || type.startsWith("smb") || type.startsWith("nfs") || type.contains("sshfs")
        || type.startsWith("9p") || type.startsWith("afs");
}

Result<SharedMaster> SharedMaster::checkOut(const QString &sharedPath, const QString &person)
{
    if (!QFileInfo::exists(sharedPath))
        return failed(Error::Code::NotFound, sharedPath, QStringLiteral("no such file"));
    auto lock = WorkbookLock::take(QFileInfo(sharedPath).absoluteFilePath(), person);
    if (!lock)
        return lock.error();
    // A master with a -wal beside it is open somewhere (or was not closed): its file alone is not whole.
    const QFileInfo wal(siblings::sibling(sharedPath, QStringLiteral("-wal")));
    if (wal.exists() && wal.size() > 0)
        return failed(Error::Code::NotAllowed, sharedPath,
                      QStringLiteral("is open on another computer (its -wal file is there): try again when it is closed"));
    SharedMaster m;
    m.m_lock = std::move(lock).value();
    m.m_shared = QFileInfo(sharedPath).absoluteFilePath();
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("qdf-shared-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (!QDir().mkpath(dir))
        return failed(Error::Code::Io, dir, QStringLiteral("cannot create a local working folder"));
    m.m_working = QDir(dir).filePath(QFileInfo(sharedPath).fileName());
    m.m_fingerprint = fingerprint(sharedPath);
    if (m.m_fingerprint.isEmpty() || !QFile::copy(sharedPath, m.m_working))
        return failed(Error::Code::Io, sharedPath, QStringLiteral("cannot be copied to this computer"));
    QFile::setPermissions(m.m_working, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (fingerprint(m.m_working) != m.m_fingerprint)
        return failed(Error::Code::Io, sharedPath, QStringLiteral("changed while it was being copied: try again"));
    return m;
}

Status SharedMaster::checkIn()
{
    if (fingerprint(m_shared) != m_fingerprint)
        return failed(Error::Code::NotAllowed, m_shared,
                      QStringLiteral("was changed by someone else while you worked: your work is kept in %1; "
                                     "import your bundles into the new version instead")
                          .arg(m_working));
    const QString copy = QFileInfo(m_working).absolutePath() + QStringLiteral("/check-in.qdf");
    if (Status s = snapshot(m_working, copy); !s)
        return s;
    QFile local(copy);
    if (!local.open(QIODevice::ReadOnly))
        return failed(Error::Code::Io, copy, local.errorString());
    // A temporary file beside the shared one, renamed over it: readers see the old or the new file, never half.
    QSaveFile out(m_shared);
    if (!out.open(QIODevice::WriteOnly))
        return failed(Error::Code::Io, m_shared, out.errorString());
    while (!local.atEnd()) {
        const QByteArray chunk = local.read(1 << 20);
        if (out.write(chunk) != chunk.size())
            return failed(Error::Code::Io, m_shared, out.errorString());
    }
    if (!out.commit())
        return failed(Error::Code::Io, m_shared, out.errorString());
    local.close();
    QFile::remove(copy);
    m_fingerprint = fingerprint(m_shared);
    m_checkedIn = true;
    return Status::success();
}

void SharedMaster::release()
{
    m_lock.reset();
    if (m_checkedIn) {
        QFile::remove(m_working);
        QDir().rmdir(QFileInfo(m_working).absolutePath());
    }
}

} // namespace qdf::sync
