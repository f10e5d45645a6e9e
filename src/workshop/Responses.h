#pragma once

#include "workshop/LiveSession.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QList>
#include <QPair>

// The workshop server's responses: the headers every one carries, JSON bodies, refusals with their
// status. One place, so that no response (a route's, the missing handler's, or the connection
// guard's own before any request is read) goes out without them.
namespace qdf::workshop::http {

using StatusCode = QHttpServerResponse::StatusCode;

// Cache-Control: no-store, nosniff, a Content-Security-Policy that allows only this server's own
// page, script and style (no inline script, no other origin, Trusted Types so no script can write
// markup), no referrer, no framing.
const QList<QPair<QByteArray, QByteArray>> &securityHeaders();

// A JSON body ({"error": KEY, "message": TEXT} for a refusal), with the security headers.
QHttpServerResponse json(const QByteArray &body, StatusCode status = StatusCode::Ok);
QHttpServerResponse error(StatusCode status, const char *key, const QString &message);
QHttpServerResponse refusal(const Outcome &outcome);
QHttpServerResponse noContent();
// Too many requests: the error, with Retry-After in whole seconds.
QHttpServerResponse tooMany(qint64 retryAfterMs, const QString &message);
QHttpServerResponse file(const QString &resource, const QByteArray &mimeType);

// The status each refusal is answered with, and the key the participants' interface names it by.
StatusCode statusOf(Refusal refusal);
const char *refusalKey(Refusal refusal);

// A whole response in bytes, for the connection guard, which answers a request too large to be
// read (or too slow to arrive) before QHttpServer has any request to answer: the status line, the
// security headers, Connection: close and the JSON error.
QByteArray rawResponse(int status, const char *reason, const char *key, const QString &message);

} // namespace qdf::workshop::http
