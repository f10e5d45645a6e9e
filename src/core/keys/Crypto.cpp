#include "core/keys/Crypto.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace qdf::keys {
namespace {

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

} // namespace

bool KeyPair::isValid() const
{
    return publicKey.size() == crypto_sign_PUBLICKEYBYTES && secretKey.size() == crypto_sign_SECRETKEYBYTES;
}

bool available()
{
    static const bool started = sodium_init() >= 0;
    return started;
}

QByteArray randomBytes(int count)
{
    if (!available() || count <= 0)
        return {};
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(count));
    return out;
}

quint32 randomBelow(quint32 upperBound)
{
    return available() && upperBound > 0 ? randombytes_uniform(upperBound) : 0;
}

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

KeyPair generate()
{
    KeyPair key;
    if (!available())
        return key;
    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    key.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(key.publicKey), bytes(key.secretKey));
    return key;
}

std::optional<KeyPair> fromSeed(const QByteArray &seed)
{
    if (!available() || seed.size() != crypto_sign_SEEDBYTES)
        return std::nullopt;
    KeyPair key;
    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    key.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(bytes(key.publicKey), bytes(key.secretKey), bytes(seed));
    return key;
}

QByteArray seedOf(const KeyPair &key)
{
    QByteArray seed(crypto_sign_SEEDBYTES, '\0');
    if (key.isValid())
        crypto_sign_ed25519_sk_to_seed(bytes(seed), bytes(key.secretKey));
    return seed;
}

QByteArray sign(const QByteArray &message, const KeyPair &key)
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    if (!available() || !key.isValid())
        return {};
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), quint64(message.size()), bytes(key.secretKey));
    return signature;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (!available() || signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()), bytes(publicKey)) == 0;
}

QString fingerprint(const QByteArray &publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(10).toHex().toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

std::optional<Sealed> seal(const QByteArray &plain, const QVector<QByteArray> &recipientPublicKeys)
{
    if (!available() || recipientPublicKeys.isEmpty())
        return std::nullopt;
    QByteArray fileKey(crypto_secretbox_KEYBYTES, '\0');
    crypto_secretbox_keygen(bytes(fileKey));
    Sealed s;
    s.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(s.nonce.data(), size_t(s.nonce.size()));
    s.ciphertext.resize(plain.size() + crypto_secretbox_MACBYTES);
    crypto_secretbox_easy(bytes(s.ciphertext), bytes(plain), quint64(plain.size()), bytes(s.nonce), bytes(fileKey));
    for (const QByteArray &recipient : recipientPublicKeys) {
        QByteArray x25519(crypto_box_PUBLICKEYBYTES, '\0');
        if (recipient.size() != crypto_sign_PUBLICKEYBYTES
            || crypto_sign_ed25519_pk_to_curve25519(bytes(x25519), bytes(recipient)) != 0)
            return std::nullopt;
        QByteArray sealedKey(crypto_box_SEALBYTES + fileKey.size(), '\0');
        crypto_box_seal(bytes(sealedKey), bytes(fileKey), quint64(fileKey.size()), bytes(x25519));
        s.recipients << sealedKey;
    }
    sodium_memzero(fileKey.data(), size_t(fileKey.size()));
    return s;
}

Opened open(const Sealed &sealed, const KeyPair &key)
{
    Opened result;
    if (!available() || !key.isValid())
        return result;
    QByteArray xPublic(crypto_box_PUBLICKEYBYTES, '\0');
    QByteArray xSecret(crypto_box_SECRETKEYBYTES, '\0');
    if (crypto_sign_ed25519_pk_to_curve25519(bytes(xPublic), bytes(key.publicKey)) != 0
        || crypto_sign_ed25519_sk_to_curve25519(bytes(xSecret), bytes(key.secretKey)) != 0)
        return result;
    QByteArray fileKey(crypto_secretbox_KEYBYTES, '\0');
    // Trial opening: the file does not say who it is sealed to (a reader learns nothing of the recipients).
    for (const QByteArray &recipient : sealed.recipients) {
        if (recipient.size() != crypto_box_SEALBYTES + fileKey.size()
            || crypto_box_seal_open(bytes(fileKey), bytes(recipient), quint64(recipient.size()), bytes(xPublic), bytes(xSecret)) != 0)
            continue;
        // Sealed to this key: from here on, anything wrong is a changed or damaged file.
        result.outcome = Opened::Outcome::Damaged;
        if (sealed.nonce.size() != crypto_secretbox_NONCEBYTES || sealed.ciphertext.size() < crypto_secretbox_MACBYTES)
            break;
        QByteArray out(sealed.ciphertext.size() - crypto_secretbox_MACBYTES, '\0');
        if (crypto_secretbox_open_easy(bytes(out), bytes(sealed.ciphertext), quint64(sealed.ciphertext.size()), bytes(sealed.nonce),
                                       bytes(fileKey))
            == 0) {
            result.outcome = Opened::Outcome::Opened;
            result.plain = out;
        }
        break;
    }
    sodium_memzero(fileKey.data(), size_t(fileKey.size()));
    sodium_memzero(xSecret.data(), size_t(xSecret.size()));
    return result;
}

} // namespace qdf::keys
