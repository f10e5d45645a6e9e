#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QChart;
class QChartView;
class QCheckBox;
class QStackedWidget;
class QTableWidget;

namespace qdf::gui {

// A chart and the same figures as a table, one on show at a time ("Show as table"), so what the
// chart says can be read by a screen reader, by keyboard and at any zoom. The chart's accessible
// description says the figures in words; the chart view names its table in the property
// "tableAlternative" (the accessibility test checks every chart has one).
class ChartWithTable : public QWidget {
    Q_OBJECT
public:
    ChartWithTable(const QString &name, QWidget *parent = nullptr);

    QChartView *chartView() const { return m_view; }
    QTableWidget *table() const { return m_table; }
    QCheckBox *showAsTable() const { return m_toggle; }

    // Replaces the chart (the view owns it from here) and fills the table: one row per `rows`,
    // one column per `columns`, cells[row][column].
    void setChart(QChart *chart, const QStringList &columns, const QStringList &rows, const QVector<QStringList> &cells);
    // The chart's theme follows the palette (dark on a dark one); call before adding series.
    static void fitTheme(QChart *chart, const QPalette &palette);
    // A series colour with 3:1 against the chart's background (fitTheme's, which follows the
    // palette's window and base).
    static QColor seriesColour(const QPalette &palette, const QColor &wanted);

private:
    QCheckBox *m_toggle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace qdf::gui
