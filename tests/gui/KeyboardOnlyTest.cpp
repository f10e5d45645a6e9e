// Whole tasks without the mouse: every step a key press on whatever has the focus, starting
// from the navigation, so a control Tab cannot reach or a key that does nothing fails here.
#include "GuiSupport.h"
#include "KeyDriving.h"
#include "TestSupport.h"

#include "core/actions/ActionStore.h"
#include "core/catalyst/CatalystStore.h"
#include "core/review/ReviewStore.h"
#include "gui/actions/ActionPlanView.h"
#include "gui/actions/ActionSheetDialog.h"
#include "gui/catalyst/EntryGrid.h"
#include "gui/catalyst/FinalScoresTable.h"
#include "gui/catalyst/GroupView.h"
#include "gui/catalyst/ScoringGrid.h"
#include "gui/review/ChecklistTable.h"
#include "gui/review/ItemPanel.h"
#include "gui/review/ReviewPage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;
using namespace qdf::test::keys;

namespace {

// Down the navigation to the page called `title`, then F6 into it.
void openPage(MainWindow &window, const QString &title)
{
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    REQUIRE(tree);
    if (!within(tree))
        press(Qt::Key_F6);
    REQUIRE(within(tree));
    press(Qt::Key_Home);
    for (int i = 0; i < tree->topLevelItemCount() && tree->currentItem()->text(0) != title; ++i)
        press(Qt::Key_Down);
    REQUIRE(tree->currentItem()->text(0) == title);
    press(Qt::Key_F6);
    REQUIRE_FALSE(within(tree));
}

} // namespace

TEST_CASE("A facilitator runs a whole Catalyst round by keyboard: scores, the group view agreed by digits, targets and an action",
          "[gui][keyboard][catalyst]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    masterWithRatings(path, {{QStringLiteral("Ann"), QStringLiteral("building-partnerships-1"), 1},
                                     {QStringLiteral("Bob"), QStringLiteral("building-partnerships-1"), 4},
                                     {QStringLiteral("Ann"), QStringLiteral("building-partnerships-2"), 2},
                                     {QStringLiteral("Bob"), QStringLiteral("building-partnerships-2"), 3}});
    MainWindow window;
    openShown(window, path);
    window.findChild<QTreeWidget *>(QStringLiteral("navigation"))->setFocus();  // where the window starts
    openPage(window, QStringLiteral("Catalyst for Change"));
    auto *page = qobject_cast<CatalystPage *>(window.page(QStringLiteral("catalyst")));
    REQUIRE(page);
    const QString element1 = QStringLiteral("building-partnerships-1");
    catalyst::CatalystStore store(*window.workbook());
    const auto round = need(store.round(QStringLiteral("Spring")));

    // Individual scoring: Tab into the grid, Down to the first element, 1-4 and Space.
    tabTo(page->grid());
    ScoringGrid *grid = page->grid();
    press(Qt::Key_Down);
    press(Qt::Key_Right);
    for (const int key : {Qt::Key_3, Qt::Key_4, Qt::Key_3, Qt::Key_3})
        press(key);
    press(Qt::Key_Right);  // the fifth element at level 2, chosen with Space
    REQUIRE(grid->currentRow() == 5);
    while (grid->currentColumn() > 2)
        press(Qt::Key_Left);
    while (grid->currentColumn() < 2)
        press(Qt::Key_Right);
    press(Qt::Key_Space);
    CHECK(grid->driverSummary(QStringLiteral("building-partnerships")).contains(QStringLiteral("15 of 20")));
    CHECK(grid->item(5, 2)->checkState() == Qt::Checked);
    // Tab leaves the grid (arrows moved inside it).
    press(Qt::Key_Tab);
    CHECK_FALSE(within(grid));

    // The group view: the widest spread first; digits agree the level of the current row.
    switchTab(page->tabs(), 2);
    GroupView *group = page->groupTable();
    REQUIRE(within(group));
    REQUIRE(group->elementAt(0) == element1);
    if (group->currentRow() < 0)
        press(Qt::Key_Down);
    press(Qt::Key_Home);
    REQUIRE(group->currentRow() == 0);
    press(Qt::Key_2);
    CHECK(need(store.agreed(round)).value(element1) == 2);
    // The next row by its list: over to Agreed, Return opens it, Down and Return choose.
    press(Qt::Key_Down);
    while (group->currentColumn() < group->column(GroupView::Column::Agreed))
        press(Qt::Key_Right);
    press(Qt::Key_Return);
    QTRY_VERIFY(QApplication::activePopupWidget());  // the list of levels, open to choose
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QTRY_VERIFY(within(group));
    CHECK(need(store.agreed(round)).value(QStringLiteral("building-partnerships-2")) == 3);
    // The note of the discussion: Right into it, type, Return.
    press(Qt::Key_Up);
    press(Qt::Key_Right);
    REQUIRE(group->currentColumn() == group->column(GroupView::Column::Note));
    type(QStringLiteral("Bob chairs the joint board"));
    press(Qt::Key_Return);
    CHECK(need(store.agreedNotes(round)).value(element1) == QStringLiteral("Bob chairs the joint board"));
    // Digits in the note column are typing, not levels.
    CHECK(need(store.agreed(round)).value(element1) == 2);

    // Final scores: a driver's improvement target typed in its cell.
    switchTab(page->tabs(), 3);
    FinalScoresTable *final = page->finalScores();
    REQUIRE(within(final));
    if (final->currentRow() < 0)
        press(Qt::Key_Down);
    press(Qt::Key_Home, Qt::ControlModifier);
    while (final->currentColumn() < FinalScoresTable::kTargetColumn)
        press(Qt::Key_Right);
    press(Qt::Key_F2);
    type(QStringLiteral("A joint workforce plan"));
    press(Qt::Key_Return);
    CHECK(need(store.targets(round)).value(QStringLiteral("building-partnerships")) == QStringLiteral("A joint workforce plan"));

    // The action plan: Tab to "Add action…", Space opens the sheet; typed and closed by Escape.
    switchTab(page->tabs(), 5);
    QPushButton *add = nullptr;
    for (QPushButton *b : page->actionPlan()->findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Add action")))
            add = b;
    }
    REQUIRE(add);
    tabTo(add);
    Quiet quiet;
    bool sheetSeen = false;
    whenModal<ActionSheetDialog>(quiet, QStringLiteral("the action sheet"), [&](ActionSheetDialog *sheet) {
        sheetSeen = true;
        if (!quiet.tabTo(sheet->achieveField(), QStringLiteral("the sheet's Achieve field"))) {
            sheet->reject();
            return;
        }
        quiet.press(Qt::Key_A, Qt::ControlModifier);
        quiet.type(QStringLiteral("Partners plan the workforce together"));
        quiet.press(Qt::Key_Escape);  // saves, and closes
    });
    press(Qt::Key_Space);
    CHECK(sheetSeen);
    INFO(quiet.problems().join(QLatin1Char('\n')).toStdString());
    CHECK(quiet.problems().isEmpty());
    const auto actions = need(store.snapshot(round.uuid)).actions;
    REQUIRE(actions.size() == 1);
    CHECK(actions.first().achieve == QStringLiteral("Partners plan the workforce together"));
}

