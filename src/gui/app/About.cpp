#include "gui/app/About.h"

#include <QApplication>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace qdf::gui {

void setIdentity(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("QDF Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("QDF Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QDF_VERSION));
    if (auto *gui = qobject_cast<QGuiApplication *>(&app)) {
        // The desktop entry: on Wayland the window's icon and its place in the dock come from it.
        QGuiApplication::setDesktopFileName(QStringLiteral(QDF_APP_ID));
        gui->setWindowIcon(applicationIcon());
    }
}

QIcon applicationIcon()
{
    // The installed theme's icon where there is one; otherwise the sizes built into the program
    // (rendered from the same SVG at build time).
    QIcon builtIn;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/icons/app-%1.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral(QDF_APP_ID), builtIn);
}

QString aboutText()
{
    return QCoreApplication::translate("qdf::gui::About",
                                       "<h3>QDF Workbench %1</h3>"
                                       "<p>For teams in health and social care who commission services together with "
                                       "NHS Wales' CAREMORE method: workbooks, Schedules, the Quality and Delivery "
                                       "Framework, the Catalyst for Change self-assessment and commissioning reviews.</p>"
                                       "<p>The command line <tt>qdf</tt> works on the same files (<tt>man qdf</tt>).</p>"
                                       "<p>Free software under the MIT licence. Built with Qt %2 and SQLite.</p>")
        .arg(QStringLiteral(QDF_VERSION), QString::fromLatin1(qVersion()));
}

void addHelpMenu(QMainWindow &window)
{
    auto *menu = window.menuBar()->addMenu(QCoreApplication::translate("qdf::gui::About", "&Help"));
    menu->setObjectName(QStringLiteral("menuHelp"));
    QAction *about = menu->addAction(QCoreApplication::translate("qdf::gui::About", "&About QDF Workbench"), &window, [&window] {
        QMessageBox::about(&window, QCoreApplication::translate("qdf::gui::About", "About QDF Workbench"), aboutText());
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = menu->addAction(QCoreApplication::translate("qdf::gui::About", "About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace qdf::gui
