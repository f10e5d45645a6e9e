#pragma once

#include "core/catalyst/CatalystStore.h"

#include <QTableWidget>

namespace qdf::gui {

class UnreadableNotice;
class WorkbookSession;

// For the facilitator who collects scores on paper or by show of hands: elements down, one
// column per participant. Type 1-4 in a cell (the cursor moves down), Delete clears it; each
// driver's row shows every participant's total so far. Anonymised (the projector), the columns
// are Person A, B, … in the round's anonymised order and the totals are not shown.
class EntryGrid : public QTableWidget {
    Q_OBJECT
public:
    EntryGrid(WorkbookSession &session, QWidget *parent = nullptr);

    void show(const catalyst::RoundSnapshot &round, bool anonymous = false);
    // In place of the round that could not be read: nobody's scores, none to enter.
    void showUnreadable(const QString &message);
    // A column for someone who has no scores yet (kept until the round changes).
    bool addParticipant(const QString &name);
    QStringList participants() const { return m_participants; }
    // Sets (1-4) or clears (0) the current cell's level.
    bool setCurrentLevel(int level);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void build();
    void layOut(const QStringList &participants, const QStringList &headers);
    void fill();
    void fitElementColumn();

    WorkbookSession &m_session;
    UnreadableNotice *m_unreadable = nullptr;
    catalyst::RoundSnapshot m_round;
    QStringList m_participants;  // by column
    QStringList m_headers;       // as shown: their names, or Person A, B, …
    bool m_anonymous = false;
    int m_nameWidth = 240;  // the longest element's name, as measured when laid out
    QStringList m_added;  // columns added before anyone in them scored
};

} // namespace qdf::gui
