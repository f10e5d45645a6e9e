#include "workshop/Responses.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace qdf::workshop::http {

const QList<QPair<QByteArray, QByteArray>> &securityHeaders()
{
    static const QList<QPair<QByteArray, QByteArray>> headers{
        {"Cache-Control", "no-store"},
        {"X-Content-Type-Options", "nosniff"},
        {"Content-Security-Policy",
         "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
         "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; "
         "require-trusted-types-for 'script'; trusted-types 'none'"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Frame-Options", "DENY"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
        {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
    };
    return headers;
}

namespace {

QHttpServerResponse withHeaders(QHttpServerResponse response)
{
    for (const auto &[name, value] : securityHeaders())
        response.setHeader(name, value);
    return response;
}

QByteArray errorBody(const char *key, const QString &message)
{
    return QByteArray::fromStdString(nlohmann::json{{"error", key}, {"message", message.toStdString()}}.dump());
}

} // namespace

QHttpServerResponse json(const QByteArray &body, StatusCode status)
{
    return withHeaders(QHttpServerResponse(QByteArrayLiteral("application/json"), body, status));
}

QHttpServerResponse error(StatusCode status, const char *key, const QString &message)
{
    return json(errorBody(key, message), status);
}

QHttpServerResponse refusal(const Outcome &outcome)
{
    QHttpServerResponse response = error(statusOf(outcome.refusal), refusalKey(outcome.refusal), outcome.message);
    if (outcome.refusal == Refusal::UnknownToken)
        response.setHeader("WWW-Authenticate", "Bearer");
    return response;
}

QHttpServerResponse noContent()
{
    return withHeaders(QHttpServerResponse(StatusCode::NoContent));
}

QHttpServerResponse tooMany(qint64 retryAfterMs, const QString &message)
{
    QHttpServerResponse response = error(StatusCode::TooManyRequests, "too-many", message);
    response.setHeader("Retry-After", QByteArray::number(std::max<qint64>(1, (retryAfterMs + 999) / 1000)));
    return response;
}

QHttpServerResponse file(const QString &resource, const QByteArray &mimeType)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return error(StatusCode::NotFound, "not-found", QStringLiteral("not found"));
    return withHeaders(QHttpServerResponse(mimeType, f.readAll()));
}

StatusCode statusOf(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None: return StatusCode::Ok;
    case Refusal::WrongCode: return StatusCode::Forbidden;
    case Refusal::UnknownToken: return StatusCode::Unauthorized;
    case Refusal::NotFacilitator: return StatusCode::Forbidden;
    case Refusal::NotParticipant: return StatusCode::Forbidden;
    case Refusal::AwaitingConfirmation: return StatusCode::Forbidden;
    case Refusal::BadName: return StatusCode::BadRequest;
    case Refusal::SessionFull: return StatusCode::ServiceUnavailable;
    case Refusal::UnknownElement: return StatusCode::BadRequest;
    case Refusal::NotOpen: return StatusCode::Conflict;
    case Refusal::BadLevel: return StatusCode::BadRequest;
    case Refusal::NotRevealed: return StatusCode::Forbidden;
    case Refusal::NothingToOpen: return StatusCode::Conflict;
    case Refusal::NothingToReveal: return StatusCode::Conflict;
    case Refusal::UnknownSeat: return StatusCode::NotFound;
    case Refusal::WorkbookFailed: return StatusCode::ServiceUnavailable;
    case Refusal::NoQuestion: return StatusCode::Conflict;
    case Refusal::BadAnswer: return StatusCode::BadRequest;
    case Refusal::UnknownQuestion: return StatusCode::NotFound;
    case Refusal::UnknownAnswer: return StatusCode::NotFound;
    }
    return StatusCode::InternalServerError;
}

const char *refusalKey(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None: return "none";
    case Refusal::WrongCode: return "wrong-code";
    case Refusal::UnknownToken: return "unknown-token";
    case Refusal::NotFacilitator: return "not-facilitator";
    case Refusal::NotParticipant: return "not-participant";
    case Refusal::AwaitingConfirmation: return "awaiting-confirmation";
    case Refusal::BadName: return "bad-name";
    case Refusal::SessionFull: return "session-full";
    case Refusal::UnknownElement: return "unknown-element";
    case Refusal::NotOpen: return "not-open";
    case Refusal::BadLevel: return "bad-level";
    case Refusal::NotRevealed: return "not-revealed";
    case Refusal::NothingToOpen: return "nothing-to-open";
    case Refusal::NothingToReveal: return "nothing-to-reveal";
    case Refusal::UnknownSeat: return "unknown-seat";
    case Refusal::WorkbookFailed: return "workbook-failed";
    case Refusal::NoQuestion: return "no-question";
    case Refusal::BadAnswer: return "bad-answer";
    case Refusal::UnknownQuestion: return "unknown-question";
    case Refusal::UnknownAnswer: return "unknown-answer";
    }
    return "refused";
}

QByteArray rawResponse(int status, const char *reason, const char *key, const QString &message)
{
    const QByteArray body = errorBody(key, message);
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const auto &[name, value] : securityHeaders())
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
    return bytes;
}

} // namespace qdf::workshop::http
