#pragma once

#include "core/Error.h"
#include "workshop/ConnectionGuard.h"
#include "workshop/Throttle.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QHttpServer;
class QHttpServerRequest;
class QTcpSocket;

namespace qdf::workshop {

class LiveSession;

// A live session served over HTTP on one address (docs/workshop.md: the routes are a contract).
// QHttpServer parses HTTP and routes; ConnectionGuard under it bounds what a connection may send;
// this class checks each request (size, type, host, token, allowance) and hands it to the session.
// It listens only between listen() and close() (or its end), on the one address it is given.
class WorkshopServer : public QObject {
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBodyBytes = 4096;
        ConnectionGuard::Limits connections;
        double tokenBurst = 60;      // requests a token may make at once ...
        double tokenPerSecond = 10;  // ... and then steadily
        WrongCodeThrottle::Limits wrongCodes;
    };
    explicit WorkshopServer(LiveSession &session, QObject *parent = nullptr);
    WorkshopServer(LiveSession &session, const Limits &limits, QObject *parent = nullptr);
    ~WorkshopServer() override;

    // Listens on `address` (port 0: one the system picks). An address this machine does not have,
    // or a port in use: an error saying so.
    Status listen(const QHostAddress &address, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const { return m_address; }
    // What a participant opens: http://ADDRESS:PORT/ — for a server on every address (0.0.0.0),
    // the first address of this machine on a network (docs/workshop.md, "Network routes").
    QUrl url() const;

    // Monotonic milliseconds for the allowances and time limits (tests hold it still).
    void setClock(std::function<qint64()> nowMs);

private:
    using Later = std::function<void(QHttpServerResponse &&)>;
    // A response now, or none when `later` will be given it (a score, once it is saved).
    std::optional<QHttpServerResponse> handle(const QHttpServerRequest &request, const char *route, const Later &later);
    void addRoutes();
    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder, const char *route);
    void complete(QTcpSocket *socket, quint64 id, QHttpServerResponse &&response);

    // Responses go out in the order their requests came on each connection, whichever is ready
    // first: a score waits for its save, and whatever the same connection asked after it waits too.
    struct Waiting {
        quint64 id = 0;
        std::optional<QHttpServerResponder> responder;
        std::optional<QHttpServerResponse> response;
    };
    std::unordered_map<QTcpSocket *, std::deque<Waiting>> m_waiting;
    QSet<QTcpSocket *> m_watched;
    quint64 m_nextId = 1;

    LiveSession &m_session;
    Limits m_limits;
    std::unique_ptr<QHttpServer> m_http;
    ConnectionGuard *m_guard = nullptr;  // owned by m_http once bound
    QHostAddress m_address;
    TokenBuckets m_perToken;
    WrongCodeThrottle m_wrongCodes;
    std::function<qint64()> m_now;
};

} // namespace qdf::workshop
