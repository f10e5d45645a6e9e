// Typing that only a pause, Enter or a button would have saved: notes and targets in table
// cells, action sheets, working examples. Closing the window, undo and another page save it
// first; Escape and Close save it; nothing typed is dropped without asking.

#include "GuiSupport.h"
#include "TestSupport.h"

#include "core/actions/ActionStore.h"
#include "core/catalyst/CatalystStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/SectionStore.h"
#include "gui/actions/ActionSheetDialog.h"
#include "gui/app/Ask.h"
#include "gui/app/MainWindow.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/catalyst/FinalScoresTable.h"
#include "gui/catalyst/GroupView.h"
#include "gui/section/TextDialog.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/session/WorkbookSession.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

const QString kElement = QStringLiteral("building-partnerships-1");

// Opens the cell's editor and types into it, as a person does, without pressing Enter.
void typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    REQUIRE(table->viewport()->isAncestorOf(editor));
    QTest::keyClicks(editor, text);
    REQUIRE_FALSE(table->item(row, column)->text().contains(text));  // only in the editor so far
}

QString newWorkbookWithRound(const Folder &folder)
{
    const QString path = folder.path(QStringLiteral("m.qdf"));
    auto wb = need(createMaster(path, kProducer, QStringLiteral("Catalyst")));
    catalyst::CatalystStore store(*wb);
    const auto round = need(store.addRound(QStringLiteral("Spring"), QString()));
    need(store.rate(round, QStringLiteral("Ann"), kElement, 2));
    need(store.agree(round, kElement, 2));
    return path;
}

Action addedAction(MainWindow &window)
{
    Action draft;
    draft.subjectKey = QStringLiteral("understanding-the-market");
    draft.achieve = QStringLiteral("A market position statement");
    const QString uuid = AssessmentEdits(*window.session()).addAction(QStringLiteral("Spring"), draft);
    REQUIRE_FALSE(uuid.isEmpty());
    return need(ActionStore(*window.workbook()).byUuid(uuid));
}

const Subjects kSubjects{{QStringLiteral("understanding-the-market"), QStringLiteral("Understanding the market")}};

} // namespace

TEST_CASE("A note of the discussion typed in its cell is saved when the window closes, a target when the page changes",
          "[gui][pending]")
{
    Folder folder;
    const QString path = newWorkbookWithRound(folder);
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openWorkbook(path));
        CatalystPage *page = catalystPage(window);

        REQUIRE(page->showView(QStringLiteral("final")));
        typeInCell(page->finalScores(), 0, FinalScoresTable::kTargetColumn, QStringLiteral("A joint board by June"));
        REQUIRE(window.showPage(QStringLiteral("activities")));  // another page: the target is saved first
        catalyst::CatalystStore store(*window.workbook());
        const auto round = need(store.round(QStringLiteral("Spring")));
        CHECK(need(store.targets(round)).value(QStringLiteral("building-partnerships")) == QStringLiteral("A joint board by June"));

        page = catalystPage(window);
        REQUIRE(page->showView(QStringLiteral("group")));
        GroupView *group = page->groupTable();
        REQUIRE(group->elementAt(0) == kElement);
        typeInCell(group, 0, group->column(GroupView::Column::Note), QStringLiteral("Ann had not seen the minutes"));
        REQUIRE(window.close());  // with the cell still open
    }
    auto wb = need(Workbook::open(path));
    catalyst::CatalystStore store(*wb);
    const auto round = need(store.round(QStringLiteral("Spring")));
    CHECK(need(store.agreedNotes(round)).value(kElement) == QStringLiteral("Ann had not seen the minutes"));
    CHECK(need(store.agreed(round)).value(kElement) == 2);
}

