#include "core/sync/Items.h"

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/sync/ItemKinds.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace qdf::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::sync", text);
}

} // namespace

const QVector<ItemKind> &itemKinds()
{
    static const QVector<ItemKind> kinds = [] {
        QVector<ItemKind> all = sectionKinds() + scheduleKinds() + assessmentKinds();
        std::stable_sort(all.begin(), all.end(), [](const ItemKind &a, const ItemKind &b) { return a.writeOrder < b.writeOrder; });
        return all;
    }();
    return kinds;
}

const ItemKind *itemKind(const QString &name)
{
    for (const ItemKind &k : itemKinds()) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

bool travelsInContributions(const QString &kind)
{
    const ItemKind *k = itemKind(kind);
    return k && !k->updatesOnly;
}

int writeOrder(const QString &kind)
{
    const ItemKind *k = itemKind(kind);
    return k ? k->writeOrder : 99;
}

namespace detail {

Status readKind(Workbook &wb, QMap<QString, ItemState> &items, const QString &kind, const QString &sql,
                const QStringList &fields, const QVariantList &values)
{
    auto q = sql::run(wb.database(), sql, values);
    if (!q)
        return q.error();
    while (q->next()) {
        ItemState s;
        s.id = kind + QLatin1Char(':') + q->value(0).toString();
        QJsonObject f;
        for (int i = 0; i < fields.size(); ++i) {
            const QVariant v = q->value(i + 1);
            if (fields[i].endsWith(QLatin1Char('?'))) {
                if (!v.toString().isEmpty())
                    f.insert(fields[i].chopped(1), v.toString());
                continue;
            }
            if (fields[i] == QLatin1String("data"))
                f.insert(fields[i], QString::fromLatin1(v.toByteArray().toBase64()));
            else if (fields[i] == QLatin1String("checklists"))
                f.insert(fields[i], QJsonDocument::fromJson(v.toString().toUtf8()).array());
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                f.insert(fields[i], v.toLongLong());
            else
                f.insert(fields[i], v.toString());
        }
        s.fields = normalizedFields(f);
        s.author = q->value(int(fields.size()) + 1).toString();
        s.changedAt = q->value(int(fields.size()) + 2).toString();
        items.insert(s.id, s);
    }
    return Status::success();
}

QString keyFilter(const char *glue, const QString &column, const std::optional<QStringList> &keys, QVariantList &values)
{
    if (!keys)
        return {};
    values << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*keys)).toJson(QJsonDocument::Compact));
    return QStringLiteral(" %1 %2 IN (SELECT value FROM json_each(?))").arg(QLatin1String(glue), column);
}

QString bilingualColumns(const QString &alias, bool titled)
{
    // Each language from whichever columns hold it: its own (in `language`) or the translation's.
    const auto pick = [&](const char *own, const char *translated, bool welsh) {
        return QStringLiteral("CASE %1.language WHEN '%2' THEN %1.%3 ELSE %1.%4 END")
            .arg(alias, welsh ? QStringLiteral("cy") : QStringLiteral("en"), QLatin1String(own), QLatin1String(translated));
    };
    QStringList columns;
    if (titled)
        columns << pick("title", "translation_title", false) << pick("body", "translation_body", false)
                << pick("title", "translation_title", true) << pick("body", "translation_body", true);
    else
        columns << pick("text", "translation", false) << pick("text", "translation", true);
    columns << pick("text_from", "translation_from", false) << pick("text_from", "translation_from", true);
    return columns.join(QStringLiteral(", "));
}

QStringList bilingualFields(bool titled)
{
    QStringList fields;
    if (titled)
        fields << QStringLiteral("title") << QStringLiteral("body") << QStringLiteral("titleCy?") << QStringLiteral("bodyCy?");
    else
        fields << QStringLiteral("text") << QStringLiteral("textCy?");
    return fields << QStringLiteral("enFrom?") << QStringLiteral("cyFrom?");
}

Bilingual bilingualOf(const ItemState &s, bool titled, const Bilingual &here)
{
    Bilingual texts;
    if (titled) {
        texts.english = {text(s, "title"), text(s, "body"), {}, {}};
        texts.welsh = {text(s, "titleCy"), text(s, "bodyCy"), {}, {}};
    } else {
        texts.english = {{}, text(s, "text"), {}, {}};
        texts.welsh = {{}, text(s, "textCy"), {}, {}};
    }
    texts.english.from = text(s, "enFrom");
    texts.welsh.from = text(s, "cyFrom");
    const QDateTime at = QDateTime::fromString(s.changedAt, Qt::ISODateWithMs);
    for (Language l : translation::kBoth) {
        const bool same = texts.in(l).title == here.in(l).title && texts.in(l).body == here.in(l).body;
        texts.in(l).changedAt = same ? here.in(l).changedAt : at;
    }
    return texts;
}

Result<QStringList> threePart(const QString &kind, const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 3 || parts.contains(QString()))
        return makeError(Error::Code::InvalidArgument, tr("\"%1:%2\" is not an item of its kind").arg(kind, key));
    return parts;
}

} // namespace detail

Result<QMap<QString, ItemState>> readItems(Workbook &wb, ReadOptions options)
{
    QMap<QString, QStringList> keysByKind;
    if (options.ids) {
        for (const QString &id : *options.ids)
            keysByKind[id.section(QLatin1Char(':'), 0, 0)] << id.section(QLatin1Char(':'), 1);
    }
    QMap<QString, ItemState> items;
    for (const ItemKind &k : itemKinds()) {
        if (!options.kind.isEmpty() && options.kind != k.name)
            continue;
        if (k.updatesOnly && !options.structure)
            continue;
        std::optional<QStringList> keys;
        if (options.ids) {
            if (!keysByKind.contains(k.name))
                continue;
            keys = keysByKind.value(k.name);
        }
        if (Status s = k.read(wb, items, options, keys); !s)
            return s.error();
    }
    return items;
}

Status writeItem(Workbook &wb, const ItemState &s)
{
    if (s.deleted)
        return removeItem(wb, s.id);
    const ItemKind *k = itemKind(s.kind());
    if (!k)
        return makeError(Error::Code::InvalidArgument, tr("items of kind \"%1\" cannot be written here").arg(s.kind()));
    return k->write(wb, s);
}

Status removeItem(Workbook &wb, const QString &itemId)
{
    const ItemKind *k = itemKind(itemId.section(QLatin1Char(':'), 0, 0));
    if (!k)
        return makeError(Error::Code::InvalidArgument, tr("items of kind \"%1\" cannot be removed here").arg(itemId.section(QLatin1Char(':'), 0, 0)));
    return k->remove(wb, itemId.section(QLatin1Char(':'), 1));
}

} // namespace qdf::sync
