#include "TestSupport.h"

#include "core/WorkbookCreation.h"
#include "core/keys/Keys.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/FrameworkEdits.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"
#include "gui/app/MainWindow.h"
#include "gui/schedule/ScheduleDialog.h"
#include "gui/sync/MergeReviewDialog.h"
#include "gui/sync/SignerKeys.h"
#include "gui/sync/SyncMenu.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::sync;
using namespace qdf::test;

namespace {

QPushButton *button(QWidget &parent, const QString &text)
{
    for (QPushButton *b : parent.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

// A Schedule both participants changed from the same base: Dafydd's contribution comes in
// first (a fast-forward), then Sioned's touches the same words (a conflict) and others (merged).
struct TriageConflict {
    QString masterPath;
    QString base;
    QString schedule;
    QStringList bundles;
};

TriageConflict triageConflict(const Folder &folder)
{
    TriageConflict made{folder.path(QStringLiteral("master.qdf")),
                        QStringLiteral("Referral by phone.\nTriage within a day.\nVisits recorded.\n"), {}, {}};
    auto master = newMaster(made.masterPath);
    made.schedule = need(ScheduleStore(*master).add(need(SectionStore(*master).byKey(QStringLiteral("activities"))).id,
                                                    QStringLiteral("Triage"), made.base))
                        .uuid;
    int n = 0;
    for (const auto &[who, body] :
         {std::pair{kParticipant, QStringLiteral("Referral by phone or online.\nTriage within two hours.\nVisits recorded.\n")},
          std::pair{Owner{QStringLiteral("Sioned Evans"), {}, {}},
                    QStringLiteral("Referral by phone.\nTriage within four hours.\nVisits recorded the same day.\n")}}) {
        auto p = need(createParticipant(folder.path(QStringLiteral("p%1.qdf").arg(n)), who, made.masterPath));
        need(ScheduleStore(*p).edit(made.schedule, QStringLiteral("Triage"), body));
        made.bundles << folder.path(QStringLiteral("p%1.qdfsync").arg(n++));
        need(SyncStore(*p).exportContribution(made.bundles.last()));
    }
    return made;
}

} // namespace

TEST_CASE("The merge review: a summary first, then conflicts decided by keyboard and answers composed", "[gui][sync]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    QString schedule;
    QString reasonUuid;
    QStringList bundles;
    {
        auto master = newMaster(masterPath);
        const qint64 activities = need(SectionStore(*master).byKey(QStringLiteral("activities"))).id;
        schedule = need(ScheduleStore(*master).add(activities, QStringLiteral("Visits"), QStringLiteral("Nurses visit on weekdays.")))
                       .uuid;
        int n = 0;
        for (const auto &[who, body] : {std::pair{kParticipant, QStringLiteral("Nurses visit every day.")},
                                        std::pair{Owner{QStringLiteral("Sioned Evans"), QStringLiteral("Carers Group"), {}},
                                                  QStringLiteral("Nurses visit at weekends.")}}) {
            auto p = need(createParticipant(folder.path(QStringLiteral("p%1.qdf").arg(n)), who, masterPath));
            need(ScheduleStore(*p).edit(schedule, QStringLiteral("Visits"), body));
            const Question reason = need(SectionStore(*p).question(QStringLiteral("activities"), QStringLiteral("reason")));
            reasonUuid = reason.uuid;
            need(AnswerStore(*p).set(reason.id, QStringLiteral("Reason from %1").arg(who.name)));
            bundles << folder.path(QStringLiteral("p%1.qdfsync").arg(n++));
            need(SyncStore(*p).exportContribution(bundles.last()));
        }
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openWorkbook(masterPath));
    CHECK(window.syncMenu()->statusText().contains(QStringLiteral("no conflicts")));

    MergeReviewDialog dialog(*window.workbook(), bundles + QStringList{masterPath}, &window);
    QObject::connect(&dialog, &MergeReviewDialog::workbookChanged, window.syncMenu(), &SyncMenu::refreshStatus);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTableWidget *summary = dialog.summaryTable();
    REQUIRE(summary->rowCount() == 3);
    CHECK(summary->item(0, 3)->text() == QStringLiteral("1"));  // fast-forward
    CHECK(summary->item(0, 7)->text() == QStringLiteral("1"));  // a contribution
    CHECK(summary->item(1, 5)->text() == QStringLiteral("1"));  // conflicting
    CHECK(summary->item(2, 1)->text().contains(QStringLiteral("not a whole QDF bundle")));  // refused, said why
    CHECK(need(SyncStore(*window.workbook()).contributions()).isEmpty());  // nothing yet

    button(dialog, QStringLiteral("&Import"))->click();
    CHECK(dialog.importedCount() == 2);
    CHECK(window.syncMenu()->statusText().contains(QStringLiteral("1 conflict(s) waiting")));
    REQUIRE(dialog.conflictList()->count() == 1);
    CHECK(dialog.conflictList()->item(0)->text().contains(QStringLiteral("Schedule")));
    // T takes theirs.
    REQUIRE(dialog.conflictList()->hasFocus());
    QTest::keyClick(dialog.conflictList(), Qt::Key_T);
    CHECK(dialog.conflictList()->count() == 0);
    CHECK(need(ScheduleStore(*window.workbook()).find(schedule)).body == QStringLiteral("Nurses visit at weekends."));
    CHECK(window.syncMenu()->statusText().contains(QStringLiteral("no conflicts")));

    // The answers: both contributions side by side, composed into the master's answer.
    REQUIRE(dialog.questionList()->count() == 1);
    auto *offered = dialog.findChild<QListWidget *>(QStringLiteral("contributions"));
    REQUIRE(offered->count() == 2);
    offered->setCurrentRow(0);
    button(dialog, QStringLiteral("Take this &one"))->click();
    offered->setCurrentRow(1);
    button(dialog, QStringLiteral("A&dd it to the answer"))->click();
    CHECK(dialog.answerEdit()->toPlainText() == QStringLiteral("Reason from Dafydd Price\n\nReason from Sioned Evans"));
    REQUIRE(dialog.saveAnswer());
    CHECK(dialog.questionList()->count() == 0);
    const Question reason = need(SectionStore(*window.workbook()).question(QStringLiteral("activities"), QStringLiteral("reason")));
    CHECK(need(AnswerStore(*window.workbook()).current(reason.id))->text.endsWith(QStringLiteral("Sioned Evans")));
    dialog.accept();

    // Undo last import puts back the second bundle's work as a whole.
    REQUIRE(window.syncMenu()->undoLastImport());
    CHECK(window.syncMenu()->statusText().contains(QStringLiteral("1 import(s)")));

    // Joining from the master opens a new participant workbook, based on the master's revision.
    const qint64 revision = window.workbook()->info().revision;
    REQUIRE(window.syncMenu()->join(masterPath, Owner{QStringLiteral("Aled Hughes"), {}, {}}, folder.path(QStringLiteral("aled"))));
    CHECK_FALSE(window.workbook()->isMaster());
    CHECK(window.workbook()->path().endsWith(QStringLiteral("aled.qdf")));
    CHECK(window.syncMenu()->statusText().contains(QStringLiteral("Based on master revision %1").arg(revision)));
}

TEST_CASE("Joining a programme in the window from an update file: the master's questions, answers and Schedules arrive", "[gui][sync]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    {
        auto master = need(createMaster(masterPath, Owner{QStringLiteral("Production team"), {}, {}}, QStringLiteral("Afon Vale")));
        need(FrameworkEdits(*master).addQuestion(QStringLiteral("activities"), QStringLiteral("weekends"),
                                                 QStringLiteral("Who visits at weekends?")));
        const Question reason = need(SectionStore(*master).question(QStringLiteral("activities"), QStringLiteral("reason")));
        need(AnswerStore(*master).set(reason.id, QStringLiteral("The master's answer")));
        need(SyncStore(*master).exportUpdate(folder.path(QStringLiteral("r1.qdfupdate"))));
    }
    MainWindow window;
    REQUIRE(window.syncMenu()->join(folder.path(QStringLiteral("r1.qdfupdate")), Owner{QStringLiteral("Nia Jones"), {}, {}},
                                    folder.path(QStringLiteral("nia"))));
    REQUIRE(window.workbook());
    CHECK_FALSE(window.workbook()->isMaster());
    CHECK(window.workbook()->info().programme.name == QStringLiteral("Afon Vale"));
    CHECK(window.syncMenu()->statusText().contains(QStringLiteral("Based on master revision")));
    const Question weekends = need(SectionStore(*window.workbook()).question(QStringLiteral("activities"), QStringLiteral("weekends")));
    CHECK(weekends.text == QStringLiteral("Who visits at weekends?"));
    const Question reason = need(SectionStore(*window.workbook()).question(QStringLiteral("activities"), QStringLiteral("reason")));
    CHECK(need(AnswerStore(*window.workbook()).current(reason.id))->text == QStringLiteral("The master's answer"));
    // No backup of an empty workbook is left beside it.
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("nia.backups"))));

    // A contribution bundle is not a way in: the person is told why, and nothing is made.
    need(SyncStore(*window.workbook()).exportContribution(folder.path(QStringLiteral("nia.qdfsync"))));
    REQUIRE_FALSE(window.syncMenu()->join(folder.path(QStringLiteral("nia.qdfsync")), Owner{QStringLiteral("Nia Jones"), {}, {}},
                                          folder.path(QStringLiteral("nobody"))));
    CHECK(window.bannerText().contains(QStringLiteral("contribution")));
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("nobody.qdf"))));
}