TEST_CASE("A reviewer rates a checklist and notes an item by keyboard, from the navigation", "[gui][keyboard][review]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = need(createMaster(path, kProducer, QStringLiteral("Reviews")));
        review::Review draft;
        draft.title = QStringLiteral("Home care contract 2027");
        draft.subject = QStringLiteral("Home care framework contract");
        draft.subjectKind = QStringLiteral("contract");
        draft.model = 1;
        draft.checklists = {QStringLiteral("contract-management")};
        need(review::ReviewStore(*wb).create(draft));
    }
    MainWindow window;
    openShown(window, path);
    window.findChild<QTreeWidget *>(QStringLiteral("navigation"))->setFocus();
    openPage(window, QStringLiteral("Commissioning review"));
    auto *page = qobject_cast<ReviewPage *>(window.page(QStringLiteral("review")));
    REQUIRE(page);
    ChecklistTable *table = page->checklistTable();
    tabTo(table);
    if (table->currentRow() < 0)
        press(Qt::Key_Down);
    press(Qt::Key_Home, Qt::ControlModifier);
    while (table->currentColumn() < table->ratingColumn())
        press(Qt::Key_Right);
    press(Qt::Key_1);  // Met, and on to the next item
    press(Qt::Key_3);  // Not met
    CHECK(table->item(0, table->ratingColumn())->text() == QStringLiteral("Met"));
    CHECK(table->item(1, table->ratingColumn())->text() == QStringLiteral("Not met"));
    // Out of the table with Tab, on to the item panel's note, typed: saved with the rating.
    press(Qt::Key_Tab);
    CHECK_FALSE(within(table));
    tabTo(page->itemPanel()->noteEdit());
    type(QStringLiteral("No shared risk register"));
    REQUIRE(window.flushAll());
    const auto reviewed = need(review::ReviewStore(*window.workbook()).review(QStringLiteral("Home care contract 2027")));
    int noted = 0;
    for (const review::Response &r : need(review::ReviewStore(*window.workbook()).responses(reviewed)))
        noted += r.note == QStringLiteral("No shared risk register") ? 1 : 0;
    CHECK(noted == 1);
    // The summary by keyboard: Shift+Tab back to the views' tabs, along to Summary.
    switchTab(page->tabs(), 3);
    CHECK(page->tabs()->currentIndex() == 3);
}
