#pragma once

// What someone who wants to forge a bundle or update can do, for the tests that check they
// cannot: read an open file's payload (or a sealed one with the recipient's secret key), change
// it, and sign it again with a key they hold; re-hash the body as Bundle.cpp does. Acting as an
// attacker would, the helpers never go through SyncStore's export.

#include "TestSupport.h"

#include "core/keys/KeyFiles.h"
#include "core/keys/Keys.h"
#include "core/sync/Bundle.h"
#include "core/sync/Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace qdf::test {

// The key a workbook signs with (the tests run as the one account holding every key file).
inline keys::KeyPair signingKeyOf(Workbook &wb)
{
    return need(keys::Keys(wb).signingKey());
}

// How a test writes a bundle by hand: signed as `wb`, in the open.
inline sync::Sender signedAs(Workbook &wb)
{
    return sync::Sender{signingKeyOf(wb), {}};
}

// The exact signed bytes of a file (opened with `reader` if sealed).
inline QByteArray payloadOf(const QString &path, const std::optional<keys::KeyPair> &reader = std::nullopt)
{
    sync::Envelope e = need(sync::readEnvelope(readAll(path), path));
    if (e.sealed) {
        REQUIRE(reader);
        need(sync::openEnvelope(e, *reader, path));
    }
    return e.payload;
}

// The payload as JSON, to change as an attacker would.
inline QJsonObject payloadJson(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object();
}

// Recomputes the body's content hash the way Bundle.cpp does (nlohmann's sorted, compact
// dump equals Qt's compact JSON for the plain values bundles hold), so that only the
// signature stands between the edit and the master.
inline QByteArray rehashed(QJsonObject payload)
{
    const QByteArray body = QJsonDocument(payload.value(QStringLiteral("body")).toObject()).toJson(QJsonDocument::Compact);
    QJsonObject manifest = payload.value(QStringLiteral("manifest")).toObject();
    manifest.insert(QStringLiteral("contentHash"),
                    QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()));
    payload.insert(QStringLiteral("manifest"), manifest);
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

// Writes `payload` as a file signed by `key` (sealed to `sealTo` if given).
inline void writeSigned(const QString &path, const QByteArray &payload, const keys::KeyPair &key,
                        const QVector<QByteArray> &sealTo = {})
{
    const QJsonObject manifest = payloadJson(payload).value(QStringLiteral("manifest")).toObject();
    sync::Envelope e;
    e.kind = manifest.value(QStringLiteral("kind")).toString();
    e.programmeId = manifest.value(QStringLiteral("programmeId")).toString();
    e.programmeName = manifest.value(QStringLiteral("programmeName")).toString();
    e.payload = payload;
    writeAll(path, need(sync::writeEnvelope(e, key, sealTo)));
}

// Signs the file's payload again, unchanged, with another key.
inline void resign(const QString &from, const QString &to, const keys::KeyPair &key,
                   const std::optional<keys::KeyPair> &reader = std::nullopt)
{
    writeSigned(to, payloadOf(from, reader), key);
}

} // namespace qdf::test
