// A merge review without the mouse: from the window's menu bar, through the file dialog and the
// import summary, to each conflict decided (F7 to its differences, the result edited, a side
// chosen) and the contributions composed into the master's answer.
#include "GuiSupport.h"
#include "KeyDriving.h"
#include "TestSupport.h"

#include "core/stores/AnswerStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"
#include "gui/sync/MergeReviewDialog.h"
#include "gui/sync/SignerKeys.h"
#include "gui/sync/SyncMenu.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::sync;
using namespace qdf::test;
using namespace qdf::test::keys;

namespace {

// Two Schedules both participants changed in the same words, and the answer both gave: Dafydd's
// bundle comes in first (fast-forwards), Sioned's then conflicts on both Schedules.
struct TwoConflicts {
    QString master;
    QString triage;
    QString visits;
    QStringList bundles;
};

TwoConflicts twoConflicts(const Folder &folder)
{
    TwoConflicts made{folder.path(QStringLiteral("master.qdf")), {}, {}, {}};
    auto master = newMaster(made.master);
    const qint64 activities = need(SectionStore(*master).byKey(QStringLiteral("activities"))).id;
    made.triage = need(ScheduleStore(*master).add(activities, QStringLiteral("Triage"), QStringLiteral("Triage within a day.\n"))).uuid;
    made.visits = need(ScheduleStore(*master).add(activities, QStringLiteral("Visits"), QStringLiteral("Nurses visit on weekdays.\n")))
                      .uuid;
    int n = 0;
    for (const auto &[who, triage, visits] :
         {std::tuple{kParticipant, QStringLiteral("Triage within two hours.\n"), QStringLiteral("Nurses visit every day.\n")},
          std::tuple{Owner{QStringLiteral("Sioned Evans"), QStringLiteral("Carers Group"), {}}, QStringLiteral("Triage within four hours.\n"),
                     QStringLiteral("Nurses visit at weekends.\n")}}) {
        auto p = need(createParticipant(folder.path(QStringLiteral("p%1.qdf").arg(n)), who, made.master));
        need(ScheduleStore(*p).edit(made.triage, QStringLiteral("Triage"), triage));
        need(ScheduleStore(*p).edit(made.visits, QStringLiteral("Visits"), visits));
        const Question reason = need(SectionStore(*p).question(QStringLiteral("activities"), QStringLiteral("reason")));
        need(AnswerStore(*p).set(reason.id, QStringLiteral("Reason from %1").arg(who.name)));
        made.bundles << folder.path(QStringLiteral("p%1.qdfsync").arg(n++));
        need(SyncStore(*p).exportContribution(made.bundles.last()));
    }
    return made;
}

QString fileArgument(const QStringList &paths)
{
    QStringList quoted;
    for (const QString &path : paths)
        quoted << QLatin1Char('"') + path + QLatin1Char('"');
    return quoted.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("A production team member takes in two contributions and decides the merge review by keyboard alone", "[gui][keyboard][sync]")
{
    Folder folder;
    const TwoConflicts made = twoConflicts(folder);
    MainWindow window;
    openShown(window, made.master);
    window.findChild<QTreeWidget *>(QStringLiteral("navigation"))->setFocus();  // where the window starts

    Quiet quiet;
    bool pickedFiles = false;
    bool reviewed = false;
    bool triageFirst = true;  // the list's order is the store's: the test follows it
    // The file dialog: the two bundles typed into its file name, then Return.
    whenModal<QFileDialog>(quiet, QStringLiteral("the file dialog"), [&](QFileDialog *files) {
        pickedFiles = true;
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!quiet.expect(name && within(name), QStringLiteral("the file dialog does not start in its file name"))) {
            files->reject();
            return;
        }
        quiet.type(fileArgument(made.bundles));
        quiet.press(Qt::Key_Return);
        // The merge review, once the file dialog has gone.
        whenModal<MergeReviewDialog>(quiet, QStringLiteral("the merge review"), [&](MergeReviewDialog *dialog) {
            reviewed = true;
            // The keys met for the first time: Tab to Confirm, Space.
            if (quiet.tabTo(dialog->signerKeys()->confirmButton(), QStringLiteral("Confirm these keys")))
                quiet.press(Qt::Key_Space);
            quiet.expect(!dialog->signerKeys()->confirmButton()->isEnabled(), QStringLiteral("the keys are not confirmed"));
            QListWidget *list = dialog->conflictList();
            quiet.pressUntil(Qt::ALT | Qt::Key_I, [&] { return list->isVisible(); }, QStringLiteral("import"));
            if (!quiet.expect(list->count() == 2 && within(list),
                              QStringLiteral("the review does not open at two conflicts, in the list (%1 conflicts, the focus "
                                             "on %2, %3 imported)")
                                  .arg(list->count())
                                  .arg(focus() ? QString::fromLatin1(focus()->metaObject()->className()) : QStringLiteral("nothing"))
                                  .arg(dialog->importedCount()))) {
                dialog->reject();
                return;
            }
            // Between the items: Down and Up; the panes follow.
            list->setCurrentRow(0);
            const QString first = dialog->theirsPane()->toPlainText();
            quiet.press(Qt::Key_Down);
            quiet.expect(list->currentRow() == 1 && dialog->theirsPane()->toPlainText() != first,
                         QStringLiteral("Down does not show the second conflict"));
            quiet.press(Qt::Key_Up);
            quiet.expect(list->currentRow() == 0, QStringLiteral("Up does not go back to the first conflict"));
            triageFirst = list->currentItem()->text().contains(QStringLiteral("Triage"));
            // F7 goes to the result's first difference, and on to the next.
            quiet.press(Qt::Key_F7);
            QPlainTextEdit *result = dialog->resultEdit();
            quiet.expect(within(result) && !result->textCursor().selectedText().isEmpty(),
                         QStringLiteral("F7 does not select the result's first difference"));
            // The result edited: everything selected, typed anew, Ctrl+Return uses it.
            quiet.press(Qt::Key_A, Qt::ControlModifier);
            quiet.type(triageFirst ? QStringLiteral("Triage within three hours.") : QStringLiteral("Nurses visit daily."));
            quiet.pressUntil(Qt::CTRL | Qt::Key_Return, [&] { return list->count() == 1 && within(list); },
                             QStringLiteral("decide the conflict and go back to the list"));
            // The other: Alt+T takes theirs.
            quiet.pressUntil(Qt::ALT | Qt::Key_T, [&] { return list->count() == 0; }, QStringLiteral("take theirs"));
            // The answers tab: both contributions, the second added to the first, saved.
            auto *offered = dialog->findChild<QListWidget *>(QStringLiteral("contributions"));
            quiet.pressUntil(Qt::ALT | Qt::Key_A, [&] { return offered->isVisible(); }, QStringLiteral("show the answers"));
            if (quiet.tabTo(offered, QStringLiteral("the contributions"))) {
                quiet.press(Qt::Key_Home);
                const QString first = offered->currentItem()->data(Qt::UserRole).toString();
                quiet.pressUntil(Qt::ALT | Qt::Key_O, [&] { return dialog->answerEdit()->toPlainText() == first; },
                               QStringLiteral("take this one"));
                quiet.press(Qt::Key_Down);
                quiet.pressUntil(Qt::ALT | Qt::Key_D, [&] { return dialog->answerEdit()->toPlainText().contains(QStringLiteral("\n\n")); },
                               QStringLiteral("add it to the answer"));
                quiet.expect(dialog->answerEdit()->toPlainText() == QStringLiteral("Reason from Dafydd Price\n\nReason from Sioned Evans"),
                             QStringLiteral("the answer is not composed: ") + dialog->answerEdit()->toPlainText());
                quiet.pressUntil(Qt::ALT | Qt::Key_S, [&] { return dialog->questionList()->count() == 0; }, QStringLiteral("save the answer"));
            }
            // Done: Tab to Close, Space.
            QPushButton *close = dialog->findChild<QDialogButtonBox *>(QStringLiteral("reviewButtons"))->button(QDialogButtonBox::Close);
            if (quiet.tabTo(close, QStringLiteral("Close")))
                quiet.press(Qt::Key_Space);
            if (!quiet.expect(!dialog->isVisible(), QStringLiteral("Space on Close leaves the review open")))
                dialog->reject();
        });
    });
    // Sync › Import contributions…: Alt+S opens the menu, I the item.
    press(Qt::Key_S, Qt::AltModifier);
    QMenu *sync = window.findChild<QMenu *>(QStringLiteral("menuSync"));
    REQUIRE(sync);
    QTRY_VERIFY(sync->isVisible());
    press(Qt::Key_I);
    INFO(quiet.problems().join(QLatin1Char('\n')).toStdString());
    CHECK(pickedFiles);
    CHECK(reviewed);
    CHECK(quiet.problems().isEmpty());

    // The master holds what was chosen, and nothing waits.
    Workbook &master = *window.workbook();
    const QString triage = need(ScheduleStore(master).find(made.triage)).body;
    const QString visits = need(ScheduleStore(master).find(made.visits)).body;
    CHECK(triage == (triageFirst ? QStringLiteral("Triage within three hours.") : QStringLiteral("Triage within four hours.\n")));
    CHECK(visits == (triageFirst ? QStringLiteral("Nurses visit at weekends.\n") : QStringLiteral("Nurses visit daily.")));
    CHECK(need(SyncStore(master).conflicts()).isEmpty());
    const Question reason = need(SectionStore(master).question(QStringLiteral("activities"), QStringLiteral("reason")));
    const auto answer = need(AnswerStore(master).current(reason.id));
    REQUIRE(answer);
    CHECK(answer->text == QStringLiteral("Reason from Dafydd Price\n\nReason from Sioned Evans"));
    CHECK(window.syncMenu()->statusText().contains(QStringLiteral("no conflicts")));
}