TEST_CASE("Undo with a note still open in its cell saves the note first and undoes that, not the step before", "[gui][pending]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = need(createMaster(path, kProducer, QStringLiteral("Catalyst")));
        catalyst::CatalystStore store(*wb);
        need(store.rate(need(store.addRound(QStringLiteral("Spring"), QString())), QStringLiteral("Ann"), kElement, 2));
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openWorkbook(path));
    CatalystPage *page = catalystPage(window);
    REQUIRE(page->showView(QStringLiteral("group")));
    GroupView *group = page->groupTable();
    // The level agreed by keyboard, as in the scoring grid: the row's digit.
    group->setCurrentCell(0, group->column(GroupView::Column::Agreed));
    QTest::keyClick(group, '2');
    typeInCell(group, 0, group->column(GroupView::Column::Note), QStringLiteral("Ann had not seen the minutes"));
    window.undo();  // the toolbar's Undo: the cell keeps the focus
    catalyst::CatalystStore store(*window.workbook());
    const auto round = need(store.round(QStringLiteral("Spring")));
    CHECK(need(store.agreed(round)).value(kElement) == 2);  // the level agreed before the note stays
    window.redo();
    CHECK(need(store.agreedNotes(round)).value(kElement) == QStringLiteral("Ann had not seen the minutes"));
}

TEST_CASE("An action sheet saves what was typed on Escape, and undo takes it back", "[gui][pending][actions]")
{
    Folder folder;
    MainWindow window;
    REQUIRE(window.openWorkbook(newWorkbookWithRound(folder)));
    const Action before = addedAction(window);
    {
        ActionSheetDialog sheet(*window.session(), kSubjects, [](const Action &) { return QString(); }, &window);
        sheet.setAction(before);
        sheet.show();
        CHECK(sheet.saveState().contains(QStringLiteral("All changes saved")));
        sheet.achieveField()->setFocus();
        sheet.achieveField()->end(false);
        QTest::keyClicks(sheet.achieveField(), QStringLiteral(", agreed with providers"));
        CHECK(sheet.hasUnsavedChanges());
        CHECK(sheet.saveState().contains(QStringLiteral("Unsaved")));
        QTest::keyClick(&sheet, Qt::Key_Escape);  // what used to be Cancel
        CHECK_FALSE(sheet.isVisible());
    }
    CHECK(need(ActionStore(*window.workbook()).byUuid(before.uuid)).achieve
          == QStringLiteral("A market position statement, agreed with providers"));
    window.undo();
    CHECK(need(ActionStore(*window.workbook()).byUuid(before.uuid)).achieve == QStringLiteral("A market position statement"));
}

TEST_CASE("A new action is added once it says what to achieve, a pause saves the sheet, and an untouched one adds nothing",
          "[gui][pending][actions]")
{
    Folder folder;
    MainWindow window;
    REQUIRE(window.openWorkbook(newWorkbookWithRound(folder)));
    const auto add = [&window](const Action &a) { return AssessmentEdits(*window.session()).addAction(QStringLiteral("Spring"), a); };
    const auto planSize = [&window] { return need(ActionStore(*window.workbook()).all()).size(); };
    Action draft;
    draft.subjectKey = QStringLiteral("understanding-the-market");
    {
        ActionSheetDialog untouched(*window.session(), kSubjects, add, &window);
        untouched.setAction(draft);
        untouched.show();
        untouched.close();
        CHECK_FALSE(untouched.isVisible());
    }
    CHECK(planSize() == 0);

    ActionSheetDialog sheet(*window.session(), kSubjects, add, &window);
    sheet.setAction(draft);
    sheet.show();
    sheet.achieveField()->setFocus();
    QTest::keyClicks(sheet.achieveField(), QStringLiteral("A shared market position statement"));
    QTRY_VERIFY_WITH_TIMEOUT(!sheet.hasUnsavedChanges(), 5000);  // the pause
    CHECK(sheet.saveState().contains(QStringLiteral("All changes saved")));
    REQUIRE(planSize() == 1);
    QTest::keyClicks(sheet.achieveField(), QStringLiteral(" by June"));
    sheet.close();  // the same action, edited: not a second one
    const auto plan = need(ActionStore(*window.workbook()).all());
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].achieve == QStringLiteral("A shared market position statement by June"));
    CHECK(plan[0].contextUuid == need(catalyst::CatalystStore(*window.workbook()).round(QStringLiteral("Spring"))).uuid);
}

