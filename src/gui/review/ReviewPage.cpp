#include "gui/review/ReviewPage.h"

#include "core/Workbook.h"
#include "core/report/ReviewReport.h"
#include "core/review/ReviewSummary.h"
#include "gui/actions/ActionPlanView.h"
#include "gui/actions/ActionSheetDialog.h"
#include "gui/CellTyping.h"
#include "gui/ReadOrSay.h"
#include "gui/review/ChecklistTable.h"
#include "gui/review/ItemPanel.h"
#include "gui/review/NewReviewDialog.h"
#include "gui/review/RatingTone.h"
#include "gui/review/ReviewSummaryView.h"
#include "gui/review/StepGuidance.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/session/ReviewEdits.h"
#include "gui/session/WorkbookSession.h"
#include "gui/app/ReportActions.h"
#include "gui/Labels.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace qdf::gui {

using namespace qdf::review;

namespace {

const QString kStepChange = QStringLiteral("step-change");
const QString kPbr = QStringLiteral("pbr-suitability");

bool isDomainChecklist(const QString &key)
{
    return key != kStepChange && key != kPbr;
}

Subjects reviewSubjects(const Review &review)
{
    Subjects subjects;
    for (const QString &key : review.checklists) {
        const Checklist *c = Pack::shipped().checklist(key);
        for (const Item &item : c->items)
            subjects << qMakePair(ItemRef{key, item.key}.path(), Pack::shipped().subjectName(ItemRef{key, item.key}.path()));
    }
    return subjects;
}

} // namespace

