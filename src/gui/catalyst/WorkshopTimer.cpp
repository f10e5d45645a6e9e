#include "gui/catalyst/WorkshopTimer.h"

#include "core/catalyst/CatalystPack.h"
#include "gui/Colours.h"
#include "gui/catalyst/WorkshopClock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace qdf::gui {

WorkshopTimer::WorkshopTimer(WorkshopClock &clock, QWidget *parent) : QWidget(parent), m_clock(clock)
{
    setObjectName(QStringLiteral("workshopTimer"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Workshop timer, five minutes a driver:"), this);
    m_driverName = new QLabel(this);
    m_driverName->setObjectName(QStringLiteral("timerDriver"));
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timerTime"));
    m_time->setAccessibleName(tr("Time left for this driver"));
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("timerStart"));
    m_start->setAccessibleName(tr("Start or pause the timer"));
    auto *next = new QPushButton(tr("Next driver"), this);
    next->setObjectName(QStringLiteral("timerNext"));
    next->setToolTip(tr("Five more minutes, for the next driver"));
    auto *reset = new QPushButton(tr("Reset"), this);
    reset->setObjectName(QStringLiteral("timerReset"));
    layout->addWidget(title);
    layout->addWidget(m_driverName);
    layout->addWidget(m_time);
    layout->addWidget(m_start);
    layout->addWidget(next);
    layout->addWidget(reset);
    connect(&m_clock, &WorkshopClock::changed, this, &WorkshopTimer::refresh);
    connect(m_start, &QPushButton::clicked, &m_clock, &WorkshopClock::toggle);
    connect(next, &QPushButton::clicked, &m_clock, &WorkshopClock::nextDriver);
    connect(reset, &QPushButton::clicked, &m_clock, &WorkshopClock::reset);
    fitTime();
    refresh();
}

QString WorkshopTimer::display() const
{
    return m_time->text();
}

void WorkshopTimer::setLarge(bool large)
{
    m_large = large;
    fitTime();
}

// The time's own size follows the window's font (the zoom, presentation mode), so it is set
// again whenever that changes.
void WorkshopTimer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitTime();
}

void WorkshopTimer::fitTime()
{
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * (m_large ? 2.0 : 1.3));
    f.setBold(true);
    m_time->setFont(f);
    m_time->setMinimumWidth(QFontMetrics(f).horizontalAdvance(QStringLiteral("+00:00")) + 8);
}

void WorkshopTimer::refresh()
{
    const auto &drivers = catalyst::Pack::shipped().drivers;
    const int driver = m_clock.driverIndex();
    m_driverName->setText(tr("%1 of %2: %3").arg(driver + 1).arg(drivers.size()).arg(drivers[driver].name));
    const QString time = m_clock.display();
    if (m_time->text() != time)
        m_time->setText(time);
    const QString colour = m_clock.secondsLeft() < 0
        ? QStringLiteral("color: %1;").arg(colours::css(colours::text(palette(), colours::Tone::Error)))
        : QString();
    if (m_time->styleSheet() != colour)
        m_time->setStyleSheet(colour);
    m_start->setText(m_clock.isRunning() ? tr("Pause") : tr("Start"));
}

} // namespace qdf::gui
