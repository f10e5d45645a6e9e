#pragma once

#include "core/catalyst/CatalystStore.h"

#include <QTableWidget>

namespace qdf::gui {

class CellTyping;
class UnreadableNotice;
class WorkbookSession;

// The facilitator's view of the room: for each element everyone's level side by side, the
// spread and median, most divergent first, then the level the group agrees and a note of the
// discussion. Anonymised, participants appear as Person A, B, ... (for the projector).
// A note being typed in its cell is saved with all pending typing (WorkbookSession::registerPending).
class GroupView : public QTableWidget {
    Q_OBJECT
public:
    enum class Column { Element, FirstParticipant, Spread, Median, Agreed, Note };

    GroupView(WorkbookSession &session, QWidget *parent = nullptr);
    void show(const catalyst::RoundSnapshot &round, bool anonymous);
    // In place of the round that could not be read: nothing to agree.
    void showUnreadable(const QString &message);
    CellTyping *typing() const { return m_typing; }
    int column(Column which) const;
    QString elementAt(int row) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitElementColumn();

    WorkbookSession &m_session;
    CellTyping *m_typing = nullptr;
    UnreadableNotice *m_unreadable = nullptr;
    QString m_roundId;
    int m_participants = 0;
    QHash<QString, QString> m_notes;  // kept when the agreed level changes
};

} // namespace qdf::gui