ReviewPage::ReviewPage(WorkbookSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("page-review"));
    const bool editable = !session.workbook().isReadOnly();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 24);
    auto *title = new QLabel(tr("Commissioning review"), this);
    title->setProperty("role", QStringLiteral("title"));
    layout->addWidget(title);
    auto *purpose = new QLabel(tr("Review a procurement, a contract or a whole commissioning system against the domains, "
                                  "read through the outcome-based model in use; the gaps become actions in the one action plan."),
                               this);
    purpose->setProperty("role", QStringLiteral("purpose"));
    purpose->setWordWrap(true);
    layout->addWidget(purpose);

    auto *bar = new QHBoxLayout;
    m_reviews = new QComboBox(this);
    m_reviews->setObjectName(QStringLiteral("reviewChoice"));
    m_reviews->setAccessibleName(tr("Review"));
    m_reviews->setMinimumWidth(300);
    auto *newReview = new QPushButton(tr("New review…"), this);
    newReview->setObjectName(QStringLiteral("newReview"));
    newReview->setEnabled(editable);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(exportMenu());
    bar->addWidget(labelFor(m_reviews, tr("Review:")));
    bar->addWidget(m_reviews);
    bar->addWidget(newReview);
    bar->addStretch();
    bar->addWidget(exportButton);
    layout->addLayout(bar);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setWordWrap(true);
    m_modelGuidance = new QLabel(this);
    m_modelGuidance->setProperty("role", QStringLiteral("guidance"));
    m_modelGuidance->setWordWrap(true);
    layout->addWidget(m_details);
    layout->addWidget(m_modelGuidance);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Views of the review"));
    // The domain checklists: items on the left, the chosen one in full on the right.
    auto *checklistPage = new QWidget(m_tabs);
    auto *checklistLayout = new QVBoxLayout(checklistPage);
    auto *checklistBar = new QHBoxLayout;
    m_checklists = new QComboBox(checklistPage);
    m_checklists->setObjectName(QStringLiteral("checklistChoice"));
    m_checklists->setAccessibleName(tr("Checklist"));
    m_keysHint = new QLabel(checklistPage);
    m_keysHint->setProperty("role", QStringLiteral("guidance"));
    checklistBar->addWidget(labelFor(m_checklists, tr("Checklist:")));
    checklistBar->addWidget(m_checklists);
    checklistBar->addSpacing(16);
    checklistBar->addWidget(m_keysHint, 1);
    checklistLayout->addLayout(checklistBar);
    auto *splitter = new QSplitter(Qt::Horizontal, checklistPage);
    m_checklist = new ChecklistTable(splitter);
    m_checklist->setAccessibleName(tr("Checklist items and their ratings"));
    auto *scroll = new QScrollArea(splitter);
    scroll->setAccessibleName(tr("The item chosen: its rating, notes, sub-questions, evidence and actions"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_panel = new ItemPanel(session, scroll);
    scroll->setWidget(m_panel);
    m_itemUnreadable = new UnreadableNotice(scroll);
    splitter->addWidget(m_checklist);
    splitter->addWidget(scroll);
    splitter->setSizes({380, 560});
    checklistLayout->addWidget(splitter, 1);
    m_tabs->addTab(checklistPage, tr("&Checklists"));

    m_stepPage = new QWidget(m_tabs);
    auto *stepLayout = new QVBoxLayout(m_stepPage);
    auto *stepIntro = new QLabel(tr("The commissioning cycle, step by step, from time and task to the model in use "
                                    "(highlighted). Status: %1. Double-click a note to edit it.")
                                     .arg(ratingKeysHint(kStepChange)),
                                 m_stepPage);
    stepIntro->setWordWrap(true);
    stepIntro->setProperty("role", QStringLiteral("guidance"));
    m_steps = new ChecklistTable(m_stepPage);
    m_steps->setObjectName(QStringLiteral("stepChangeTable"));
    m_steps->setAccessibleName(tr("Step-change commissioning: steps, guidance for each model and status"));
    auto *stepSplitter = new QSplitter(Qt::Vertical, m_stepPage);
    stepSplitter->addWidget(m_steps);
    m_stepGuidance = new StepGuidance(stepSplitter);
    stepSplitter->addWidget(m_stepGuidance);
    stepSplitter->setStretchFactor(0, 3);
    stepSplitter->setStretchFactor(1, 2);
    stepLayout->addWidget(stepIntro);
    stepLayout->addWidget(stepSplitter, 1);
    m_tabs->addTab(m_stepPage, tr("Step chan&ge"));

    m_pbrPage = new QWidget(m_tabs);
    auto *pbrLayout = new QVBoxLayout(m_pbrPage);
    auto *pbrIntro = new QLabel(tr("Is Payment by Results suitable? The features the National Audit Office looks for: %1.")
                                    .arg(ratingKeysHint(kPbr)),
                                m_pbrPage);
    pbrIntro->setWordWrap(true);
    pbrIntro->setProperty("role", QStringLiteral("guidance"));
    m_pbr = new ChecklistTable(m_pbrPage);
    m_pbr->setObjectName(QStringLiteral("pbrTable"));
    m_pbr->setAccessibleName(tr("Payment by Results suitability"));
    m_pbrVerdict = new QLabel(m_pbrPage);
    m_pbrVerdict->setObjectName(QStringLiteral("pbrPageVerdict"));
    m_pbrVerdict->setWordWrap(true);
    m_pbrVerdict->setProperty("role", QStringLiteral("question"));
    // The source's table is garbled: say so beside the reasons it prints.
    auto *pbrSource = new QLabel(Pack::shipped().checklist(kPbr)->sourceNote, m_pbrPage);
    pbrSource->setObjectName(QStringLiteral("pbrSourceNote"));
    pbrSource->setWordWrap(true);
    pbrSource->setProperty("role", QStringLiteral("guidance"));
    pbrLayout->addWidget(pbrIntro);
    pbrLayout->addWidget(pbrSource);
    pbrLayout->addWidget(m_pbr, 1);
    pbrLayout->addWidget(m_pbrVerdict);
    m_tabs->addTab(m_pbrPage, tr("&Payment by Results"));

    m_summary = new ReviewSummaryView(session, m_tabs);
    m_tabs->addTab(m_summary, tr("S&ummary"));
    m_actions = new ActionPlanView(m_tabs);
    m_actions->setEditable(editable);
    m_tabs->addTab(m_actions, tr("&Action plan"));
    layout->addWidget(m_tabs, 1);

    connect(newReview, &QPushButton::clicked, this, [this] {
        NewReviewDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            addReview(dialog.review());
    });
    connect(m_reviews, &QComboBox::currentIndexChanged, this, &ReviewPage::reviewChosen);
    connect(m_checklists, &QComboBox::currentIndexChanged, this, [this] {
        m_panel->saveNote();
        showChecklistLayout();
        reloadViews();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_panel->saveNote();
        reloadViews();
    });
    connect(&m_session, &WorkbookSession::reviewChanged, this, &ReviewPage::reloadViews);
    connect(&m_session, &WorkbookSession::actionsChanged, this, &ReviewPage::reloadViews);
    connect(m_checklist, &ChecklistTable::currentItemChanged, this, [this](const QString &key) {
        m_panel->saveNote();
        showItem(key);
    });
    for (ChecklistTable *table : {m_checklist, m_steps, m_pbr}) {
        connect(table, &ChecklistTable::ratingRequested, this, [this, table](const QString &item, const QString &rating) {
            rate(table->checklistKey(), item, rating, nullptr);
        });
        connect(table, &ChecklistTable::noteEdited, this, [this, table](const QString &item, const QString &note) {
            const QString rating = responsesOf(table->checklistKey()).value(item).rating;
            table->typing()->setSaved(
                rate(table->checklistKey(), item, rating.isEmpty() ? ratingScale(table->checklistKey()).first() : rating, &note));
        });
        table->typing()->registerWith(m_session);
    }
    connect(m_steps, &ChecklistTable::currentItemChanged, this, [this](const QString &key) {
        const Checklist *steps = Pack::shipped().checklist(kStepChange);
        m_stepGuidance->show(steps ? steps->item(key) : nullptr, m_review.model);
    });
    connect(m_panel, &ItemPanel::addActionRequested, this, [this](const ItemRef &item) { openAction({}, item); });
    connect(m_panel, &ItemPanel::openActionRequested, this, [this](const Action &a) { openAction(a, {}); });
    connect(m_summary, &ReviewSummaryView::itemActivated, this, &ReviewPage::selectItem);
    connect(m_actions, &ActionPlanView::addRequested, this, [this] {
        ItemRef item{m_review.checklists.value(0), {}};
        if (!m_summary->summary().gaps.isEmpty())
            item = m_summary->summary().gaps.first().item;  // the first gap is the likeliest subject
        else if (const Checklist *c = Pack::shipped().checklist(item.checklistKey))
            item.itemKey = c->items.first().key;
        openAction({}, item);
    });
    connect(m_actions, &ActionPlanView::openRequested, this, [this](const Action &a) { openAction(a, {}); });
    connect(m_actions, &ActionPlanView::removeRequested, this, [this](const Action &a) {
        if (QMessageBox::question(this, tr("Remove action"),
                                  tr("Remove the action \"%1\"? (Edit › Undo brings it back.)").arg(a.achieve))
            == QMessageBox::Yes)
            AssessmentEdits(m_session).removeAction(a.uuid);
    });
    reloadReviews();
}

bool ReviewPage::addReview(const Review &draft)
{
    // Starting a review is a formal act, like starting a Schedule: saved at once, not undoable.
    auto added = ReviewStore(m_session.workbook()).create(draft);
    if (!added) {
        Q_EMIT m_session.failed(added.error().message);
        return false;
    }
    reloadReviews();
    selectReview(added->title);
    return true;
}

void ReviewPage::selectReview(const QString &title)
{
    for (int i = m_reviews->count() - 1; i >= 0; --i) {
        if (m_reviews->itemText(i).startsWith(title)) {
            m_reviews->setCurrentIndex(i);
            return;
        }
    }
}

bool ReviewPage::selectChecklist(const QString &key)
{
    const int index = m_checklists->findData(key);
    if (index >= 0)
        m_checklists->setCurrentIndex(index);
    return index >= 0;
}

void ReviewPage::selectItem(const ItemRef &item)
{
    if (item.checklistKey == kStepChange) {
        m_tabs->setCurrentWidget(m_stepPage);
        m_steps->selectItem(item.itemKey);
        m_steps->setFocus();
    } else if (item.checklistKey == kPbr) {
        m_tabs->setCurrentWidget(m_pbrPage);
        m_pbr->selectItem(item.itemKey);
        m_pbr->setFocus();
    } else if (selectChecklist(item.checklistKey)) {
        m_tabs->setCurrentIndex(0);
        m_checklist->selectItem(item.itemKey);
        m_checklist->setFocus();
    }
}

bool ReviewPage::showView(const QString &name)
{
    static const QStringList views{QStringLiteral("checklist"), QStringLiteral("step-change"), QStringLiteral("pbr"),
                                   QStringLiteral("summary"), QStringLiteral("actions")};
    const int index = int(views.indexOf(name));
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
    return index >= 0 && m_tabs->currentIndex() == index;
}

void ReviewPage::reloadReviews()
{
    {
        const QSignalBlocker block(m_reviews);
        m_reviews->clear();
        auto reviews = readOrSay(m_session, ReviewStore(m_session.workbook()).reviews(), tr("The reviews"));
        m_reviewsUnreadable = reviews ? QString() : reviews.error().message;
        for (const Review &r : reviews ? *reviews : QVector<Review>())
            m_reviews->addItem(r.reviewedOn.isEmpty() ? r.title : tr("%1 (%2)").arg(r.title, r.reviewedOn), r.uuid);
        m_reviews->setCurrentIndex(m_reviews->count() - 1);  // the latest
    }
    m_tabs->setEnabled(m_reviews->count() > 0);
    reviewChosen();
    if (m_reviews->count() == 0 && m_reviewsUnreadable.isEmpty())
        m_details->setText(tr("No review yet: start one with New review…"));
}

void ReviewPage::reviewChosen()
{
    m_panel->saveNote();
    m_review = {};
    m_unreadable = m_reviewsUnreadable;
    if (const QString id = m_reviews->currentData().toString(); !id.isEmpty()) {
        auto review = readOrSay(m_session, ReviewStore(m_session.workbook()).review(id),
                                tr("The review “%1”").arg(m_reviews->currentText()));
        if (review)
            m_review = *review;
        else
            m_unreadable = review.error().message;
    }
    {
        const QSignalBlocker block(m_checklists);
        m_checklists->clear();
        for (const QString &key : m_review.checklists) {
            if (isDomainChecklist(key))
                m_checklists->addItem(Pack::shipped().checklist(key)->name, key);
        }
    }
    m_tabs->setTabEnabled(0, m_checklists->count() > 0);
    m_tabs->setTabEnabled(1, m_review.checklists.contains(kStepChange));
    m_tabs->setTabEnabled(2, m_review.checklists.contains(kPbr));
    if (!m_tabs->isTabEnabled(m_tabs->currentIndex()))
        m_tabs->setCurrentWidget(m_summary);
    showChecklistLayout();
    reloadViews();
}

void ReviewPage::showChecklistLayout()
{
    const Pack &pack = Pack::shipped();
    if (const Checklist *c = pack.checklist(m_checklists->currentData().toString())) {
        m_checklist->setChecklist(*c, {}, false);
        m_keysHint->setText(tr("Keys: %1").arg(ratingKeysHint(c->key)));
    }
    if (const Checklist *steps = pack.checklist(kStepChange)) {
        QVector<ChecklistTable::Column> columns{{tr("Stage"), [steps](const Item &item) {
                                                     for (const Stage &s : steps->stages) {
                                                         if (s.key == item.stageKey)
                                                             return s.name;
                                                     }
                                                     return QString();
                                                 },
                                                 false, false, 70}};
        for (const Model &m : pack.models)
            columns << ChecklistTable::Column{m.number == m_review.model ? tr("Model %1 (in use)").arg(m.number)
                                                                         : tr("Model %1").arg(m.number),
                                              [n = m.number](const Item &item) { return item.guidance.value(n); },
                                              m.number == m_review.model, true};
        m_steps->setChecklist(*steps, columns, true);
        m_steps->setColumnWidth(0, 150);
        for (int c = 0; c < pack.models.size(); ++c)
            m_steps->horizontalHeaderItem(c + 2)->setToolTip(pack.models[c].name);
    }
    if (const Checklist *pbr = pack.checklist(kPbr))
        m_pbr->setChecklist(*pbr, {{tr("Why it matters"), [](const Item &item) { return item.whyItMatters; }}}, true);
}

QHash<QString, Response> ReviewPage::responsesOf(const QString &checklistKey) const
{
    QHash<QString, Response> byItem;
    for (const Response &r : m_responses ? *m_responses : QVector<Response>()) {
        if (r.item.checklistKey == checklistKey)
            byItem.insert(r.item.itemKey, r);
    }
    return byItem;
}

// Only the view on show is rebuilt: a keystroke in a checklist must not redraw five views.
void ReviewPage::reloadViews()
{
    if (m_review.uuid.isEmpty()) {
        if (!m_unreadable.isEmpty()) {
            m_details->clear();
            m_modelGuidance->clear();
            showUnreadable(m_unreadable);
        }
        return;
    }
    const Pack &pack = Pack::shipped();
    const Model *model = pack.model(m_review.model);
    QStringList details;
    if (!m_review.subject.isEmpty())
        details << tr("Reviewing: %1").arg(m_review.subject);
    if (!m_review.reviewedOn.isEmpty())
        details << tr("Date: %1").arg(m_review.reviewedOn);
    if (!m_review.reviewers.isEmpty())
        details << tr("Reviewers: %1").arg(m_review.reviewers);
    details << tr("Model %1: %2").arg(m_review.model).arg(model ? model->name : QString());
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    m_modelGuidance->setText(model ? model->reviewGuidance : QString());

    const bool editable = !m_session.workbook().isReadOnly();
    QWidget *shown = m_tabs->currentWidget();
    m_responses.reset();
    if (shown == m_checklist->parentWidget()->parentWidget() || shown == m_stepPage || shown == m_pbrPage) {
        auto responses = readOrSay(m_session, ReviewStore(m_session.workbook()).responses(m_review),
                                   tr("The ratings of “%1”").arg(m_review.title));
        if (!responses) {
            showUnreadable(responses.error().message);
            return;
        }
        m_responses = *responses;
    }
    if (shown == m_checklist->parentWidget()->parentWidget()) {
        m_checklist->setResponses(responsesOf(m_checklist->checklistKey()), editable);
        if (m_checklist->currentRow() < 0 && m_checklist->rowCount() > 0)
            m_checklist->setCurrentCell(0, m_checklist->ratingColumn());
        showItem(m_checklist->currentItemKey());
    } else if (shown == m_stepPage) {
        m_steps->setResponses(responsesOf(kStepChange), editable);
        if (m_steps->currentRow() < 0 && m_steps->rowCount() > 0)
            m_steps->setCurrentCell(0, m_steps->ratingColumn());
        const Checklist *steps = pack.checklist(kStepChange);
        m_stepGuidance->show(steps ? steps->item(m_steps->currentItemKey()) : nullptr, m_review.model);
    } else if (shown == m_pbrPage) {
        m_pbr->setResponses(responsesOf(kPbr), editable);
        auto s = readOrSay(m_session, summarise(ReviewStore(m_session.workbook()), m_review), tr("The verdict"));
        m_pbrVerdict->setText(!s               ? s.error().message
                              : s->pbrVerdict ? verdictText(*s->pbrVerdict)
                                              : noVerdictText(s->pbrUnanswered));
    } else if (shown == m_summary) {
        m_summary->setReview(m_review);
    } else if (shown == m_actions) {
        auto actions = readOrSay(m_session, ReviewStore(m_session.workbook()).actions(m_review),
                                 tr("The actions of “%1”").arg(m_review.title));
        if (actions)
            m_actions->setActions(*actions, [&pack](const QString &key) { return pack.subjectName(key); });
        else
            m_actions->showUnreadable(actions.error().message);
    }
}

// The view on show says why, in place of what it would show.
void ReviewPage::showUnreadable(const QString &message)
{
    m_responses.reset();
    QWidget *shown = m_tabs->currentWidget();
    if (shown == m_checklist->parentWidget()->parentWidget()) {
        m_checklist->showUnreadable(message);
        m_panel->clear();
    } else if (shown == m_stepPage) {
        m_steps->showUnreadable(message);
    } else if (shown == m_pbrPage) {
        m_pbr->showUnreadable(message);
        m_pbrVerdict->clear();
    } else if (shown == m_summary) {
        m_summary->showUnreadable(message);
    } else if (shown == m_actions) {
        m_actions->showUnreadable(message);
    }
}

void ReviewPage::showItem(const QString &itemKey)
{
    m_panel->setVisible(true);
    m_itemUnreadable->hide();
    if (itemKey.isEmpty()) {
        m_panel->clear();
        return;
    }
    const ReviewStore store(m_session.workbook());
    ItemPanel::Data d;
    d.review = m_review;
    d.item = ItemRef{m_checklist->checklistKey(), itemKey};
    d.response = responsesOf(d.item.checklistKey).value(itemKey, Response{d.item, ratingScale(d.item.checklistKey).first(), {}, {}});
    auto questions = readOrSay(m_session, store.subQuestions(m_review), tr("The sub-questions"));
    auto evidence = questions ? readOrSay(m_session, store.evidence(m_review), tr("The evidence files")) : questions.error();
    auto actions = evidence ? readOrSay(m_session, store.actions(m_review), tr("The actions")) : evidence.error();
    if (!actions) {
        // An item without its sub-questions, evidence or actions would look like one that has none.
        m_panel->clear();
        m_panel->setVisible(false);
        m_itemUnreadable->say(actions.error().message);
        return;
    }
    for (const SubQuestion &q : *questions) {
        if (q.item.path() == d.item.path())
            d.subQuestions << q;
    }
    for (const Evidence &e : *evidence) {
        if (e.item.path() == d.item.path())
            d.evidence << e;
    }
    for (const Action &a : *actions) {
        if (a.subjectKey == d.item.path())
            d.actions << a;
    }
    m_panel->show(d, !m_session.workbook().isReadOnly());
}

bool ReviewPage::rate(const QString &checklistKey, const QString &itemKey, const QString &rating, const QString *note)
{
    if (!m_responses)
        return false;  // the ratings could not be read (the view says so): nothing is saved over them
    const ItemRef item{checklistKey, itemKey};
    const QString keptNote = note ? *note : responsesOf(checklistKey).value(itemKey).note;
    return ReviewEdits(m_session).rate(m_review, item, rating, keptNote);
}

void ReviewPage::openAction(const Action &action, const ItemRef &item)
{
    const auto add = [this, review = m_review](const Action &draft) {
        const QString subject = draft.subjectKey;
        return ReviewEdits(m_session).addAction(
            review, ItemRef{subject.section(QLatin1Char('/'), 0, 0), subject.section(QLatin1Char('/'), 1)}, draft);
    };
    ActionSheetDialog dialog(m_session, reviewSubjects(m_review), add, this);
    Action draft = action;
    if (draft.uuid.isEmpty())
        draft.subjectKey = item.path();
    dialog.setAction(draft);
    dialog.exec();  // it saves as one types
}

QMenu *ReviewPage::exportMenu()
{
    auto *menu = new QMenu(this);
    menu->addAction(tr("Review report (PDF, Word, ODT, HTML)…"), this, [this] { exportFile(true); });
    menu->addAction(tr("Review table (XLSX, CSV)…"), this, [this] { exportFile(false); });
    return menu;
}

void ReviewPage::exportFile(bool document)
{
    if (m_review.uuid.isEmpty())
        return;
    m_panel->saveNote();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QStringLiteral("%1.%2").arg(m_review.title, document ? QStringLiteral("pdf") : QStringLiteral("xlsx")),
        document ? reports::reportFilters() : reports::tableFilters());
    if (path.isEmpty())
        return;
    Workbook &wb = m_session.workbook();
    const Status written = document ? reports::writeReportFile([&] { return report::reviewReport(wb, m_review.uuid); }, path)
                                    : reports::writeTableFile(report::reviewTable(wb, m_review.uuid), path, m_review.title);
    if (!written)
        Q_EMIT m_session.failed(written.error().message);
}

} // namespace qdf::gui
