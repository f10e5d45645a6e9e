#include "GuiSupport.h"
#include "TestSupport.h"

#include "core/Demo.h"
#include "gui/app/MainWindow.h"
#include "gui/app/Settings.h"
#include "gui/app/WelcomePage.h"

#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

void setRecent(const QStringList &paths)
{
    QSettings().remove(QStringLiteral("files/recent"));
    for (auto it = paths.crbegin(); it != paths.crend(); ++it)
        settings::addRecentFile(*it);
}

} // namespace

TEST_CASE("With no workbook open the window shows the ways in: recent workbooks, the demo, join, start and open",
          "[gui][welcome]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    setRecent({demo[1], folder.path(QStringLiteral("moved-away.qdf")), demo[0]});
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    WelcomePage *welcome = window.welcomePage();
    REQUIRE(welcome);
    CHECK(welcome->isVisible());
    CHECK_FALSE(window.findChild<QTreeWidget *>(QStringLiteral("navigation"))->isVisible());
    for (const char *name : {"welcomeDemo", "welcomeJoin", "welcomeNew", "welcomeOpen"}) {
        INFO(name);
        auto *button = welcome->findChild<QPushButton *>(QString::fromLatin1(name));
        REQUIRE(button);
        CHECK(button->isVisible());
        CHECK_FALSE(button->accessibleDescription().isEmpty());  // what it is for, not just its label
    }
    CHECK(welcome->findChild<QPushButton *>(QStringLiteral("welcomeJoin"))->text().contains(QStringLiteral("Join")));
    // The recent workbooks still there, most recent first; one that moved away is left out.
    QListWidget *recent = welcome->recentList();
    REQUIRE(recent->count() == 2);
    CHECK(recent->item(0)->text().contains(QFileInfo(demo[1]).fileName()));
    CHECK(recent->item(1)->text().contains(QFileInfo(demo[0]).fileName()));
    Q_EMIT recent->itemActivated(recent->item(1));
    REQUIRE(window.workbook());
    CHECK(window.workbook()->path() == demo[0]);
    CHECK_FALSE(welcome->isVisible());
    CHECK(window.findChild<QTreeWidget *>(QStringLiteral("navigation"))->isVisible());

    // File › Close Workbook comes back to it.
    auto *close = window.findChild<QAction *>(QStringLiteral("actionClose"));
    REQUIRE(close);
    close->trigger();
    CHECK_FALSE(window.workbook());
    CHECK(welcome->isVisible());
    CHECK(welcome->recentList()->item(0)->text().contains(QFileInfo(demo[0]).fileName()));
}

TEST_CASE("Open the demo programme makes the shipped demo in a folder of the user's and opens its master copy",
          "[gui][welcome]")
{
    Folder folder;
    MainWindow window;
    const QString where = folder.path(QStringLiteral("app-data/demo"));
    REQUIRE(window.openDemoProgramme(where));
    REQUIRE(window.workbook());
    CHECK(window.workbook()->isMaster());
    CHECK(window.workbook()->path().startsWith(where));
    CHECK(QDir(where).entryList({QStringLiteral("*.qdf")}).size() == 4);
    // Where it goes by default: the user's own data folder, never beside the program.
    CHECK(defaultDemoFolder().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    // A second time it opens the same files again (what was tried there stays).
    REQUIRE(window.closeWorkbook());
    REQUIRE(window.openDemoProgramme(where));
    CHECK(window.bannerText().isEmpty());
}

TEST_CASE("The last workbook reopens when the program starts, unless that is turned off on the welcome page",
          "[gui][welcome]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    setRecent({demo[2]});
    settings::setReopenLastWorkbook(true);
    {
        MainWindow window;
        CHECK(window.reopenLastWorkbook());
        REQUIRE(window.workbook());
        CHECK(window.workbook()->path() == demo[2]);
    }
    {
        MainWindow window;
        auto *reopen = window.welcomePage()->findChild<QCheckBox *>(QStringLiteral("welcomeReopen"));
        REQUIRE(reopen);
        CHECK(reopen->isChecked());  // on by default
        reopen->click();
    }
    CHECK_FALSE(settings::reopenLastWorkbook());
    {
        MainWindow window;
        CHECK_FALSE(window.reopenLastWorkbook());
        CHECK_FALSE(window.workbook());
    }
    settings::setReopenLastWorkbook(true);
    QFile::remove(demo[2]);
    {
        MainWindow window;
        CHECK_FALSE(window.reopenLastWorkbook());  // gone: the welcome page, and a word in the status bar
        CHECK(window.bannerText().isEmpty());
    }
}
