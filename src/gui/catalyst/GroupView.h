#pragma once

#include "core/catalyst/CatalystStore.h"

#include <QTableWidget>

namespace qdf::gui {

class AgreedLevelDelegate;
class CellTyping;
class UnreadableNotice;
class WorkbookSession;

// The facilitator's view of the room: for each element everyone's level side by side, the
// spread and median, most divergent first, then the level the group agrees and a note of the
// discussion. Anonymised, participants appear as Person A, B, ... (for the projector), in the
// round's anonymised order (core/catalyst/Anonymity.h).
// Keys as in the scoring grid: 1-4 agree the current row's level, 0 or Delete (in the Agreed
// column) clears it; F2, Return or Space open the Agreed cell's list.
// A note being typed in its cell is saved with all pending typing (WorkbookSession::registerPending).
//
// Shown again with the same round, people and order, only the cells whose text changed are
// touched: the current cell, an open editor and the scroll position stay, and 400 participants'
// columns are not laid out again for one agreed level.
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
    // What the keys 1-4 do on a row (0 clears); false if refused or not saved.
    bool agreeRow(int row, int level);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void build(const catalyst::RoundSnapshot &round, const QVector<QString> &order, const QStringList &headers);
    void fill(const catalyst::RoundSnapshot &round, const QVector<QString> &order);
    void setText(int row, int column, const QString &text);
    void fitElementColumn();

    WorkbookSession &m_session;
    CellTyping *m_typing = nullptr;
    AgreedLevelDelegate *m_agreed = nullptr;
    UnreadableNotice *m_unreadable = nullptr;
    QString m_roundId;
    int m_participants = 0;
    QStringList m_headers;     // as shown, to tell a new set of people from the same
    QStringList m_people;      // their names, in the columns' order
    QVector<QString> m_order;  // element keys, most divergent first
    QHash<QString, QString> m_notes;  // kept when the agreed level changes
};

} // namespace qdf::gui
