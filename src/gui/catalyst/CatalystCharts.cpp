#include "gui/catalyst/CatalystCharts.h"

#include "core/report/CatalystReport.h"
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

// One closed line around the radar: driver i at 360/6 * i degrees.
QLineSeries *radarLine(const QString &name, const Ratings &ratings, const QColor &colour)
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

// A chart view owns its chart only from setChart on: the one it had is deleted here.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
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
    auto *charts = new QHBoxLayout;
    m_radar = new QChartView(this);
    m_radar->setRenderHint(QPainter::Antialiasing);
    m_radar->setAccessibleName(tr("Radar of the six driver totals"));
    m_history = new QChartView(this);
    m_history->setRenderHint(QPainter::Antialiasing);
    m_history->setAccessibleName(tr("Driver totals across rounds"));
    charts->addWidget(m_radar, 1);
    charts->addWidget(m_history, 1);
    layout->addLayout(charts, 1);
    m_unreadable = new UnreadableNotice(m_radar);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &CatalystCharts::drawRadar);
}

void CatalystCharts::show(const RoundSnapshot &current, const QVector<RoundSnapshot> &rounds, bool anonymous)
{
    const bool sameRound = current.round.uuid == m_current.round.uuid;
    m_current = current;
    m_rounds = rounds;
    m_unreadable->hide();
    m_compare->setEnabled(true);
    {
        const QSignalBlocker block(m_compare);
        const QString before = m_compare->currentData().toString();
        m_compare->clear();
        m_compare->addItem(tr("nothing"), QString());
        const QStringList names = current.byParticipant.keys();
        for (int i = 0; i < names.size(); ++i)
            m_compare->addItem(anonymous ? report::anonymousLabel(i) : names[i], QStringLiteral("p:") + names[i]);
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
    replaceChart(m_radar, new QChart);
    replaceChart(m_history, new QChart);
    m_unreadable->say(message);
}

void CatalystCharts::drawRadar()
{
    const Pack &pack = Pack::shipped();
    auto *chart = new QPolarChart;
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

    QVector<QLineSeries *> lines{radarLine(tr("Agreed"), m_current.agreed, kAgreed)};
    const QString other = m_compare->currentData().toString();
    if (other.startsWith(QLatin1String("p:"))) {
        lines << radarLine(m_compare->currentText(), m_current.byParticipant.value(other.mid(2)), kOther);
    } else if (other.startsWith(QLatin1String("r:"))) {
        for (const RoundSnapshot &r : m_rounds) {
            if (r.round.uuid == other.mid(2))
                lines << radarLine(tr("%1 (agreed)").arg(r.round.name), r.agreed, kOther);
        }
    }
    for (QLineSeries *line : lines) {
        chart->addSeries(line);
        line->attachAxis(angles);
        line->attachAxis(totals);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(m_radar, chart);
}

void CatalystCharts::drawHistory()
{
    const Pack &pack = Pack::shipped();
    auto *chart = new QChart;
    chart->setTitle(tr("Agreed totals across rounds"));
    auto *series = new QHorizontalBarSeries;
    for (const RoundSnapshot &r : m_rounds) {
        auto *set = new QBarSet(r.round.name);
        const SystemScore score = scoreSystem(pack, r.agreed);
        // Reversed so the first driver is at the top, as in every table.
        for (auto it = score.drivers.crbegin(); it != score.drivers.crend(); ++it)
            *set << it->total;
        series->append(set);
    }
    chart->addSeries(series);
    auto *drivers = new QBarCategoryAxis;
    for (auto it = pack.drivers.crbegin(); it != pack.drivers.crend(); ++it)
        drivers->append(twoLines(it->name));
    auto *totals = new QValueAxis;
    totals->setRange(0, 20);
    totals->setTickCount(5);
    totals->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(drivers, Qt::AlignLeft);
    chart->addAxis(totals, Qt::AlignBottom);
    series->attachAxis(drivers);
    series->attachAxis(totals);
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(m_history, chart);
}

} // namespace qdf::gui
