#include "workshop/ConnectionGuard.h"

#include "workshop/Responses.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <sys/socket.h>

namespace qdf::workshop {
namespace {

// How long a refused connection is drained before it is cut: long enough for the client to read
// the refusal rather than lose it to a reset (closing a socket with unread bytes resets it).
constexpr int kDrainMs = 3000;

} // namespace

ConnectionGuard::ConnectionGuard(const Limits &limits, QObject *parent) : QTcpServer(parent), m_limits(limits)
{
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweep.start();
}

void ConnectionGuard::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_connections.size() >= m_limits.maxConnections) {
        // Never handed to QHttpServer: answered and closed here.
        socket->write(http::rawResponse(503, "Service Unavailable", "busy", tr("the session has too many connections open: try again")));
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return;
    }
    socket->setReadBufferSize(m_limits.readBufferBytes);
    const qint64 now = m_now();
    m_connections.insert(socket, Connection{0, now, now, false, false});
    // Connected before QHttpServer's own slot (it connects when the socket is handed over below),
    // so this one sees each read first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    addPendingConnection(socket);  // QHttpServer takes it on pendingConnectionAvailable
}

void ConnectionGuard::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const qint64 now = m_now();
    // QHttpServer holds a request inside a transaction on its socket until the request is whole:
    // none started means the bytes that have come are the start of a new request.
    if (!socket->isTransactionStarted()) {
        it->requestBytes = 0;
        it->requestBegan = now;
    }
    it->inRequest = true;
    it->sentAny = true;
    it->lastActivity = now;
    it->requestBytes += socket->bytesAvailable();
    if (it->requestBytes > m_limits.maxRequestBytes)
        refuse(socket, 413, "Payload Too Large", "too-large",
               tr("a request to this session is at most %1 KiB").arg(m_limits.maxRequestBytes / 1024));
}

void ConnectionGuard::refuse(QTcpSocket *socket, int status, const char *reason, const char *key, const QString &message)
{
    m_connections.remove(socket);
    // QHttpServer never sees another byte of it, nor the request it was in.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    socket->write(http::rawResponse(status, reason, key, message));
    // Written, then half-closed; what the client still sends is read and dropped until it closes
    // (or the drain time is up), so that it reads the answer instead of a reset.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    const auto halfClose = [socket] {
        if (socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, halfClose);
    QTimer::singleShot(kDrainMs, socket, [socket] { socket->abort(); });
}

void ConnectionGuard::sweep()
{
    const qint64 now = m_now();
    QList<QTcpSocket *> slow, idle;
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        QTcpSocket *socket = it.key();
        const bool inTransaction = socket->isTransactionStarted();
        if (!inTransaction)
            it->inRequest = false;
        if ((it->inRequest && now - it->requestBegan > m_limits.requestTimeoutMs)
            || (!it->sentAny && now - it->lastActivity > m_limits.requestTimeoutMs))
            slow << socket;
        else if (!it->inRequest && now - it->lastActivity > m_limits.idleTimeoutMs && socket->bytesToWrite() == 0)
            idle << socket;
    }
    for (QTcpSocket *socket : slow)
        refuse(socket, 408, "Request Timeout", "too-slow", tr("the request took too long to arrive"));
    for (QTcpSocket *socket : idle) {
        m_connections.remove(socket);
        socket->disconnectFromHost();
    }
}

} // namespace qdf::workshop
