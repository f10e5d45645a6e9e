#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace qdf::report {

// The parts of an OpenDocument or Office Open XML package, zipped with QuaZip (Debian's
// libquazip1-qt6: Qt's own zip writer is private API). A part marked `stored` is not
// compressed: ODF requires that of its first part, the mimetype.
struct ZipPart {
    QString name;
    QByteArray bytes;
    bool stored = false;
};

Result<QByteArray> zip(const QVector<ZipPart> &parts);

} // namespace qdf::report
