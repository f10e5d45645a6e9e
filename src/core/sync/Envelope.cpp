#include "core/sync/Envelope.h"

#include "core/Limits.h"
#include "core/sync/EnvelopeJson.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <string_view>

namespace qdf::sync {
namespace {

using json = nlohmann::json;

constexpr int kMaxDepth = 16;
// A reader tries its key on every recipient: more than any programme has participants is not a
// bundle but a way to keep the reader busy.
constexpr int kMaxRecipients = 1000;
const char *const kFormat = "qdf-sync";
const QByteArray kLabel = QByteArrayLiteral("qdf-sync signature 2\n");

struct TooDeep {};
struct TooMany {};

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::sync::Bundle", text);
}

Error refused(const QString &path, Error::Code code, const QString &why)
{
    return makeError(code, QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), why));
}

QString text(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QByteArray base64(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return {};
    const std::string &text = it->get_ref<const std::string &>();
    if (auto quick = quickBase64(QByteArrayView(text.data(), qsizetype(text.size()))))
        return *quick;
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(text), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

std::string encoded(const QByteArray &bytes)
{
    return bytes.toBase64().toStdString();
}

} // namespace

QByteArray signedMessage(const QByteArray &signerKey, const QByteArray &payload)
{
    return kLabel + signerKey + payload;
}

Result<json> parseBoundedJson(const QByteArray &bytes, const QString &path)
{
    try {
        // Counted while parsing: a file of a million tiny values is refused before it is all in memory.
        qint64 events = 0;
        const qint64 maxEvents = exchangeLimits().jsonValues;
        return json::parse(bytes.constBegin(), bytes.constEnd(), [&events, maxEvents](int depth, json::parse_event_t, json &) {
            if (depth > kMaxDepth)
                throw TooDeep{};
            if (++events > maxEvents)
                throw TooMany{};
            return true;
        });
    } catch (const TooDeep &) {
        return refused(path, Error::Code::Damaged, tr("nested too deeply to be a QDF bundle"));
    } catch (const TooMany &) {
        return refused(path, Error::Code::NotAllowed,
                       tr("holds more values than any bundle (over %1): nothing was taken in").arg(exchangeLimits().jsonValues));
    } catch (const json::exception &e) {
        if (std::string_view(e.what()).find("UTF-8") != std::string_view::npos)
            return refused(path, Error::Code::Damaged, tr("holds text that is not UTF-8: it was damaged on the way"));
        return refused(path, Error::Code::Damaged, tr("not a whole QDF bundle (truncated, or not a bundle at all)"));
    }
}

Result<json> parseEnvelopeJson(const QByteArray &bytes, const QString &path)
{
    if (auto quick = quickEnvelopeJson(bytes))
        return std::move(*quick);
    return parseBoundedJson(bytes, path);
}

Result<QByteArray> writeEnvelope(Envelope e, const keys::KeyPair &key, const QVector<QByteArray> &sealTo)
{
    if (!key.isValid())
        return makeError(Error::Code::Io, tr("there is no signing key to sign the file with"));
    e.signerKey = key.publicKey;
    e.signature = keys::sign(signedMessage(e.signerKey, e.payload), key);
    if (e.signature.isEmpty())
        return makeError(Error::Code::Io, tr("the file could not be signed (no source of randomness)"));
    json doc{{"format", kFormat},
             {"formatVersion", kSignedFormatVersion},
             {"kind", e.kind.toStdString()},
             {"programmeId", e.programmeId.toStdString()},
             {"programmeName", e.programmeName.toStdString()}};
    if (sealTo.isEmpty()) {
        doc["signer"] = encoded(e.signerKey);
        doc["signature"] = encoded(e.signature);
        doc["payload"] = encoded(e.payload);
    } else {
        // Who signed it is sealed too: a reader of the e-mail learns neither the content nor its author.
        const auto sealed = keys::seal(e.signerKey + e.signature + e.payload, sealTo);
        if (!sealed)
            return makeError(Error::Code::Io, tr("the file could not be sealed to its recipients' keys"));
        json recipients = json::array();
        for (const QByteArray &r : sealed->recipients)
            recipients.push_back(encoded(r));
        doc["sealed"] = {{"recipients", recipients}, {"nonce", encoded(sealed->nonce)}, {"ciphertext", encoded(sealed->ciphertext)}};
    }
    return QByteArray::fromStdString(doc.dump(1));
}

Result<Envelope> envelopeFromJson(const json &doc, const QString &path)
{
    Envelope e;
    e.kind = text(doc, "kind");
    e.programmeId = text(doc, "programmeId");
    e.programmeName = text(doc, "programmeName");
    if (const auto sealed = doc.find("sealed"); sealed != doc.end()) {
        const auto recipients = sealed->is_object() ? sealed->find("recipients") : sealed->end();
        if (recipients == sealed->end() || !recipients->is_array())
            return refused(path, Error::Code::Damaged, tr("the sealed file names no recipients"));
        if (recipients->size() > kMaxRecipients)
            return refused(path, Error::Code::Damaged, tr("the sealed file is sealed to more recipients than a programme has"));
        keys::Sealed s;
        for (const json &r : *recipients) {
            if (r.is_string())
                s.recipients << QByteArray::fromBase64(QByteArray::fromStdString(r.get<std::string>()));
        }
        s.nonce = base64(*sealed, "nonce");
        s.ciphertext = base64(*sealed, "ciphertext");
        if (s.recipients.isEmpty() || s.nonce.isEmpty() || s.ciphertext.isEmpty())
            return refused(path, Error::Code::Damaged, tr("the sealed file is incomplete"));
        e.sealed = s;
        return e;
    }
    e.signerKey = base64(doc, "signer");
    e.signature = base64(doc, "signature");
    e.payload = base64(doc, "payload");
    if (e.signerKey.isEmpty() || e.signature.isEmpty())
        return refused(path, Error::Code::Damaged, tr("the file carries no signature"));
    if (e.payload.isEmpty())
        return refused(path, Error::Code::Damaged, tr("the bundle's manifest or body is missing"));
    return e;
}

Result<Envelope> readEnvelope(const QByteArray &bytes, const QString &path)
{
    auto doc = parseEnvelopeJson(bytes, path);
    if (!doc)
        return doc.error();
    if (!doc->is_object() || text(*doc, "format") != QLatin1String(kFormat))
        return refused(path, Error::Code::NotAWorkbook, tr("not a QDF contribution bundle or update"));
    return envelopeFromJson(*doc, path);
}

Status openEnvelope(Envelope &e, const keys::KeyPair &key, const QString &path)
{
    if (!e.sealed)
        return Status::success();
    const keys::Opened opened = keys::open(*e.sealed, key);
    if (opened.outcome == keys::Opened::Outcome::Damaged)
        return refused(path, Error::Code::Damaged,
                       tr("its sealed content was changed or damaged on the way: it does not open; nothing was taken in"));
    const auto plain = opened.outcome == keys::Opened::Outcome::Opened ? std::optional<QByteArray>(opened.plain) : std::nullopt;
    if (!plain)
        return refused(path, Error::Code::NotAllowed,
                       tr("sealed to another key: only the workbook it was sealed to can read it (for a contribution, "
                          "the programme's master; check that it was sent to this programme's production team)"));
    if (plain->size() < keys::kPublicKeyBytes + keys::kSignatureBytes)
        return refused(path, Error::Code::Damaged, tr("the sealed file is incomplete"));
    e.signerKey = plain->left(keys::kPublicKeyBytes);
    e.signature = plain->mid(keys::kPublicKeyBytes, keys::kSignatureBytes);
    e.payload = plain->mid(keys::kPublicKeyBytes + keys::kSignatureBytes);
    e.sealed.reset();
    return Status::success();
}

Status verifyEnvelope(const Envelope &e, const QString &path)
{
    if (e.sealed)
        return refused(path, Error::Code::NotAllowed, tr("still sealed: it cannot be checked before it is opened"));
    if (!keys::verify(signedMessage(e.signerKey, e.payload), e.signature, e.signerKey))
        return refused(path, Error::Code::Damaged,
                       tr("its signature does not match its content: it was changed after it was signed (or damaged on the "
                          "way); nothing was taken in"));
    return Status::success();
}

} // namespace qdf::sync
