#include "core/sync/Bundle.h"

#include "core/Limits.h"
#include "core/SaveFile.h"
#include "core/Sha256.h"
#include "core/sync/BundleBody.h"
#include "core/sync/BundleCheck.h"
#include "core/sync/Envelope.h"
#include "core/sync/PayloadJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <nlohmann/json.hpp>

#include <string_view>

namespace qdf::sync {
namespace {

using json = nlohmann::json;

const char *const kFormat = "qdf-sync";

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::sync::Bundle", text);
}

std::string str(const QString &s)
{
    return s.toStdString();
}

QString qstr(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

qint64 number(const json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->get<qint64>() : -1;
}

// Item states are Qt JSON inside the core; here they cross to nlohmann's and back, losslessly.
json toNlohmann(const QJsonObject &o)
{
    return json::parse(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
}

QString hashOf(const json &body)
{
    // nlohmann's objects keep their keys sorted, so dump() is canonical.
    const std::string canonical = body.dump();
    return sha256Hex(QByteArrayView(canonical.data(), qsizetype(canonical.size())));
}

// Whether the body is the one the manifest's contentHash names. Where the payload is as this
// program writes it (nlohmann's sorted dump: the body first, the manifest last), the body's
// canonical print is already in it, byte for byte: hashed where it lies, not printed again (8% of
// a merge, issue 16). A payload written any other way is hashed from the body's canonical print,
// as before. (A signer could so pass a body printed otherwise with the hash of those bytes; the
// hash proves nothing a signature does not, docs/sync.md.)
bool spanMatches(const QString &contentHash, QByteArrayView payload)
{
    const std::string_view bytes(payload.data(), std::size_t(payload.size()));
    constexpr std::string_view head = R"({"body":)";
    constexpr std::string_view tail = R"(,"manifest":{)";
    if (bytes.substr(0, head.size()) != head)
        return false;
    const std::size_t end = bytes.rfind(tail);
    if (end == std::string_view::npos || end <= head.size())
        return false;
    const std::string_view span = bytes.substr(head.size(), end - head.size());
    return sha256Hex(QByteArrayView(span.data(), qsizetype(span.size()))) == contentHash;
}

bool bodyMatches(const json &body, const QString &contentHash, QByteArrayView payload)
{
    return spanMatches(contentHash, payload) || hashOf(body) == contentHash;
}

Error refused(const QString &path, Error::Code code, const QString &why)
{
    return makeError(code, QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), why));
}

Error tooLarge(const QString &path, qint64 size)
{
    return refused(path, Error::Code::NotAllowed,
                   tr("the file is %1; a bundle or update may be up to %2 (QDF_MAX_BUNDLE_MB): nothing was taken in")
                       .arg(megabytes(size), megabytes(exchangeLimits().bundleBytes)));
}

} // namespace

QString bundleKindSlug(BundleKind kind)
{
    return kind == BundleKind::Update ? QStringLiteral("update") : QStringLiteral("contribution");
}

