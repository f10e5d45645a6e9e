#include "gui/live/LiveController.h"

#include "workshop/LiveSession.h"
#include "workshop/WorkshopServer.h"

#include <QNetworkInterface>

namespace qdf::gui {

using namespace qdf::workshop;

LiveController::LiveController(QObject *parent) : QObject(parent) {}

LiveController::~LiveController()
{
    stop();
}

Status LiveController::start(Workbook &workbook, const QString &round, const QHostAddress &address, quint16 port)
{
    stop();
    auto session = LiveSession::start(workbook, round);
    if (!session)
        return session.error();
    auto server = std::make_unique<WorkshopServer>(**session);
    if (const Status listening = server->listen(address, port); !listening)
        return listening.error();
    m_session = std::move(*session);
    m_server = std::move(server);
    connect(m_session.get(), &LiveSession::changed, this, &LiveController::changed);
    connect(m_session.get(), &LiveSession::revealed, this, &LiveController::blindChanged);
    connect(m_session.get(), &LiveSession::driverOpened, this, &LiveController::blindChanged);
    // The views (and the page's Start button, which goes) first, then the panel comes: a page
    // still holding its button beside the panel would widen a full-screen window past its screen.
    Q_EMIT blindChanged();
    Q_EMIT started();
    return {};
}

void LiveController::stop()
{
    if (!m_session)
        return;
    // The server first: no request reaches a session that is going.
    m_server->close();
    m_server.reset();
    m_session.reset();
    Q_EMIT stopped();
    Q_EMIT blindChanged();
}

QUrl LiveController::url() const
{
    return m_server ? m_server->url() : QUrl();
}

QSet<QString> LiveController::blindElements(const QString &roundUuid) const
{
    QSet<QString> blind;
    if (!m_session || m_session->round().uuid != roundUuid)
        return blind;
    for (const catalyst::Driver &driver : m_session->pack().drivers) {
        if (m_session->phase(driver.key) == DriverPhase::Revealed)
            continue;
        for (const catalyst::Element &element : driver.elements)
            blind.insert(element.key);
    }
    return blind;
}

QList<QHostAddress> LiveController::addresses()
{
    QList<QHostAddress> found;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            found << a;
    }
    found << QHostAddress(QHostAddress::LocalHost);
    return found;
}

} // namespace qdf::gui
