#include "workshop/WorkshopServer.h"

#include "workshop/LiveJson.h"
#include "workshop/LiveSession.h"
#include "workshop/Responses.h"

#include "core/Translation.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QNetworkInterface>
#include <QTcpSocket>

namespace qdf::workshop {
namespace {

using Method = QHttpServerRequest::Method;
using http::StatusCode;

// Who may ask a route: anyone (the page, joining), a participant's token, the facilitator's.
enum class Who { Anyone, Participant, Facilitator };

struct Route {
    const char *path;     // QHttpServer's pattern: anchored, a regular expression
    const char *name;     // what handle() dispatches on
    Method method;
    Who who;
};

const QVector<Route> &routes()
{
    static const QVector<Route> all{
        {"/", "page", Method::Get, Who::Anyone},
        {"/workshop\\.js", "script", Method::Get, Who::Anyone},
        {"/workshop\\.css", "style", Method::Get, Who::Anyone},
        {"/api/people", "people", Method::Post, Who::Anyone},
        {"/api/join", "join", Method::Post, Who::Anyone},
        {"/api/state", "state", Method::Get, Who::Participant},
        {"/api/rate", "rate", Method::Post, Who::Participant},
        {"/api/results", "results", Method::Get, Who::Participant},
        {"/api/answer", "answer", Method::Post, Who::Participant},
        {"/api/facilitator/state", "f-state", Method::Get, Who::Facilitator},
        {"/api/facilitator/next", "f-next", Method::Post, Who::Facilitator},
        {"/api/facilitator/open", "f-open", Method::Post, Who::Facilitator},
        {"/api/facilitator/close", "f-close", Method::Post, Who::Facilitator},
        {"/api/facilitator/reveal", "f-reveal", Method::Post, Who::Facilitator},
        {"/api/facilitator/confirm", "f-confirm", Method::Post, Who::Facilitator},
        {"/api/facilitator/refuse", "f-refuse", Method::Post, Who::Facilitator},
        {"/api/facilitator/question", "f-question", Method::Post, Who::Facilitator},
        {"/api/facilitator/close-question", "f-close-question", Method::Post, Who::Facilitator},
        {"/api/facilitator/keep", "f-keep", Method::Post, Who::Facilitator},
    };
    return all;
}

const Route *routeNamed(const char *name)
{
    for (const Route &r : routes()) {
        if (qstrcmp(r.name, name) == 0)
            return &r;
    }
    return nullptr;
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray value = request.value(QByteArrayLiteral("authorization")).trimmed();
    if (!value.startsWith("Bearer ") && !value.startsWith("bearer "))
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

// A request for this server names it by its address: an IP address, or localhost. Any other name
// is a page elsewhere reaching for it through DNS (rebinding), refused before it can read anything.
bool hostIsAnAddress(const QHttpServerRequest &request)
{
    const QByteArray host = request.value(QByteArrayLiteral("host"));
    if (host.isEmpty())
        return false;
    const QUrl url(QStringLiteral("http://") + QString::fromLatin1(host));
    if (!url.isValid() || url.host().isEmpty())
        return false;
    return url.host() == QLatin1String("localhost") || !QHostAddress(url.host()).isNull();
}

// The language the phone asks the round's texts in: ?lang=cy, else its Accept-Language, else the
// program's own (docs/workshop.md, "The phone's language").
QString phoneLanguage(const QHttpServerRequest &request)
{
    return json::textLanguageFor(request.query().queryItemValue(QStringLiteral("lang")),
                                 request.value(QByteArrayLiteral("accept-language")), language::current());
}

bool isJson(const QHttpServerRequest &request)
{
    const QByteArray type = request.value(QByteArrayLiteral("content-type")).toLower();
    return type == "application/json" || type.startsWith("application/json;");
}

const char *methodName(Method method)
{
    return method == Method::Get ? "GET" : "POST";
}

QHttpServerResponse facilitatorView(const LiveSession &session)
{
    return http::json(json::facilitator(session));
}

QHttpServerResponse afterStep(const LiveSession &session, const Outcome &outcome)
{
    return outcome ? facilitatorView(session) : http::refusal(outcome);
}

} // namespace

WorkshopServer::WorkshopServer(LiveSession &session, QObject *parent) : WorkshopServer(session, Limits{}, parent) {}

WorkshopServer::WorkshopServer(LiveSession &session, const Limits &limits, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_limits(limits),
      m_perToken(limits.tokenBurst, limits.tokenPerSecond),
      m_wrongCodes(limits.wrongCodes)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_now = [clock] { return clock->elapsed(); };
}

WorkshopServer::~WorkshopServer()
{
    close();
}

void WorkshopServer::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    if (m_guard)
        m_guard->setClock(m_now);
}

Status WorkshopServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    auto http = std::make_unique<QHttpServer>();
    auto *guard = new ConnectionGuard(m_limits.connections);
    guard->setClock(m_now);
    // A room's phones join at once: with QTcpServer's queue of 50, the 51st connection waits for
    // the system to try again a second later (measured: joins' p95 1 s with 60 phones while the
    // window drew). The queue holds as many as the server takes.
    guard->setListenBacklogSize(m_limits.connections.maxConnections);
    if (!guard->listen(address, port)) {
        const QString why = guard->errorString();
        delete guard;
        return makeError(Error::Code::Io, tr("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(why));
    }
    http->bind(guard);  // the QHttpServer owns it from here
    m_http = std::move(http);
    m_guard = guard;
    m_address = address;
    addRoutes();
    return Status::success();
}

void WorkshopServer::close()
{
    if (!m_http)
        return;
    m_session.flush();  // the scores received are saved and answered before the connections go
    m_guard->close();
    for (QTcpSocket *socket : m_guard->findChildren<QTcpSocket *>())
        socket->abort();
    m_guard = nullptr;
    m_http.reset();
}

bool WorkshopServer::isListening() const
{
    return m_guard && m_guard->isListening();
}

quint16 WorkshopServer::port() const
{
    return m_guard ? m_guard->serverPort() : 0;
}

QUrl WorkshopServer::url() const
{
    QHostAddress shown = m_address;
    if (m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4 || m_address == QHostAddress::AnyIPv6) {
        shown = QHostAddress(QHostAddress::LocalHost);
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal()) {
                shown = a;
                break;
            }
        }
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(shown.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

void WorkshopServer::addRoutes()
{
    for (const Route &r : routes()) {
        const char *name = r.name;
        m_http->route(QString::fromLatin1(r.path), [this, name](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            onRequest(request, std::move(responder), name);
        });
    }
    m_http->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        http::error(StatusCode::NotFound, "not-found", tr("there is no such page in this session")).write(std::move(responder));
    });
}

void WorkshopServer::onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder, const char *name)
{
    QTcpSocket *socket = responder.socket();
    if (!m_watched.contains(socket)) {
        m_watched.insert(socket);
        connect(socket, &QObject::destroyed, this, [this, socket] {
            m_watched.remove(socket);
            m_waiting.erase(socket);  // a response for a connection gone is dropped
        });
    }
    const quint64 id = m_nextId++;
    m_waiting[socket].push_back({id, std::move(responder), std::nullopt});
    std::optional<QHttpServerResponse> now = handle(request, name, [this, socket, id](QHttpServerResponse &&response) {
        complete(socket, id, std::move(response));
    });
    if (now)
        complete(socket, id, std::move(*now));
}

