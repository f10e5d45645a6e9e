#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace qdf {

// Writes `bytes` to `path` through a temporary file that replaces it only when complete, so a
// failed write never leaves half a file where a good one was.
Status saveFile(const QString &path, const QByteArray &bytes);

// The same, streamed from `source` (a file too large to hold in memory: a master copied back to
// its share). Both work for a name as long as a file name may be: Qt's QSaveFile names its
// temporary file NAME.XXXXXX when it replaces a file, which a name near the limit has no room
// for, so such a one is written beside it under a short name of its own (core/SiblingNames.h)
// and renamed over it.
Status replaceFile(const QString &path, QIODevice &source);

} // namespace qdf
