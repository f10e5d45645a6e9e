// The end-to-end path through the real widgets: create a workbook, type an answer,
// undo and redo it, attach a file, create a Schedule and move it to signed off, search and
// jump, close and reopen — and find everything where it was.

#include "TestSupport.h"
#include "gui/GuiSupport.h"

#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "gui/app/MainWindow.h"
#include "gui/documents/ProgressPage.h"
#include "gui/documents/SearchPage.h"
#include "gui/schedule/ScheduleDialog.h"
#include "gui/section/AnswerEditor.h"
#include "gui/section/AnswerHistoryDialog.h"
#include "gui/section/ExamplesPanel.h"
#include "gui/section/ReferencesPanel.h"
#include "gui/section/SchedulesPanel.h"
#include "gui/section/SectionPage.h"
#include "gui/session/WorkbookSession.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

void typeInto(AnswerEditor *editor, const QString &text)
{
    editor->editor()->setFocus();
    QTest::keyClicks(editor->editor(), text);
    REQUIRE(editor->flush());  // what the pause in typing would do
}

} // namespace

TEST_CASE("A participant's path through the window: everything typed, attached and signed is there after reopening",
          "[gui][workflow]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("mine.qdf"));
    const QString attachment = folder.path(QStringLiteral("falls-audit.csv"));
    writeAll(attachment, "month,falls\nMay,4\n");
    QString scheduleId;
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.createMasterWorkbook(folder.path(QStringLiteral("mine")), QStringLiteral("Workflow programme"),
                                            kProducer.name));
        CHECK(window.workbook()->path() == path);
        CHECK(window.windowTitle().contains(QStringLiteral("Workflow programme")));
        CHECK_FALSE(window.createMasterWorkbook(path, QStringLiteral("Again"), kProducer.name));  // never overwrites
        CHECK(window.bannerText().contains(QStringLiteral("already exists")));
        SectionPage *page = sectionPage(window, "activities");
        AnswerEditor *editor = page->answerEditors()[0];

        // Type, undo, redo.
        typeInto(editor, QStringLiteral("First thoughts"));
        typeInto(editor, QStringLiteral(" and more"));
        CHECK(editor->editor()->toPlainText() == QStringLiteral("First thoughts and more"));
        QTest::keyClick(editor->editor(), Qt::Key_Z, Qt::ControlModifier);
        CHECK(editor->editor()->toPlainText() == QStringLiteral("First thoughts"));
        QTest::keyClick(editor->editor(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(editor->editor()->toPlainText() == QStringLiteral("First thoughts and more"));
        window.undo();
        window.redo();
        CHECK(editor->editor()->toPlainText() == QStringLiteral("First thoughts and more"));

        // Attach a file (as a drop would), give it a note; add and reorder working examples.
        ReferencesPanel *refs = page->references();
        CHECK(refs->attachFiles({attachment}) == 1);
        REQUIRE(refs->references().size() == 1);
        refs->list()->setCurrentRow(0);
        CHECK(refs->setSelectedNote(QStringLiteral("Falls audit, May")));
        ExamplesPanel *examples = page->examples();
        CHECK(examples->add(QStringLiteral("Night visits"), QStringLiteral("Two nurses per visit.")));
        CHECK(examples->add(QStringLiteral("Day hub"), QString()));
        examples->list()->setCurrentRow(1);
        CHECK(examples->moveSelected(-1));
        CHECK(examples->examples().first().title == QStringLiteral("Day hub"));

        // Draft a Schedule, put it forward, sign it off.
        auto added = window.session()->addSchedule(page->section().id, QStringLiteral("Referral routes"),
                                                   QStringLiteral("All referrals through one point."));
        REQUIRE(added.ok());
        scheduleId = added->uuid;
        CHECK(page->schedules()->schedules().size() == 1);
        {
            ScheduleDialog dialog(*window.session(), scheduleId, &window);
            dialog.bodyEdit()->setPlainText(QStringLiteral("All referrals through one single point of access."));
            CHECK(dialog.saveVersion());
            CHECK(dialog.moveTo(Maturity::Ready));
            CHECK(dialog.signOff());
            CHECK(dialog.moveTo(Maturity::SignedOff));
            CHECK(dialog.schedule().maturity == Maturity::SignedOff);
            CHECK(dialog.findChild<QPushButton *>(QStringLiteral("moveTo-adopted")) != nullptr);  // this is a master
            dialog.compare(1, 2);
            CHECK(dialog.comparisonHtml(true).contains(QStringLiteral("single")));
            CHECK_FALSE(dialog.comparisonHtml(false).contains(QStringLiteral("single")));
        }

        // Search and jump.
        REQUIRE(window.showPage(QStringLiteral("search")));
        auto *search = qobject_cast<SearchPage *>(window.page(QStringLiteral("search")));
        REQUIRE(search);
        search->queryEdit()->setFocus();
        QTest::keyClicks(search->queryEdit(), QStringLiteral("thoughts"));
        REQUIRE(search->hits().size() == 1);
        QTest::keyClick(search->queryEdit(), Qt::Key_Return);
        CHECK(window.currentPageKey() == QStringLiteral("activities"));
        CHECK(QApplication::focusWidget() == editor->editor());

        // The production matrix counts it all.
        REQUIRE(window.showPage(QStringLiteral("progress")));
        auto *progress = qobject_cast<ProgressPage *>(window.page(QStringLiteral("progress")));
        REQUIRE(progress);
        CHECK(progress->table()->item(1, 0)->text() == QStringLiteral("1 of 6"));
        CHECK(progress->table()->item(1, 5)->text() == QStringLiteral("1"));  // signed off
        CHECK(window.close());
    }

    auto wb = need(Workbook::open(path));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("intended-product")));
    CHECK(need(AnswerStore(*wb).current(q.id))->text == QStringLiteral("First thoughts and more"));
    const qint64 sectionId = need(SectionStore(*wb).byKey(QStringLiteral("activities"))).id;
    const auto refs = need(MaterialStore(*wb).references(sectionId));
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].note == QStringLiteral("Falls audit, May"));
    CHECK(need(MaterialStore(*wb).referenceData(refs[0].uuid)) == QByteArray("month,falls\nMay,4\n"));
    CHECK(need(MaterialStore(*wb).examples(sectionId)).size() == 2);
    const Schedule s = need(ScheduleStore(*wb).find(scheduleId));
    CHECK(s.maturity == Maturity::SignedOff);
    CHECK(s.version == 2);
    CHECK(need(ScheduleStore(*wb).signOffs(scheduleId)).size() == 1);
    wb.reset();

    // And the window shows it all where it was.
    MainWindow reopened;
    REQUIRE(reopened.openWorkbook(path));
    SectionPage *page = sectionPage(reopened, "activities");
    CHECK(page->answerEditors()[0]->editor()->toPlainText() == QStringLiteral("First thoughts and more"));
    CHECK(page->references()->references().size() == 1);
    CHECK(page->examples()->examples().first().title == QStringLiteral("Day hub"));
    REQUIRE(page->schedules()->schedules().size() == 1);
    CHECK(page->schedules()->schedules().first().maturity == Maturity::SignedOff);
}

