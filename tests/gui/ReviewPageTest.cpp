#include "TestSupport.h"

#include "core/review/ReviewStore.h"
#include "gui/actions/ActionPlanView.h"
#include "gui/app/MainWindow.h"
#include "gui/review/ChecklistTable.h"
#include "gui/review/ItemPanel.h"
#include "gui/review/ReviewPage.h"
#include "gui/review/ReviewSummaryView.h"
#include "gui/review/StepGuidance.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/session/ReviewEdits.h"
#include "gui/session/WorkbookSession.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::review;
using namespace qdf::test;

namespace {

struct Fixture {
    Folder folder;
    MainWindow window;
    ReviewPage *page = nullptr;

    explicit Fixture(const QStringList &checklists, int model = 1)
    {
        const QString path = folder.path(QStringLiteral("m.qdf"));
        need(createMaster(path, kProducer, QStringLiteral("Reviews")));
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openWorkbook(path));
        REQUIRE(window.showPage(QStringLiteral("review")));
        page = qobject_cast<ReviewPage *>(window.page(QStringLiteral("review")));
        REQUIRE(page);
        Review draft;
        draft.title = QStringLiteral("Home care contract 2027");
        draft.subject = QStringLiteral("Home care framework contract");
        draft.subjectKind = QStringLiteral("contract");
        draft.model = model;
        draft.checklists = checklists;
        REQUIRE(page->addReview(draft));
    }

    Workbook &workbook() const { return window.session()->workbook(); }
    QString ratingOf(const QString &path) const
    {
        for (const Response &r : need(ReviewStore(workbook()).responses(page->currentReview()))) {
            if (r.item.path() == path)
                return r.rating;
        }
        return {};
    }
};

int countOf(const Summary &s, const QString &checklist, const QString &rating)
{
    for (const ChecklistSummary &c : s.checklists) {
        if (c.checklistKey == checklist)
            return c.counts.value(rating, -1);
    }
    return -1;
}

} // namespace

