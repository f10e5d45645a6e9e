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
    // The whole-system view under the table: average element score, weakest drivers.
    static QString systemSummary(const catalyst::Ratings &agreed);

private:
    WorkbookSession &m_session;
    QString m_roundId;
};

} // namespace qdf::gui