TEST_CASE("Undo and redo reach removals and notes, and a failed step is dropped from the stack", "[gui][undo]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("u.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("Undo")));
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    SectionPage *page = sectionPage(window, "evaluation");
    const QString file = folder.path(QStringLiteral("survey.txt"));
    writeAll(file, "results");
    REQUIRE(page->references()->attachFiles({file}) == 1);
    page->references()->list()->setCurrentRow(0);
    REQUIRE(page->references()->removeSelected());
    CHECK(page->references()->references().isEmpty());
    window.undo();
    REQUIRE(page->references()->references().size() == 1);
    window.undo();  // the attachment itself
    CHECK(page->references()->references().isEmpty());
    window.redo();
    CHECK(page->references()->references().size() == 1);
    // An edit the store refuses (an empty title) reports why and leaves no step behind.
    REQUIRE(page->examples()->add(QStringLiteral("Kept"), QString()));
    QUndoStack *stack = window.session()->undoStack();
    const int steps = stack->count();
    page->examples()->list()->setCurrentRow(0);
    CHECK_FALSE(page->examples()->editSelected(QStringLiteral("   "), QString()));
    CHECK(window.bannerText().contains(QStringLiteral("title")));
    CHECK(stack->count() == steps);
    CHECK(stack->undoText() == QStringLiteral("new working example “Kept”"));
}

