#include "core/sync/Merge.h"

#include "core/TextDiff.h"
#include "core/Translation.h"

#include <QCoreApplication>
#include <QSet>

namespace qdf::sync {
namespace {

QString sideName(const ItemState &side, bool theirs)
{
    if (!side.author.isEmpty())
        return side.author;
    return theirs ? QCoreApplication::translate("qdf::sync", "Theirs") : QCoreApplication::translate("qdf::sync", "Here");
}

MergeResult conflict(const QString &reason, const ItemState &suggestion, const QStringList &fields = {})
{
    return {Outcome::Conflict, suggestion, reason, fields};
}

// The version (translation::versionOf) of one language's words in a bilingual item's fields.
QString versionInFields(const QJsonObject &fields, Language language)
{
    const QString cy = language == Language::Welsh ? QStringLiteral("Cy") : QString();
    LanguageText text;
    if (fields.contains(QStringLiteral("title"))) {
        text.title = fields.value(QStringLiteral("title") + cy).toString();
        text.body = fields.value(QStringLiteral("body") + cy).toString();
    } else {
        text.body = fields.value(QStringLiteral("text") + cy).toString();
    }
    return translation::versionOf(text);
}

} // namespace

QString outcomeSlug(Outcome outcome)
{
    switch (outcome) {
    case Outcome::New: return QStringLiteral("new");
    case Outcome::FastForward: return QStringLiteral("fast-forward");
    case Outcome::AlreadyHad: return QStringLiteral("already-had");
    case Outcome::Merged: return QStringLiteral("merged");
    case Outcome::Conflict: return QStringLiteral("conflict");
    case Outcome::Held: return QStringLiteral("held");
    }
    return {};
}

MergeResult mergeItem(const std::optional<ItemState> &base, const std::optional<ItemState> &ours, const ItemState &theirs)
{
    const bool baseLive = base && !base->deleted;
    const bool oursLive = ours && !ours->deleted;
    if (!oursLive) {
        if (theirs.deleted)
            return {Outcome::AlreadyHad, theirs, {}, {}};
        if (!baseLive)
            return {Outcome::New, theirs, {}, {}};
        // We deleted it; they kept it unchanged (nothing to do) or edited it (a person decides).
        if (sameContent(theirs, *base))
            return {Outcome::AlreadyHad, theirs, {}, {}};
        return conflict(QStringLiteral("delete-edit"), theirs);
    }
    if (theirs.deleted) {
        // Nothing is deleted automatically, whether or not we changed it meanwhile.
        return conflict(QStringLiteral("delete-edit"), *ours);
    }
    if (sameContent(*ours, theirs))
        return {Outcome::AlreadyHad, *ours, {}, {}};
    if (baseLive && sameContent(theirs, *base))
        return {Outcome::AlreadyHad, *ours, {}, {}};
    if (baseLive && sameContent(*ours, *base))
        return {Outcome::FastForward, theirs, {}, {}};

    ItemState merged = *ours;
    merged.author = theirs.author;
    merged.changedAt = theirs.changedAt;
    QStringList overlapping;
    QStringList differing;
    QStringList bothStates;
    QSet<QString> names;
    for (const QString &name : ours->fields.keys() + theirs.fields.keys())
        names.insert(name);
    for (const QString &name : names) {
        const QJsonValue o = ours->fields.value(name);
        const QJsonValue t = theirs.fields.value(name);
        const QJsonValue b = baseLive ? base->fields.value(name) : QJsonValue(QJsonValue::Undefined);
        if (o == t)
            continue;
        if (baseLive && o == b) {
            merged.fields.insert(name, t);
            continue;
        }
        if (baseLive && t == b)
            continue;
        if (isTranslationState(name)) {
            bothStates << name;  // decided once the texts are merged (below)
            continue;
        }
        if (isTextField(name) && o.isString() && t.isString()) {
            // Merged once, marked: without a marked stretch it is the clean word merge
            // (mergeWords), with one it is the suggestion a person starts from: both sides'
            // separate edits applied, and only the overlapping stretch left, marked with both
            // versions. (Merging twice, unmarked and then marked, was a tenth of an import into a
            // full master.)
            const MarkedMerge words = mergeMarked(b.toString(), o.toString(), t.toString(), sideName(*ours, false),
                                                  sideName(theirs, true));
            merged.fields.insert(name, words.text);
            if (words.conflicts == 0)
                continue;
            overlapping << name;
        } else {
            differing << name;
        }
    }
    // Both sides changed a language's translation state differently: the one that matches the
    // merged other language (that language still says what it says), else the one that records a
    // translation at all, else ours. Either way its state is read from the words it sits beside.
    for (const QString &name : std::as_const(bothStates)) {
        const QString matching = versionInFields(merged.fields, name == QLatin1String("enFrom") ? Language::Welsh : Language::English);
        const QJsonValue o = ours->fields.value(name);
        const QJsonValue t = theirs.fields.value(name);
        if (t.toString() == matching || (o.toString() != matching && o.toString().isEmpty()))
            merged.fields.insert(name, t);
    }
    if (!overlapping.isEmpty() || !differing.isEmpty())
        return conflict(differing.isEmpty() ? QStringLiteral("overlap") : QStringLiteral("different-values"), merged,
                        overlapping + differing);
    return {Outcome::Merged, merged, {}, {}};
}

} // namespace qdf::sync
