// The Catalyst for Change and the commissioning reviews as sync items: rounds and their
// ratings, reviews and their responses.

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/catalyst/CatalystPack.h"
#include "core/catalyst/CatalystStore.h"
#include "core/review/ReviewPack.h"
#include "core/review/ReviewStore.h"
#include "core/sync/ItemKinds.h"

#include <QHash>
#include <QJsonArray>

namespace qdf::sync {

struct ImportLookups::Kept {
    QHash<QString, catalyst::Round> rounds;
    QHash<QString, review::Review> reviews;
};

namespace {

using namespace detail;

thread_local ImportLookups::Kept *t_kept = nullptr;

void forgetRound(const QString &uuid)
{
    if (t_kept)
        t_kept->rounds.remove(uuid);
}

void forgetReview(const QString &uuid)
{
    if (t_kept)
        t_kept->reviews.remove(uuid);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::sync", text);
}

// catalyst-round:<uuid>   name, completedOn
Status readRounds(Workbook &wb, QMap<QString, ItemState> &items, const ReadOptions &, const std::optional<QStringList> &keys)
{
    QVariantList values;
    return readKind(wb, items, QStringLiteral("catalyst-round"),
                    QStringLiteral("SELECT uuid, name, completed_on, changed_by, changed_at FROM catalyst_round")
                        + keyFilter("WHERE", QStringLiteral("uuid"), keys, values),
                    {QStringLiteral("name"), QStringLiteral("completedOn")}, values);
}

// The first part of each of these composite keys: the round or the review they belong to.
std::optional<QStringList> firstParts(const std::optional<QStringList> &keys)
{
    if (!keys)
        return std::nullopt;
    QStringList parts;
    for (const QString &key : *keys)
        parts << key.section(QLatin1Char('/'), 0, 0);
    parts.removeDuplicates();
    return parts;
}

// The second: the participant, for ratings.
std::optional<QStringList> secondParts(const std::optional<QStringList> &keys)
{
    if (!keys)
        return std::nullopt;
    QStringList parts;
    for (const QString &key : *keys)
        parts << key.section(QLatin1Char('/'), 1, 1);
    parts.removeDuplicates();
    return parts;
}

Status writeRound(Workbook &wb, const ItemState &s)
{
    forgetRound(s.key());
    return catalyst::CatalystStore(wb).putRound({0, s.key(), text(s, "name"), text(s, "completedOn"), {}});
}

Result<catalyst::Round> roundOf(Workbook &wb, const QString &uuid)
{
    if (t_kept) {
        if (const auto kept = t_kept->rounds.constFind(uuid); kept != t_kept->rounds.constEnd())
            return *kept;
    }
    auto round = catalyst::CatalystStore(wb).round(uuid);
    if (!round && round.error().code == Error::Code::NotAllowed)
        return notHere(tr("a rating in a round this workbook does not have"));
    if (round && t_kept)
        t_kept->rounds.insert(uuid, *round);
    return round;
}

// catalyst-rating:<round uuid>/<participant>/<element>   level, note
Status readRatings(Workbook &wb, QMap<QString, ItemState> &items, const ReadOptions &, const std::optional<QStringList> &keys)
{
    // By round and participant (the rating table's index): a bundle carries its sender's ratings.
    QVariantList values;
    const QString rounds = keyFilter("WHERE", QStringLiteral("r.uuid"), firstParts(keys), values);
    const QString people = keyFilter("AND", QStringLiteral("x.participant"), secondParts(keys), values);
    return readKind(wb, items, QStringLiteral("catalyst-rating"),
                    QStringLiteral("SELECT r.uuid || '/' || x.participant || '/' || x.element_key, x.level, x.note,"
                                   " x.changed_by, x.changed_at FROM catalyst_rating x JOIN catalyst_round r ON r.id = x.round_id")
                        + rounds + people,
                    {QStringLiteral("level"), QStringLiteral("note")}, values);
}

Status writeRating(Workbook &wb, const ItemState &s)
{
    auto key = threePart(s.kind(), s.key());
    if (!key)
        return key.error();
    auto round = roundOf(wb, (*key)[0]);
    if (!round)
        return round.error();
    return catalyst::CatalystStore(wb).rate(*round, (*key)[1], (*key)[2], number(s, "level"), text(s, "note"));
}

Status removeRating(Workbook &wb, const QString &key)
{
    auto parts = threePart(QStringLiteral("catalyst-rating"), key);
    if (!parts)
        return parts.error();
    auto round = roundOf(wb, (*parts)[0]);
    if (!round)
        return Status::success();  // gone with its round
    return catalyst::CatalystStore(wb).clearRating(*round, (*parts)[1], (*parts)[2]);
}

QString ratingTitle(Workbook &, const QString &key, const std::optional<ItemState> &)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return tr("A Catalyst rating");
    const catalyst::Element *e = catalyst::Pack::shipped().element(parts[2]);
    return tr("Catalyst rating: %1 · %2").arg(parts[1], e ? e->name : parts[2]);
}

// review:<uuid>   title, subject, kind, date, reviewers, model, checklists
Status readReviews(Workbook &wb, QMap<QString, ItemState> &items, const ReadOptions &, const std::optional<QStringList> &keys)
{
    QVariantList values;
    return readKind(wb, items, QStringLiteral("review"),
                    QStringLiteral("SELECT uuid, title, subject, subject_kind, reviewed_on, reviewers, model, checklists,"
                                   " changed_by, changed_at FROM review")
                        + keyFilter("WHERE", QStringLiteral("uuid"), keys, values),
                    {QStringLiteral("title"), QStringLiteral("subject"), QStringLiteral("kind"), QStringLiteral("date"),
                     QStringLiteral("reviewers"), QStringLiteral("model"), QStringLiteral("checklists")},
                    values);
}

Status writeReview(Workbook &wb, const ItemState &s)
{
    review::Review r;
    r.uuid = s.key();
    r.title = text(s, "title");
    r.subject = text(s, "subject");
    r.subjectKind = text(s, "kind");
    r.reviewedOn = text(s, "date");
    r.reviewers = text(s, "reviewers");
    r.model = number(s, "model");
    for (const QJsonValue &key : s.fields.value(QStringLiteral("checklists")).toArray())
        r.checklists << key.toString();
    forgetReview(r.uuid);
    return toStatus(review::ReviewStore(wb).put(r));
}

Result<review::Review> reviewOf(Workbook &wb, const QString &uuid)
{
    if (t_kept) {
        if (const auto kept = t_kept->reviews.constFind(uuid); kept != t_kept->reviews.constEnd())
            return *kept;
    }
    auto found = review::ReviewStore(wb).review(uuid);
    if (!found && found.error().code == Error::Code::NotAllowed)
        return notHere(tr("a rating in a review this workbook does not have"));
    if (found && t_kept)
        t_kept->reviews.insert(uuid, *found);
    return found;
}

// review-response:<review uuid>/<checklist>/<item>   rating, note
Status readResponses(Workbook &wb, QMap<QString, ItemState> &items, const ReadOptions &, const std::optional<QStringList> &keys)
{
    QVariantList values;
    return readKind(wb, items, QStringLiteral("review-response"),
                    QStringLiteral("SELECT v.uuid || '/' || x.checklist_key || '/' || x.item_key, x.rating, x.note,"
                                   " x.changed_by, x.changed_at FROM review_response x JOIN review v ON v.id = x.review_id")
                        + keyFilter("WHERE", QStringLiteral("v.uuid"), firstParts(keys), values),
                    {QStringLiteral("rating"), QStringLiteral("note")}, values);
}

Status writeResponse(Workbook &wb, const ItemState &s)
{
    auto key = threePart(s.kind(), s.key());
    if (!key)
        return key.error();
    auto found = reviewOf(wb, (*key)[0]);
    if (!found)
        return found.error();
    return review::ReviewStore(wb).rate(*found, {(*key)[1], (*key)[2]}, text(s, "rating"), text(s, "note"));
}

Status removeResponse(Workbook &wb, const QString &key)
{
    auto parts = threePart(QStringLiteral("review-response"), key);
    if (!parts)
        return parts.error();
    auto found = reviewOf(wb, (*parts)[0]);
    if (!found)
        return Status::success();  // gone with its review
    return review::ReviewStore(wb).clearRating(*found, {(*parts)[1], (*parts)[2]});
}

QString responseTitle(Workbook &, const QString &key, const std::optional<ItemState> &)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 3)
        return tr("A review rating");
    return tr("Review rating: %1").arg(review::Pack::shipped().subjectName(parts[1] + QLatin1Char('/') + parts[2]));
}

} // namespace