TEST_CASE("A Schedule version sent by two people names them both in its editor", "[gui][sync]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    QString uuid;
    {
        auto master = need(createMaster(masterPath, Owner{QStringLiteral("Production team"), {}, {}}, QStringLiteral("Afon Vale")));
        const qint64 activities = need(SectionStore(*master).byKey(QStringLiteral("activities"))).id;
        uuid = need(ScheduleStore(*master).add(activities, QStringLiteral("Visits"), QStringLiteral("Weekdays."))).uuid;
        QStringList bundles;
        for (const char *name : {"Dafydd Price", "Sioned Evans"}) {  // both join, then both make the same edit
            const QString file = folder.path(QLatin1String(name).left(6) + QStringLiteral(".qdf"));
            auto participant = need(createParticipant(file, Owner{QLatin1String(name), {}, {}}, masterPath));
            need(ScheduleStore(*participant).edit(uuid, QStringLiteral("Visits"), QStringLiteral("Every day.")));
            need(SyncStore(*participant).exportContribution(file + QStringLiteral("sync")));
            bundles << file + QStringLiteral("sync");
        }
        for (const QString &bundle : bundles)
            need(SyncStore(*master).importFile(bundle));
    }
    MainWindow window;
    REQUIRE(window.openWorkbook(masterPath));
    ScheduleDialog dialog(*window.session(), uuid, &window);
    auto *authors = dialog.findChild<QLabel *>(QStringLiteral("authors"));
    REQUIRE(authors);
    CHECK(authors->text().contains(QStringLiteral("Dafydd Price")));
    CHECK(authors->text().contains(QStringLiteral("Sioned Evans")));
}