Status writeBundle(const QString &path, Bundle bundle, const Sender &sender)
{
    json changes = json::array();
    for (const ItemChange &c : bundle.changes) {
        json change;
        change["base"] = c.base ? toNlohmann(toJson(*c.base)) : json();
        change["state"] = toNlohmann(toJson(c.state));
        changes.push_back(change);
    }
    json body{{"changes", changes}};
    // Only an update that has erasures to carry names them: every other body stays as before.
    if (!bundle.erasures.isEmpty()) {
        json erasures = json::array();
        for (const ErasureNotice &e : bundle.erasures) {
            json rounds = json::array();
            for (const QString &round : e.ratingsRemovedIn)
                rounds.push_back(str(round));
            erasures.push_back({{"id", str(e.id)},
                                {"erasedAt", str(e.erasedAt)},
                                {"replacedBy", str(e.replacedBy)},
                                {"nameCheck", str(e.nameCheck)},
                                {"ratingsRemovedIn", rounds}});
        }
        body["erasures"] = erasures;
    }
    Manifest &m = bundle.manifest;
    m.contentHash = hashOf(body);
    json manifest{{"kind", str(bundleKindSlug(m.kind))},
                        {"bundleId", str(m.bundleId)},
                        {"programmeId", str(m.programmeId)},
                        {"programmeName", str(m.programmeName)},
                        {"sourceWorkbookId", str(m.sourceWorkbookId)},
                        {"author", {{"name", str(m.author.name)}, {"organisation", str(m.author.organisation)}, {"role", str(m.author.role)}}},
                        {"baseRevision", m.baseRevision},
                        {"newRevision", m.newRevision},
                        {"sequence", m.sequence},
                        {"createdAt", str(m.createdAt)},
                        {"contentHash", str(m.contentHash)}};
    if (m.anonymous)
        manifest["anonymous"] = true;
    if (!m.contentLanguage.isEmpty())
        manifest["contentLanguage"] = str(m.contentLanguage);
    const json payload{{"manifest", manifest}, {"body", body}};
    Envelope envelope;
    envelope.kind = bundleKindSlug(m.kind);
    envelope.programmeId = m.programmeId;
    envelope.programmeName = m.programmeName;
    envelope.payload = QByteArray::fromStdString(payload.dump());
    auto bytes = writeEnvelope(envelope, sender.key, sender.sealTo);
    if (!bytes)
        return makeError(bytes.error().code, QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), bytes.error().message));
    return saveFile(path, *bytes);
}

bool knownContentLanguage(const QString &code)
{
    return code.isEmpty() || code == QLatin1String("en") || code == QLatin1String("cy");
}

Result<Bundle> readBundle(const QString &path, const BundleReadOptions &options)
{
    QFile file(path);
    if (!file.exists())
        return refused(path, Error::Code::NotFound, QStringLiteral("no such file"));
    if (!file.open(QIODevice::ReadOnly))
        return refused(path, Error::Code::Io, file.errorString());
    // Judged by its size before a byte of it is read: never a multi-gigabyte parse.
    if (file.size() > exchangeLimits().bundleBytes)
        return tooLarge(path, file.size());
    return parseBundle(file.readAll(), path, options);
}

