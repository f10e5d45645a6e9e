#pragma once

// Helpers for the GUI tests: reaching the window's pages and editors as a person would.

#include "TestSupport.h"

#include "core/Demo.h"
#include "gui/app/MainWindow.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/section/SectionPage.h"

#include <catch2/catch.hpp>

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

} // namespace qdf::test
