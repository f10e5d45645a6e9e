#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace qdf {

// Who holds a workbook's lock, as its lock file says.
struct LockHolder {
    QString person;   // whose name the changes carry (the workbook's owner)
    QString login;    // the account on that machine
    QString program;  // "QDF Workbench", "qdf merge"
    QString host;
    qint64 pid = 0;
    QDateTime since;
};

// "open in QDF Workbench by Rhian Morgan on LAPTOP-3 since 10:02" (translated).
QString describeHolder(const LockHolder &holder);

// One writer at a time per workbook, across processes and machines: a lock file beside it
// ("<file>.lock"). Qt's QLockFile makes and removes it atomically and recovers one whose process
// has gone on this machine (crashed, killed, rebooted); a lock taken on another machine is never
// guessed stale, because its process cannot be seen from here. Who holds it (person, program,
// since when) is a line of JSON after QLockFile's own lines, which QLockFile reads past.
class WorkbookLock {
public:
    // What a writer says of itself in the lock file; each program sets it once at start.
    static void setProgram(const QString &program);
    static QString program();

    static QString pathFor(const QString &workbookPath);

    // Takes the lock for `person`, waiting up to `waitMs` for the holder to let go. Refused with
    // Error::Code::Locked and the holder's description while someone else holds it.
    static Result<std::unique_ptr<WorkbookLock>> take(const QString &workbookPath, const QString &person, int waitMs = 0);

    // The holder of a workbook's lock, if it is held.
    static std::optional<LockHolder> holder(const QString &workbookPath);

    ~WorkbookLock();  // lets go
    WorkbookLock(const WorkbookLock &) = delete;
    WorkbookLock &operator=(const WorkbookLock &) = delete;

private:
    explicit WorkbookLock(const QString &lockPath);
    QLockFile m_file;
};

} // namespace qdf