TEST_CASE("A participant sees a signed-off Schedule read-only and is told why", "[gui][schedule]")
{
    Folder folder;
    const QString master = folder.path(QStringLiteral("m.qdf"));
    QString id;
    {
        auto wb = need(createMaster(master, kProducer, QStringLiteral("P")));
        ScheduleStore store(*wb);
        id = need(store.add(need(SectionStore(*wb).byKey(QStringLiteral("care-standards"))).id, QStringLiteral("S"),
                            QStringLiteral("body")))
                 .uuid;
        need(store.move(id, Maturity::Ready));
        need(store.sign(id));
        need(store.move(id, Maturity::SignedOff));
    }
    const QString mine = folder.path(QStringLiteral("p.qdf"));
    need(createParticipant(mine, kParticipant, master));
    MainWindow window;
    REQUIRE(window.openWorkbook(mine));
    ScheduleDialog dialog(*window.session(), id, &window);
    CHECK_FALSE(dialog.isEditable());
    CHECK(dialog.bodyEdit()->isReadOnly());
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("lockNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("production team")));
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("saveSchedule"))->isEnabled());
    CHECK_FALSE(dialog.hasUnsavedChanges());  // nothing typed can be there to lose
    CHECK(dialog.findChild<QPushButton *>(QStringLiteral("moveTo-adopted")) == nullptr);
}

TEST_CASE("Restoring an earlier answer version from its history saves it as a new version", "[gui][history]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("h.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("History")));
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    AnswerEditor *editor = sectionPage(window, "care-standards")->answerEditors()[2];
    typeInto(editor, QStringLiteral("one"));
    editor->editor()->clear();
    typeInto(editor, QStringLiteral("two"));
    AnswerHistoryDialog history(*window.session(), editor->question(), &window);
    REQUIRE(history.versions()->count() == 2);
    history.versions()->setCurrentRow(1);
    REQUIRE(history.restoreSelected());
    CHECK(editor->editor()->toPlainText() == QStringLiteral("one"));
    auto wb = window.workbook();
    CHECK(need(AnswerStore(*wb).history(editor->question().id)).size() == 3);
}

TEST_CASE("When the workbook file goes away, typed text stays on screen and the window says why", "[gui][errors]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("gone.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("Gone")));
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    AnswerEditor *editor = sectionPage(window, "care-standards")->answerEditors()[0];
    REQUIRE(QFile::remove(path));
    editor->editor()->setPlainText(QStringLiteral("Words that must not be lost"));
    CHECK_FALSE(editor->flush());
    CHECK(editor->editor()->toPlainText() == QStringLiteral("Words that must not be lost"));
    CHECK(editor->hasUnsavedText());
    CHECK(window.bannerText().contains(QStringLiteral("moved or deleted")));
    CHECK(window.session()->undoStack()->count() == 0);
}

TEST_CASE("From the window, the master publishes the Framework and any workbook exports its printout", "[gui][report]")
{
    Folder folder;
    const QString master = folder.path(QStringLiteral("m.qdf"));
    need(createMaster(master, kProducer, QStringLiteral("Publishing")));
    need(createParticipant(folder.path(QStringLiteral("p.qdf")), kParticipant, master));
    MainWindow window;
    REQUIRE(window.openWorkbook(master));
    CHECK(window.publishTo(folder.path(QStringLiteral("framework.pdf")), true));
    CHECK(readAll(folder.path(QStringLiteral("framework.pdf"))).startsWith("%PDF"));
    CHECK(window.exportWorkbookTo(folder.path(QStringLiteral("workbook.odt"))));
    CHECK(readAll(folder.path(QStringLiteral("workbook.odt"))).startsWith("PK"));
    CHECK(window.exportWorkbookTo(folder.path(QStringLiteral("workbook.docx"))));
    CHECK(readAll(folder.path(QStringLiteral("workbook.docx"))).startsWith("PK"));
    CHECK_FALSE(window.exportWorkbookTo(folder.path(QStringLiteral("workbook.rtf"))));
    CHECK(window.bannerText().contains(QStringLiteral(".pdf, .docx, .odt or .html")));

    REQUIRE(window.openWorkbook(folder.path(QStringLiteral("p.qdf"))));
    CHECK_FALSE(window.publishTo(folder.path(QStringLiteral("not.pdf")), false));
    CHECK(window.bannerText().contains(QStringLiteral("only the master copy")));
    CHECK_FALSE(QFile::exists(folder.path(QStringLiteral("not.pdf"))));
    CHECK(window.exportWorkbookTo(folder.path(QStringLiteral("mine.html"))));
}
