#include "GuiSupport.h"
#include "TestSupport.h"

#include "core/catalyst/CatalystStore.h"
#include "gui/app/MainWindow.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/actions/ActionPlanView.h"
#include "gui/actions/ActionSheetDialog.h"
#include "gui/catalyst/CatalystCharts.h"
#include "gui/catalyst/DetailedAssessment.h"
#include "gui/catalyst/EntryGrid.h"
#include "gui/catalyst/FinalScoresTable.h"
#include "gui/catalyst/GroupView.h"
#include "gui/catalyst/ScoringGrid.h"
#include "gui/catalyst/WorkshopClock.h"
#include "gui/catalyst/WorkshopTimer.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/session/WorkbookSession.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLineEdit>

#include <QComboBox>
#include <QTableWidget>
#include <QTest>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

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
    GroupView *group = page->groupTable();
    page->tabs()->setCurrentWidget(group);
    REQUIRE(group->rowCount() == 2);
    CHECK(group->item(0, 0)->text().startsWith(QStringLiteral("Market intelligence")));
    // Everyone's level side by side, then the spread.
    CHECK(group->horizontalHeaderItem(group->column(GroupView::Column::FirstParticipant))->text() == QStringLiteral("Ann"));
    CHECK(group->item(0, group->column(GroupView::Column::FirstParticipant) + 1)->text() == QStringLiteral("4"));
    CHECK(group->item(0, group->column(GroupView::Column::Spread))->text() == QStringLiteral("1–4"));
    // On the projector nobody is named.
    page->setPresenting(true);
    CHECK(group->horizontalHeaderItem(group->column(GroupView::Column::FirstParticipant))->text() == QStringLiteral("Person\nA"));
    CHECK(group->horizontalHeaderItem(group->column(GroupView::Column::FirstParticipant) + 1)->text() == QStringLiteral("Person\nB"));
    page->setPresenting(false);

    FinalScoresTable *final = page->finalScores();
    page->tabs()->setCurrentWidget(final->parentWidget());
    CHECK(final->item(2, 1)->text() == QStringLiteral("incomplete"));
    // The group agrees the fifth element: 4 x 4 + 2 = 18, "Sustaining high performance" (18-20).
    REQUIRE(AssessmentEdits(*window.session()).agree(QStringLiteral("Spring"), QStringLiteral("maximising-use-of-resources-5"), 2, {}));
    CHECK(final->item(2, 1)->text() == QStringLiteral("18"));
    CHECK(final->item(2, 5)->text().endsWith(QStringLiteral("✓")));
    CHECK_FALSE(final->item(2, 4)->text().endsWith(QStringLiteral("✓")));
    CHECK(page->systemSummary().contains(QStringLiteral("Average element score 3.6 of 4")));
    // The only complete driver is not "weakest" of one; the average says what it leaves out.
    CHECK_FALSE(page->systemSummary().contains(QStringLiteral("Weakest")));
    CHECK(page->systemSummary().contains(QStringLiteral("5 of the 6 drivers are not complete yet")));
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
    page->tabs()->setCurrentWidget(page->detailed());
    page->detailed()->showElement(QStringLiteral("building-partnerships-5"));
    const QString text = page->detailed()->html();
    CHECK(text.contains(QStringLiteral("Ability to manage and resolve conflict across the system")));
    CHECK(text.contains(QStringLiteral("agreed level 1, Consolidating the basics")));
    CHECK(text.contains(QStringLiteral("To move on to “Thinking differently”")));
    CHECK(text.contains(QStringLiteral("Ensure that there is an effective customer complaints policy")));  // level 1 approach
    CHECK(text.contains(QStringLiteral("The mutual dependency of purchasers and providers is acknowledged")));  // level 4 indicator
    CHECK(text.contains(QStringLiteral("current level")));
}

