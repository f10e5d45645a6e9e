#include "core/review/ReviewStore.h"

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace qdf::review {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::review::ReviewStore", text);
}

Error refused(const QString &message)
{
    return makeError(Error::Code::NotAllowed, message);
}

const QString kReviewColumns = QStringLiteral(
    "id, uuid, title, subject, subject_kind, reviewed_on, reviewers, model, checklists, changed_by, changed_at, rev");

} // namespace

QStringList ratingScale(const QString &checklistKey)
{
    if (checklistKey == QLatin1String("step-change"))
        return {QStringLiteral("not-started"), QStringLiteral("in-progress"), QStringLiteral("done"), QStringLiteral("not-applicable")};
    if (checklistKey == QLatin1String("pbr-suitability"))
        return {QStringLiteral("unsure"), QStringLiteral("yes"), QStringLiteral("no")};
    return {QStringLiteral("not-reviewed"), QStringLiteral("met"), QStringLiteral("partly-met"), QStringLiteral("not-met"),
            QStringLiteral("not-applicable")};
}

QString ratingName(const QString &rating)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("not-reviewed"), "Not yet reviewed"}, {QStringLiteral("met"), "Met"},
        {QStringLiteral("partly-met"), "Partly met"},        {QStringLiteral("not-met"), "Not met"},
        {QStringLiteral("not-applicable"), "Not applicable"}, {QStringLiteral("not-started"), "Not started"},
        {QStringLiteral("in-progress"), "In progress"},      {QStringLiteral("done"), "Done"},
        {QStringLiteral("yes"), "Yes"},                      {QStringLiteral("no"), "No"},
        {QStringLiteral("unsure"), "Unsure"}};
    const char *name = names.value(rating);
    return name ? QCoreApplication::translate("qdf::review", name) : rating;
}

Status ReviewStore::check(Review &r) const
{
    if (r.title.trimmed().isEmpty())
        return refused(tr("a review needs a title"));
    if (!m_pack.model(r.model))
        return refused(tr("model %1 is not 1, 2 or 3").arg(r.model));
    if (r.checklists.isEmpty())
        return refused(tr("a review needs at least one checklist (see 'qdf review checklists')"));
    for (const QString &key : r.checklists) {
        if (!m_pack.checklist(key))
            return refused(tr("no checklist \"%1\" (see 'qdf review checklists')").arg(key));
    }
    if (!QStringList{QStringLiteral("procurement"), QStringLiteral("contract"), QStringLiteral("system")}.contains(r.subjectKind))
        return refused(tr("what is reviewed is a procurement, a contract or a system, not \"%1\"").arg(r.subjectKind));
    if (!r.reviewedOn.isEmpty() && !QDate::fromString(r.reviewedOn, Qt::ISODate).isValid())
        return refused(tr("\"%1\" is not a date (YYYY-MM-DD)").arg(r.reviewedOn));
    r.title = r.title.trimmed();
    r.checklists.removeDuplicates();
    return Status::success();
}

Result<Review> ReviewStore::create(Review r)
{
    r.uuid = store::newUuid();
    return put(r);
}

Result<Review> ReviewStore::put(Review r)
{
    if (Status s = check(r); !s)
        return s.error();
    const Status s = m_workbook.write([&](const Change &change) -> Status {
        r.change = change;
        if (Status st = sql::exec(
                m_workbook.database(),
                QStringLiteral("INSERT INTO review (uuid, title, subject, subject_kind, reviewed_on, reviewers, model, checklists,"
                               " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                               " ON CONFLICT (uuid) DO UPDATE SET title = excluded.title, subject = excluded.subject,"
                               " subject_kind = excluded.subject_kind, reviewed_on = excluded.reviewed_on,"
                               " reviewers = excluded.reviewers, model = excluded.model, checklists = excluded.checklists,"
                               " changed_by = excluded.changed_by, changed_at = excluded.changed_at, rev = excluded.rev"),
                QVariantList{r.uuid, r.title, r.subject, r.subjectKind, r.reviewedOn, r.reviewers, r.model,
                             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.checklists)).toJson(QJsonDocument::Compact))}
                    + store::changeValues(change));
            !st)
            return st;
        auto id = sql::scalar(m_workbook.database(), QStringLiteral("SELECT id FROM review WHERE uuid = ?"), {r.uuid});
        if (!id)
            return id.error();
        r.id = id->toLongLong();
        return Status::success();
    });
    if (!s)
        return s.error();
    return r;
}

