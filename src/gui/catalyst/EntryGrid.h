#pragma once

#include "core/catalyst/CatalystStore.h"

#include <QTableWidget>

namespace qdf::gui {

class UnreadableNotice;
class WorkbookSession;

// For the facilitator who collects scores on paper or by show of hands: elements down, one
// column per participant. Type 1-4 in a cell (the cursor moves down), Delete clears it; each
// driver's row shows every participant's total so far.
class EntryGrid : public QTableWidget {
    Q_OBJECT
public:
    EntryGrid(WorkbookSession &session, QWidget *parent = nullptr);

    void show(const catalyst::RoundSnapshot &round);
    // In place of the round that could not be read: nobody's scores, none to enter.
    void showUnreadable(const QString &message);
    // A column for someone who has no scores yet (kept until the round changes).
    bool addParticipant(const QString &name);
    QStringList participants() const { return m_participants; }
    // Sets (1-4) or clears (0) the current cell's level.
    bool setCurrentLevel(int level);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void build();
    void layOut(const QStringList &participants);
    void fill();

    WorkbookSession &m_session;
    UnreadableNotice *m_unreadable = nullptr;
    catalyst::RoundSnapshot m_round;
    QStringList m_participants;
    QStringList m_added;  // columns added before anyone in them scored
};

} // namespace qdf::gui