TEST_CASE("An action sheet that cannot be saved asks before closing, and keeps the typing if told to", "[gui][pending][actions]")
{
    Folder folder;
    const QString path = newWorkbookWithRound(folder);
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    const Action before = addedAction(window);
    ActionSheetDialog sheet(*window.session(), kSubjects, [](const Action &) { return QString(); }, &window);
    sheet.setAction(before);
    sheet.show();
    QFile::rename(path, path + QStringLiteral(".away"));  // the file goes missing under the window
    sheet.achieveField()->setFocus();
    QTest::keyClicks(sheet.achieveField(), QStringLiteral(" now"));
    ask::setNextAnswer(QMessageBox::Cancel);
    sheet.reject();
    CHECK(sheet.isVisible());
    CHECK(sheet.achieveField()->text().endsWith(QStringLiteral(" now")));
    CHECK(sheet.saveState().contains(QStringLiteral("Not saved")));
    QFile::rename(path + QStringLiteral(".away"), path);
    sheet.reject();  // the file is back: saved, and closed without a question
    CHECK_FALSE(sheet.isVisible());
    CHECK(need(ActionStore(*window.workbook()).byUuid(before.uuid)).achieve.endsWith(QStringLiteral(" now")));

    // Clearing what to achieve cannot be saved either: the sheet says why, and asks.
    ActionSheetDialog cleared(*window.session(), kSubjects, [](const Action &) { return QString(); }, &window);
    cleared.setAction(need(ActionStore(*window.workbook()).byUuid(before.uuid)));
    cleared.show();
    cleared.achieveField()->setFocus();
    cleared.achieveField()->selectAll();
    QTest::keyClick(cleared.achieveField(), Qt::Key_Delete);
    ask::setNextAnswer(QMessageBox::Discard);
    cleared.reject();
    CHECK_FALSE(cleared.isVisible());
    CHECK_FALSE(need(ActionStore(*window.workbook()).byUuid(before.uuid)).achieve.isEmpty());
}

TEST_CASE("Editing a working example saves as one types and on Escape, and a new one asks before its text is thrown away",
          "[gui][pending]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("Examples")));
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    const Section activities = need(SectionStore(*window.workbook()).byKey(QStringLiteral("activities")));
    REQUIRE(window.session()->addExample(activities.id, QStringLiteral("Night sitting"), QStringLiteral("Evenings.")));
    const WorkingExample example = need(MaterialStore(*window.workbook()).examples(activities.id)).first();
    {
        TextDialog dialog(QStringLiteral("Edit working example"), &window);
        dialog.setValues(example.title, example.body);
        dialog.saveAsYouType(*window.session(), QStringLiteral("the example"), [&window, example](const QString &t, const QString &b) {
            return window.session()->editExample(example, t, b);
        });
        dialog.show();
        dialog.bodyEdit()->setFocus();
        dialog.bodyEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(dialog.bodyEdit(), QStringLiteral(" And weekends."));
        CHECK(dialog.saveState().contains(QStringLiteral("Unsaved")));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
    }
    CHECK(need(MaterialStore(*window.workbook()).examples(activities.id)).first().body == QStringLiteral("Evenings. And weekends."));

    TextDialog fresh(QStringLiteral("Add working example"), &window);
    fresh.show();
    fresh.bodyEdit()->setFocus();
    QTest::keyClicks(fresh.bodyEdit(), QStringLiteral("A day centre"));
    ask::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(&fresh, Qt::Key_Escape);
    CHECK(fresh.isVisible());  // kept, as asked
    CHECK(fresh.body() == QStringLiteral("A day centre"));
    ask::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(&fresh, Qt::Key_Escape);
    CHECK_FALSE(fresh.isVisible());
}

