#pragma once

#include "core/catalyst/CatalystStore.h"

#include <QTableWidget>

namespace qdf::gui {

class WorkbookSession;

// "The final scores" as in the workbook: each driver's agreed total against its own four
// threshold ranges, the band reached marked, and the Prioritised Improvement Target (editable).
class FinalScoresTable : public QTableWidget {
    Q_OBJECT
public:
    static constexpr int kTargetColumn = 6;

    FinalScoresTable(WorkbookSession &session, QWidget *parent = nullptr);
    void show(const catalyst::RoundSnapshot &round);

private:
    WorkbookSession &m_session;
    QString m_roundId;
};

} // namespace qdf::gui