TEST_CASE("A text conflict's result starts as both sides merged, with only the overlap marked, and is not saved while marked", "[gui][sync]")
{
    Folder folder;
    const TriageConflict triage = triageConflict(folder);
    const QString &masterPath = triage.masterPath;
    const QString &schedule = triage.schedule;
    const QStringList &bundles = triage.bundles;
    MainWindow window;
    REQUIRE(window.openWorkbook(masterPath));
    MergeReviewDialog dialog(*window.workbook(), bundles, &window);
    dialog.show();
    button(dialog, QStringLiteral("&Import"))->click();
    REQUIRE(dialog.conflictList()->count() == 1);
    dialog.conflictList()->setCurrentRow(0);
    const QString result = dialog.resultEdit()->toPlainText();
    // Dafydd's separate edit (online) and Sioned's (the same day) are both in; only triage is marked.
    CHECK(result.startsWith(QStringLiteral("Referral by phone or online.\n")));
    CHECK(result.endsWith(QStringLiteral("Visits recorded the same day.\n")));
    CHECK(result.contains(QStringLiteral("two hours")));
    CHECK(result.contains(QStringLiteral("four hours")));
    CHECK(result.contains(QStringLiteral("Sioned Evans")));
    // Saved as it is, the marks would become the Schedule's text: refused, and the reason shown.
    CHECK_FALSE(dialog.resolveCurrent(Take::Edited));
    CHECK(dialog.conflictList()->count() == 1);
    CHECK(need(ScheduleStore(*window.workbook()).find(schedule)).body.contains(QStringLiteral("two hours")));
    dialog.resultEdit()->setPlainText(QStringLiteral("Referral by phone or online.\nTriage within two hours.\nVisits recorded the same day.\n"));
    REQUIRE(dialog.resolveCurrent(Take::Edited));
    CHECK(need(ScheduleStore(*window.workbook()).find(schedule)).body
          == QStringLiteral("Referral by phone or online.\nTriage within two hours.\nVisits recorded the same day.\n"));
}

