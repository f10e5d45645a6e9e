#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

// The few cryptographic operations sync needs, on libsodium (docs/security.md): Ed25519
// signatures, and sealing to X25519 keys derived from the same Ed25519 keys. Nothing else in
// the program calls libsodium.
namespace qdf::keys {

struct KeyPair {
    QByteArray publicKey;  // Ed25519, 32 bytes
    QByteArray secretKey;  // Ed25519, 64 bytes (seed and public key)
    bool isValid() const;
};

inline constexpr int kPublicKeyBytes = 32;
inline constexpr int kSignatureBytes = 64;

// False only when libsodium cannot start (no source of randomness): nothing can be signed then.
bool available();

KeyPair generate();
// The key pair a seed of 32 bytes gives (how a key file keeps the secret half).
std::optional<KeyPair> fromSeed(const QByteArray &seed);
QByteArray seedOf(const KeyPair &key);

// A detached signature of `message`.
QByteArray sign(const QByteArray &message, const KeyPair &key);
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

// Secrets that are not keys (a live workshop's session code and tokens, docs/workshop.md), from
// the same source of randomness: `count` random bytes (empty when !available()), a number in
// [0, upperBound) without bias, and a comparison whose time does not depend on where two equally
// long secrets differ.
QByteArray randomBytes(int count);
quint32 randomBelow(quint32 upperBound);
bool sameSecret(const QByteArray &a, const QByteArray &b);

// What a person compares by telephone: the first 10 bytes of the key's SHA-256 in five groups
// of four hex digits, e.g. "3F2A-91C0-77DE-01B4-9C2E".
QString fingerprint(const QByteArray &publicKey);

// Sealed to several recipients at once: the bytes are encrypted once under a fresh key
// (XSalsa20-Poly1305, crypto_secretbox), and that key is sealed to each recipient's X25519 key,
// derived from their Ed25519 key (crypto_box_seal): only a recipient's secret key opens it,
// and the sender's key is not needed (nor can the sender open it afterwards).
struct Sealed {
    QVector<QByteArray> recipients;  // the file key, sealed to each recipient
    QByteArray nonce;
    QByteArray ciphertext;
};
std::optional<Sealed> seal(const QByteArray &plain, const QVector<QByteArray> &recipientPublicKeys);
// The plain bytes, if `key` is one of the recipients and nothing was changed.
struct Opened {
    enum class Outcome { Opened, NotARecipient, Damaged } outcome = Outcome::NotARecipient;
    QByteArray plain;
};
Opened open(const Sealed &sealed, const KeyPair &key);

} // namespace qdf::keys
