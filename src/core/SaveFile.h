#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace qdf {

// Writes `bytes` to `path` through a temporary file that replaces it only when complete, so a
// failed write never leaves half a file where a good one was.
Status saveFile(const QString &path, const QByteArray &bytes);

} // namespace qdf
