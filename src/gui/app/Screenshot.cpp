#include "gui/app/Screenshot.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QWidget>

namespace qdf::gui {

QString saveScreenshot(QWidget &window, const QString &path)
{
    window.show();
    // Let layouts settle and pending paints run before grabbing.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (pixmap.isNull())
        return QCoreApplication::translate("Screenshot", "the window could not be rendered");
    if (!pixmap.save(path, "PNG"))
        return QCoreApplication::translate("Screenshot", "%1 could not be written").arg(path);
    return {};
}

} // namespace qdf::gui