ImportLookups::ImportLookups() : m_kept(new Kept), m_outer(t_kept)
{
    t_kept = m_kept;
}

ImportLookups::~ImportLookups()
{
    t_kept = m_outer;
    delete m_kept;
}

QVector<ItemKind> assessmentKinds()
{
    return {
        {QStringLiteral("catalyst-round"), 0, QStringLiteral("note"), false, readRounds, writeRound,
         [](Workbook &wb, const QString &key) {
             forgetRound(key);
             return catalyst::CatalystStore(wb).removeRound(key);
         },
         [](Workbook &, const QString &, const std::optional<ItemState> &s) {
             return titled(QT_TRANSLATE_NOOP("qdf::sync", "Catalyst round: %1"), s, "name");
         }},
        {QStringLiteral("catalyst-rating"), 2, QStringLiteral("note"), false, readRatings, writeRating, removeRating, ratingTitle},
        {QStringLiteral("review"), 0, QStringLiteral("note"), false, readReviews, writeReview,
         [](Workbook &wb, const QString &key) {
             forgetReview(key);
             return review::ReviewStore(wb).remove(key);
         },
         [](Workbook &, const QString &, const std::optional<ItemState> &s) {
             return titled(QT_TRANSLATE_NOOP("qdf::sync", "Review: %1"), s, "title");
         }},
        {QStringLiteral("review-response"), 2, QStringLiteral("note"), false, readResponses, writeResponse, removeResponse,
         responseTitle},
    };
}

} // namespace qdf::sync
