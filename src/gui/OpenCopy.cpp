#include "gui/OpenCopy.h"

#include "core/SaveFile.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace qdf::gui {

Status openCopy(const QString &key, const QString &fileName, const QByteArray &data)
{
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("qdf-workbench-%1").arg(key.left(8)));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QFileInfo(fileName).fileName());
    if (Status s = saveFile(path, data); !s)
        return s;
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return Status::success();
}

} // namespace qdf::gui
