#pragma once

#include "core/review/ReviewStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;

namespace qdf::gui {

class ActionPlanView;
class ChecklistTable;
class ItemPanel;
class ReviewSummaryView;
class StepGuidance;
class UnreadableNotice;
class WorkbookSession;

// The commissioning-review panel: a review (or a new one), then its views — the domain
// checklists item by item, the step-change cycle with the three models side by side, the
// Payment-by-Results check, the summary and the review's action plan.
class ReviewPage : public QWidget {
    Q_OBJECT
public:
    ReviewPage(WorkbookSession &session, QWidget *parent = nullptr);

    // Starts a review (as "New review…" does after its dialog); it becomes current.
    bool addReview(const review::Review &draft);
    void selectReview(const QString &title);
    review::Review currentReview() const { return m_review; }
    // The domain checklist shown in the checklist view.
    bool selectChecklist(const QString &key);
    void selectItem(const review::ItemRef &item);
    // Shows a view by name: checklist, step-change, pbr, summary, actions.
    bool showView(const QString &name);

    QTabWidget *tabs() const { return m_tabs; }
    ChecklistTable *checklistTable() const { return m_checklist; }
    ItemPanel *itemPanel() const { return m_panel; }
    ChecklistTable *stepTable() const { return m_steps; }
    StepGuidance *stepGuidance() const { return m_stepGuidance; }
    ChecklistTable *pbrTable() const { return m_pbr; }
    ReviewSummaryView *summaryView() const { return m_summary; }
    ActionPlanView *actionPlan() const { return m_actions; }

private:
    void reloadReviews();
    void reviewChosen();
    void reloadViews();
    void showItem(const QString &itemKey);
    void showUnreadable(const QString &message);
    void showChecklistLayout();
    bool rate(const QString &checklistKey, const QString &itemKey, const QString &rating, const QString *note);
    void openAction(const Action &action, const review::ItemRef &item);
    QMenu *exportMenu();
    void exportFile(bool document);  // the report, or the table
    QHash<QString, review::Response> responsesOf(const QString &checklistKey) const;

    WorkbookSession &m_session;
    review::Review m_review;
    QString m_reviewsUnreadable;  // why the list of reviews could not be read
    QString m_unreadable;         // why the review on show could not be read
    std::optional<QVector<review::Response>> m_responses;  // none while unread or unreadable
    QComboBox *m_reviews = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_modelGuidance = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_checklists = nullptr;
    QLabel *m_keysHint = nullptr;
    ChecklistTable *m_checklist = nullptr;
    ItemPanel *m_panel = nullptr;
    UnreadableNotice *m_itemUnreadable = nullptr;
    QWidget *m_stepPage = nullptr;
    ChecklistTable *m_steps = nullptr;
    StepGuidance *m_stepGuidance = nullptr;
    QWidget *m_pbrPage = nullptr;
    ChecklistTable *m_pbr = nullptr;
    QLabel *m_pbrVerdict = nullptr;
    ReviewSummaryView *m_summary = nullptr;
    ActionPlanView *m_actions = nullptr;
};

} // namespace qdf::gui