namespace {

// The manifest and body of a payload (format 2) or of a whole unsigned file (format 1).
Result<Bundle> fromPayload(const json &doc, int version, const QString &path, QByteArrayView payload = {})
{
    const auto manifest = doc.find("manifest");
    const auto body = doc.find("body");
    if (manifest == doc.end() || !manifest->is_object() || body == doc.end() || !body->is_object())
        return refused(path, Error::Code::Damaged, QStringLiteral("the bundle's manifest or body is missing"));
    Bundle b;
    Manifest &m = b.manifest;
    const QString kind = qstr(*manifest, "kind");
    if (kind != QLatin1String("contribution") && kind != QLatin1String("update"))
        return refused(path, Error::Code::Damaged, QStringLiteral("unknown bundle kind \"%1\"").arg(kind));
    m.kind = kind == QLatin1String("update") ? BundleKind::Update : BundleKind::Contribution;
    m.formatVersion = version;
    m.bundleId = qstr(*manifest, "bundleId");
    m.programmeId = qstr(*manifest, "programmeId");
    m.programmeName = qstr(*manifest, "programmeName");
    m.sourceWorkbookId = qstr(*manifest, "sourceWorkbookId");
    if (const auto author = manifest->find("author"); author != manifest->end() && author->is_object())
        m.author = Owner{qstr(*author, "name"), qstr(*author, "organisation"), qstr(*author, "role")};
    m.baseRevision = number(*manifest, "baseRevision");
    m.newRevision = number(*manifest, "newRevision");
    m.sequence = number(*manifest, "sequence");
    m.createdAt = qstr(*manifest, "createdAt");
    m.contentHash = qstr(*manifest, "contentHash");
    if (const auto anonymous = manifest->find("anonymous"); anonymous != manifest->end())
        m.anonymous = anonymous->is_boolean() && anonymous->get<bool>();
    m.contentLanguage = qstr(*manifest, "contentLanguage");
    if (!knownContentLanguage(m.contentLanguage))
        return refused(path, Error::Code::Damaged,
                       QStringLiteral("the bundle names a content language this program does not know (\"%1\")").arg(m.contentLanguage));
    if (m.bundleId.isEmpty() || m.programmeId.isEmpty() || m.sourceWorkbookId.isEmpty() || m.newRevision < 0 || m.sequence < 0)
        return refused(path, Error::Code::Damaged, QStringLiteral("the bundle's manifest is incomplete"));
    if (!bodyMatches(*body, m.contentHash, payload))
        return refused(path, Error::Code::Damaged,
                       QStringLiteral("the bundle's content does not match its hash: it was edited or damaged on the way"));
    auto changes = readChanges(*body, path);
    if (!changes)
        return changes.error();
    b.changes = std::move(changes).value();
    auto erasures = readErasures(*body, path);
    if (!erasures)
        return erasures.error();
    b.erasures = std::move(erasures).value();
    // Every item against what its kind and a participant's workbook can hold (sync/BundleCheck.h).
    if (Status s = checkBundle(b, path); !s)
        return s.error();
    return b;
}

// The payload read by Qt's parser (PayloadJson.h) into the bundle fromPayload would make of it;
// nullopt wherever fromPayload would refuse it or read it otherwise (then it reads it itself,
// and says why).
std::optional<Result<Bundle>> quickPayload(const QByteArray &payload, const QString &path)
{
    const auto doc = quickPayloadJson(payload);
    if (!doc)
        return std::nullopt;
    const QJsonValue manifestValue = doc->value(QLatin1String("manifest"));
    const QJsonValue bodyValue = doc->value(QLatin1String("body"));
    if (!manifestValue.isObject() || !bodyValue.isObject())
        return std::nullopt;
    const QJsonObject manifest = manifestValue.toObject();
    const auto text = [](const QJsonObject &o, const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() ? v.toString() : QString();
    };
    // Every number the scan lets through is a whole one: what number() reads.
    const auto whole = [&](const char *key) {
        const QJsonValue v = manifest.value(QLatin1String(key));
        return v.isDouble() ? v.toInteger() : qint64(-1);
    };
    Bundle b;
    Manifest &m = b.manifest;
    const QString kind = text(manifest, "kind");
    if (kind != QLatin1String("contribution") && kind != QLatin1String("update"))
        return std::nullopt;
    m.kind = kind == QLatin1String("update") ? BundleKind::Update : BundleKind::Contribution;
    m.formatVersion = kBundleFormatVersion;
    m.bundleId = text(manifest, "bundleId");
    m.programmeId = text(manifest, "programmeId");
    m.programmeName = text(manifest, "programmeName");
    m.sourceWorkbookId = text(manifest, "sourceWorkbookId");
    if (const QJsonValue author = manifest.value(QLatin1String("author")); author.isObject())
        m.author = Owner{text(author.toObject(), "name"), text(author.toObject(), "organisation"), text(author.toObject(), "role")};
    m.baseRevision = whole("baseRevision");
    m.newRevision = whole("newRevision");
    m.sequence = whole("sequence");
    m.createdAt = text(manifest, "createdAt");
    m.contentHash = text(manifest, "contentHash");
    if (const QJsonValue anonymous = manifest.value(QLatin1String("anonymous")); !anonymous.isUndefined())
        m.anonymous = anonymous.isBool() && anonymous.toBool();
    m.contentLanguage = text(manifest, "contentLanguage");
    if (!knownContentLanguage(m.contentLanguage))
        return std::nullopt;
    if (m.bundleId.isEmpty() || m.programmeId.isEmpty() || m.sourceWorkbookId.isEmpty() || m.newRevision < 0 || m.sequence < 0)
        return std::nullopt;
    // An update carrying erasures is rare and small: the general reader reads and checks them.
    if (bodyValue.toObject().contains(QLatin1String("erasures")))
        return std::nullopt;
    if (!spanMatches(m.contentHash, payload))
        return std::nullopt;
    auto changes = quickChanges(bodyValue.toObject());
    if (!changes)
        return std::nullopt;
    b.changes = std::move(*changes);
    if (Status s = checkBundle(b, path); !s)
        return Result<Bundle>(s.error());
    return Result<Bundle>(std::move(b));
}

} // namespace

