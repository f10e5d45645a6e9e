#include "core/review/ReviewSummary.h"

namespace qdf::review {

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
            const Response response = byPath.value(ref.path(), Response{ref, scale.first(), {}, {}});
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
        if (key == QLatin1String("pbr-suitability")) {
            summary.pbrVerdict = counts.counts.value(QStringLiteral("no")) > 0     ? QStringLiteral("not-appropriate")
                                 : counts.counts.value(QStringLiteral("yes")) == counts.items ? QStringLiteral("appropriate")
                                                                                          : QStringLiteral("unclear");
        }
        summary.checklists << counts;
    }
    return summary;
}

} // namespace qdf::review