void WorkshopServer::complete(QTcpSocket *socket, quint64 id, QHttpServerResponse &&response)
{
    const auto queue = m_waiting.find(socket);
    if (queue == m_waiting.end())
        return;
    std::deque<Waiting> &waiting = queue->second;
    for (Waiting &w : waiting) {
        if (w.id == id)
            w.response.emplace(std::move(response));
    }
    while (!waiting.empty() && waiting.front().response) {
        Waiting ready = std::move(waiting.front());
        waiting.pop_front();
        ready.response->write(std::move(*ready.responder));
    }
    if (waiting.empty())
        m_waiting.erase(queue);
}

std::optional<QHttpServerResponse> WorkshopServer::handle(const QHttpServerRequest &request, const char *name, const Later &later)
{
    const Route *route = routeNamed(name);
    if (!hostIsAnAddress(request))
        return http::error(StatusCode::MisdirectedRequest, "wrong-host",
                           tr("open the session by the address shown on the screen, not by a name"));
    if (request.method() != route->method) {
        QHttpServerResponse response = http::error(StatusCode::MethodNotAllowed, "wrong-method",
                                                   tr("%1 takes %2 only").arg(request.url().path(),
                                                                              QString::fromLatin1(methodName(route->method))));
        response.setHeader("Allow", methodName(route->method));
        return response;
    }
    const QByteArray body = request.body();
    if (body.size() > m_limits.maxBodyBytes)
        return http::error(StatusCode::PayloadTooLarge, "too-large",
                           tr("a request to this session is at most %1 bytes").arg(m_limits.maxBodyBytes));
    if (route->method == Method::Post && !body.isEmpty() && !isJson(request))
        return http::error(StatusCode::UnsupportedMediaType, "not-json", tr("send the request as application/json"));

    const qint64 now = m_now();
    const QString address = request.remoteAddress().toString();
    const QString token = bearerToken(request);
    std::optional<Seat> seat;
    if (route->who == Who::Participant) {
        seat = m_session.seatOf(token);
        if (!seat) {
            const Refusal why = m_session.isFacilitator(token) ? Refusal::NotParticipant : Refusal::UnknownToken;
            return http::refusal({why, why == Refusal::NotParticipant
                                           ? tr("the facilitator's token does not score: join as a participant")
                                           : tr("this device has not joined the session (or was removed from it): join again")});
        }
    } else if (route->who == Who::Facilitator && !m_session.isFacilitator(token)) {
        const bool participant = bool(m_session.seatOf(token));
        return http::refusal({participant ? Refusal::NotFacilitator : Refusal::UnknownToken,
                              participant ? tr("only the facilitator moves the session on")
                                          : tr("this needs the facilitator's token")});
    }
    if (route->who != Who::Anyone) {
        qint64 wait = 0;
        if (!m_perToken.take(token, now, &wait))
            return http::tooMany(wait, tr("too many requests from this device: wait a moment"));
    }

    json::BadBody bad;
    const auto badRequest = [&bad] { return http::error(StatusCode::BadRequest, "bad-request", bad.message); };
    const QByteArray step(name);

    if (step == "page")
        return http::file(QStringLiteral(":/workshop/index.html"), QByteArrayLiteral("text/html; charset=utf-8"));
    if (step == "script")
        return http::file(QStringLiteral(":/workshop/workshop.js"), QByteArrayLiteral("text/javascript; charset=utf-8"));
    if (step == "style")
        return http::file(QStringLiteral(":/workshop/workshop.css"), QByteArrayLiteral("text/css; charset=utf-8"));

    if (step == "people" || step == "join") {
        // An address that keeps giving wrong codes waits before it may try again, right or wrong.
        qint64 wait = 0;
        if (!m_wrongCodes.allowed(address, now, &wait))
            return http::tooMany(wait, tr("too many wrong codes from this device: wait, then check the code on the screen"));
        std::optional<json::JoinRequest> join;
        if (step == "join")
            join = json::parseJoin(body, bad);
        else if (const auto code = json::parseCode(body, bad))
            join = json::JoinRequest{*code, {}};
        if (!join)
            return badRequest();
        if (!m_session.isCode(join->code)) {
            m_wrongCodes.failed(address, now);
            return http::refusal({Refusal::WrongCode, tr("that is not this session's code: check the code on the screen")});
        }
        if (step == "people")
            return http::json(json::people(m_session));
        const LiveResult<Joined> joined = m_session.join(join->code, join->name);
        if (!joined)
            return http::refusal(joined.refusal());
        return http::json(json::joined(*joined), StatusCode::Created);
    }

    if (step == "state") {
        const auto answers = m_session.ownAnswers(token);
        if (!answers)
            return http::refusal(answers.refusal());
        const auto posted = m_session.ownPostedAnswers(token);
        if (!posted)
            return http::refusal(posted.refusal());
        return http::json(json::state(m_session, *seat, *answers, *posted, phoneLanguage(request)));
    }
    if (step == "answer") {
        const auto text = json::parseField(body, "text", bad);
        if (!text)
            return badRequest();
        // Saved before the reply: a 204 is an answer in the file. Its language is the phone's.
        const QString language = phoneLanguage(request);
        const auto posted = m_session.postAnswer(token, *text, translation::fromCode(language).value_or(Language::English));
        return posted ? http::noContent() : http::refusal(posted.refusal());
    }
    if (step == "rate") {
        const auto rate = json::parseRate(body, bad);
        if (!rate)
            return badRequest();
        // Answered once saved, with the others of this turn (LiveSession::submit).
        m_session.submit(token, rate->element, rate->level,
                         [later](const Outcome &outcome) { later(outcome ? http::noContent() : http::refusal(outcome)); });
        return std::nullopt;
    }
    if (step == "results") {
        const auto results = m_session.results();
        if (!results)
            return http::refusal(results.refusal());
        return http::json(json::results(m_session, *results, phoneLanguage(request)));
    }

    if (step == "f-state")
        return facilitatorView(m_session);
    if (step == "f-next")
        return afterStep(m_session, m_session.next());
    if (step == "f-close")
        return afterStep(m_session, m_session.closeDriver());
    if (step == "f-reveal")
        return afterStep(m_session, m_session.reveal());
    if (step == "f-close-question")
        return afterStep(m_session, m_session.closeQuestion());
    if (step == "f-question") {
        const auto asked = json::parseQuestion(body, bad);
        if (!asked)
            return badRequest();
        return afterStep(m_session, m_session.openQuestion(asked->section, asked->question));
    }
    if (step == "f-keep") {
        const auto answer = json::parseField(body, "answer", bad);
        if (!answer)
            return badRequest();
        const auto kept = m_session.keepAnswer(*answer);
        return kept ? facilitatorView(m_session) : http::refusal(kept.refusal());
    }
    if (step == "f-open" || step == "f-confirm" || step == "f-refuse") {
        const auto value = json::parseField(body, step == "f-open" ? "driver" : "seat", bad);
        if (!value)
            return badRequest();
        if (step == "f-open")
            return afterStep(m_session, m_session.open(*value));
        return afterStep(m_session, step == "f-confirm" ? m_session.confirm(*value) : m_session.refuse(*value));
    }
    return http::error(StatusCode::NotFound, "not-found", tr("there is no such page in this session"));
}

} // namespace qdf::workshop
