#pragma once

// For the workshop tests: a master with a round, a live session served on loopback, and a client
// that talks to it as a phone would (Qt's own HTTP client), or sends raw bytes as a hostile one.

#include "TestSupport.h"

#include "core/catalyst/CatalystStore.h"
#include "workshop/LiveSession.h"
#include "workshop/WorkshopServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

#include <sqlite3.h>

namespace qdf::test {

struct Reply {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

// Waits, running the event loop (the server is in this thread), until `done` or `ms` have passed.
template <typename Done>
bool waitFor(Done done, int ms = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return done();
}

class Client {
public:
    explicit Client(QUrl base) : m_base(std::move(base)) {}

    Reply get(const QString &path, const QString &token = {}) { return send("GET", path, {}, token, {}); }
    // With headers of the test's own (Accept-Language ...).
    Reply get(const QString &path, const QString &token, const QHash<QByteArray, QByteArray> &headers)
    {
        m_headers = headers;
        Reply r = send("GET", path, {}, token, {});
        m_headers.clear();
        return r;
    }
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, "application/json");
    }
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token,
               const QByteArray &contentType, const QByteArray &host = {})
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!host.isEmpty())
            request.setRawHeader("Host", host);
        for (auto it = m_headers.cbegin(); it != m_headers.cend(); ++it)
            request.setRawHeader(it.key(), it.value());
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        const bool finished = waitFor([reply] { return reply->isFinished(); });
        REQUIRE(finished);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }

    // Bytes as a hostile client writes them, and what comes back until the server closes (or
    // `ms` pass): the status of the first response's line, or 0 when none came.
    int raw(const QByteArray &bytes, QByteArray *response = nullptr, int ms = 8000)
    {
        QTcpSocket socket;
        bool connected = false;
        QObject::connect(&socket, &QTcpSocket::connected, [&] { connected = true; });
        socket.connectToHost(m_base.host(), quint16(m_base.port()));
        REQUIRE(waitFor([&] { return connected; }));
        socket.write(bytes);
        // Until the server closes, or one whole response has come (QHttpServer keeps a connection
        // open after answering, Connection: close or not).
        QByteArray got;
        const auto whole = [&got] {
            const qsizetype end = got.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            const QByteArray head = got.left(end).toLower();
            const qsizetype at = head.indexOf("content-length: ");
            const qint64 length = at < 0 ? 0 : head.mid(at + 16, head.indexOf('\r', at) - at - 16).toLongLong();
            return got.size() >= end + 4 + length;
        };
        waitFor(
            [&] {
                got += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState || whole();
            },
            ms);
        got += socket.readAll();
        if (response)
            *response = got;
        if (!got.startsWith("HTTP/1.1 "))
            return 0;
        return got.mid(9, 3).toInt();
    }

    QString join(const QString &code, const QString &name)
    {
        const Reply r = post(QStringLiteral("/api/join"), {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
        INFO(r.body.toStdString());
        REQUIRE(r.status == 201);
        return r.json().value(QStringLiteral("token")).toString();
    }
    Reply rate(const QString &token, const QString &element, const QJsonValue &level)
    {
        return post(QStringLiteral("/api/rate"), {{QStringLiteral("element"), element}, {QStringLiteral("level"), level}}, token);
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
    QHash<QByteArray, QByteArray> m_headers;
};

// A master with the round "Workshop", a live session on it for Dafydd and Sioned, served on
// loopback at a port the system picks.
struct LiveRoom {
    Folder folder;
    QString path = folder.path(QStringLiteral("master.qdf"));
    std::unique_ptr<Workbook> master = newMaster(path);
    catalyst::Round round = need(catalyst::CatalystStore(*master).addRound(QStringLiteral("Workshop"), QString()));
    std::unique_ptr<workshop::LiveSession> session;
    std::unique_ptr<workshop::WorkshopServer> server;
    std::unique_ptr<Client> client;
    qint64 now = 0;  // the server's clock, held still unless a test moves it

    explicit LiveRoom(const workshop::WorkshopServer::Limits &limits = {})
    {
        workshop::LiveSession::Options options;
        options.people = {QStringLiteral("Dafydd Price"), QStringLiteral("Sioned Evans")};
        session = need(workshop::LiveSession::start(*master, QStringLiteral("Workshop"), options));
        server = std::make_unique<workshop::WorkshopServer>(*session, limits);
        server->setClock([this] { return now; });
        need(server->listen(QHostAddress::LocalHost, 0));
        client = std::make_unique<Client>(server->url());
    }
    QString facilitator() const { return session->facilitatorToken(); }
    // What the file holds, read by SQLite itself on a connection of its own: what was really written.
    qint64 inFile(const char *query) const
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt *statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, query, -1, &statement, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
        const qint64 value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return value;
    }
    qint64 ratingRows() const { return inFile("SELECT COUNT(*) FROM catalyst_rating"); }
    qint64 revision() const { return inFile("SELECT revision FROM workbook"); }
};

} // namespace qdf::test
