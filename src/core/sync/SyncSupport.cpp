#include "core/sync/SyncSupport.h"

#include "core/Sha256.h"
#include "core/stores/ScheduleStore.h"
#include "core/sync/CompactJson.h"
#include "core/sync/KeptBlob.h"

#include <QJsonDocument>

namespace qdf::sync::detail {
namespace {

const QLatin1String kBlob("blob:");
const QLatin1String kVersion("version:");
const QLatin1String kHash("hash:");

// A Schedule's state whose title and text are one of its versions here: kept as that version's
// number and the other fields, the text already being in the Schedule's history.
Result<std::optional<QString>> asVersion(const QSqlDatabase &db, const ItemState &state)
{
    if (state.deleted || state.kind() != QLatin1String("schedule"))
        return std::optional<QString>();
    const QString title = state.fields.value(QStringLiteral("title")).toString();
    const QString body = state.fields.value(QStringLiteral("body")).toString();
    auto version = ScheduleStore::versionWithText(db, state.key(), ScheduleStore::textHash(title, body));
    if (!version)
        return version.error();
    if (*version == 0)
        return std::optional<QString>();
    QJsonObject rest = toJson(state);
    QJsonObject fields = rest.value(QStringLiteral("fields")).toObject();
    fields.remove(QStringLiteral("title"));
    fields.remove(QStringLiteral("body"));
    rest.insert(QStringLiteral("fields"), fields);
    rest.insert(QStringLiteral("version"), *version);
    return std::optional<QString>(kVersion + QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact)));
}

Result<std::optional<ItemState>> fromVersion(const QSqlDatabase &db, const QString &reference)
{
    QJsonObject json = QJsonDocument::fromJson(reference.mid(kVersion.size()).toUtf8()).object();
    auto state = stateFromJson(json);
    if (!state)
        return makeError(Error::Code::Damaged, QStringLiteral("a kept state cannot be read (%1)").arg(reference.left(80)));
    auto versions = ScheduleStore::versionsIn(db, state->key());
    if (!versions)
        return versions.error();
    if (versions->isEmpty())
        return std::optional<ItemState>();  // the Schedule itself is gone (an import that brought it was undone)
    const int wanted = json.value(QStringLiteral("version")).toInt();
    for (const ScheduleVersion &v : *versions) {
        if (v.version == wanted) {
            state->fields.insert(QStringLiteral("title"), v.title);
            state->fields.insert(QStringLiteral("body"), v.body);
            return std::optional<ItemState>(*state);
        }
    }
    return makeError(Error::Code::Damaged, QStringLiteral("version %1 of a Schedule is missing").arg(wanted));
}

} // namespace

Result<QVariant> stored(const QSqlDatabase &db, const std::optional<ItemState> &state)
{
    if (!state)
        return QVariant(QMetaType(QMetaType::QString));
    auto version = asVersion(db, *state);
    if (!version)
        return version.error();
    if (*version)
        return QVariant(**version);
    const QByteArray json = compactJson(toJson(*state));
    const QString hash = sha256Hex(json);
    if (Status s = sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO sync_blob (hash, data) VALUES (?, ?)"),
                             {hash, keptblob::pack(json)});
        !s)
        return s.error();
    return QVariant(kBlob + hash);
}

Result<QVariantList> storedAll(const QSqlDatabase &db, const QVector<std::optional<ItemState>> &states)
{
    QVariantList values;
    for (const auto &state : states) {
        auto value = stored(db, state);
        if (!value)
            return value.error();
        values << *value;
    }
    return values;
}

Result<std::optional<ItemState>> loaded(const QSqlDatabase &db, const QVariant &value)
{
    if (value.isNull())
        return std::optional<ItemState>();
    const QString text = value.toString();
    if (text.isEmpty())
        return std::optional<ItemState>();
    if (text.startsWith(kVersion))
        return fromVersion(db, text);
    QByteArray json;
    if (text.startsWith(kBlob)) {
        auto data = sql::run(db, QStringLiteral("SELECT data FROM sync_blob WHERE hash = ?"), {text.mid(kBlob.size())});
        if (!data)
            return data.error();
        if (!data->next())
            return makeError(Error::Code::Damaged, QStringLiteral("a kept state is missing (%1)").arg(text));
        auto unpacked = keptblob::unpack(data->value(0).toByteArray(), text);
        if (!unpacked)
            return unpacked.error();
        json = std::move(unpacked).value();
    } else {
        json = text.toUtf8();  // before schema 9
    }
    return stateFromJson(QJsonDocument::fromJson(json).object());
}

QVariant fingerprint(const std::optional<ItemState> &state)
{
    if (!state)
        return QVariant(QMetaType(QMetaType::QString));
    // As the state reads back from the workbook: its text normalised, as loaded() gives it.
    ItemState read = *state;
    read.fields = normalizedFields(read.fields);
    return QVariant(kHash + read.hash());
}

Result<bool> stillHolds(const QSqlDatabase &db, const QVariant &value, const std::optional<ItemState> &current)
{
    if (!current)
        return false;
    const QString text = value.toString();
    if (text.startsWith(kHash))
        return QStringView(text).mid(kHash.size()) == current->hash();
    auto kept = loaded(db, value);
    if (!kept)
        return kept.error();
    return *kept && sameContent(*current, **kept);
}

} // namespace qdf::sync::detail
