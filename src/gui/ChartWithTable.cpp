#include "gui/ChartWithTable.h"

#include "gui/Colours.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHeaderView>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qdf::gui {

ChartWithTable::ChartWithTable(const QString &name, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QCheckBox(tr("Show as table"), this);
    m_toggle->setAccessibleName(tr("Show %1 as a table").arg(name));
    m_stack = new QStackedWidget(this);
    m_view = new QChartView(m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(name);
    m_view->viewport()->setAccessibleName(name);  // it takes the focus with the view
    m_table = new QTableWidget(m_stack);
    m_table->setAccessibleName(tr("%1, as a table").arg(name));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setProperty("tableAlternative", QVariant::fromValue<QObject *>(m_table));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    layout->addWidget(m_toggle);
    layout->addWidget(m_stack, 1);
    connect(m_toggle, &QCheckBox::toggled, this, [this](bool table) { m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_view); });
}

void ChartWithTable::setChart(QChart *chart, const QStringList &columns, const QStringList &rows, const QVector<QStringList> &cells)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_table->clear();
    m_table->setColumnCount(int(columns.size()));
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setVerticalHeaderLabels(rows);
    QStringList said;
    for (int c = 0; c < columns.size(); ++c) {
        QStringList values;
        for (int r = 0; r < rows.size(); ++r) {
            const QString value = cells.value(r).value(c);
            auto *item = new QTableWidgetItem(value);
            item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(r, c, item);
            values << tr("%1 %2").arg(rows[r], value);
        }
        said << tr("%1: %2").arg(columns[c], values.join(tr(", ")));
    }
    // The figures in words, for whoever cannot see the chart; the table holds the same.
    const QString title = chart->title();
    m_view->setAccessibleDescription(said.isEmpty() ? tr("%1: nothing to show yet").arg(title)
                                                    : tr("%1. %2.").arg(title, said.join(tr("; "))));
}

void ChartWithTable::fitTheme(QChart *chart, const QPalette &palette)
{
    const bool dark = colours::luminance(palette.color(QPalette::Window)) < 0.18;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
}

QColor ChartWithTable::seriesColour(const QPalette &palette, const QColor &wanted)
{
    const QColor window = palette.color(QPalette::Window), base = palette.color(QPalette::Base);
    return colours::readableOn(base, colours::readableOn(window, wanted, 3.0), 3.0);
}

} // namespace qdf::gui