Status ReviewStore::remove(const QString &uuid)
{
    return m_workbook.write([&](const Change &) {
        return sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM review WHERE uuid = ?"), {uuid});
    });
}

Status ReviewStore::clearRating(const Review &review, const ItemRef &item)
{
    return m_workbook.write([&](const Change &) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("DELETE FROM review_response WHERE review_id = ? AND checklist_key = ? AND item_key = ?"),
                         {review.id, item.checklistKey, item.itemKey});
    });
}

Result<QVector<Review>> ReviewStore::reviews() const
{
    return selectReviews({}, {});
}

Result<QVector<Review>> ReviewStore::selectReviews(const QString &where, const QVariantList &values) const
{
    auto q = sql::run(m_workbook.database(), QStringLiteral("SELECT %1 FROM review %2 ORDER BY id").arg(kReviewColumns, where), values);
    if (!q)
        return q.error();
    QVector<Review> result;
    while (q->next()) {
        Review r;
        r.id = q->value(0).toLongLong();
        r.uuid = q->value(1).toString();
        r.title = q->value(2).toString();
        r.subject = q->value(3).toString();
        r.subjectKind = q->value(4).toString();
        r.reviewedOn = q->value(5).toString();
        r.reviewers = q->value(6).toString();
        r.model = q->value(7).toInt();
        for (const QJsonValue &key : QJsonDocument::fromJson(q->value(8).toString().toUtf8()).array())
            r.checklists << key.toString();
        r.change = store::changeAt(*q, 9);
        result << r;
    }
    return result;
}

Result<Review> ReviewStore::review(const QString &idOrTitle) const
{
    // By the uuid's index first (an import asks once per rating), then by title.
    for (const QString &where : {QStringLiteral("WHERE uuid = ?"), QStringLiteral("WHERE title = ?")}) {
        auto found = selectReviews(where, {idOrTitle});
        if (!found)
            return found.error();
        if (!found->isEmpty())
            return found->first();
    }
    return refused(tr("no review \"%1\"").arg(idOrTitle));
}

Result<ItemRef> ReviewStore::resolveItem(const Review &review, const QString &item) const
{
    if (item.contains(QLatin1Char('/'))) {
        const ItemRef ref{item.section(QLatin1Char('/'), 0, 0), item.section(QLatin1Char('/'), 1)};
        if (Status s = checkItem(review, ref); !s)
            return s.error();
        return ref;
    }
    QVector<ItemRef> found;
    for (const QString &key : review.checklists) {
        if (m_pack.checklist(key)->item(item))
            found << ItemRef{key, item};
    }
    if (found.isEmpty())
        return refused(tr("no item \"%1\" in this review's checklists (see 'qdf review checklists')").arg(item));
    if (found.size() > 1)
        return refused(tr("\"%1\" is in more than one of this review's checklists: write CHECKLIST/%1").arg(item));
    return found.first();
}

Status ReviewStore::checkItem(const Review &review, const ItemRef &item) const
{
    if (!review.checklists.contains(item.checklistKey))
        return refused(tr("this review does not use the checklist \"%1\"").arg(item.checklistKey));
    if (!m_pack.checklist(item.checklistKey)->item(item.itemKey))
        return refused(tr("no item \"%1\" in the checklist \"%2\"").arg(item.itemKey, item.checklistKey));
    return Status::success();
}

