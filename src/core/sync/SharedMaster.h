#pragma once

#include "core/Error.h"

#include <QString>

namespace qdf::sync {

// A master kept on a shared network folder is never edited in place (SQLite's locking over SMB
// is not to be trusted): it is copied in, worked on locally, and written back through a
// temporary file and a rename, and only if nobody changed the shared copy meanwhile.
class SharedMaster {
public:
    // Copies `sharedPath` into a private local folder; workingPath() is the copy to open.
    static Result<SharedMaster> checkOut(const QString &sharedPath);

    const QString &sharedPath() const { return m_shared; }
    const QString &workingPath() const { return m_working; }

    // Writes the working copy back (close it first). Refused, and the shared file left as it is,
    // when the shared file changed since checkOut; the working copy then stays where it is.
    Status checkIn() const;

    // Whether a path lies on a network file system (CIFS/SMB, NFS, sshfs...), where this is needed.
    static bool isOnNetworkShare(const QString &path);

private:
    QString m_shared;
    QString m_working;
    QByteArray m_fingerprint;  // SHA-256 of the shared file when it was copied
};

} // namespace qdf::sync
