#include "core/sync/ItemState.h"

#include "core/sync/CompactJson.h"
#include "core/Sha256.h"
#include "core/TextDiff.h"

namespace qdf::sync {

QString ItemState::hash() const
{
    QByteArray canonical = compactJson(fields);
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
    // Nearly every text is normalised already (normalizedText hands it back, not a copy): only a
    // text that changes is put back, rather than every field into a new object (6% of a merge
    // was rebuilding objects that came out the same, issue 16).
    QJsonObject out = fields;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!it.value().isString())
            continue;
        const QString text = it.value().toString();
        const QString normal = normalizedText(text);
        if (normal.constData() != text.constData() && normal != text)
            out.insert(it.key(), normal);
    }
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