Status ReviewStore::rate(const Review &review, const ItemRef &item, const QString &rating, const QString &note)
{
    if (Status s = checkItem(review, item); !s)
        return s;
    if (!ratingScale(item.checklistKey).contains(rating))
        return refused(tr("\"%1\" is not a rating for %2: use %3")
                           .arg(rating, item.checklistKey, ratingScale(item.checklistKey).join(QStringLiteral(", "))));
    return m_workbook.write([&](const Change &change) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO review_response (uuid, review_id, checklist_key, item_key, rating, note,"
                                        " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                        " ON CONFLICT (review_id, checklist_key, item_key) DO UPDATE SET rating = excluded.rating,"
                                        " note = excluded.note, changed_by = excluded.changed_by,"
                                        " changed_at = excluded.changed_at, rev = excluded.rev"),
                         QVariantList{store::newRowUuid(), review.id, item.checklistKey, item.itemKey, rating, note}
                             + store::changeValues(change));
    });
}

Result<QVector<Response>> ReviewStore::responses(const Review &review) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT checklist_key, item_key, rating, note, changed_by, changed_at, rev"
                                     " FROM review_response WHERE review_id = ? ORDER BY id"),
                      {review.id});
    if (!q)
        return q.error();
    QVector<Response> result;
    while (q->next())
        result << Response{{q->value(0).toString(), q->value(1).toString()}, q->value(2).toString(), q->value(3).toString(),
                           store::changeAt(*q, 4)};
    return result;
}

Result<SubQuestion> ReviewStore::addSubQuestion(const Review &review, const ItemRef &item, const QString &text)
{
    if (Status s = checkItem(review, item); !s)
        return s.error();
    if (text.trimmed().isEmpty())
        return refused(tr("a sub-question needs its text"));
    SubQuestion q{store::newUuid(), item, 0, text.trimmed()};
    Status s = m_workbook.write([&](const Change &change) -> Status {
        auto next = sql::scalar(m_workbook.database(),
                                QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM review_subquestion"
                                               " WHERE review_id = ? AND checklist_key = ? AND item_key = ?"),
                                {review.id, item.checklistKey, item.itemKey});
        if (!next)
            return next.error();
        q.position = next->toInt();
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO review_subquestion (uuid, review_id, checklist_key, item_key, position, text,"
                                        " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         QVariantList{q.uuid, review.id, item.checklistKey, item.itemKey, q.position, q.text}
                             + store::changeValues(change));
    });
    if (!s)
        return s.error();
    return q;
}

Status ReviewStore::editSubQuestion(const QString &uuid, const QString &text)
{
    if (text.trimmed().isEmpty())
        return refused(tr("a sub-question needs its text"));
    return m_workbook.write([&](const Change &change) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("UPDATE review_subquestion SET text = ?, changed_by = ?, changed_at = ?, rev = ?"
                                        " WHERE uuid = ?"),
                         QVariantList{text.trimmed()} + store::changeValues(change) + QVariantList{uuid});
    });
}

Status ReviewStore::moveSubQuestion(const QString &uuid, int to)
{
    QSqlDatabase db = m_workbook.database();
    auto q = sql::run(db, QStringLiteral("SELECT review_id, checklist_key, item_key FROM review_subquestion WHERE uuid = ?"), {uuid});
    if (!q)
        return q.error();
    if (!q->next())
        return refused(tr("no sub-question %1").arg(uuid));
    const QVariantList item{q->value(0), q->value(1), q->value(2)};
    auto siblings = sql::run(db,
                             QStringLiteral("SELECT uuid FROM review_subquestion WHERE review_id = ? AND checklist_key = ?"
                                            " AND item_key = ? ORDER BY position, id"),
                             item);
    if (!siblings)
        return siblings.error();
    QStringList order;
    while (siblings->next())
        order << siblings->value(0).toString();
    order.removeOne(uuid);
    order.insert(qBound(0, to, int(order.size())), uuid);
    // Positions are renumbered 0..n-1 so that the order never depends on ties.
    return m_workbook.write([&](const Change &change) -> Status {
        for (int i = 0; i < order.size(); ++i) {
            const Status s = sql::exec(db,
                                       QStringLiteral("UPDATE review_subquestion SET position = ?, changed_by = ?, changed_at = ?,"
                                                      " rev = ? WHERE uuid = ?"),
                                       QVariantList{i} + store::changeValues(change) + QVariantList{order[i]});
            if (!s)
                return s;
        }
        return Status::success();
    });
}

Status ReviewStore::removeSubQuestion(const QString &uuid)
{
    return m_workbook.write([&](const Change &) {
        return sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM review_subquestion WHERE uuid = ?"), {uuid});
    });
}

