#include "core/sync/Bundle.h"
#include "core/Sha256.h"

#include "core/Limits.h"
#include "core/SaveFile.h"

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
// A bundle nests a few levels (file, body, changes, change, state, fields, a list); anything
// much deeper is not a bundle, and printing or converting it would only exhaust the stack.
constexpr int kMaxDepth = 16;

struct TooDeep {};

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

QJsonValue valueFromNlohmann(const json &j)
{
    // Depth is bounded when the bundle is parsed (kMaxDepth).
    switch (j.type()) {
    case json::value_t::object: {
        QJsonObject o;
        for (auto it = j.begin(); it != j.end(); ++it)
            o.insert(QString::fromStdString(it.key()), valueFromNlohmann(it.value()));
        return o;
    }
    case json::value_t::array: {
        QJsonArray a;
        for (const json &v : j)
            a.append(valueFromNlohmann(v));
        return a;
    }
    case json::value_t::string:
        return QString::fromStdString(j.get_ref<const std::string &>());
    case json::value_t::boolean:
        return j.get<bool>();
    case json::value_t::number_integer:
        return qint64(j.get<std::int64_t>());
    case json::value_t::number_unsigned:
        return double(j.get<std::uint64_t>());
    case json::value_t::number_float:
        return j.get<double>();
    default:
        return QJsonValue::Null;
    }
}

// Directly, without printing and parsing the text again (a bundle's states are most of its bytes).
QJsonObject fromNlohmann(const json &j)
{
    return valueFromNlohmann(j).toObject();
}

QString hashOf(const json &body)
{
    // nlohmann's objects keep their keys sorted, so dump() is canonical.
    const std::string canonical = body.dump();
    return sha256Hex(QByteArrayView(canonical.data(), qsizetype(canonical.size())));
}

Error refused(const QString &path, Error::Code code, const QString &why)
{
    return makeError(code, QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), why));
}

} // namespace

QString bundleKindSlug(BundleKind kind)
{
    return kind == BundleKind::Update ? QStringLiteral("update") : QStringLiteral("contribution");
}

Status writeBundle(const QString &path, Bundle bundle)
{
    json changes = json::array();
    for (const ItemChange &c : bundle.changes) {
        json change;
        change["base"] = c.base ? toNlohmann(toJson(*c.base)) : json();
        change["state"] = toNlohmann(toJson(c.state));
        changes.push_back(change);
    }
    const json body{{"changes", changes}};
    Manifest &m = bundle.manifest;
    m.contentHash = hashOf(body);
    const json manifest{{"kind", str(bundleKindSlug(m.kind))},
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
    const json file{{"format", kFormat}, {"formatVersion", kBundleFormatVersion}, {"manifest", manifest}, {"body", body}};
    return saveFile(path, QByteArray::fromStdString(file.dump(1)));
}

Result<Bundle> readBundle(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return refused(path, Error::Code::NotFound, QStringLiteral("no such file"));
    if (!file.open(QIODevice::ReadOnly))
        return refused(path, Error::Code::Io, file.errorString());
    return parseBundle(file.readAll(), path);
}

Result<Bundle> parseBundle(const QByteArray &bytes, const QString &path)
{
    json doc;
    try {
        doc = json::parse(bytes.constBegin(), bytes.constEnd(), [](int depth, json::parse_event_t, json &) {
            if (depth > kMaxDepth)
                throw TooDeep{};
            return true;
        });
    } catch (const TooDeep &) {
        return refused(path, Error::Code::Damaged, QStringLiteral("nested too deeply to be a QDF bundle"));
    } catch (const json::exception &e) {
        if (std::string_view(e.what()).find("UTF-8") != std::string_view::npos)
            return refused(path, Error::Code::Damaged, QStringLiteral("holds text that is not UTF-8: it was damaged on the way"));
        return refused(path, Error::Code::Damaged, QStringLiteral("not a whole QDF bundle (truncated, or not a bundle at all)"));
    }
    if (!doc.is_object() || qstr(doc, "format") != QLatin1String(kFormat))
        return refused(path, Error::Code::NotAWorkbook, QStringLiteral("not a QDF contribution bundle or update"));
    const qint64 version = number(doc, "formatVersion");
    if (version > kBundleFormatVersion)
        return refused(path, Error::Code::NewerSchema,
                       QStringLiteral("made by a newer QDF Workbench (bundle format %1; this one reads %2): update QDF Workbench")
                           .arg(version)
                           .arg(kBundleFormatVersion));
    const auto manifest = doc.find("manifest");
    const auto body = doc.find("body");
    if (version < 1 || manifest == doc.end() || !manifest->is_object() || body == doc.end() || !body->is_object())
        return refused(path, Error::Code::Damaged, QStringLiteral("the bundle's manifest or body is missing"));
    Bundle b;
    Manifest &m = b.manifest;
    const QString kind = qstr(*manifest, "kind");
    if (kind != QLatin1String("contribution") && kind != QLatin1String("update"))
        return refused(path, Error::Code::Damaged, QStringLiteral("unknown bundle kind \"%1\"").arg(kind));
    m.kind = kind == QLatin1String("update") ? BundleKind::Update : BundleKind::Contribution;
    m.formatVersion = int(version);
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
    if (m.bundleId.isEmpty() || m.programmeId.isEmpty() || m.sourceWorkbookId.isEmpty() || m.newRevision < 0 || m.sequence < 0)
        return refused(path, Error::Code::Damaged, QStringLiteral("the bundle's manifest is incomplete"));
    if (hashOf(*body) != m.contentHash)
        return refused(path, Error::Code::Damaged,
                       QStringLiteral("the bundle's content does not match its hash: it was edited or damaged on the way"));
    const auto changes = body->find("changes");
    if (changes == body->end() || !changes->is_array())
        return refused(path, Error::Code::Damaged, QStringLiteral("the bundle has no list of changes"));
    for (const json &c : *changes) {
        const auto state = c.is_object() ? c.find("state") : c.end();
        if (state == c.end() || !state->is_object())
            return refused(path, Error::Code::Damaged, QStringLiteral("a change without its state"));
        auto now = stateFromJson(fromNlohmann(*state));
        if (!now)
            return refused(path, Error::Code::Damaged, QStringLiteral("a change of no known item"));
        for (auto f = now->fields.constBegin(); f != now->fields.constEnd(); ++f) {
            if (f.key() == QLatin1String("data"))
                continue;  // a reference file's bytes, not a text
            if (Status s = checkTextLength(f.value().toString()); !s)
                return refused(path, Error::Code::NotAllowed, QStringLiteral("%1 (%2)").arg(s.error().message, now->id));
        }
        ItemChange change{std::nullopt, *now};
        if (const auto base = c.find("base"); base != c.end() && base->is_object())
            change.base = stateFromJson(fromNlohmann(*base));
        b.changes << change;
    }
    return b;
}

} // namespace qdf::sync
