// The window and the one write path: nothing typed is lost at its seams, it follows every
// writer, and it keeps the workbook to itself while it is open.

#include "TestSupport.h"
#include "gui/GuiSupport.h"
#include "cli/QdfRun.h"

#include "core/Sql.h"
#include "core/WorkbookLock.h"
#include "core/review/ReviewStore.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"
#include "gui/app/Ask.h"
#include "gui/app/MainWindow.h"
#include "gui/review/ChecklistTable.h"
#include "gui/review/ItemPanel.h"
#include "gui/review/ReviewPage.h"
#include "gui/schedule/ScheduleDialog.h"
#include "gui/section/AnswerEditor.h"
#include "gui/section/SectionPage.h"
#include "gui/session/WorkbookSession.h"

#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

AnswerEditor *answerEditor(MainWindow &window, const char *section, const char *question)
{
    for (AnswerEditor *editor : sectionPage(window, section)->answerEditors()) {
        if (editor->question().key == QLatin1String(question))
            return editor;
    }
    FAIL("no such question");
    return nullptr;
}

QString answerIn(const QString &path, const char *section, const char *question)
{
    auto wb = need(Workbook::open(path, {true, Workbook::Verify::OnOpen}));
    const Question q = need(SectionStore(*wb).question(QLatin1String(section), QLatin1String(question)));
    const auto a = need(AnswerStore(*wb).current(q.id));
    return a ? a->text : QString();
}

QString newSchedule(const QString &path)
{
    auto wb = need(Workbook::open(path));
    return need(ScheduleStore(*wb).add(need(SectionStore(*wb).byKey(QStringLiteral("activities"))).id, QStringLiteral("Visits"),
                                       QStringLiteral("Nurses visit on weekdays.")))
        .uuid;
}

} // namespace

TEST_CASE("The Schedule editor saves typing on a pause, on Escape and on Close, and says what is saved", "[gui][write-path]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("P")));
    const QString id = newSchedule(path);
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    {
        ScheduleDialog dialog(*window.session(), id, &window);
        dialog.show();
        dialog.bodyEdit()->setFocus();
        dialog.bodyEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(dialog.bodyEdit(), QStringLiteral(" And at weekends."));
        CHECK(dialog.hasUnsavedChanges());
        CHECK(dialog.saveState().contains(QStringLiteral("Unsaved")));
        QTest::keyClick(&dialog, Qt::Key_Escape);  // what used to throw the typing away
        CHECK_FALSE(dialog.isVisible());
    }
    const Schedule saved = need(ScheduleStore(window.session()->workbook()).find(id));
    CHECK(saved.body == QStringLiteral("Nurses visit on weekdays. And at weekends."));
    CHECK(saved.version == 2);
    {
        // A second sitting: a pause saves, more typing amends the same version, Close saves the rest.
        ScheduleDialog dialog(*window.session(), id, &window);
        dialog.show();
        dialog.bodyEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(dialog.bodyEdit(), QStringLiteral(" Bank holidays too."));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.hasUnsavedChanges(), 5000);  // the pause
        CHECK(dialog.saveState().contains(QStringLiteral("All changes saved")));
        QTest::keyClicks(dialog.bodyEdit(), QStringLiteral(" Always."));
        dialog.close();
    }
    const Schedule later = need(ScheduleStore(window.session()->workbook()).find(id));
    CHECK(later.body == QStringLiteral("Nurses visit on weekdays. And at weekends. Bank holidays too. Always."));
    CHECK(later.version == 3);  // one sitting, one version
    CHECK(need(ScheduleStore(window.session()->workbook()).versions(id)).size() == 3);

    // When the typing cannot be saved, closing asks, and "keep editing" keeps it on screen.
    ScheduleDialog dialog(*window.session(), id, &window);
    dialog.show();
    QFile::rename(path, path + QStringLiteral(".away"));  // the file goes missing under the window
    dialog.bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(dialog.bodyEdit(), QStringLiteral(" Lost?"));
    ask::setNextAnswer(QMessageBox::Cancel);
    dialog.reject();
    CHECK(dialog.isVisible());
    CHECK(dialog.bodyEdit()->toPlainText().endsWith(QStringLiteral(" Lost?")));
    CHECK(dialog.saveState().contains(QStringLiteral("Not saved")));
    QFile::rename(path + QStringLiteral(".away"), path);
    dialog.reject();  // the file is back: saved, and closed without a question
    CHECK_FALSE(dialog.isVisible());
    CHECK(need(ScheduleStore(window.session()->workbook()).find(id)).body.endsWith(QStringLiteral(" Lost?")));
}