TEST_CASE("The import summary names a key met for the first time with its fingerprint, and Confirm keeps it as accepted",
          "[gui][sync][keys]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    const QString bundle = folder.path(QStringLiteral("p.qdfsync"));
    QString fingerprint;
    QString participantId;
    {
        auto master = newMaster(masterPath);
        auto p = need(createParticipant(folder.path(QStringLiteral("p.qdf")), kParticipant, masterPath));
        need(AnswerStore(*p).set(need(SectionStore(*p).question(QStringLiteral("activities"), QStringLiteral("reason"))).id,
                                 QStringLiteral("Care close to home")));
        need(SyncStore(*p).exportContribution(bundle));
        fingerprint = need(keys::Keys(*p).own())->fingerprint();
        participantId = p->info().uuid;
    }
    auto master = need(Workbook::open(masterPath));
    MergeReviewDialog dialog(*master, {bundle});
    dialog.show();
    SignerKeys *signers = dialog.signerKeys();
    REQUIRE(signers->isVisible());
    CHECK(signers->line()->text().contains(fingerprint));
    CHECK(signers->line()->text().contains(kParticipant.name));
    CHECK_FALSE(need(keys::Keys(*master).held(keys::Role::Participant, participantId)));  // a preview keeps nothing
    QTest::mouseClick(signers->confirmButton(), Qt::LeftButton);
    const auto kept = need(keys::Keys(*master).held(keys::Role::Participant, participantId));
    REQUIRE(kept);
    CHECK(kept->trust == keys::Trust::Accepted);
    CHECK(kept->fingerprint() == fingerprint);
    CHECK(dialog.importAll());
}

TEST_CASE("A file refused for a participant's changed key names both fingerprints in the import summary, and accepting the new key lets it in",
          "[gui][sync][keys]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    const QString second = folder.path(QStringLiteral("p2.qdfsync"));
    QString oldPrint, newPrint;
    auto master = newMaster(masterPath);
    {
        auto p = need(createParticipant(folder.path(QStringLiteral("p.qdf")), kParticipant, masterPath));
        const qint64 reason = need(SectionStore(*p).question(QStringLiteral("activities"), QStringLiteral("reason"))).id;
        need(AnswerStore(*p).set(reason, QStringLiteral("First")));
        need(SyncStore(*p).exportContribution(folder.path(QStringLiteral("p1.qdfsync"))));
        need(SyncStore(*master).importFile(folder.path(QStringLiteral("p1.qdfsync"))));
        oldPrint = need(keys::Keys(*p).own())->fingerprint();
        newPrint = need(keys::Keys(*p).renew()).fingerprint();
        need(AnswerStore(*p).set(reason, QStringLiteral("Second")));
        need(SyncStore(*p).exportContribution(second));
    }
    MergeReviewDialog dialog(*master, {second});
    dialog.show();
    CHECK(dialog.summaryTable()->item(0, 1)->text().contains(QStringLiteral("new key")));
    SignerKeys *signers = dialog.signerKeys();
    REQUIRE(signers->isVisible());
    CHECK(signers->line()->text().contains(newPrint));
    CHECK(signers->line()->text().contains(oldPrint));
    QTest::mouseClick(signers->confirmButton(), Qt::LeftButton);
    CHECK_FALSE(signers->isVisible());  // worked out again: nothing left to confirm
    CHECK(dialog.summaryTable()->item(0, 7)->text() == QStringLiteral("1"));  // the contribution now goes in
    CHECK(dialog.importAll());
    CHECK(dialog.importedCount() == 1);
}

