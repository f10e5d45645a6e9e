#include "GuiSupport.h"
#include "KeyDriving.h"
#include "TestSupport.h"

#include "core/Demo.h"
#include "gui/app/About.h"
#include "gui/app/HelpBrowser.h"
#include "gui/app/MainWindow.h"
#include "gui/schedule/ScheduleDialog.h"

#include "core/stores/ScheduleStore.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>
#include <QIcon>
#include <QMenu>
#include <QTest>
#include <QTextBrowser>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

TEST_CASE("The program's icon has every size the desktop asks for, and becomes the window's", "[gui][about]")
{
    const QIcon icon = applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        INFO(size);
        CHECK(icon.pixmap(size, size).size() == QSize(size, size));
        CHECK_FALSE(icon.pixmap(size, size).toImage().pixelColor(size / 2, size / 2).alpha() == 0);  // drawn, not empty
    }
    const QString organisation = QCoreApplication::organizationName();
    setIdentity(*qApp);
    CHECK(QApplication::windowIcon().cacheKey() != QIcon().cacheKey());
    CHECK_FALSE(QApplication::windowIcon().availableSizes().isEmpty());
    CHECK(QGuiApplication::desktopFileName() == QStringLiteral(QDF_APP_ID));
    CHECK(QCoreApplication::applicationVersion() == QStringLiteral(QDF_VERSION));
    QCoreApplication::setOrganizationName(organisation);  // the tests' own settings stay theirs
}

TEST_CASE("Help › About names the version --version prints, and the licence", "[gui][about]")
{
    MainWindow window;
    auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    REQUIRE(about);
    CHECK(about->isEnabled());
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuHelp"));
    REQUIRE(menu);
    CHECK(menu->actions().contains(about));
    CHECK(window.findChild<QAction *>(QStringLiteral("actionAboutQt")));
    CHECK(aboutText().contains(QStringLiteral("QDF Workbench " QDF_VERSION)));
    CHECK(aboutText().contains(QStringLiteral("MIT")));
}

TEST_CASE("Help › About lists the libraries the program runs with, their versions and licences", "[gui][about]")
{
    const QString text = aboutText();
    for (const char *name : {"Qt", "SQLite", "nlohmann/json", "libxlsxwriter", "dtl", "libsodium", "OpenSSL", "Zstandard", "QuaZip", "qpdf"}) {
        INFO(name);
        CHECK(text.contains(QString::fromLatin1(name)));
    }
    CHECK(text.contains(QString::fromLatin1(qVersion())));
    CHECK(text.contains(QStringLiteral("LGPL")));
}

TEST_CASE("F1 opens the user guide inside the program at the topic of the page on show", "[gui][about][help]")
{
    Folder folder;
    auto demo = buildDemo(folder.path(QStringLiteral("demo")));
    REQUIRE(demo.ok());
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openWorkbook(demo->first()));
    REQUIRE(window.showPage(QStringLiteral("catalyst")));
    auto *guide = window.findChild<QAction *>(QStringLiteral("actionUserGuide"));
    REQUIRE(guide);
    CHECK(guide->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *help = window.findChild<HelpBrowser *>(QStringLiteral("helpBrowser"));
    REQUIRE(help);
    CHECK(help->isVisible());
    CHECK(help->topic().startsWith(QStringLiteral("The Catalyst for Change")));
    const QString shown = help->browser()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Your first hour with QDF Workbench")));
    CHECK_FALSE(shown.contains(QStringLiteral("## Keys")));  // rendered, not shown as Markdown source
    CHECK_FALSE(shown.contains(QStringLiteral("![")));
    CHECK(QFile::exists(QStringLiteral(":/help/images/welcome.png")));
    help->close();
}

TEST_CASE("Every page's help topic is a heading of the user guide", "[gui][about][help]")
{
    HelpBrowser help;
    for (const char *page : {"", "care-standards", "baseline-questionnaire", "qdf-index", "plan-on-a-page", "progress",
                             "search", "catalyst", "review"}) {
        INFO(page);
        CHECK(help.showTopic(helpTopicFor(QString::fromLatin1(page))));
    }
}

TEST_CASE("F1 in a modal dialog opens the user guide over it, at the dialog's topic or its task's", "[gui][about][help]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    openShown(window, demo.first());
    const auto schedules = need(ScheduleStore(*window.workbook()).list());
    REQUIRE_FALSE(schedules.isEmpty());
    keys::Quiet quiet;
    // F1 in a dialog: the guide is a window of the dialog's (the one other window usable while it
    // is open), at its topic; Escape closes the guide, then the dialog.
    const auto f1 = [&quiet](QWidget *dialog, const QString &topic) {
        quiet.press(Qt::Key_F1);
        auto *help = dialog->findChild<HelpBrowser *>(QStringLiteral("helpBrowser"));
        if (!quiet.expect(help && help->isVisible(), QStringLiteral("F1 shows no guide over %1").arg(dialog->windowTitle())))
            return;
        quiet.expect(help->topic().startsWith(topic),
                     QStringLiteral("%1: the guide opens at \"%2\", not \"%3\"").arg(dialog->windowTitle(), help->topic(), topic));
        help->close();
    };
    keys::whenModal<ScheduleDialog>(quiet, QStringLiteral("the Schedule editor"), [&](ScheduleDialog *dialog) {
        f1(dialog, QStringLiteral("5. Draft a Schedule"));
        dialog->reject();
    });
    window.openSchedule(schedules.first().uuid);
    keys::whenModal<QFileDialog>(quiet, QStringLiteral("Sync's file dialog"), [&](QFileDialog *dialog) {
        f1(dialog, QStringLiteral("Working with the master copy"));
        dialog->reject();
    });
    for (QAction *item : window.findChild<QMenu *>(QStringLiteral("menuSync"))->actions()) {
        if (item->text() == QStringLiteral("&Import contributions…"))
            item->trigger();
    }
    // A message box from a page: the page's topic.
    REQUIRE(window.showPage(QStringLiteral("catalyst")));
    keys::whenModal<QInputDialog>(quiet, QStringLiteral("New round"), [&](QInputDialog *dialog) {
        f1(dialog, QStringLiteral("The Catalyst for Change"));
        dialog->reject();
    });
    for (QPushButton *b : window.page(QStringLiteral("catalyst"))->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("New round…"))
            b->click();
    }
    INFO(quiet.problems().join(QLatin1Char('\n')).toStdString());
    CHECK(quiet.problems().isEmpty());
}

TEST_CASE("Every dialog's help topic is a heading of the user guide", "[gui][about][help]")
{
    HelpBrowser help;
    for (const char *dialog : {"scheduleDialog", "mergeReview", "sync", "export", "newMaster", "newReviewDialog"}) {
        INFO(dialog);
        CHECK(help.showTopic(dialogHelpTopic(QString::fromLatin1(dialog))));
    }
}
