#pragma once

#include "core/Domain.h"
#include "core/Error.h"
#include "core/actions/ActionStore.h"
#include "core/review/ReviewPack.h"

namespace qdf {
class Workbook;
}

namespace qdf::review {

struct Review {
    qint64 id = 0;
    QString uuid;
    QString title;
    QString subject;                        // what is reviewed
    QString subjectKind = QStringLiteral("system");  // procurement, contract or system
    QString reviewedOn;                     // YYYY-MM-DD or empty
    QString reviewers;
    int model = 1;                          // the outcome-based model in use
    QStringList checklists;                 // checklist keys, in order
    Change change;
};

// One item of one of a review's checklists.
struct ItemRef {
    QString checklistKey;
    QString itemKey;
    QString path() const { return checklistKey + QLatin1Char('/') + itemKey; }
};

struct Response {
    ItemRef item;
    QString rating;
    QString note;
    Change change;
};

struct SubQuestion {
    QString uuid;
    ItemRef item;
    int position = 0;
    QString text;
};

struct Evidence {
    QString uuid;
    ItemRef item;
    QString fileName;
    QString note;
    qint64 size = 0;
};

// The ratings an item of a checklist can take: domains and areas are Met / Partly met / Not
// met / Not applicable / Not yet reviewed; a step-change step has a status; a Payment-by-
// Results feature is answered yes / no / unsure. The first is what an unanswered item counts as.
QStringList ratingScale(const QString &checklistKey);
QString ratingName(const QString &rating);

// Reviews as a workbook stores them. Unknown checklists, items, ratings and models are refused
// (Error::Code::NotAllowed).
class ReviewStore {
public:
    explicit ReviewStore(Workbook &workbook, const Pack &pack = Pack::shipped()) : m_workbook(workbook), m_pack(pack) {}

    Result<Review> create(Review draft);
    // For sync and undo: the review with draft's uuid becomes draft (created if new).
    Result<Review> put(Review draft);
    Status remove(const QString &uuid);
    Result<QVector<Review>> reviews() const;  // oldest first
    Result<Review> review(const QString &idOrTitle) const;

    // "checklist/item", or an item key that only one of the review's checklists has.
    Result<ItemRef> resolveItem(const Review &review, const QString &item) const;

    Status rate(const Review &review, const ItemRef &item, const QString &rating, const QString &note = {});
    Status clearRating(const Review &review, const ItemRef &item);
    Result<QVector<Response>> responses(const Review &review) const;

    // Tailoring: the review's own sub-questions under an item.
    Result<SubQuestion> addSubQuestion(const Review &review, const ItemRef &item, const QString &text);
    Status editSubQuestion(const QString &uuid, const QString &text);
    // Moves a sub-question to position `to` among its item's sub-questions (0 is first).
    Status moveSubQuestion(const QString &uuid, int to);
    Status removeSubQuestion(const QString &uuid);
    // Puts a removed sub-question back where it was (undo).
    Status restoreSubQuestion(const Review &review, const SubQuestion &question);
    Result<QVector<SubQuestion>> subQuestions(const Review &review) const;

    Result<Evidence> attachEvidence(const Review &review, const ItemRef &item, const QString &fileName,
                                    const QByteArray &data, const QString &note = {});
    Result<QVector<Evidence>> evidence(const Review &review) const;
    Result<QByteArray> evidenceData(const QString &uuid) const;
    Status removeEvidence(const QString &uuid);
    // Puts removed evidence back with its uuid (undo).
    Status restoreEvidence(const Review &review, const Evidence &evidence, const QByteArray &data);

    // Actions for an item join the one action plan; their subject is "checklist/item".
    Result<Action> addAction(const Review &review, const ItemRef &item, Action draft);
    Result<QVector<Action>> actions(const Review &review) const;

private:
    Result<QVector<Review>> selectReviews(const QString &where, const QVariantList &values) const;
    Status check(Review &review) const;
    Status checkItem(const Review &review, const ItemRef &item) const;
    Workbook &m_workbook;
    const Pack &m_pack;
};

} // namespace qdf::review
