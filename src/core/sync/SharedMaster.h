#pragma once

#include "core/Error.h"

#include <QString>

#include <memory>

namespace qdf {
class WorkbookLock;
}

namespace qdf::sync {

// A master kept on a shared network folder is never edited in place (SQLite's locking and WAL do
// not work over network file systems): it is copied in, worked on locally, and written back
// through a temporary file and a rename. The shared master's lock (WorkbookLock, a lock file on
// the share) is held from the copy to the write-back, so no other QDF writer can change it in
// between; the check that the shared file is still the one copied catches any other program.
class SharedMaster {
public:
    // Takes the shared master's lock for `person` and copies it into a private local folder;
    // workingPath() is the copy to open. Locked, naming the holder, if someone has it open.
    static Result<SharedMaster> checkOut(const QString &sharedPath, const QString &person = {});

    const QString &sharedPath() const { return m_shared; }
    const QString &workingPath() const { return m_working; }

    // Writes the working copy back as a snapshot (whole while it is open, in rollback-journal
    // mode: no -wal on a share). Refused, and the shared file left
    // as it is, when the shared file changed since checkOut; the working copy then stays where it
    // is. The lock is kept: check in again after more work, or let go with release().
    Status checkIn();
    // Lets go of the shared master's lock, and removes the working copy if it went back (call
    // with the working copy closed).
    void release();

    // Whether a path lies on a network file system (CIFS/SMB, NFS, sshfs...), where this is needed,
    // or in a folder named in QDF_SHARED_FOLDERS (colon-separated).
    static bool isOnNetworkShare(const QString &path);

private:
    QString m_shared;
    QString m_working;
    QByteArray m_fingerprint;  // SHA-256 of the shared file when it was copied or last written back
    std::shared_ptr<WorkbookLock> m_lock;
    bool m_checkedIn = false;
};

} // namespace qdf::sync
