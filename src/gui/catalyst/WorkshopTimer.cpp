#include "gui/catalyst/WorkshopTimer.h"

#include "core/catalyst/CatalystPack.h"
#include "gui/Colours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace qdf::gui {

WorkshopTimer::WorkshopTimer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workshopTimer"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_driverName = new QLabel(this);
    m_driverName->setObjectName(QStringLiteral("timerDriver"));
    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("timerTime"));
    m_time->setAccessibleName(tr("Time left for this driver"));
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("+00:00")) + 8);
    m_start = new QPushButton(this);
    m_start->setAccessibleName(tr("Start or pause the timer"));
    auto *next = new QPushButton(tr("Next driver"), this);
    next->setToolTip(tr("Five more minutes, for the next driver"));
    auto *reset = new QPushButton(tr("Reset"), this);
    layout->addWidget(m_driverName);
    layout->addWidget(m_time);
    layout->addWidget(m_start);
    layout->addWidget(next);
    layout->addWidget(reset);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &WorkshopTimer::refresh);
    connect(m_start, &QPushButton::clicked, this, &WorkshopTimer::toggle);
    connect(next, &QPushButton::clicked, this, &WorkshopTimer::nextDriver);
    connect(reset, &QPushButton::clicked, this, &WorkshopTimer::reset);
    refresh();
}

int WorkshopTimer::secondsLeft() const
{
    const qint64 elapsed = m_elapsedBefore + (m_tick.isActive() ? m_clock.elapsed() : 0);
    return kSecondsPerDriver - int(elapsed / 1000);
}

QString WorkshopTimer::display() const
{
    const int left = secondsLeft();
    const int shown = std::abs(left);
    return QStringLiteral("%1%2:%3")
        .arg(left < 0 ? QStringLiteral("+") : QString())
        .arg(shown / 60, 2, 10, QLatin1Char('0'))
        .arg(shown % 60, 2, 10, QLatin1Char('0'));
}

void WorkshopTimer::setLarge(bool large)
{
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * (large ? 2.0 : 1.3));
    f.setBold(true);
    m_time->setFont(f);
    m_time->setMinimumWidth(QFontMetrics(f).horizontalAdvance(QStringLiteral("+00:00")) + 8);
}

void WorkshopTimer::toggle()
{
    if (m_tick.isActive()) {
        m_elapsedBefore += m_clock.elapsed();
        m_tick.stop();
    } else {
        m_clock.start();
        m_tick.start();
    }
    refresh();
}

void WorkshopTimer::nextDriver()
{
    const int drivers = int(catalyst::Pack::shipped().drivers.size());
    m_driver = (m_driver + 1) % drivers;
    m_elapsedBefore = 0;
    m_clock.start();
    refresh();
}

void WorkshopTimer::reset()
{
    m_tick.stop();
    m_driver = 0;
    m_elapsedBefore = 0;
    refresh();
}

void WorkshopTimer::refresh()
{
    const auto &drivers = catalyst::Pack::shipped().drivers;
    m_driverName->setText(tr("%1 of %2: %3").arg(m_driver + 1).arg(drivers.size()).arg(drivers[m_driver].name));
    m_time->setText(display());
    m_time->setStyleSheet(secondsLeft() < 0 ? QStringLiteral("color: %1;").arg(colours::css(colours::text(palette(), colours::Tone::Error)))
                                         : QString());
    m_start->setText(m_tick.isActive() ? tr("Pause") : tr("Start"));
}

} // namespace qdf::gui
