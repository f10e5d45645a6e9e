#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QTcpServer>
#include <QTimer>

#include <functional>

class QTcpSocket;

// The TCP side of the workshop server, under QHttpServer (which it is bound to): Qt 6.4's
// QHttpServer reads a request whole, body and all, into memory before any handler sees it, with
// no limit on its size, its headers or how long it takes to arrive (docs/workshop.md says what
// else it lacks). So, without reading HTTP itself, this guard counts the bytes each connection has
// sent since its request began (QHttpServer keeps a request inside a QIODevice transaction until it
// is whole, which says where a request begins) and answers 413 and closes a connection whose
// request passes the limit; closes requests that take too long to arrive and connections idle for
// long; and takes at most so many connections at once. Its slot on each socket runs before
// QHttpServer's, which it disconnects from a socket it has refused.
namespace qdf::workshop {

class ConnectionGuard : public QTcpServer {
    Q_OBJECT
public:
    struct Limits {
        int maxConnections = 512;
        qint64 maxRequestBytes = 16 * 1024;  // request line, headers and body together
        qint64 readBufferBytes = 32 * 1024;  // what a socket holds unread: memory per connection is bounded by it
        int requestTimeoutMs = 10000;        // a request begun must be whole within this
        int idleTimeoutMs = 60000;           // a kept-alive connection with no request
    };
    explicit ConnectionGuard(const Limits &limits, QObject *parent = nullptr);
    // Monotonic milliseconds (tests give their own).
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    int connections() const { return int(m_connections.size()); }
    // Checks the time limits now (a timer does it every second).
    void sweep();

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Connection {
        qint64 requestBytes = 0;
        qint64 requestBegan = 0;
        qint64 lastActivity = 0;
        bool inRequest = false;
        bool sentAny = false;
    };
    void onReadyRead(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status, const char *reason, const char *key, const QString &message);

    Limits m_limits;
    QHash<QTcpSocket *, Connection> m_connections;
    QTimer m_sweep;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
};

} // namespace qdf::workshop
