#include "GuiSupport.h"
#include "TestSupport.h"

#include "core/Demo.h"
#include "core/catalyst/CatalystStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/SectionStore.h"
#include "gui/app/MainWindow.h"
#include "gui/section/AnswerEditor.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/session/WorkbookSession.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScreen>
#include <QStatusBar>
#include <QTest>
#include <QUrl>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

QAction *action(MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// Drops `paths` onto the window as a file manager would; whether the window took the drop.
bool drop(MainWindow &window, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropped);
    return dropped.isAccepted();
}

} // namespace

TEST_CASE("The window fits the screen it opens on, status bar included, even from a bigger screen's geometry",
          "[gui][window]")
{
    Folder folder;  // before the window: the workbook closes before its folder goes
    const QStringList demo = demoIn(folder);
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QRect screen = window.screen()->availableGeometry();
    INFO("screen " << screen.width() << "x" << screen.height() << ", window " << window.frameGeometry().width() << "x"
                   << window.frameGeometry().height());
    CHECK(screen.contains(window.frameGeometry()));
    CHECK(window.statusBar()->isVisible());
    const QRect bar(window.statusBar()->mapToGlobal(QPoint(0, 0)), window.statusBar()->size());
    CHECK(screen.contains(bar));
    // No page asks for more height than the screen has (a page's minimum size would grow the
    // window and push the status bar off the screen). The offscreen screen is 800 wide, narrower
    // than any laptop's; the widest page (the Catalyst grid) needs about 900.
    REQUIRE(window.openWorkbook(demo[0]));
    for (const char *page : {"care-standards", "qdf-index", "plan-on-a-page", "catalyst", "review", "progress", "search"}) {
        INFO(page << ": window " << window.frameGeometry().width() << "x" << window.frameGeometry().height());
        REQUIRE(window.showPage(QString::fromLatin1(page)));
        QApplication::processEvents();
        CHECK(window.frameGeometry().top() >= screen.top());
        CHECK(window.frameGeometry().bottom() <= screen.bottom());
    }
}

TEST_CASE("The title bar names the file and marks it while typing is not saved yet", "[gui][window]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkbook(demo[1]));
    const QString title = window.windowTitle();
    CHECK(title.contains(QFileInfo(demo[1]).fileName()));
    CHECK(title.contains(QStringLiteral("[*]")));  // where Qt puts the "*" while modified
    CHECK_FALSE(window.isWindowModified());
    AnswerEditor *editor = sectionPage(window, "care-standards")->answerEditors()[1];
    editor->editor()->setFocus();
    QTest::keyClicks(editor->editor(), QStringLiteral("Because"));
    CHECK(window.isWindowModified());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->hasUnsavedText(), 5000);
    CHECK_FALSE(window.isWindowModified());
}

TEST_CASE("Edit › Undo and Redo read in people's words: the score of an element by its name, never a key",
          "[gui][undo]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("Catalyst")));
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    CatalystPage *page = catalystPage(window);
    REQUIRE(page->addRound(QStringLiteral("Workshop 1"), QStringLiteral("2027-03-02")));
    const QString round = need(catalyst::CatalystStore(*window.workbook()).round(QStringLiteral("Workshop 1"))).uuid;
    AssessmentEdits edits(*window.session());
    REQUIRE(edits.rate(round, kProducer.name, QStringLiteral("building-partnerships-2"), 3));
    const QString undo = action(window, "actionUndo")->text();
    CHECK(undo.startsWith(QStringLiteral("&Undo: score of Degree of trust")));
    CHECK_FALSE(undo.contains(QStringLiteral("building-partnerships")));
    REQUIRE(edits.agree(round, QStringLiteral("building-partnerships-2"), 2, QString()));
    CHECK(action(window, "actionUndo")->text().startsWith(QStringLiteral("&Undo: agreed level of Degree of trust")));
    window.undo();
    CHECK(action(window, "actionRedo")->text().startsWith(QStringLiteral("&Redo: agreed level of Degree of trust")));
    const Question q = need(SectionStore(*window.workbook()).question(QStringLiteral("care-standards"), QStringLiteral("reason")));
    REQUIRE(window.session()->setAnswer(q, QString(), QStringLiteral("Because")));
    CHECK(action(window, "actionUndo")->text().startsWith(QStringLiteral("&Undo: answer to “")));
}

TEST_CASE("The error banner takes at most two lines, shows the rest on request and goes with its button or Escape",
          "[gui][window]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openWorkbook(demo[0]));
    QStringList lines;
    for (int i = 0; i < 30; ++i)
        lines << QStringLiteral("Line %1 of a long explanation of what went wrong and what to do about it.").arg(i);
    window.showError(lines.join(QLatin1Char(' ')));
    QApplication::processEvents();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("banner"));
    REQUIRE(banner);
    const int line = banner->fontMetrics().lineSpacing();
    CHECK(banner->height() <= 2 * line + banner->contentsMargins().top() + banner->contentsMargins().bottom() + 4);
    CHECK(window.bannerText().contains(QStringLiteral("Line 29")));  // all of it is there, for the screen reader too
    auto *details = window.findChild<QAbstractButton *>(QStringLiteral("bannerDetails"));
    REQUIRE(details);
    CHECK(details->isVisible());
    details->click();
    QApplication::processEvents();
    CHECK(banner->height() > 4 * line);
    auto *dismiss = window.findChild<QAbstractButton *>(QStringLiteral("bannerDismiss"));
    REQUIRE(dismiss);
    CHECK_FALSE(dismiss->accessibleName().isEmpty());
    dismiss->click();
    CHECK(window.bannerText().isEmpty());

    window.showError(QStringLiteral("Short message."));
    QApplication::processEvents();
    CHECK_FALSE(details->isVisible());  // nothing more to show
    window.findChild<QWidget *>(QStringLiteral("navigation"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(window.bannerText().isEmpty());
}

TEST_CASE("A workbook dropped onto the window opens, and another file is refused with a clear message", "[gui][window]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkbook(demo[0]));
    CHECK(drop(window, {demo[2]}));
    REQUIRE(window.workbook());
    CHECK(window.workbook()->path() == demo[2]);

    const QString notes = folder.path(QStringLiteral("notes.txt"));
    writeAll(notes, "just some notes");
    drop(window, {notes});
    CHECK(window.workbook()->path() == demo[2]);
    CHECK(window.bannerText().contains(QStringLiteral("notes.txt")));
    CHECK(window.bannerText().contains(QStringLiteral(".qdf")));
}
