#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTabWidget;

namespace qdf::gui {

class DetailedAssessment;
class ScoringGrid;
class WorkbookSession;

// The Catalyst for Change self-assessment: a round and a participant, then three views —
// individual scoring, the group view (where people disagree most first, and the agreed level
// per element) and the final scores table with each driver's band and improvement target.
class CatalystPage : public QWidget {
    Q_OBJECT
public:
    CatalystPage(WorkbookSession &session, QWidget *parent = nullptr);

    ScoringGrid *grid() const { return m_grid; }
    QTableWidget *groupTable() const { return m_group; }
    QTableWidget *finalScores() const { return m_final; }
    QTabWidget *tabs() const { return m_tabs; }
    DetailedAssessment *detailed() const { return m_detailed; }
    // Starts a round (as "New round…" does after asking its name); it becomes current.
    bool addRound(const QString &name, const QString &date);
    void selectRound(const QString &name);
    void setParticipant(const QString &name);

private:
    void reloadRounds();
    void reloadViews();
    QString roundId() const;

    WorkbookSession &m_session;
    QComboBox *m_rounds = nullptr;
    QLineEdit *m_participant = nullptr;
    QTabWidget *m_tabs = nullptr;
    ScoringGrid *m_grid = nullptr;
    QTableWidget *m_group = nullptr;
    QTableWidget *m_final = nullptr;
    DetailedAssessment *m_detailed = nullptr;
};

} // namespace qdf::gui
