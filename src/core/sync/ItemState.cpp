#include "core/sync/ItemState.h"
#include "core/Sha256.h"

#include "core/TextDiff.h"

#include <QJsonDocument>

namespace qdf::sync {

QString ItemState::hash() const
{
    QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    if (deleted)
        canonical = QByteArrayLiteral("deleted:") + id.toUtf8();
    return sha256Hex(canonical);
}

bool sameContent(const ItemState &a, const ItemState &b)
{
    if (a.deleted || b.deleted)
        return a.deleted && b.deleted && a.id == b.id;
    return a.fields == b.fields;
}

bool isTextField(const QString &field)
{
    return field == QLatin1String("text") || field == QLatin1String("title") || field == QLatin1String("body")
        || field == QLatin1String("textCy") || field == QLatin1String("titleCy") || field == QLatin1String("bodyCy")
        || field == QLatin1String("note") || field == QLatin1String("guidance") || field == QLatin1String("purpose")
        || field == QLatin1String("explanation");
}

bool isTranslationState(const QString &field)
{
    return field == QLatin1String("enFrom") || field == QLatin1String("cyFrom");
}

QJsonObject normalizedFields(const QJsonObject &fields)
{
    QJsonObject out;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        out.insert(it.key(), it.value().isString() ? QJsonValue(normalizedText(it.value().toString())) : it.value());
    return out;
}

QJsonObject toJson(const ItemState &s)
{
    QJsonObject json{{QStringLiteral("id"), s.id}, {QStringLiteral("fields"), s.fields}};
    if (s.deleted)
        json.insert(QStringLiteral("deleted"), true);
    if (!s.author.isEmpty())
        json.insert(QStringLiteral("author"), s.author);
    if (!s.changedAt.isEmpty())
        json.insert(QStringLiteral("changedAt"), s.changedAt);
    return json;
}

std::optional<ItemState> stateFromJson(const QJsonObject &json)
{
    const QString id = json.value(QStringLiteral("id")).toString();
    if (!id.contains(QLatin1Char(':')) || !json.value(QStringLiteral("fields")).isObject())
        return std::nullopt;
    ItemState s;
    s.id = id;
    s.fields = normalizedFields(json.value(QStringLiteral("fields")).toObject());
    s.deleted = json.value(QStringLiteral("deleted")).toBool();
    s.author = json.value(QStringLiteral("author")).toString();
    s.changedAt = json.value(QStringLiteral("changedAt")).toString();
    return s;
}

} // namespace qdf::sync
