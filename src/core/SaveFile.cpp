#include "core/SaveFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace qdf {

Status saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        // A short write reports no reason of its own ("Unknown error"): it is nearly always space.
        QString why = file.errorString();
        if (file.error() == QFileDevice::ResourceError || why.isEmpty() || why == QLatin1String("Unknown error"))
            why = QCoreApplication::translate("qdf", "the disk is full or the folder cannot be written: free some space or "
                                                     "choose another folder, and try again");
        return makeError(Error::Code::Io, QCoreApplication::translate("qdf", "%1 could not be written: %2; nothing was changed")
                                              .arg(path, why));
    }
    return Status::success();
}

} // namespace qdf