Status ReviewStore::restoreSubQuestion(const Review &review, const SubQuestion &question)
{
    if (Status s = checkItem(review, question.item); !s)
        return s;
    Status s = m_workbook.write([&](const Change &change) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO review_subquestion (uuid, review_id, checklist_key, item_key, position, text,"
                                        " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         QVariantList{question.uuid, review.id, question.item.checklistKey, question.item.itemKey,
                                      question.position, question.text}
                             + store::changeValues(change));
    });
    return s ? moveSubQuestion(question.uuid, question.position) : s;
}

Result<QVector<SubQuestion>> ReviewStore::subQuestions(const Review &review) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT uuid, checklist_key, item_key, position, text FROM review_subquestion"
                                     " WHERE review_id = ? ORDER BY checklist_key, item_key, position"),
                      {review.id});
    if (!q)
        return q.error();
    QVector<SubQuestion> result;
    while (q->next())
        result << SubQuestion{q->value(0).toString(), {q->value(1).toString(), q->value(2).toString()}, q->value(3).toInt(),
                              q->value(4).toString()};
    return result;
}

Result<Evidence> ReviewStore::attachEvidence(const Review &review, const ItemRef &item, const QString &fileName,
                                             const QByteArray &data, const QString &note)
{
    if (Status s = checkItem(review, item); !s)
        return s.error();
    if (fileName.trimmed().isEmpty())
        return refused(tr("evidence needs a file name"));
    Evidence e{store::newUuid(), item, fileName.trimmed(), note, data.size()};
    Status s = m_workbook.write([&](const Change &change) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO review_evidence (uuid, review_id, checklist_key, item_key, file_name, data,"
                                        " note, changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         QVariantList{e.uuid, review.id, item.checklistKey, item.itemKey, e.fileName, data, note}
                             + store::changeValues(change));
    });
    if (!s)
        return s.error();
    return e;
}

Result<QVector<Evidence>> ReviewStore::evidence(const Review &review) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT uuid, checklist_key, item_key, file_name, note, length(data) FROM review_evidence"
                                     " WHERE review_id = ? ORDER BY id"),
                      {review.id});
    if (!q)
        return q.error();
    QVector<Evidence> result;
    while (q->next())
        result << Evidence{q->value(0).toString(), {q->value(1).toString(), q->value(2).toString()}, q->value(3).toString(),
                           q->value(4).toString(), q->value(5).toLongLong()};
    return result;
}

Result<QByteArray> ReviewStore::evidenceData(const QString &uuid) const
{
    auto q = sql::run(m_workbook.database(), QStringLiteral("SELECT data FROM review_evidence WHERE uuid = ?"), {uuid});
    if (!q)
        return q.error();
    if (!q->next())
        return refused(tr("no evidence file %1").arg(uuid));
    return q->value(0).toByteArray();
}

Status ReviewStore::removeEvidence(const QString &uuid)
{
    return m_workbook.write([&](const Change &) {
        return sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM review_evidence WHERE uuid = ?"), {uuid});
    });
}

Status ReviewStore::restoreEvidence(const Review &review, const Evidence &e, const QByteArray &data)
{
    if (Status s = checkItem(review, e.item); !s)
        return s;
    return m_workbook.write([&](const Change &change) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO review_evidence (uuid, review_id, checklist_key, item_key, file_name, data,"
                                        " note, changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         QVariantList{e.uuid, review.id, e.item.checklistKey, e.item.itemKey, e.fileName, data, e.note}
                             + store::changeValues(change));
    });
}

Result<Action> ReviewStore::addAction(const Review &review, const ItemRef &item, Action draft)
{
    if (Status s = checkItem(review, item); !s)
        return s.error();
    draft.source = Action::Source::Review;
    draft.contextUuid = review.uuid;
    draft.subjectKey = item.path();
    return ActionStore(m_workbook).add(std::move(draft));
}

Result<QVector<Action>> ReviewStore::actions(const Review &review) const
{
    return ActionStore(m_workbook).list(Action::Source::Review, review.uuid);
}

} // namespace qdf::review
