#include "TestSupport.h"

#include "gui/app/About.h"
#include "gui/app/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>

using namespace qdf::gui;

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
