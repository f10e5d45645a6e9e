#include "core/sync/ItemNames.h"

#include "core/Workbook.h"
#include "core/catalyst/CatalystPack.h"
#include "core/review/ReviewPack.h"
#include "core/stores/SectionStore.h"

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
    if (kind == QLatin1String("answer"))
        return QStringLiteral("text");
    if (kind == QLatin1String("example") || kind == QLatin1String("schedule"))
        return QStringLiteral("body");
    if (kind == QLatin1String("question"))
        return QStringLiteral("text");
    if (kind == QLatin1String("section"))
        return QStringLiteral("explanation");
    return QStringLiteral("note");
}

QString itemName(Workbook &workbook, const QString &itemId, const std::optional<ItemState> &state)
{
    const QString kind = itemId.section(QLatin1Char(':'), 0, 0);
    const QString key = itemId.section(QLatin1Char(':'), 1);
    const auto field = [&state](const char *name) { return state ? state->fields.value(QLatin1String(name)).toString() : QString(); };
    const QStringList parts = key.split(QLatin1Char('/'));
    if (kind == QLatin1String("answer")) {
        auto q = SectionStore(workbook).questionByUuid(key);
        if (!q)
            return tr("An answer");
        // Several sections ask "What is the intended product?": the section tells them apart.
        for (const Section &s : SectionStore(workbook).list().valueOr({})) {
            if (s.id == q->sectionId)
                return tr("Answer: %1 (%2)").arg(q->text, s.title);
        }
        return tr("Answer: %1").arg(q->text);
    }
    if (kind == QLatin1String("schedule"))
        return tr("Schedule %1: %2").arg(field("number"), field("title"));
    if (kind == QLatin1String("example"))
        return tr("Working example: %1").arg(field("title"));
    if (kind == QLatin1String("reference"))
        return tr("Reference material: %1").arg(field("fileName"));
    if (kind == QLatin1String("signoff"))
        return tr("Sign-off by %1").arg(field("name"));
    if (kind == QLatin1String("catalyst-round"))
        return tr("Catalyst round: %1").arg(field("name"));
    if (kind == QLatin1String("catalyst-rating") && parts.size() == 3) {
        const catalyst::Element *e = catalyst::Pack::shipped().element(parts[2]);
        return tr("Catalyst rating: %1 · %2").arg(parts[1], e ? e->name : parts[2]);
    }
    if (kind == QLatin1String("review"))
        return tr("Review: %1").arg(field("title"));
    if (kind == QLatin1String("section"))
        return tr("Section: %1").arg(field("title"));
    if (kind == QLatin1String("question"))
        return tr("Question: %1").arg(field("text"));
    if (kind == QLatin1String("review-response") && parts.size() == 3)
        return tr("Review rating: %1").arg(review::Pack::shipped().subjectName(parts[1] + QLatin1Char('/') + parts[2]));
    return itemId;
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