namespace {

// The text a pane marks (its extra selections), with how: "+" underlined, "-" struck through.
QStringList marks(QPlainTextEdit *pane)
{
    QStringList found;
    for (const QTextEdit::ExtraSelection &s : pane->extraSelections())
        found << (s.format.fontStrikeOut() ? QStringLiteral("-") : s.format.fontUnderline() ? QStringLiteral("+") : QStringLiteral("?"))
                     + s.cursor.selectedText();
    return found;
}

} // namespace

TEST_CASE("The merge review marks the changed words in every pane by more than colour, names each side, and F7 goes "
          "from one difference to the next",
          "[gui][sync][diff]")
{
    Folder folder;
    const TriageConflict triage = triageConflict(folder);
    const QString &masterPath = triage.masterPath;
    const QStringList &bundles = triage.bundles;
    const QString base = triage.base;
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkbook(masterPath));
    MergeReviewDialog dialog(*window.workbook(), bundles, &window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    button(dialog, QStringLiteral("&Import"))->click();
    REQUIRE(dialog.conflictList()->count() == 1);
    dialog.conflictList()->setCurrentRow(0);

    // Whose each side is.
    QStringList titles;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        titles << label->text();
    CHECK(titles.contains(QStringLiteral("This workbook — %1").arg(window.workbook()->info().owner.name)));
    CHECK(titles.contains(QStringLiteral("Contribution — Sioned Evans")));
    CHECK(dialog.theirsPane()->accessibleName() == QStringLiteral("Contribution — Sioned Evans"));

    // Ours (Dafydd's, taken in first) and theirs (Sioned's) underline what is not in the base;
    // the base strikes through what either took out.
    const QStringList ours = marks(dialog.oursPane());
    INFO("ours: " << ours.join(QStringLiteral(" | ")).toStdString());
    CHECK(ours.filter(QStringLiteral("online")).size() == 1);
    CHECK(ours.filter(QStringLiteral("two hours")).size() == 1);
    CHECK(ours.filter(QStringLiteral("-")).isEmpty());
    const QStringList theirs = marks(dialog.theirsPane());
    INFO("theirs: " << theirs.join(QStringLiteral(" | ")).toStdString());
    CHECK(theirs.filter(QStringLiteral("four hours")).size() == 1);
    CHECK(theirs.filter(QStringLiteral("same day")).size() == 1);
    CHECK(theirs.filter(QStringLiteral("phone")).isEmpty());  // the same as the base: no mark
    const QStringList basePane = marks(dialog.basePane());
    INFO("base: " << basePane.join(QStringLiteral(" | ")).toStdString());
    CHECK(basePane.filter(QStringLiteral("-a day")).size() == 1);
    CHECK(basePane.filter(QStringLiteral("+")).isEmpty());
    CHECK_FALSE(marks(dialog.resultEdit()).isEmpty());
    CHECK(dialog.oursPane()->accessibleDescription().contains(QStringLiteral("underlined")));

    // F7 from the list goes to the result's first difference, then the next; Shift+F7 back.
    dialog.conflictList()->setFocus();
    QTest::keyClick(dialog.conflictList(), Qt::Key_F7);
    QPlainTextEdit *result = dialog.resultEdit();
    REQUIRE(result->hasFocus());
    const QString first = result->textCursor().selectedText();
    CHECK(first.contains(QStringLiteral("online")));
    QTest::keyClick(result, Qt::Key_F7);
    const QString second = result->textCursor().selectedText();
    CHECK(second != first);
    QTest::keyClick(result, Qt::Key_F7, Qt::ShiftModifier);
    CHECK(result->textCursor().selectedText() == first);
    // In a pane of its own: the differences of that pane.
    dialog.theirsPane()->setFocus();
    QTest::keyClick(dialog.theirsPane(), Qt::Key_F7);
    CHECK(dialog.theirsPane()->textCursor().selectedText().contains(QStringLiteral("four")));
    // Editing the result marks it again.
    result->setPlainText(base);
    CHECK(marks(result).isEmpty());
}

