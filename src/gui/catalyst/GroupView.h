#pragma once

#include "core/catalyst/CatalystStore.h"

#include <QTableWidget>

namespace qdf::gui {

class WorkbookSession;

// The facilitator's view of the room: for each element everyone's level side by side, the
// spread and median, most divergent first, then the level the group agrees and a note of the
// discussion. Anonymised, participants appear as Person A, B, ... (for the projector).
class GroupView : public QTableWidget {
    Q_OBJECT
public:
    enum class Column { Element, FirstParticipant, Spread, Median, Agreed, Note };

    GroupView(WorkbookSession &session, QWidget *parent = nullptr);
    void show(const catalyst::RoundSnapshot &round, bool anonymous);
    int column(Column which) const;
    QString elementAt(int row) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitElementColumn();

    WorkbookSession &m_session;
    QString m_roundId;
    int m_participants = 0;
    QHash<QString, QString> m_notes;  // kept when the agreed level changes
};

} // namespace qdf::gui
