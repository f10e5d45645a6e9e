#include "core/SaveFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace qdf {

Status saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::Io, QCoreApplication::translate("qdf", "%1 could not be written: %2")
                                              .arg(path, file.errorString()));
    return Status::success();
}

} // namespace qdf