TEST_CASE("A reviewer rates a checklist by keyboard and sees the summary change", "[gui][review]")
{
    Fixture f({QStringLiteral("contract-management"), QStringLiteral("pbr-suitability")});
    ReviewPage *page = f.page;
    REQUIRE(page->showView(QStringLiteral("checklist")));
    ChecklistTable *table = page->checklistTable();
    REQUIRE(table->rowCount() == 8);
    table->setFocus();
    table->setCurrentCell(0, table->ratingColumn());
    QTest::keyClick(table, Qt::Key_1);  // Administration and arrangements: Met, then on to the next
    QTest::keyClick(table, Qt::Key_3);  // Risk management: Not met
    QTest::keyClick(table, Qt::Key_2);  // Outcomes: Partly met
    CHECK(table->item(0, table->ratingColumn())->text() == QStringLiteral("Met"));
    CHECK(table->item(1, table->ratingColumn())->text() == QStringLiteral("Not met"));
    CHECK(table->currentRow() == 3);
    CHECK(f.ratingOf(QStringLiteral("contract-management/risk-management")) == QStringLiteral("not-met"));
    // The item panel follows the current item and shows its rating.
    CHECK(page->itemPanel()->ratingBox()->currentData().toString() == QStringLiteral("not-reviewed"));

    REQUIRE(page->showView(QStringLiteral("summary")));
    ReviewSummaryView *summary = page->summaryView();
    CHECK(countOf(summary->summary(), QStringLiteral("contract-management"), QStringLiteral("met")) == 1);
    CHECK(countOf(summary->summary(), QStringLiteral("contract-management"), QStringLiteral("not-met")) == 1);
    CHECK(countOf(summary->summary(), QStringLiteral("contract-management"), QStringLiteral("partly-met")) == 1);
    CHECK(countOf(summary->summary(), QStringLiteral("contract-management"), QStringLiteral("not-reviewed")) == 0);
    CHECK(summary->summary().checklists[0].unanswered == 5);  // not yet looked at, counted apart
    CHECK(summary->countsTable()->item(0, 1)->text() == QStringLiteral("1"));
    CHECK(summary->gapsTree()->topLevelItemCount() == 2);
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(summary->chartView()->chart()->series().value(0));
    REQUIRE(series);
    REQUIRE(series->count() == 5);
    // Checklists run bottom to top in the chart: the contract checklist is the last category.
    CHECK(series->barSets()[0]->at(1) == 1);  // one Met
    CHECK(series->barSets()[2]->at(1) == 1);  // one Not met

    // Back to the checklist: 0 clears Administration, Ctrl+Z brings it back, the summary follows.
    REQUIRE(page->showView(QStringLiteral("checklist")));
    table->setFocus();
    table->setCurrentCell(0, table->ratingColumn());
    QTest::keyClick(table, Qt::Key_0);
    CHECK(f.ratingOf(QStringLiteral("contract-management/administration-and-arrangements")) == QStringLiteral("not-reviewed"));
    REQUIRE(page->showView(QStringLiteral("summary")));
    CHECK(countOf(summary->summary(), QStringLiteral("contract-management"), QStringLiteral("met")) == 0);
    f.window.session()->undoStack()->undo();
    CHECK(countOf(summary->summary(), QStringLiteral("contract-management"), QStringLiteral("met")) == 1);
    CHECK(summary->countsTable()->item(0, 1)->text() == QStringLiteral("1"));

    // Payment by Results: every feature Yes, then one No, and the verdict follows.
    REQUIRE(page->showView(QStringLiteral("pbr")));
    ChecklistTable *pbr = page->pbrTable();
    pbr->setFocus();
    pbr->setCurrentCell(0, pbr->ratingColumn());
    for (int i = 0; i < pbr->rowCount(); ++i)
        QTest::keyClick(pbr, Qt::Key_1);
    REQUIRE(page->showView(QStringLiteral("summary")));
    REQUIRE(summary->summary().pbrVerdict);
    CHECK(*summary->summary().pbrVerdict == QStringLiteral("appropriate"));
    REQUIRE(page->showView(QStringLiteral("pbr")));
    pbr->setCurrentCell(4, pbr->ratingColumn());
    QTest::keyClick(pbr, Qt::Key_2);
    CHECK(page->findChild<QLabel *>(QStringLiteral("pbrPageVerdict"))->text().contains(QStringLiteral("does not look appropriate")));
}

TEST_CASE("A note typed in the item panel is saved with the rating, and edited in a step's cell", "[gui][review]")
{
    Fixture f({QStringLiteral("contract-management"), QStringLiteral("step-change")}, 2);
    ReviewPage *page = f.page;
    REQUIRE(page->showView(QStringLiteral("checklist")));
    page->checklistTable()->selectItem(QStringLiteral("quality"));
    ItemPanel *panel = page->itemPanel();
    panel->noteEdit()->setFocus();
    QTest::keyClicks(panel->noteEdit(), QStringLiteral("Visits happen; findings not followed up"));
    REQUIRE(panel->saveNote());
    const int index = panel->ratingBox()->findData(QStringLiteral("partly-met"));
    panel->ratingBox()->setCurrentIndex(index);
    Q_EMIT panel->ratingBox()->activated(index);
    const auto responses = need(ReviewStore(f.workbook()).responses(page->currentReview()));
    REQUIRE(responses.size() == 1);
    CHECK(responses[0].rating == QStringLiteral("partly-met"));
    CHECK(responses[0].note == QStringLiteral("Visits happen; findings not followed up"));

    // The step-change table: the three models side by side, the review's own (2) marked.
    REQUIRE(page->showView(QStringLiteral("step-change")));
    ChecklistTable *steps = page->stepTable();
    CHECK(steps->rowCount() == 12);
    CHECK(steps->horizontalHeaderItem(3)->text().contains(QStringLiteral("(in use)")));
    CHECK(steps->horizontalHeaderItem(3)->font().bold());
    CHECK_FALSE(steps->horizontalHeaderItem(2)->font().bold());
    const Item &first = Pack::shipped().checklist(QStringLiteral("step-change"))->items.first();
    CHECK(page->stepGuidance()->guidanceShown(2) == first.guidance.value(2));
    steps->setFocus();
    steps->setCurrentCell(0, steps->ratingColumn());
    QTest::keyClick(steps, Qt::Key_2);
    CHECK(f.ratingOf(QStringLiteral("step-change/resource-analysis")) == QStringLiteral("done"));
    steps->item(0, steps->notesColumn())->setText(QStringLiteral("Mapped by locality"));
    const auto after = need(ReviewStore(f.workbook()).responses(page->currentReview()));
    CHECK(std::any_of(after.begin(), after.end(), [](const Response &r) {
        return r.item.itemKey == QLatin1String("resource-analysis") && r.rating == QLatin1String("done")
            && r.note == QLatin1String("Mapped by locality");
    }));
}

