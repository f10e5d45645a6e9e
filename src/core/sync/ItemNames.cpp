#include "core/sync/ItemNames.h"

#include "core/sync/ItemKinds.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace qdf::sync {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::sync", text);
}

} // namespace

QString mainTextField(const QString &kind)
{
    const ItemKind *k = itemKind(kind);
    return k ? k->mainTextField : QStringLiteral("note");
}

QString itemName(Workbook &workbook, const QString &itemId, const std::optional<ItemState> &state)
{
    const ItemKind *k = itemKind(itemId.section(QLatin1Char(':'), 0, 0));
    return k ? k->title(workbook, itemId.section(QLatin1Char(':'), 1), state) : itemId;
}

QStringList differingFields(const QVector<std::optional<ItemState>> &states)
{
    QStringList names;
    for (const auto &s : states) {
        if (!s)
            continue;
        for (const QString &name : s->fields.keys()) {
            if (names.contains(name) || name == mainTextField(s->kind()) || name == QLatin1String("data"))
                continue;
            for (const auto &other : states) {
                if (other && other->fields.value(name) != s->fields.value(name)) {
                    names << name;
                    break;
                }
            }
        }
    }
    return names;
}

QString describeState(const std::optional<ItemState> &state, const QStringList &otherFields)
{
    if (!state)
        return tr("(not there)");
    if (state->deleted)
        return tr("(deleted)");
    const QString main = mainTextField(state->kind());
    QStringList lines;
    if (state->fields.contains(main))
        lines << state->fields.value(main).toString();
    QStringList others;
    for (auto it = state->fields.constBegin(); it != state->fields.constEnd(); ++it) {
        if (it.key() == main || !otherFields.contains(it.key()))
            continue;
        const QJsonValue v = it.value();
        const QString text = v.isString() ? v.toString() : v.isArray() ? QStringLiteral("…") : QString::number(v.toDouble());
        others << QStringLiteral("%1: %2").arg(it.key(), text);
    }
    if (!others.isEmpty())
        lines << QString() << others;
    return lines.join(QLatin1Char('\n'));
}

} // namespace qdf::sync
