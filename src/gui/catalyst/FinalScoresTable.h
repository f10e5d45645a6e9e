#pragma once

#include "core/catalyst/CatalystStore.h"

#include <QTableWidget>

namespace qdf::gui {

class CellTyping;
class UnreadableNotice;
class WorkbookSession;

// "The final scores" as in the workbook: each driver's agreed total against its own four
// threshold ranges, the band reached marked, and the Prioritised Improvement Target (editable;
// a target being typed in its cell is saved with all pending typing).
class FinalScoresTable : public QTableWidget {
    Q_OBJECT
public:
    static constexpr int kTargetColumn = 6;

    FinalScoresTable(WorkbookSession &session, QWidget *parent = nullptr);
    void show(const catalyst::RoundSnapshot &round, bool presenting = false);
    void showUnreadable(const QString &message);
    CellTyping *typing() const { return m_typing; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitDriverColumn();

    WorkbookSession &m_session;
    CellTyping *m_typing = nullptr;
    UnreadableNotice *m_unreadable = nullptr;
    QString m_roundId;
};

} // namespace qdf::gui
