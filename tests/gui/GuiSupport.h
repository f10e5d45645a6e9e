#pragma once

// Helpers for the GUI tests: reaching the window's pages and editors as a person would.

#include "TestSupport.h"

#include "core/Demo.h"
#include "gui/app/MainWindow.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/section/SectionPage.h"

#include "core/WorkbookCreation.h"
#include "core/catalyst/CatalystStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

#include <QTest>

#include <catch2/catch.hpp>

#include <tuple>

namespace qdf::test {

// The demo programme built into `folder`/demo: its master first, then the three participants.
inline QStringList demoIn(const Folder &folder)
{
    auto paths = buildDemo(folder.path(QStringLiteral("demo")));
    INFO(paths.error().message.toStdString());
    REQUIRE(paths.ok());
    return *paths;
}

// Shows a section's page (as clicking it in the navigation does) and returns it.
inline gui::SectionPage *sectionPage(gui::MainWindow &window, const char *key)
{
    REQUIRE(window.showPage(QString::fromLatin1(key)));
    auto *page = qobject_cast<gui::SectionPage *>(window.page(QString::fromLatin1(key)));
    REQUIRE(page);
    return page;
}

// Shows the Catalyst for Change page and returns it.
inline gui::CatalystPage *catalystPage(gui::MainWindow &window)
{
    REQUIRE(window.showPage(QStringLiteral("catalyst")));
    auto *page = qobject_cast<gui::CatalystPage *>(window.page(QStringLiteral("catalyst")));
    REQUIRE(page);
    return page;
}

// The window as a person meets it: shown at 1280x800 and active (so the focus and the keys
// work), with the workbook at `path` open.
inline void openShown(gui::MainWindow &window, const QString &path)
{
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openWorkbook(path));
}

// A master at `path` with the round "Spring" and these ratings (participant, element, level).
inline void masterWithRatings(const QString &path, const QVector<std::tuple<QString, QString, int>> &ratings)
{
    auto wb = createMaster(path, {QStringLiteral("Rhian Morgan"), QStringLiteral("Production team"), {}}, QStringLiteral("Catalyst"));
    REQUIRE(wb);
    catalyst::CatalystStore store(**wb);
    const auto round = store.addRound(QStringLiteral("Spring"), QString());
    REQUIRE(round);
    for (const auto &[who, element, level] : ratings)
        REQUIRE(store.rate(*round, who, element, level));
}

// A master at `path` with one draft Schedule in Activities; its uuid.
inline QString masterWithSchedule(const QString &path)
{
    auto wb = createMaster(path, {QStringLiteral("Rhian Morgan"), QStringLiteral("Production team"), {}}, QStringLiteral("Schedules"));
    REQUIRE(wb);
    const auto section = SectionStore(**wb).byKey(QStringLiteral("activities"));
    REQUIRE(section);
    const auto schedule = ScheduleStore(**wb).add(section->id, QStringLiteral("Visits"), QStringLiteral("Nurses visit."));
    REQUIRE(schedule);
    return schedule->uuid;
}

} // namespace qdf::test
