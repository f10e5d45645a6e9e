#include "core/review/ReviewSummary.h"

#include <QCoreApplication>

namespace qdf::review {
namespace {

Result<QHash<QString, QString>> ratingsByPath(const ReviewStore &store, const Review &review)
{
    auto responses = store.responses(review);
    if (!responses)
        return responses.error();
    QHash<QString, QString> ratings;
    for (const Response &r : *responses)
        ratings.insert(r.item.path(), r.rating);
    return ratings;
}

} // namespace

Result<Summary> summarise(const ReviewStore &store, const Review &review, const Pack &pack)
{
    auto responses = store.responses(review);
    if (!responses)
        return responses.error();
    auto actions = store.actions(review);
    if (!actions)
        return actions.error();
    QHash<QString, Response> byPath;
    for (const Response &r : *responses)
        byPath.insert(r.item.path(), r);

    Summary summary;
    summary.actions = *actions;
    for (const QString &key : review.checklists) {
        const Checklist *checklist = pack.checklist(key);
        if (!checklist)
            continue;
        const QStringList scale = ratingScale(key);
        ChecklistSummary counts{key, int(checklist->items.size()), {}};
        for (const QString &rating : scale)
            counts.counts.insert(rating, 0);
        for (const Item &item : checklist->items) {
            const ItemRef ref{key, item.key};
            const auto found = byPath.constFind(ref.path());
            if (found == byPath.cend()) {
                ++counts.unanswered;
                continue;
            }
            const Response &response = *found;
            ++counts.counts[response.rating];
            if (response.rating == QLatin1String("not-met") || response.rating == QLatin1String("partly-met")) {
                Gap gap{ref, response.rating, response.note, {}};
                for (const Action &a : *actions) {
                    if (a.subjectKey == ref.path())
                        gap.actions << a;
                }
                summary.gaps << gap;
            }
        }
        if (key == QLatin1String("pbr-suitability"))
            summary.pbrUnanswered = counts.unanswered;
        if (key == QLatin1String("pbr-suitability") && counts.unanswered == 0) {
            summary.pbrVerdict = counts.counts.value(QStringLiteral("no")) > 0     ? QStringLiteral("not-appropriate")
                                 : counts.counts.value(QStringLiteral("yes")) == counts.items ? QStringLiteral("appropriate")
                                                                                          : QStringLiteral("unclear");
        }
        summary.checklists << counts;
    }
    return summary;
}

QString verdictText(const QString &verdict)
{
    if (verdict == QLatin1String("appropriate"))
        return QCoreApplication::translate("qdf::review", "Payment by Results looks appropriate: every feature is in place.");
    if (verdict == QLatin1String("not-appropriate"))
        return QCoreApplication::translate("qdf::review",
                                           "Payment by Results does not look appropriate: at least one feature is missing.");
    return QCoreApplication::translate("qdf::review",
                                       "Whether Payment by Results is appropriate is not yet clear: some features are unsure.");
}

QString noVerdictText(int unanswered)
{
    return QCoreApplication::translate("qdf::review", "No verdict on Payment by Results yet: %n feature(s) not yet answered.",
                                       nullptr, unanswered);
}

QVector<Review> earlierReviews(const QVector<Review> &all, const Review &review)
{
    const QString subject = review.subject.trimmed();
    QVector<Review> earlier;
    if (subject.isEmpty())
        return earlier;
    // Ids grow with creation, so "earlier" never depends on dates people typed or on clocks.
    for (const Review &r : all) {
        if (r.id < review.id && r.subject.trimmed().compare(subject, Qt::CaseInsensitive) == 0)
            earlier.prepend(r);
    }
    return earlier;
}

Result<QVector<RatingChange>> compare(const ReviewStore &store, const Review &earlier, const Review &later, const Pack &pack)
{
    auto before = ratingsByPath(store, earlier);
    if (!before)
        return before.error();
    auto after = ratingsByPath(store, later);
    if (!after)
        return after.error();
    QVector<RatingChange> changes;
    for (const QString &key : later.checklists) {
        const Checklist *checklist = pack.checklist(key);
        if (!checklist || !earlier.checklists.contains(key))
            continue;
        const QString unanswered = ratingScale(key).first();
        for (const Item &item : checklist->items) {
            const ItemRef ref{key, item.key};
            RatingChange c{ref, before->value(ref.path(), unanswered), after->value(ref.path(), unanswered)};
            if (c.before != c.after)
                changes << c;
        }
    }
    return changes;
}

} // namespace qdf::review
