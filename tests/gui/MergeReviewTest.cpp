#include "TestSupport.h"

#include "core/stores/AnswerStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"
#include "gui/app/MainWindow.h"
#include "gui/sync/MergeReviewDialog.h"
#include "gui/sync/SyncMenu.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

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
    button(dialog, QStringLiteral("&Add it to the answer"))->click();
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
    REQUIRE(window.syncMenu()->joinFromMaster(masterPath, Owner{QStringLiteral("Aled Hughes"), {}, {}},
                                              folder.path(QStringLiteral("aled"))));
    CHECK_FALSE(window.workbook()->isMaster());
    CHECK(window.workbook()->path().endsWith(QStringLiteral("aled.qdf")));
    CHECK(window.syncMenu()->statusText().contains(QStringLiteral("Based on master revision %1").arg(revision)));
}
