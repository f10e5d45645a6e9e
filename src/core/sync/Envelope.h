#pragma once

#include "core/Error.h"
#include "core/keys/Crypto.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>

// The outside of a bundle or update of format 2 (docs/sync.md, "Files"): the signed payload
// (manifest and body, exact bytes), its signature and the signer's public key, either in the
// open or sealed to its recipients. What is in clear beside it (kind, programme) only lets a
// refusal say what the file is before it is opened; it is checked against the signed manifest.
namespace qdf::sync {

inline constexpr int kSignedFormatVersion = 2;

struct Envelope {
    QString kind;  // contribution, update
    QString programmeId;
    QString programmeName;
    QByteArray signerKey;  // Ed25519 public key (inside the seal when sealed)
    QByteArray signature;  // over signedMessage(signerKey, payload)
    QByteArray payload;    // the signed bytes: {"manifest": …, "body": …} as JSON
    std::optional<keys::Sealed> sealed;  // set while sealed and not yet opened
};

// What a signature covers: a fixed label, the signer's key and the payload's exact bytes.
QByteArray signedMessage(const QByteArray &signerKey, const QByteArray &payload);

// Signs `payload` with `key` and, if `sealTo` names recipients, seals it to them; returns the
// file's bytes. Fails only without libsodium's randomness or with an unusable recipient key.
Result<QByteArray> writeEnvelope(Envelope envelope, const keys::KeyPair &key, const QVector<QByteArray> &sealTo);

// JSON from a file someone sent, parsed with a bound on nesting (a bundle nests a few levels;
// anything much deeper is not one, and would only exhaust the stack): truncated, not UTF-8 and
// too deep are refused with a message naming the file.
Result<nlohmann::json> parseBoundedJson(const QByteArray &bytes, const QString &path);

// The same for a file's top level, an envelope in the shape this program writes read at the
// speed of copying it (sync/EnvelopeJson.h), any other file as parseBoundedJson reads it.
Result<nlohmann::json> parseEnvelopeJson(const QByteArray &bytes, const QString &path);
// Reads the envelope's own fields from the file's top-level JSON (format 2); neither opens,
// verifies nor parses the payload.
Result<Envelope> envelopeFromJson(const nlohmann::json &doc, const QString &path);
// The same from the file's bytes (the fuzz target, and tests that act as an attacker would).
Result<Envelope> readEnvelope(const QByteArray &bytes, const QString &path);

// Opens a sealed envelope with the reader's key (signerKey, signature, payload filled in).
Status openEnvelope(Envelope &envelope, const keys::KeyPair &key, const QString &path);
// Checks the signature over the payload's exact bytes.
Status verifyEnvelope(const Envelope &envelope, const QString &path);

} // namespace qdf::sync
