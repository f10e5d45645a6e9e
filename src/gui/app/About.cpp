#include "gui/app/About.h"

#include "core/Libraries.h"
#include "gui/app/HelpBrowser.h"
#include "report/ReportLibraries.h"

#include <QApplication>
#include <QTimer>
#include <QIcon>
#include <QKeyEvent>
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

// F1 in a dialog (the window's own F1 is the Help menu's, which a dialog does not reach): the
// guide opens over the dialog at the dialog's topic, else the task's it belongs to, else the
// page's it was opened from.
class DialogHelp : public QObject {
public:
    DialogHelp(QMainWindow &window, std::function<QString()> currentPage)
        : QObject(&window), m_window(window), m_currentPage(std::move(currentPage))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || !static_cast<QKeyEvent *>(event)->matches(QKeySequence::HelpContents))
            return false;
        QWidget *dialog = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : QApplication::activeWindow();
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!dialog || dialog == &m_window || qobject_cast<HelpBrowser *>(dialog) || !widget || widget->window() != dialog)
            return false;
        showUserGuide(dialog, topicOf(dialog));
        return true;
    }

private:
    QString topicOf(QWidget *dialog) const
    {
        for (QWidget *w = dialog; w; w = w->parentWidget()) {
            if (const QString own = dialogHelpTopic(w->objectName()); !own.isEmpty())
                return own;
            if (const QString task = dialogHelpTopic(w->property("helpTask").toString()); !task.isEmpty())
                return task;
            if (w == &m_window)
                return helpTopicFor(m_currentPage());
        }
        return QString();
    }

    QMainWindow &m_window;
    std::function<QString()> m_currentPage;
};

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
        showUserGuide(&window, helpTopicFor(currentPage()));
    });
    new DialogHelp(window, currentPage);
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
