#pragma once

#include "core/catalyst/CatalystStore.h"
#include "core/report/CatalystReport.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QTabWidget;
class QToolButton;

namespace qdf::gui {

class ActionPlanView;
class CatalystCharts;
class DetailedAssessment;
class EntryGrid;
class FinalScoresTable;
class GroupView;
class LiveController;
class ScoringGrid;
class WorkbookSession;

// The Catalyst for Change self-assessment: a round and a participant, then its views —
// individual scoring, the facilitator's entry grid, the group view (where people disagree most
// first, and the agreed level per element), the final scores table, charts, the action plan
// and the detailed assessment. While the window presents (app/Presentation), every view names
// nobody: participants are Person A, B, … in the round's anonymised order (core/catalyst/
// Anonymity.h), nobody's own scores or totals are shown, and no name can be typed on screen.
class CatalystPage : public QWidget {
    Q_OBJECT
public:
    CatalystPage(WorkbookSession &session, QWidget *parent = nullptr);

    ScoringGrid *grid() const { return m_grid; }
    EntryGrid *entryGrid() const { return m_entry; }
    GroupView *groupTable() const { return m_group; }
    FinalScoresTable *finalScores() const { return m_final; }
    QString systemSummary() const;
    CatalystCharts *charts() const { return m_charts; }
    ActionPlanView *actionPlan() const { return m_actions; }
    QTabWidget *tabs() const { return m_tabs; }
    DetailedAssessment *detailed() const { return m_detailed; }
    // Starts a round (as "New round…" does after asking its name); it becomes current.
    bool addRound(const QString &name, const QString &date);
    void selectRound(const QString &name);
    void setParticipant(const QString &name);
    // Shows a view by name: scoring, entry, group, final, charts, actions, detail.
    bool showView(const QString &name);
    // The window's presentation mode, as this page shows it (MainWindow keeps them together).
    void setPresenting(bool on);
    bool presenting() const { return m_presenting; }
    // A button for the window's View › Presentation Mode, beside the round.
    void addPresentationButton(QAction *action);
    // The window's live session: its Start button, and the levels kept blind while it runs.
    void setLive(LiveController *live);
    QPushButton *startLiveButton() const { return m_startLive; }
    // Opens the action sheet for a new action (the driver's target as its aim) or an existing one.
    void openAction(const Action &action);

Q_SIGNALS:
    // "Start live session…" on the round on show (its id, and its name as listed).
    void startLiveRequested(const QString &roundId, const QString &roundName);

private:
    QSet<QString> blindElements() const;
    catalyst::RoundSnapshot blind(const catalyst::RoundSnapshot &round) const;
    void reloadRounds();
    void reloadViews();
    bool followChanges();
    Result<QVector<catalyst::RoundSnapshot>> allRounds();
    void showUnreadable(const QString &message);
    void addAction();
    QMenu *exportMenu();
    void exportFile(std::optional<report::CatalystTable> table);  // nullopt: the report
    QString roundId() const;

    WorkbookSession &m_session;
    catalyst::RoundSnapshot m_round;  // of the view on show (not read for the scoring grid); empty if unreadable
    QString m_roundsUnreadable;       // why the list of rounds could not be read
    QComboBox *m_rounds = nullptr;
    QLineEdit *m_participant = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_purpose = nullptr;
    QLabel *m_participantLabel = nullptr;
    QHBoxLayout *m_bar = nullptr;
    QPushButton *m_addPerson = nullptr;
    bool m_presenting = false;
    bool m_editable = false;
    QPushButton *m_startLive = nullptr;
    LiveController *m_live = nullptr;
    QTabWidget *m_tabs = nullptr;
    ScoringGrid *m_grid = nullptr;
    EntryGrid *m_entry = nullptr;
    GroupView *m_group = nullptr;
    FinalScoresTable *m_final = nullptr;
    QLabel *m_system = nullptr;
    CatalystCharts *m_charts = nullptr;
    ActionPlanView *m_actions = nullptr;
    DetailedAssessment *m_detailed = nullptr;
};

} // namespace qdf::gui
