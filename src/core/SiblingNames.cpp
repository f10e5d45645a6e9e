#include "core/SiblingNames.h"

#include "core/Sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

#include <sqlite3.h>
#include <unistd.h>

#include <climits>
#include <cstring>
#include <mutex>

namespace qdf::siblings {
namespace {

// Names this short fit every file system: no need to ask the folder.
constexpr int kAlwaysFits = 143;
constexpr int kDefaultNameMax = 255;

int nameMax(const QByteArray &folder)
{
    const long max = ::pathconf(folder.isEmpty() ? "." : folder.constData(), _PC_NAME_MAX);
    return max > 0 && max < 4096 ? int(max) : kDefaultNameMax;
}

} // namespace

QByteArray sibling(const QByteArray &path, const QByteArray &suffix, int room)
{
    const qsizetype slash = path.lastIndexOf('/');
    const QByteArray folder = slash >= 0 ? path.left(slash + 1) : QByteArray();
    const QByteArray name = path.mid(slash + 1);
    if (name.size() + suffix.size() + room <= kAlwaysFits)
        return path + suffix;
    const int max = nameMax(folder) - room;
    if (name.size() + suffix.size() <= max)
        return path + suffix;
    // SQLite's unix VFS finds a journal's database by reading its name back to the last '-' (to
    // give the journal the database's permissions): '.' in its place stops it there, and the
    // journal gets the default ones.
    QByteArray tail = suffix;
    if (tail.startsWith('-'))
        tail[0] = '.';
    const QByteArray mark = '~' + sha256Hex(name).left(8).toLatin1();
    qsizetype keep = qMax<qsizetype>(0, max - mark.size() - tail.size());
    while (keep > 0 && (uchar(name.at(keep)) & 0xC0) == 0x80)  // not inside a UTF-8 sequence
        --keep;
    return folder + name.left(keep) + mark + tail;
}

QString sibling(const QString &path, const QString &suffix, int room)
{
    return QFile::decodeName(sibling(QFile::encodeName(path), QFile::encodeName(suffix), room));
}

bool walFits(const QString &path)
{
    const QString shm = path + QStringLiteral("-shm");
    return sibling(path, QStringLiteral("-shm")) == shm && sibling(path, QStringLiteral("-wal")) == path + QStringLiteral("-wal");
}

namespace {

sqlite3_vfs *system()
{
    static sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
    return vfs;
}

// A name SQLite gives a journal or a WAL ("<database>-journal"), as the disk can take it. The
// system's VFS keeps the pointer it is given while the file is open, so each name is kept for the
// life of the program: a few bytes for each workbook with a long name.
const char *onDisk(const char *zName)
{
    if (!zName)
        return zName;
    const char *slash = std::strrchr(zName, '/');
    const char *last = slash ? slash + 1 : zName;
    if (std::strlen(last) <= std::size_t(kAlwaysFits))
        return zName;
    const char *dash = std::strrchr(last, '-');
    if (!dash)
        return zName;
    const QByteArray natural(zName);
    const QByteArray base(zName, dash - zName);
    const QByteArray shortened = sibling(base, QByteArray(dash));
    if (shortened == natural)
        return zName;
    static QMutex mutex;
    static QSet<QByteArray> names;
    QMutexLocker locked(&mutex);
    return names.insert(shortened)->constData();
}

int open(sqlite3_vfs *, sqlite3_filename zName, sqlite3_file *file, int flags, int *outFlags)
{
    // The database itself keeps its name (SQLite could not open a name that does not fit anyway).
    const bool beside = flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL | SQLITE_OPEN_SUPER_JOURNAL);
    return system()->xOpen(system(), beside ? onDisk(zName) : zName, file, flags, outFlags);
}

int remove(sqlite3_vfs *, const char *zName, int syncDir)
{
    return system()->xDelete(system(), onDisk(zName), syncDir);
}

int access(sqlite3_vfs *, const char *zName, int flags, int *result)
{
    return system()->xAccess(system(), onDisk(zName), flags, result);
}

} // namespace

void installSqliteNames()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static sqlite3_vfs vfs = *system();
        vfs.zName = "qdf-names";
        vfs.pAppData = nullptr;
        vfs.pNext = nullptr;
        vfs.xOpen = open;
        vfs.xDelete = remove;
        vfs.xAccess = access;
        sqlite3_vfs_register(&vfs, 1);
    });
}

} // namespace qdf::siblings
