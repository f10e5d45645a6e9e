#pragma once

#include "core/review/ReviewStore.h"

#include <QMap>

#include <optional>

namespace qdf::review {

struct ChecklistSummary {
    QString checklistKey;
    int items = 0;
    QMap<QString, int> counts;  // every rating of the checklist's scale, as given
    int unanswered = 0;         // items nobody has rated yet: "not yet reviewed", never a rating
};

// An item rated Not met or Partly met, with the actions raised for it.
struct Gap {
    ItemRef item;
    QString rating;
    QString note;
    QVector<Action> actions;
};

struct Summary {
    QVector<ChecklistSummary> checklists;
    QVector<Gap> gaps;  // in checklist and item order
    QVector<Action> actions;
    // For a review using the PbR check, once every feature is answered: "appropriate" when every
    // feature is there, "not-appropriate" when any is missing, "unclear" while some are unsure.
    // No verdict while a feature is unanswered: the report says how many wait.
    std::optional<QString> pbrVerdict;
    int pbrUnanswered = 0;
};

Result<Summary> summarise(const ReviewStore &store, const Review &review, const Pack &pack = Pack::shipped());

// The PbR verdict as a sentence for people (report, summary and the PbR view say it alike).
QString verdictText(const QString &verdict);
// What is said instead while `unanswered` features wait for an answer.
QString noVerdictText(int unanswered);

// Comparison with an earlier review of the same subject.
struct RatingChange {
    ItemRef item;
    QString before;  // as the earlier review rated it (its scale's first rating if unanswered)
    QString after;
};
// Reviews of the same subject (same non-empty subject, ignoring case and outer spaces) made
// before `review`, the most recent first.
QVector<Review> earlierReviews(const QVector<Review> &all, const Review &review);
// The items of the checklists both reviews use whose rating changed, in checklist order.
Result<QVector<RatingChange>> compare(const ReviewStore &store, const Review &earlier, const Review &later,
                                      const Pack &pack = Pack::shipped());

} // namespace qdf::review