TEST_CASE("The group records a note of the discussion once a level is agreed, and undo takes it back", "[gui][catalyst]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = need(createMaster(path, kProducer, QStringLiteral("Catalyst")));
        catalyst::CatalystStore store(*wb);
        const auto round = need(store.addRound(QStringLiteral("Spring"), QString()));
        need(store.rate(round, QStringLiteral("Ann"), QStringLiteral("building-partnerships-1"), 1));
        need(store.rate(round, QStringLiteral("Bob"), QStringLiteral("building-partnerships-1"), 3));
    }
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    CatalystPage *page = catalystPage(window);
    GroupView *group = page->groupTable();
    page->tabs()->setCurrentWidget(group);
    const int note = group->column(GroupView::Column::Note);
    CHECK_FALSE(group->item(0, note)->flags().testFlag(Qt::ItemIsEditable));  // nothing agreed yet
    // The level agreed by keyboard, as in the scoring grid: the row's digit.
    group->setCurrentCell(0, group->column(GroupView::Column::Agreed));
    QTest::keyClick(group, '2');
    REQUIRE(group->item(0, note)->flags().testFlag(Qt::ItemIsEditable));
    group->item(0, note)->setText(QStringLiteral("Ann had not seen the joint board minutes"));
    catalyst::CatalystStore store(*window.workbook());
    const auto round = need(store.round(QStringLiteral("Spring")));
    CHECK(need(store.agreed(round)).value(QStringLiteral("building-partnerships-1")) == 2);
    CHECK(need(store.agreedNotes(round)).value(QStringLiteral("building-partnerships-1"))
          == QStringLiteral("Ann had not seen the joint board minutes"));
    window.undo();
    CHECK(need(store.agreedNotes(round)).value(QStringLiteral("building-partnerships-1")).isEmpty());
    CHECK(need(store.agreed(round)).value(QStringLiteral("building-partnerships-1")) == 2);
}

TEST_CASE("The facilitator enters a participant's scores in the grid by keyboard and sees their driver total",
          "[gui][catalyst]")
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
    EntryGrid *grid = page->entryGrid();
    page->tabs()->setCurrentWidget(grid->parentWidget());
    REQUIRE(grid->addParticipant(QStringLiteral("Ann")));
    REQUIRE(grid->addParticipant(QStringLiteral("Bob")));
    CHECK_FALSE(grid->addParticipant(QStringLiteral("Ann")));  // one column each
    REQUIRE(grid->columnCount() == 3);
    grid->setFocus();
    grid->setCurrentCell(1, 2);  // Bob, the first element of Building partnerships
    for (const char key : {'2', '2', '3', '1', '4'})
        QTest::keyClick(grid, key);
    CHECK(grid->item(0, 2)->text() == QStringLiteral("12"));  // the driver's row: 2 + 2 + 3 + 1 + 4
    CHECK(grid->item(0, 1)->text() == QStringLiteral("0 of 5"));
    catalyst::CatalystStore store(*window.workbook());
    const auto round = need(store.round(QStringLiteral("Workshop 1")));
    CHECK(need(store.ratingsByParticipant(round)).value(QStringLiteral("Bob")).value(QStringLiteral("building-partnerships-5")) == 4);
    // Delete clears a score; the total becomes incomplete again.
    grid->setCurrentCell(5, 2);
    QTest::keyClick(grid, Qt::Key_Delete);
    CHECK(grid->item(0, 2)->text() == QStringLiteral("4 of 5"));
    CHECK(need(store.ratingsByParticipant(round)).value(QStringLiteral("Bob")).size() == 4);
}

TEST_CASE("An action with its detailed sheet joins the plan, can be edited, removed and brought back", "[gui][catalyst][actions]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = need(createMaster(path, kProducer, QStringLiteral("Catalyst")));
        need(catalyst::CatalystStore(*wb).addRound(QStringLiteral("Spring"), QString()));
    }
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    CatalystPage *page = catalystPage(window);
    ActionPlanView *plan = page->actionPlan();
    page->tabs()->setCurrentWidget(plan);

    // The sheet as a person fills it in.
    ActionSheetDialog sheet(*window.session(), {{QStringLiteral("understanding-the-market"), QStringLiteral("Understanding the market")}},
                            [&window](const Action &a) { return AssessmentEdits(*window.session()).addAction(QStringLiteral("Spring"), a); });
    Action draft;
    draft.subjectKey = QStringLiteral("understanding-the-market");
    sheet.setAction(draft);
    sheet.achieveField()->setText(QStringLiteral("A shared market position statement"));
    sheet.reviewPoints()->setRowCount(1);
    sheet.reviewPoints()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("June 2027")));
    sheet.reviewPoints()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("Draft agreed by the board")));
    const Action filled = sheet.action();
    CHECK(filled.reviewPoints.size() == 1);

    REQUIRE(sheet.saveNow());  // as after a pause in typing: the new action joins the plan
    const QString uuid = sheet.action().uuid;
    REQUIRE_FALSE(uuid.isEmpty());
    REQUIRE(plan->table()->rowCount() == 1);
    CHECK(plan->table()->item(0, 0)->text() == QStringLiteral("Understanding the market"));
    CHECK(plan->table()->item(0, 1)->text() == QStringLiteral("A shared market position statement"));

    Action edited = *plan->currentAction();
    CHECK(edited.reviewPoints.value(0).expected == QStringLiteral("Draft agreed by the board"));
    edited.lead = QStringLiteral("Head of commissioning");
    edited.steps = QStringList{QStringLiteral("Map providers"), QStringLiteral("Talk to users")};
    REQUIRE(AssessmentEdits(*window.session()).updateAction(edited));
    CHECK(plan->table()->item(0, 3)->text() == QStringLiteral("1. Map providers\n2. Talk to users"));
    CHECK(need(ActionStore(*window.workbook()).byUuid(uuid)).lead == QStringLiteral("Head of commissioning"));

    REQUIRE(AssessmentEdits(*window.session()).removeAction(uuid));
    CHECK(plan->table()->rowCount() == 0);
    window.undo();
    REQUIRE(plan->table()->rowCount() == 1);
    const Action back = need(ActionStore(*window.workbook()).byUuid(uuid));
    CHECK(back.lead == QStringLiteral("Head of commissioning"));
    CHECK(back.reviewPoints.size() == 1);
}

