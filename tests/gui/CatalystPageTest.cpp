#include "TestSupport.h"

#include "core/catalyst/CatalystStore.h"
#include "gui/app/MainWindow.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/catalyst/DetailedAssessment.h"
#include "gui/catalyst/ScoringGrid.h"
#include "gui/session/WorkbookSession.h"

#include <QComboBox>
#include <QTableWidget>
#include <QTest>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

CatalystPage *catalystPage(MainWindow &window)
{
    REQUIRE(window.showPage(QStringLiteral("catalyst")));
    auto *page = qobject_cast<CatalystPage *>(window.page(QStringLiteral("catalyst")));
    REQUIRE(page);
    return page;
}

} // namespace

TEST_CASE("A participant rates a whole driver with the keys 1-4 and sees its total and band", "[gui][catalyst]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("Catalyst")));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openWorkbook(path));
    CatalystPage *page = catalystPage(window);
    REQUIRE(page->addRound(QStringLiteral("Workshop 1"), QStringLiteral("2027-03-02")));
    ScoringGrid *grid = page->grid();
    CHECK(grid->driverSummary(QStringLiteral("building-partnerships")).contains(QStringLiteral("incomplete (0 of 5")));
    grid->setFocus();
    grid->setCurrentCell(1, 1);  // the first element of Building partnerships
    for (const char key : {'3', '4', '3', '3', '2'})  // each key moves on to the next element
        QTest::keyClick(grid, key);
    CHECK(grid->driverSummary(QStringLiteral("building-partnerships")).contains(QStringLiteral("15 of 20")));
    CHECK(grid->driverSummary(QStringLiteral("building-partnerships")).contains(QStringLiteral("Developing strategically")));
    CHECK(grid->driverSummary(QStringLiteral("encouraging-innovation")).contains(QStringLiteral("incomplete")));

    // Undo reaches ratings too.
    window.undo();
    CHECK(grid->driverSummary(QStringLiteral("building-partnerships")).contains(QStringLiteral("incomplete (4 of 5")));
    window.redo();
    CHECK(grid->driverSummary(QStringLiteral("building-partnerships")).contains(QStringLiteral("15 of 20")));

    catalyst::CatalystStore store(*window.workbook());
    const auto round = need(store.round(QStringLiteral("Workshop 1")));
    const auto ratings = need(store.ratingsByParticipant(round)).value(kProducer.name);
    CHECK(ratings.value(QStringLiteral("building-partnerships-2")) == 4);
    CHECK(ratings.size() == 5);
}

TEST_CASE("The group view puts the widest disagreement first and the agreed levels fill the final scores table",
          "[gui][catalyst]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = need(createMaster(path, kProducer, QStringLiteral("Catalyst")));
        catalyst::CatalystStore store(*wb);
        const auto round = need(store.addRound(QStringLiteral("Spring"), QString()));
        need(store.rate(round, QStringLiteral("Ann"), QStringLiteral("understanding-the-market-2"), 1));
        need(store.rate(round, QStringLiteral("Bob"), QStringLiteral("understanding-the-market-2"), 4));
        need(store.rate(round, QStringLiteral("Ann"), QStringLiteral("building-partnerships-1"), 2));
        need(store.rate(round, QStringLiteral("Bob"), QStringLiteral("building-partnerships-1"), 2));
        for (int i = 1; i <= 4; ++i)
            need(store.agree(round, QStringLiteral("maximising-use-of-resources-%1").arg(i), 4));
    }
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    CatalystPage *page = catalystPage(window);
    QTableWidget *group = page->groupTable();
    REQUIRE(group->rowCount() == 2);
    CHECK(group->item(0, 0)->text().startsWith(QStringLiteral("Market intelligence")));
    CHECK(group->item(0, 2)->text() == QStringLiteral("1–4"));
    QTableWidget *final = page->finalScores();
    CHECK(final->item(2, 1)->text() == QStringLiteral("incomplete"));
    // The group agrees the fifth element: 4 x 4 + 2 = 18, "Sustaining high performance" (18-20).
    REQUIRE(window.session()->agreeElement(QStringLiteral("Spring"), QStringLiteral("maximising-use-of-resources-5"), 2));
    CHECK(final->item(2, 1)->text() == QStringLiteral("18"));
    CHECK(final->item(2, 5)->text().endsWith(QStringLiteral("✓")));
    CHECK_FALSE(final->item(2, 4)->text().endsWith(QStringLiteral("✓")));
    final->item(2, 6)->setText(QStringLiteral("Joint workforce plan"));
    catalyst::CatalystStore store(*window.workbook());
    CHECK(need(store.targets(need(store.round(QStringLiteral("Spring")))))
              .value(QStringLiteral("maximising-use-of-resources")) == QStringLiteral("Joint workforce plan"));
}

TEST_CASE("The detailed assessment shows an element's four levels and what would move it on from the agreed one",
          "[gui][catalyst]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = need(createMaster(path, kProducer, QStringLiteral("Catalyst")));
        catalyst::CatalystStore store(*wb);
        need(store.agree(need(store.addRound(QStringLiteral("Spring"), QString())), QStringLiteral("building-partnerships-5"), 1));
    }
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    CatalystPage *page = catalystPage(window);
    page->detailed()->showElement(QStringLiteral("building-partnerships-5"));
    const QString text = page->detailed()->html();
    CHECK(text.contains(QStringLiteral("Ability to manage and resolve conflict across the system")));
    CHECK(text.contains(QStringLiteral("agreed level 1, Consolidating the basics")));
    CHECK(text.contains(QStringLiteral("To move on to “Thinking differently”")));
    CHECK(text.contains(QStringLiteral("Ensure that there is an effective customer complaints policy")));  // level 1 approach
    CHECK(text.contains(QStringLiteral("The mutual dependency of purchasers and providers is acknowledged")));  // level 4 indicator
    CHECK(text.contains(QStringLiteral("current level")));
}
