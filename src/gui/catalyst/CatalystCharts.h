#pragma once

#include "core/catalyst/CatalystStore.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QHBoxLayout;

namespace qdf::gui {

class ChartWithTable;
class UnreadableNotice;

// The round at a glance: a radar of the six agreed driver totals (out of 20) with, beside it,
// one participant's or an earlier round's; and each driver's agreed total across all rounds.
// Each chart has its figures as a table beside it ("Show as table") and in its description; the
// lines and bars differ by dash and pattern as well as colour, and the bars carry their values.
class CatalystCharts : public QWidget {
    Q_OBJECT
public:
    explicit CatalystCharts(QWidget *parent = nullptr);

    // `rounds` are all the workbook's rounds, oldest first; `current` the one on show.
    // `anonymous` (presenting): nobody's own totals to compare with, and the charts' text kept
    // smaller than the window's large text, so that the plots keep their room.
    void show(const catalyst::RoundSnapshot &current, const QVector<catalyst::RoundSnapshot> &rounds, bool anonymous);
    // No charts of what could not be read.
    void showUnreadable(const QString &message);
    QComboBox *comparison() const { return m_compare; }
    QChartView *radar() const;
    QChartView *history() const;
    ChartWithTable *radarPanel() const { return m_radar; }
    ChartWithTable *historyPanel() const { return m_history; }

private:
    void drawRadar();
    void drawHistory();
    void fitText(QChart *chart) const;

    QComboBox *m_compare = nullptr;
    QHBoxLayout *m_charts = nullptr;
    ChartWithTable *m_radar = nullptr;
    ChartWithTable *m_history = nullptr;
    UnreadableNotice *m_unreadable = nullptr;
    catalyst::RoundSnapshot m_current;
    QVector<catalyst::RoundSnapshot> m_rounds;
    bool m_presenting = false;
};

} // namespace qdf::gui
