#include "GuiSupport.h"
#include "TestSupport.h"

#include "core/Demo.h"
#include "core/stores/SectionStore.h"
#include "gui/app/MainWindow.h"
#include "gui/session/WorkbookSession.h"
#include "gui/sync/MergeReviewDialog.h"
#include "gui/schedule/ScheduleDialog.h"
#include "core/stores/ScheduleStore.h"
#include "ShortcutAudit.h"

#include <QAction>
#include <QApplication>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

// Every page of the navigation, each tab of its tab widgets in turn: the keys claimed twice.
QStringList clashesOnEveryPage(MainWindow &window)
{
    QStringList found;
    const auto look = [&found, &window](const QString &where) {
        QApplication::processEvents();
        for (const QString &clash : ambiguous(keyClaims(&window)))
            found << QStringLiteral("%1 — %2").arg(where, clash);
    };
    look(QStringLiteral("no page"));
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    REQUIRE(tree);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QString key = tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
        REQUIRE(window.showPage(key));
        look(key);
        for (QTabWidget *tabs : window.page(key)->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                look(QStringLiteral("%1, tab %2").arg(key, tabs->tabText(t)));
            }
        }
    }
    found.removeDuplicates();
    return found;
}

} // namespace

TEST_CASE("No key is claimed twice in the window: on every page and tab, the actions, menus, tabs and buttons",
          "[gui][shortcuts]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QStringList empty = ambiguous(keyClaims(&window));
    INFO(empty.join(QLatin1Char('\n')).toStdString());
    CHECK(empty.isEmpty());
    for (const QString &path : {demo[0], demo[1]}) {
        REQUIRE(window.openWorkbook(path));
        const QStringList found = clashesOnEveryPage(window);
        INFO(path.toStdString() << "\n" << found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
    }
    const QStringList inMenus = ambiguousInMenus(&window);
    INFO(inMenus.join(QLatin1Char('\n')).toStdString());
    CHECK(inMenus.isEmpty());
}

TEST_CASE("The merge review and the Schedule editor claim no key twice", "[gui][shortcuts]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkbook(demo[0]));
    MergeReviewDialog review(*window.workbook(), {}, &window);
    review.show();
    REQUIRE(QTest::qWaitForWindowExposed(&review));
    for (int tab : {0, 1}) {
        review.showTab(tab);
        QApplication::processEvents();
        const QStringList found = ambiguous(keyClaims(&review));
        INFO(found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
    }
    review.close();
    auto schedules = need(ScheduleStore(*window.workbook()).list());
    REQUIRE_FALSE(schedules.isEmpty());
    ScheduleDialog schedule(*window.session(), schedules.first().uuid, &window);
    schedule.show();
    REQUIRE(QTest::qWaitForWindowExposed(&schedule));
    for (int tab : {0, 1, 2}) {
        schedule.showTab(tab);
        QApplication::processEvents();
        const QStringList found = ambiguous(keyClaims(&schedule));
        INFO(found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
    }
}

namespace {
QStringList g_warnings;
void keepWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtWarningMsg)
        g_warnings << message;
}
} // namespace

TEST_CASE("Redo by keyboard outside an answer box: Ctrl+Shift+Z and Ctrl+Y both redo, with no ambiguous overload",
          "[gui][shortcuts][undo]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openWorkbook(demo[1]));
    const Question q = need(SectionStore(*window.workbook()).question(QStringLiteral("care-standards"), QStringLiteral("reason")));
    REQUIRE(window.session()->setAnswer(q, QString(), QStringLiteral("Typed once")));
    QUndoStack *stack = window.session()->undoStack();
    // Every standard key of the desktop, each once (a standard key made into one QKeySequence
    // keeps only its first binding: on X11 that lost Ctrl+Y and listed Ctrl+Shift+Z twice).
    auto *undoAction = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redoAction = window.findChild<QAction *>(QStringLiteral("actionRedo"));
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Undo))
        CHECK(undoAction->shortcuts().count(key) == 1);
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        CHECK(redoAction->shortcuts().count(key) == 1);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)})
        CHECK(redoAction->shortcuts().count(key) == 1);
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    tree->setFocus();
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepWarnings);
    for (const QKeyCombination redo : {QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z),
                                       QKeyCombination(Qt::ControlModifier, Qt::Key_Y)}) {
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        CHECK(stack->index() == 0);
        QTest::keyClick(tree, redo.key(), redo.keyboardModifiers());
        INFO(QKeySequence(redo).toString().toStdString());
        CHECK(stack->index() == 1);
    }
    qInstallMessageHandler(previous);
    INFO(g_warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(g_warnings.filter(QStringLiteral("Ambiguous")).isEmpty());
}