TEST_CASE("The charts show the agreed totals on a radar beside a participant's, and each round's totals", "[gui][catalyst]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = need(createMaster(path, kProducer, QStringLiteral("Catalyst")));
        catalyst::CatalystStore store(*wb);
        const auto spring = need(store.addRound(QStringLiteral("Spring"), QString()));
        const auto autumn = need(store.addRound(QStringLiteral("Autumn"), QString()));
        for (const catalyst::Element &e : catalyst::Pack::shipped().drivers[0].elements) {
            need(store.agree(spring, e.key, 2));
            need(store.agree(autumn, e.key, 3));
            need(store.rate(autumn, QStringLiteral("Ann"), e.key, 4));
        }
    }
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    CatalystPage *page = catalystPage(window);
    CatalystCharts *charts = page->charts();
    page->tabs()->setCurrentWidget(charts);
    auto *agreed = qobject_cast<QLineSeries *>(charts->radar()->chart()->series().first());
    REQUIRE(agreed);
    CHECK(agreed->at(0).y() == 15);  // Building partnerships, 5 x 3, in Autumn (the current round)
    CHECK(agreed->count() == 7);      // six drivers and back to the first
    // At first the round before this one is beside it.
    REQUIRE(charts->radar()->chart()->series().size() == 2);
    CHECK(charts->comparison()->currentText() == QStringLiteral("Round: Spring"));
    charts->comparison()->setCurrentIndex(0);
    REQUIRE(charts->radar()->chart()->series().size() == 1);
    charts->comparison()->setCurrentIndex(charts->comparison()->findText(QStringLiteral("Ann")));
    REQUIRE(charts->radar()->chart()->series().size() == 2);
    CHECK(qobject_cast<QLineSeries *>(charts->radar()->chart()->series().at(1))->at(0).y() == 20);
    charts->comparison()->setCurrentIndex(charts->comparison()->findText(QStringLiteral("Round: Spring")));
    CHECK(qobject_cast<QLineSeries *>(charts->radar()->chart()->series().at(1))->at(0).y() == 10);

    auto *bars = qobject_cast<QHorizontalBarSeries *>(charts->history()->chart()->series().first());
    REQUIRE(bars);
    REQUIRE(bars->count() == 2);  // one set per round, oldest first
    CHECK(bars->barSets().at(0)->label() == QStringLiteral("Spring"));
    CHECK(bars->barSets().at(1)->at(5) == 15);  // the first driver is drawn at the top
}

TEST_CASE("The workshop timer gives each driver five minutes, stands still when paused and counts the overrun",
          "[gui][catalyst]")
{
    qint64 now = 0;  // milliseconds, moved on by hand: no waiting
    WorkshopClock clock;
    clock.setSource([&now] { return now; });
    WorkshopTimer timer(clock);
    CHECK(timer.display() == QStringLiteral("05:00"));
    CHECK_FALSE(clock.isRunning());
    CHECK_FALSE(clock.isStarted());
    clock.toggle();
    CHECK(clock.isRunning());
    now += 61'000;
    Q_EMIT clock.changed();  // the quarter-second tick
    CHECK(timer.display() == QStringLiteral("03:59"));
    clock.toggle();
    now += 120'000;
    CHECK(clock.secondsLeft() == WorkshopClock::kSecondsPerDriver - 61);  // a paused clock stands still
    CHECK(clock.isStarted());
    clock.toggle();
    now += 300'000;
    Q_EMIT clock.changed();
    CHECK(timer.display() == QStringLiteral("+01:01"));  // overrun, counted on
    clock.nextDriver();
    CHECK(clock.driverIndex() == 1);
    CHECK(timer.display() == QStringLiteral("05:00"));
    clock.reset();
    CHECK(clock.driverIndex() == 0);
    CHECK_FALSE(clock.isStarted());
}