TEST_CASE("A review note typed a moment before the window closes is saved", "[gui][write-path]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("Reviews")));
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.openWorkbook(path));
        REQUIRE(window.showPage(QStringLiteral("review")));
        auto *page = qobject_cast<ReviewPage *>(window.page(QStringLiteral("review")));
        REQUIRE(page);
        review::Review draft;
        draft.title = QStringLiteral("Home care 2027");
        draft.subjectKind = QStringLiteral("contract");
        draft.checklists = {QStringLiteral("contract-management")};
        REQUIRE(page->addReview(draft));
        REQUIRE(page->showView(QStringLiteral("checklist")));
        page->checklistTable()->selectItem(QStringLiteral("quality"));
        page->itemPanel()->noteEdit()->setFocus();
        QTest::keyClicks(page->itemPanel()->noteEdit(), QStringLiteral("Findings not followed up"));
        REQUIRE(window.close());  // well inside the pause before a note saves itself
    }
    auto wb = need(Workbook::open(path));
    const auto review = need(review::ReviewStore(*wb).review(QStringLiteral("Home care 2027")));
    const auto responses = need(review::ReviewStore(*wb).responses(review));
    REQUIRE(responses.size() == 1);
    CHECK(responses[0].note == QStringLiteral("Findings not followed up"));
}

TEST_CASE("A window that found the workbook in use opens it read-only and follows the holder's changes as they are saved", "[gui][write-path][lock]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    auto holder = newMaster(path);
    WorkbookLock::setProgram(QStringLiteral("qdf merge"));
    need(holder->lock());
    WorkbookLock::setProgram(QStringLiteral("QDF Workbench"));

    MainWindow window;
    ask::setNextAnswer(QMessageBox::Open);
    REQUIRE(window.openWorkbook(path));
    REQUIRE(window.workbook()->isReadOnly());
    CHECK(window.bannerText().contains(QStringLiteral("read-only")));
    AnswerEditor *editor = answerEditor(window, "activities", "reason");
    CHECK(editor->editor()->isReadOnly());

    const Question q = need(SectionStore(*holder).question(QStringLiteral("activities"), QStringLiteral("reason")));
    need(AnswerStore(*holder).set(q.id, QStringLiteral("Written by the holder")));
    // The file watcher or the poll brings it in; nothing is clicked.
    QTRY_COMPARE_WITH_TIMEOUT(editor->editor()->toPlainText(), QStringLiteral("Written by the holder"), 5000);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Updated with changes saved by ")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("(Rhian Morgan)")));

    // Refused without asking: the person said no.
    MainWindow other;
    ask::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(other.openWorkbook(path));
    CHECK(other.bannerText().contains(QStringLiteral("is open in qdf merge by Rhian Morgan")));
}

TEST_CASE("An undo step whose item someone else changed since is refused, and their change stays", "[gui][write-path][undo]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("P")));
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    AnswerEditor *editor = answerEditor(window, "activities", "reason");
    editor->editor()->setFocus();
    QTest::keyClicks(editor->editor(), QStringLiteral("Mine"));
    REQUIRE(editor->flush());
    REQUIRE(window.session()->undoStack()->canUndo());

    // Another program writes the same answer in the file (as the change log and the revision
    // say, though it never took the lock).
    const QString question = QString::number(editor->question().id);
    asAnotherProgram(path, {QStringLiteral("UPDATE answer SET text = 'Theirs' WHERE question_id = %1").arg(question),
                            QStringLiteral("UPDATE answer_revision SET text = 'Theirs' WHERE answer_id ="
                                           " (SELECT id FROM answer WHERE question_id = %1)").arg(question),
                            QStringLiteral("UPDATE workbook SET revision = revision + 1")});

    window.undo();
    CHECK(window.bannerText().contains(QStringLiteral("cannot be undone")));
    CHECK(window.bannerText().contains(QStringLiteral("another program")));
    CHECK(editor->editor()->toPlainText() == QStringLiteral("Theirs"));  // the window follows the file
    CHECK(answerIn(path, "activities", "reason") == QStringLiteral("Theirs"));
}