TEST_CASE("Tailoring in the panel: the seed's suggestions, reorder, remove and undo, and evidence and actions", "[gui][review]")
{
    Fixture f({QStringLiteral("procurement")}, 3);
    ReviewPage *page = f.page;
    REQUIRE(page->showView(QStringLiteral("checklist")));
    // Where the toolkit gives guidance for the review's model, the item shows that model's.
    page->checklistTable()->selectItem(QStringLiteral("outcomes-focus"));
    const Item *outcomes = Pack::shipped().checklist(QStringLiteral("procurement"))->item(QStringLiteral("outcomes-focus"));
    REQUIRE_FALSE(outcomes->guidance.value(3).isEmpty());
    const QString guidance = page->itemPanel()->findChild<QLabel *>(QStringLiteral("itemGuidance"))->text();
    CHECK(guidance.contains(outcomes->guidance.value(3)));
    CHECK_FALSE(guidance.contains(outcomes->guidance.value(1)));
    page->checklistTable()->selectItem(QStringLiteral("effectiveness-benefits"));
    ItemPanel *panel = page->itemPanel();
    QMenu *suggestions = panel->suggestionsButton()->menu();
    REQUIRE(suggestions->actions().size() == 6);
    suggestions->actions()[0]->trigger();
    suggestions->actions()[2]->trigger();
    QListWidget *list = panel->subQuestionList();
    REQUIRE(list->count() == 2);
    const QString firstText = list->item(0)->text();
    const QString secondText = list->item(1)->text();
    list->setCurrentRow(0);
    panel->findChild<QPushButton *>(QStringLiteral("subQuestionDown"))->click();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() == secondText);
    CHECK(list->item(1)->text() == firstText);
    list->setCurrentRow(0);
    panel->findChild<QPushButton *>(QStringLiteral("removeSubQuestion"))->click();
    CHECK(list->count() == 1);
    f.window.session()->undoStack()->undo();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() == secondText);

    const Review review = page->currentReview();
    const ItemRef item{QStringLiteral("procurement"), QStringLiteral("effectiveness-benefits")};
    REQUIRE(ReviewEdits(*f.window.session()).attachEvidence(review, item, QStringLiteral("complaints.csv"), "a,b\n1,2\n"));
    CHECK(panel->findChild<QListWidget *>(QStringLiteral("evidenceFiles"))->count() == 1);
    f.window.session()->undoStack()->undo();
    CHECK(panel->findChild<QListWidget *>(QStringLiteral("evidenceFiles"))->count() == 0);

    Action draft;
    draft.achieve = QStringLiteral("Publish complaint figures each quarter");
    draft.lead = QStringLiteral("Quality lead");
    const QString uuid = ReviewEdits(*f.window.session()).addAction(review, item, draft);
    REQUIRE_FALSE(uuid.isEmpty());
    auto *actions = panel->findChild<QListWidget *>(QStringLiteral("itemActions"));
    CHECK(actions->item(0)->text().startsWith(draft.achieve));
    REQUIRE(page->showView(QStringLiteral("actions")));
    REQUIRE(page->actionPlan()->actions().size() == 1);
    // One action plan: the edit helpers of the Catalyst panel edit it too, and this page follows.
    Action edited = page->actionPlan()->actions().first();
    edited.byWhen = QStringLiteral("April 2027");
    REQUIRE(AssessmentEdits(*f.window.session()).updateAction(edited));
    CHECK(page->actionPlan()->table()->item(0, 4)->text() == QStringLiteral("April 2027"));
}
