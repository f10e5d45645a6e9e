#include "gui/app/About.h"

#include "core/Libraries.h"
#include "gui/app/HelpBrowser.h"
#include "report/ReportLibraries.h"

#include <QApplication>
#include <QTimer>
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

namespace {

QString librariesTable()
{
    QString rows;
    for (const Library &library : coreLibraries() + report::reportLibraries()) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(library.name.toHtmlEscaped(), library.version.toHtmlEscaped(), library.licence.toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                          "<th align=\"left\">%3</th></tr>%4</table>")
        .arg(QCoreApplication::translate("qdf::gui::About", "Library"), QCoreApplication::translate("qdf::gui::About", "Version"),
             QCoreApplication::translate("qdf::gui::About", "Licence"), rows);
}

} // namespace

QString aboutText()
{
    return QCoreApplication::translate("qdf::gui::About",
                                       "<h3>QDF Workbench %1</h3>"
                                       "<p>For teams in health and social care who commission services together with "
                                       "NHS Wales' CAREMORE method: workbooks, Schedules, the Quality and Delivery "
                                       "Framework, the Catalyst for Change self-assessment and commissioning reviews.</p>"
                                       "<p>The command line <tt>qdf</tt> works on the same files (<tt>man qdf</tt>).</p>"
                                       "<p>Free software under the MIT licence.</p>"
                                       "<p>Built on these libraries, with thanks:</p>%2")
        .arg(QStringLiteral(QDF_VERSION), librariesTable());
}

void addHelpMenu(QMainWindow &window, std::function<QString()> currentPage)
{
    auto *menu = window.menuBar()->addMenu(QCoreApplication::translate("qdf::gui::About", "&Help"));
    menu->setObjectName(QStringLiteral("menuHelp"));
    QAction *guide = menu->addAction(QCoreApplication::translate("qdf::gui::About", "&User Guide"), &window, [&window, currentPage] {
        auto *help = window.findChild<HelpBrowser *>(QStringLiteral("helpBrowser"));
        if (!help)
            help = new HelpBrowser(&window);  // one, kept: it opens again where it was
        help->show();
        help->raise();
        help->activateWindow();
        const QString topic = helpTopicFor(currentPage());
        help->showTopic(topic);
        // Once it is laid out at its size, the heading goes to the top of the view.
        QTimer::singleShot(0, help, [help, topic] { help->showTopic(topic); });
    });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    menu->addSeparator();
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
