#include "gui/catalyst/CatalystCharts.h"

#include "gui/ChartWithTable.h"
#include "gui/ReadOrSay.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPolarChart>
#include <QSignalBlocker>
#include <QValueAxis>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

using namespace qdf::catalyst;

const QColor kAgreed(0x1f, 0x5f, 0x8b);
const QColor kOther(0xd9, 0x82, 0x2b);

// Bars of each round told apart by pattern too, not by colour alone.
constexpr Qt::BrushStyle kPatterns[] = {Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense4Pattern, Qt::CrossPattern,
                                        Qt::FDiagPattern, Qt::HorPattern};

// One closed line around the radar: driver i at 360/6 * i degrees.
QLineSeries *radarLine(const QString &name, const Ratings &ratings, const QColor &colour, Qt::PenStyle style)
{
    const Pack &pack = Pack::shipped();
    const SystemScore score = scoreSystem(pack, ratings);
    auto *series = new QLineSeries;
    bool complete = true;
    const double step = 360.0 / pack.drivers.size();
    for (int i = 0; i < score.drivers.size(); ++i) {
        series->append(step * i, score.drivers[i].total);
        complete = complete && score.drivers[i].complete;
    }
    series->append(360, score.drivers.first().total);
    series->setName(complete ? name : CatalystCharts::tr("%1 (incomplete)").arg(name));
    QPen pen(colour, 3);
    pen.setStyle(style);  // the comparison dashed: told apart without the colour
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}

// Driver names on two lines, so the labels leave the chart room to draw (axis labels are rich text).
QString twoLines(const QString &name)
{
    const int middle = int(name.size()) / 2;
    int space = int(name.lastIndexOf(QLatin1Char(' '), middle));
    const int after = int(name.indexOf(QLatin1Char(' '), middle));
    if (space < 0 || (after >= 0 && after - middle < middle - space))
        space = after;
    return space < 0 ? name.toHtmlEscaped()
                     : name.left(space).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(space + 1).toHtmlEscaped();
}

QString total(const DriverScore &score)
{
    return score.complete ? QString::number(score.total)
                          : CatalystCharts::tr("%1 (%2 of 5 rated)").arg(score.total).arg(score.rated);
}

QStringList driverNames()
{
    QStringList names;
    for (const Driver &d : Pack::shipped().drivers)
        names << d.name;
    return names;
}

} // namespace

CatalystCharts::CatalystCharts(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("catalystCharts"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("chartCompare"));
    m_compare->setAccessibleName(tr("Compare the agreed scores with"));
    m_compare->setMinimumWidth(260);
    auto *label = new QLabel(tr("&Beside the agreed scores:"), this);
    label->setBuddy(m_compare);
    bar->addWidget(label);
    bar->addWidget(m_compare);
    bar->addStretch();
    layout->addLayout(bar);
    auto *charts = m_charts = new QHBoxLayout;
    m_radar = new ChartWithTable(tr("Radar of the six driver totals"), this);
    m_radar->chartView()->setObjectName(QStringLiteral("radarChart"));
    m_history = new ChartWithTable(tr("Driver totals across rounds"), this);
    m_history->chartView()->setObjectName(QStringLiteral("roundsChart"));
    charts->addWidget(m_radar, 1);
    charts->addWidget(m_history, 1);
    layout->addLayout(charts, 1);
    m_unreadable = new UnreadableNotice(m_radar->chartView());
    connect(m_compare, &QComboBox::currentIndexChanged, this, &CatalystCharts::drawRadar);
}

QChartView *CatalystCharts::radar() const
{
    return m_radar->chartView();
}

QChartView *CatalystCharts::history() const
{
    return m_history->chartView();
}

void CatalystCharts::show(const RoundSnapshot &current, const QVector<RoundSnapshot> &rounds, bool anonymous)
{
    const bool sameRound = current.round.uuid == m_current.round.uuid;
    m_current = current;
    m_rounds = rounds;
    m_presenting = anonymous;
    // Presenting, the bars' drivers on one line need more width than the radar can spare.
    m_charts->setStretch(0, anonymous ? 2 : 1);
    m_charts->setStretch(1, anonymous ? 3 : 1);
    m_unreadable->hide();
    m_compare->setEnabled(true);
    {
        const QSignalBlocker block(m_compare);
        const QString before = m_compare->currentData().toString();
        m_compare->clear();
        m_compare->addItem(tr("nothing"), QString());
        // Anonymised (the projector), nobody's totals: only rounds to compare with.
        const QStringList names = anonymous ? QStringList() : current.byParticipant.keys();
        for (const QString &name : names)
            m_compare->addItem(name, QStringLiteral("p:") + name);
        for (const RoundSnapshot &r : rounds) {
            if (r.round.uuid != current.round.uuid)
                m_compare->addItem(tr("Round: %1").arg(r.round.name), QStringLiteral("r:") + r.round.uuid);
        }
        // At first, the round before this one: how far the room has come.
        int index = sameRound ? m_compare->findData(before) : -1;
        for (int i = 1; index < 0 && i < rounds.size(); ++i) {
            if (rounds[i].round.uuid == current.round.uuid)
                index = m_compare->findData(QStringLiteral("r:") + rounds[i - 1].round.uuid);
        }
        m_compare->setCurrentIndex(std::max(0, index));
    }
    drawRadar();
    drawHistory();
}