TEST_CASE("qdf merge is refused while the window has the master open, and after it closes the merge comes in", "[gui][write-path][lock]")
{
    Folder folder;
    const QString master = folder.path(QStringLiteral("master.qdf"));
    need(createMaster(master, kProducer, QStringLiteral("Afon Vale")));
    const QString id = newSchedule(master);
    const QString dafydd = folder.path(QStringLiteral("dafydd.qdf"));
    const QString bundle = folder.path(QStringLiteral("dafydd.qdfsync"));
    {
        auto p = need(createParticipant(dafydd, kParticipant, master));
        need(ScheduleStore(*p).edit(id, QStringLiteral("Visits"), QStringLiteral("Nurses visit every day.")));
        need(sync::SyncStore(*p).exportContribution(bundle));
    }
    {
        MainWindow window;
        REQUIRE(window.openWorkbook(master));
        AnswerEditor *editor = answerEditor(window, "activities", "reason");
        editor->editor()->setFocus();
        QTest::keyClicks(editor->editor(), QStringLiteral("Typed in the window"));
        REQUIRE(editor->flush());

        const Run refused = qdfRun({QStringLiteral("merge"), master, bundle});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("is open in QDF Workbench by Rhian Morgan on ")));
        const Run typedOver = qdfRun({QStringLiteral("answer"), master, QStringLiteral("activities"), QStringLiteral("reason"),
                                      QStringLiteral("--text"), QStringLiteral("From a script")});
        CHECK(typedOver.exitCode == 2);
        QTest::keyClicks(editor->editor(), QStringLiteral(", and more"));
    }  // closing saves the rest and lets the lock go
    CHECK(answerIn(master, "activities", "reason") == QStringLiteral("Typed in the window, and more"));
    const Run merged = qdfRun({QStringLiteral("merge"), master, bundle});
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 0);

    MainWindow reopened;
    REQUIRE(reopened.openWorkbook(master));
    CHECK(need(ScheduleStore(reopened.session()->workbook()).find(id)).body == QStringLiteral("Nurses visit every day."));
    CHECK(answerEditor(reopened, "activities", "reason")->editor()->toPlainText() == QStringLiteral("Typed in the window, and more"));
}

TEST_CASE("A master on a network folder is worked on as a local copy in the window too, locked on the share and written back whole", "[gui][write-path][shared]")
{
    Folder share;
    const QString master = share.path(QStringLiteral("master.qdf"));
    need(createMaster(master, kProducer, QStringLiteral("Afon Vale")));
    qputenv("QDF_SHARED_FOLDERS", QFileInfo(master).absolutePath().toUtf8());
    {
        MainWindow window;
        REQUIRE(window.openWorkbook(master));
        CHECK(QFileInfo(window.workbook()->path()) != QFileInfo(master));  // never in place
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("shared folder")));
        const Run refused = qdfRun({QStringLiteral("answer"), master, QStringLiteral("activities"), QStringLiteral("reason"),
                                    QStringLiteral("--text"), QStringLiteral("From elsewhere")});
        CHECK(refused.exitCode == 2);  // the lock is on the share, where everyone sees it
        CHECK(refused.err.contains(QStringLiteral("Rhian Morgan")));
        AnswerEditor *editor = answerEditor(window, "activities", "reason");
        editor->editor()->setFocus();
        QTest::keyClicks(editor->editor(), QStringLiteral("Typed on the laptop"));
        REQUIRE(editor->flush());
        // A few seconds after the change, it is on the share.
        QTRY_COMPARE_WITH_TIMEOUT(answerIn(master, "activities", "reason"), QStringLiteral("Typed on the laptop"), 10000);
        // Written back in rollback-journal mode: nothing on the share needs a -wal (bytes 18-19 of
        // an SQLite header are 1 for a rollback journal, 2 for WAL).
        CHECK(readAll(master).mid(18, 2) == QByteArray("\x01\x01", 2));
        QTest::keyClicks(editor->editor(), QStringLiteral(", and after"));
    }  // closing writes the rest back and lets the share go
    qunsetenv("QDF_SHARED_FOLDERS");
    CHECK(answerIn(master, "activities", "reason") == QStringLiteral("Typed on the laptop, and after"));
    CHECK_FALSE(QFileInfo::exists(WorkbookLock::pathFor(master)));
    CHECK(qdfRun({QStringLiteral("check"), master}).exitCode == 0);
}