Result<Bundle> parsePayload(const QByteArray &payload, const QString &path)
{
    if (auto quick = quickPayload(payload, path))
        return std::move(*quick);
    return parsePayloadGeneral(payload, path);
}

Result<Bundle> parsePayloadGeneral(const QByteArray &payload, const QString &path)
{
    auto doc = parseBoundedJson(payload, path);
    if (!doc)
        return doc.error();
    if (!doc->is_object())
        return refused(path, Error::Code::Damaged, QStringLiteral("the bundle's manifest or body is missing"));
    return fromPayload(*doc, kBundleFormatVersion, path, payload);
}

Result<Bundle> parseBundle(const QByteArray &bytes, const QString &path, const BundleReadOptions &options)
{
    if (bytes.size() > exchangeLimits().bundleBytes)
        return tooLarge(path, bytes.size());
    auto doc = parseEnvelopeJson(bytes, path);
    if (!doc)
        return doc.error();
    if (!doc->is_object() || qstr(*doc, "format") != QLatin1String(kFormat))
        return refused(path, Error::Code::NotAWorkbook, QStringLiteral("not a QDF contribution bundle or update"));
    const qint64 version = number(*doc, "formatVersion");
    if (version > kBundleFormatVersion)
        return refused(path, Error::Code::NewerSchema,
                       QStringLiteral("made by a newer QDF Workbench (bundle format %1; this one reads %2): update QDF Workbench")
                           .arg(version)
                           .arg(kBundleFormatVersion));
    if (version == kUnsignedFormatVersion) {
        if (!options.allowUnsigned)
            return refused(path, Error::Code::NotAllowed,
                           tr("is not signed (made by QDF Workbench before signatures): nothing proves who made "
                              "it or that it is unchanged; take it in only if you know where it came from, with "
                              "--allow-unsigned"));
        return fromPayload(*doc, kUnsignedFormatVersion, path);
    }
    if (version != kBundleFormatVersion)
        return refused(path, Error::Code::Damaged, QStringLiteral("the bundle's manifest or body is missing"));
    auto envelope = envelopeFromJson(*doc, path);
    if (!envelope)
        return envelope.error();
    // Another programme's file is said to be one before anything else (it cannot be opened here anyway).
    if (options.programme && envelope->programmeId != options.programme->uuid)
        return refused(path, Error::Code::WrongProgramme,
                       tr("belongs to the programme \"%1\", not to \"%2\"").arg(envelope->programmeName, options.programme->name));
    const bool sealed = bool(envelope->sealed);
    if (sealed) {
        if (!options.openWith)
            return refused(path, Error::Code::NotAllowed,
                           tr("sealed to another key: this workbook holds no key that opens it (for a contribution, "
                              "only the programme's master can read it)"));
        if (Status s = openEnvelope(*envelope, *options.openWith, path); !s)
            return s.error();
    }
    // Nothing of the payload is read before its signature is checked.
    if (Status s = verifyEnvelope(*envelope, path); !s)
        return s.error();
    auto bundle = parsePayload(envelope->payload, path);
    if (!bundle)
        return bundle;
    // What was in clear for messages must be what was signed.
    if (envelope->kind != bundleKindSlug(bundle->manifest.kind) || envelope->programmeId != bundle->manifest.programmeId)
        return refused(path, Error::Code::Damaged,
                       tr("its outside does not match its signed content: it was changed after it was signed"));
    bundle->signerKey = envelope->signerKey;
    bundle->sealed = sealed;
    return bundle;
}

} // namespace qdf::sync
