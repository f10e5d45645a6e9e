#include "gui/catalyst/WorkshopClock.h"

#include "core/catalyst/CatalystPack.h"

#include <QElapsedTimer>

#include <memory>

#include <cstdlib>

namespace qdf::gui {

WorkshopClock::WorkshopClock(QObject *parent) : QObject(parent)
{
    setSource({});
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &WorkshopClock::changed);
}

void WorkshopClock::setSource(Source milliseconds)
{
    if (!milliseconds) {
        auto steady = std::make_shared<QElapsedTimer>();
        steady->start();
        milliseconds = [steady] { return steady->elapsed(); };
    }
    const qint64 ran = elapsedMs();
    m_now = std::move(milliseconds);
    m_startedAt = m_now();
    m_elapsedBefore = m_running ? ran : m_elapsedBefore;
}

qint64 WorkshopClock::elapsedMs() const
{
    return m_elapsedBefore + (m_running && m_now ? m_now() - m_startedAt : 0);
}

int WorkshopClock::secondsLeft() const
{
    return kSecondsPerDriver - int(elapsedMs() / 1000);
}

QString WorkshopClock::display() const
{
    const int left = secondsLeft();
    const int shown = std::abs(left);
    return QStringLiteral("%1%2:%3")
        .arg(left < 0 ? QStringLiteral("+") : QString())
        .arg(shown / 60, 2, 10, QLatin1Char('0'))
        .arg(shown % 60, 2, 10, QLatin1Char('0'));
}

void WorkshopClock::toggle()
{
    if (m_running) {
        m_elapsedBefore = elapsedMs();
        m_running = false;
        m_tick.stop();
    } else {
        m_startedAt = m_now();
        m_running = true;
        m_tick.start();
    }
    Q_EMIT changed();
}

void WorkshopClock::nextDriver()
{
    m_driver = (m_driver + 1) % int(catalyst::Pack::shipped().drivers.size());
    m_elapsedBefore = 0;
    m_startedAt = m_now();
    Q_EMIT changed();
}

void WorkshopClock::reset()
{
    m_running = false;
    m_tick.stop();
    m_driver = 0;
    m_elapsedBefore = 0;
    Q_EMIT changed();
}

} // namespace qdf::gui