void CatalystCharts::showUnreadable(const QString &message)
{
    m_current = {};
    m_rounds.clear();
    {
        const QSignalBlocker block(m_compare);
        m_compare->clear();
    }
    m_compare->setEnabled(false);
    m_radar->setChart(new QChart, {}, {}, {});
    m_history->setChart(new QChart, {}, {}, {});
    m_unreadable->say(message);
}

void CatalystCharts::drawRadar()
{
    const Pack &pack = Pack::shipped();
    auto *chart = new QPolarChart;
    ChartWithTable::fitTheme(chart, palette());
    chart->setTitle(tr("Driver totals, %1").arg(m_current.round.name));
    auto *angles = new QCategoryAxis;
    angles->setRange(0, 360);
    angles->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double step = 360.0 / pack.drivers.size();
    for (int i = 0; i < pack.drivers.size(); ++i)
        angles->append(twoLines(pack.drivers[i].name), step * i);
    auto *totals = new QValueAxis;
    totals->setRange(0, 20);
    totals->setTickCount(5);
    totals->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(angles, QPolarChart::PolarOrientationAngular);
    chart->addAxis(totals, QPolarChart::PolarOrientationRadial);

    const QColor agreed = ChartWithTable::seriesColour(palette(), kAgreed);
    const QColor beside = ChartWithTable::seriesColour(palette(), kOther);
    QVector<std::pair<QString, Ratings>> shown{{tr("Agreed"), m_current.agreed}};
    QVector<QLineSeries *> lines{radarLine(tr("Agreed"), m_current.agreed, agreed, Qt::SolidLine)};
    const QString other = m_compare->currentData().toString();
    if (other.startsWith(QLatin1String("p:"))) {
        shown.append({m_compare->currentText(), m_current.byParticipant.value(other.mid(2))});
        lines << radarLine(m_compare->currentText(), shown.last().second, beside, Qt::DashLine);
    } else if (other.startsWith(QLatin1String("r:"))) {
        for (const RoundSnapshot &r : m_rounds) {
            if (r.round.uuid == other.mid(2)) {
                shown.append({tr("%1 (agreed)").arg(r.round.name), r.agreed});
                lines << radarLine(shown.last().first, r.agreed, beside, Qt::DashLine);
            }
        }
    }
    QStringList columns;
    QVector<QStringList> cells(pack.drivers.size());
    for (const auto &[name, ratings] : shown) {
        columns << name;
        const SystemScore score = scoreSystem(pack, ratings);
        for (int i = 0; i < score.drivers.size(); ++i)
            cells[i] << total(score.drivers[i]);
    }
    for (QLineSeries *line : lines) {
        chart->addSeries(line);
        line->attachAxis(angles);
        line->attachAxis(totals);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    fitText(chart);
    m_radar->setChart(chart, columns, driverNames(), cells);
}

void CatalystCharts::drawHistory()
{
    const Pack &pack = Pack::shipped();
    auto *chart = new QChart;
    ChartWithTable::fitTheme(chart, palette());
    chart->setTitle(tr("Agreed totals across rounds"));
    auto *series = new QHorizontalBarSeries;
    series->setLabelsVisible(true);  // each bar says its total
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    QStringList columns;
    QVector<QStringList> cells(pack.drivers.size());
    for (int k = 0; k < m_rounds.size(); ++k) {
        const RoundSnapshot &r = m_rounds[k];
        auto *set = new QBarSet(r.round.name);
        const SystemScore score = scoreSystem(pack, r.agreed);
        // Reversed so the first driver is at the top, as in every table.
        for (auto it = score.drivers.crbegin(); it != score.drivers.crend(); ++it)
            *set << it->total;
        series->append(set);
        columns << r.round.name;
        for (int i = 0; i < score.drivers.size(); ++i)
            cells[i] << total(score.drivers[i]);
    }
    chart->addSeries(series);
    // After the theme has coloured the sets: a pattern each, and labels that read on it.
    const QList<QBarSet *> sets = series->barSets();
    for (int k = 0; k < sets.size(); ++k) {
        QBrush brush = sets[k]->brush();
        brush.setStyle(kPatterns[k % std::size(kPatterns)]);
        sets[k]->setBrush(brush);
        sets[k]->setLabelColor(chart->titleBrush().color());
    }
    auto *drivers = new QBarCategoryAxis;
    for (auto it = pack.drivers.crbegin(); it != pack.drivers.crend(); ++it)
        drivers->append(m_presenting ? it->name.toHtmlEscaped() : twoLines(it->name));
    auto *totals = new QValueAxis;
    totals->setRange(0, 20);
    totals->setTickCount(5);
    totals->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(drivers, Qt::AlignLeft);
    chart->addAxis(totals, Qt::AlignBottom);
    series->attachAxis(drivers);
    series->attachAxis(totals);
    chart->legend()->setAlignment(Qt::AlignBottom);
    fitText(chart);
    m_history->setChart(chart, columns, driverNames(), cells);
}

// Presenting, at 1280x720 the window's text (half as large again) took the radar's room: the
// charts' own text is four fifths of it, still larger than at a desk, and their margins go.
// (The bars' drivers are on one line then: a category's label may be as tall as a seventh of
// the plot, which two lines no longer fitted, and Qt Charts cut them to their first word.)
void CatalystCharts::fitText(QChart *chart) const
{
    if (!m_presenting)
        return;
    QFont text = font();
    text.setPointSizeF(text.pointSizeF() * 0.8);
    chart->setMargins(QMargins());
    chart->setTitleFont(text);
    chart->legend()->setFont(text);
    for (QAbstractAxis *axis : chart->axes())
        axis->setLabelsFont(text);
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(text);
        }
    }
}

} // namespace qdf::gui
