#include "core/sync/BundleBody.h"

#include "core/Limits.h"
#include "core/sync/BundleCheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include <optional>

#include <nlohmann/json.hpp>

namespace qdf::sync {
namespace {

using json = nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::sync::Bundle", text);
}

Error refused(const QString &path, Error::Code code, const QString &why)
{
    return makeError(code, QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), why));
}

QJsonValue valueFromNlohmann(const json &j)
{
    // Depth is bounded when the bundle is parsed.
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

} // namespace

Result<QVector<ItemChange>> readChanges(const json &body, const QString &path)
{
    const auto changes = body.is_object() ? body.find("changes") : body.end();
    if (changes == body.end() || !changes->is_array())
        return refused(path, Error::Code::Damaged, tr("the bundle has no list of changes"));
    if (changes->size() > std::size_t(exchangeLimits().changes))
        return refused(path, Error::Code::NotAllowed, tr("holds %1 changes; a bundle holds at most %2")
                                                          .arg(changes->size())
                                                          .arg(exchangeLimits().changes));
    QVector<ItemChange> read;
    read.reserve(int(changes->size()));
    for (const json &c : *changes) {
        const auto state = c.is_object() ? c.find("state") : c.end();
        if (state == c.end() || !state->is_object())
            return refused(path, Error::Code::Damaged, tr("a change without its state"));
        auto now = stateFromJson(fromNlohmann(*state));
        if (!now)
            return refused(path, Error::Code::Damaged, tr("a change of no known item"));
        ItemChange change{std::nullopt, *now};
        if (const auto base = c.find("base"); base != c.end() && !base->is_null()) {
            change.base = base->is_object() ? stateFromJson(fromNlohmann(*base)) : std::nullopt;
            if (!change.base)
                return refused(path, Error::Code::Damaged, tr("%1: its base is not an item").arg(now->id));
        }
        read << std::move(change);
    }
    return read;
}

Result<QVector<ErasureNotice>> readErasures(const json &body, const QString &path)
{
    QVector<ErasureNotice> read;
    const auto erasures = body.is_object() ? body.find("erasures") : body.end();
    if (erasures == body.end())
        return read;
    if (!erasures->is_array() || erasures->size() > std::size_t(exchangeLimits().changes))
        return refused(path, Error::Code::Damaged, tr("the update's list of erasures is not one"));
    const auto text = [](const json &j, const char *key) -> std::optional<QString> {
        const auto it = j.find(key);
        if (it == j.end() || !it->is_string())
            return std::nullopt;
        return QString::fromStdString(it->get<std::string>());
    };
    for (const json &e : *erasures) {
        if (!e.is_object())
            return refused(path, Error::Code::Damaged, tr("an erasure the update carries is not one"));
        ErasureNotice n;
        const auto id = text(e, "id");
        const auto at = text(e, "erasedAt");
        const auto by = text(e, "replacedBy");
        const auto check = text(e, "nameCheck");
        const auto rounds = e.find("ratingsRemovedIn");
        if (!id || !at || !by || !check || (rounds != e.end() && !rounds->is_array()))
            return refused(path, Error::Code::Damaged, tr("an erasure the update carries is not one"));
        n.id = *id;
        n.erasedAt = *at;
        n.replacedBy = *by;
        n.nameCheck = *check;
        if (rounds != e.end()) {
            for (const json &round : *rounds) {
                if (!round.is_string())
                    return refused(path, Error::Code::Damaged, tr("an erasure the update carries is not one"));
                n.ratingsRemovedIn << QString::fromStdString(round.get<std::string>());
            }
        }
        read << n;
    }
    return read;
}

std::optional<QVector<ItemChange>> quickChanges(const QJsonObject &body)
{
    const QJsonValue list = body.value(QLatin1String("changes"));
    if (!list.isArray())
        return std::nullopt;
    const QJsonArray changes = list.toArray();
    if (changes.size() > exchangeLimits().changes)
        return std::nullopt;
    QVector<ItemChange> read;
    read.reserve(changes.size());
    for (const QJsonValue &c : changes) {
        const QJsonObject change = c.toObject();
        const QJsonValue state = change.value(QLatin1String("state"));
        if (!c.isObject() || !state.isObject())
            return std::nullopt;
        auto now = stateFromJson(state.toObject());
        if (!now)
            return std::nullopt;
        ItemChange item{std::nullopt, std::move(*now)};
        if (const auto base = change.constFind(QLatin1String("base")); base != change.constEnd() && !base->isNull()) {
            if (!base->isObject())
                return std::nullopt;
            item.base = stateFromJson(base->toObject());
            if (!item.base)
                return std::nullopt;
        }
        read << std::move(item);
    }
    return read;
}

Result<QVector<ItemChange>> parseBody(const QByteArray &bytes, BundleKind kind, const QString &path)
{
    json body;
    try {
        body = json::parse(bytes.constBegin(), bytes.constEnd(), [](int depth, json::parse_event_t, json &) {
            return depth <= 16;  // deeper is no bundle: dropped, so the reader finds it malformed
        });
    } catch (const json::exception &) {
        return refused(path, Error::Code::Damaged, tr("not a whole QDF bundle (truncated, or not a bundle at all)"));
    }
    auto changes = readChanges(body, path);
    if (!changes)
        return changes;
    auto erasures = readErasures(body, path);
    if (!erasures)
        return erasures.error();
    if (Status s = checkChanges(*changes, kind, QString(), path); !s)
        return s.error();
    if (Status s = checkErasures(*erasures, kind, path); !s)
        return s.error();
    return changes;
}

} // namespace qdf::sync
