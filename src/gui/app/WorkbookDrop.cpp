#include "gui/app/WorkbookDrop.h"

#include "gui/app/MainWindow.h"

#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace qdf::gui {
namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};  // a web address is nothing the window can open
        files << url.toLocalFile();
    }
    return files;
}

} // namespace

WorkbookDrop::WorkbookDrop(MainWindow &window) : QObject(&window), m_window(window)
{
    window.setAcceptDrops(true);
    window.installEventFilter(this);
}

bool WorkbookDrop::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        // Any local file is taken, so that what is not a workbook gets its explanation on drop.
        auto *drag = static_cast<QDropEvent *>(event);
        if (!localFiles(drag->mimeData()).isEmpty())
            drag->acceptProposedAction();
        return true;
    }
    if (event->type() != QEvent::Drop)
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    const QStringList files = localFiles(drop->mimeData());
    if (files.isEmpty())
        return true;
    drop->acceptProposedAction();
    const QString name = QDir::toNativeSeparators(files.first());
    if (files.size() > 1)
        m_window.showError(tr("One workbook at a time, please: drop a single .qdf file to open it."));
    else if (QFileInfo(files.first()).suffix().compare(QLatin1String("qdf"), Qt::CaseInsensitive) != 0)
        m_window.showError(tr("%1 is not a workbook: the window opens workbook files (.qdf). A contribution "
                              "(.qdfsync) or an update (.qdfupdate) comes in with the Sync menu.")
                               .arg(name));
    else
        m_window.openWorkbook(files.first());
    return true;
}

} // namespace qdf::gui