TEST_CASE("A name, a title or a file name with a right-to-left override or control characters cannot disguise itself in "
          "the merge review",
          "[gui][sync][hostile]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    const QString disguised = QStringLiteral("\u202Egnp.exe\x1b[2J<b>bold</b>");
    QStringList bundles;
    {
        auto master = newMaster(masterPath);
        const QString schedule = need(ScheduleStore(*master).add(need(SectionStore(*master).byKey(QStringLiteral("activities"))).id,
                                                                 QStringLiteral("Triage ") + disguised, QStringLiteral("Triage within a day.\n")))
                                     .uuid;
        int n = 0;
        for (const auto &[who, body] : {std::pair{Owner{QStringLiteral("Dafydd ") + disguised, QStringLiteral("Health board"), {}},
                                                  QStringLiteral("Triage within two hours.\n")},
                                        std::pair{Owner{QStringLiteral("Sioned ") + disguised, {}, {}},
                                                  QStringLiteral("Triage within four hours.\n")}}) {
            auto p = need(createParticipant(folder.path(QStringLiteral("p%1.qdf").arg(n)), who, masterPath));
            need(ScheduleStore(*p).edit(schedule, QStringLiteral("Triage ") + disguised, body));
            const Question reason = need(SectionStore(*p).question(QStringLiteral("activities"), QStringLiteral("reason")));
            need(AnswerStore(*p).set(reason.id, QStringLiteral("Because \u202Etxt.exe")));
            bundles << folder.path(QStringLiteral("p%1 \u202Egnp.qdfsync").arg(n++));
            need(SyncStore(*p).exportContribution(bundles.last()));
        }
    }
    MainWindow window;
    REQUIRE(window.openWorkbook(masterPath));
    MergeReviewDialog dialog(*window.workbook(), bundles, &window);
    dialog.show();
    QStringList seen;
    const auto expectShown = [&seen](const QString &text) {
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QChar(0x202E)));
        CHECK_FALSE(text.contains(QChar(0x1b)));
        CHECK(text.contains(QStringLiteral("⟨U+202E⟩")));
        seen << text;
    };
    QTableWidget *summary = dialog.summaryTable();
    REQUIRE(summary->rowCount() == 2);
    expectShown(summary->item(0, 0)->text());  // the file's name
    expectShown(summary->item(0, 1)->text());  // who sent it
    CHECK(summary->item(0, 1)->text() == QStringLiteral("Dafydd ⟨U+202E⟩gnp.exe⟨U+001B⟩[2J<b>bold</b>"));
    auto *keys = dialog.findChild<QLabel *>(QStringLiteral("signerKeysLine"));
    REQUIRE(keys);
    expectShown(keys->text());
    CHECK(keys->textFormat() == Qt::PlainText);  // <b> is shown, never read as markup

    button(dialog, QStringLiteral("&Import"))->click();
    REQUIRE(dialog.conflictList()->count() == 1);
    expectShown(dialog.conflictList()->item(0)->text());  // the Schedule's title and who sent it
    CHECK(dialog.conflictList()->item(0)->text().contains(QStringLiteral("Triage ⟨U+202E⟩gnp.exe")));
    bool titled = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().contains(QStringLiteral("Triage")) && !label->text().contains(QStringLiteral("Sioned")))
            continue;
        expectShown(label->text());
        CHECK(label->textFormat() == Qt::PlainText);
        titled = true;
    }
    CHECK(titled);
    REQUIRE(dialog.questionList()->count() == 1);
    auto *offered = dialog.findChild<QListWidget *>(QStringLiteral("contributions"));
    REQUIRE(offered->count() == 2);
    expectShown(offered->item(0)->text());
    CHECK(offered->item(0)->text().contains(QStringLiteral("Because ⟨U+202E⟩txt.exe")));
    // Taken as the answer, the text is kept exactly as it was sent.
    offered->setCurrentRow(0);
    button(dialog, QStringLiteral("Take this &one"))->click();
    CHECK(dialog.answerEdit()->toPlainText() == QStringLiteral("Because \u202Etxt.exe"));
    CHECK(seen.size() >= 7);
}
