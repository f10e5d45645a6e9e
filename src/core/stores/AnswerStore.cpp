#include "core/stores/AnswerStore.h"

#include "core/Limits.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"

#include <QCoreApplication>

namespace qdf {

Result<std::optional<Answer>> AnswerStore::current(qint64 questionId) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT id, uuid, question_id, text, version, changed_by, changed_at, rev"
                                     " FROM answer WHERE question_id = ?"),
                      {questionId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Answer>();
    Answer a;
    a.id = q->value(0).toLongLong();
    a.uuid = q->value(1).toString();
    a.questionId = q->value(2).toLongLong();
    a.text = q->value(3).toString();
    a.version = q->value(4).toInt();
    a.change = store::changeAt(*q, 5);
    return std::optional<Answer>(a);
}

Result<Answer> AnswerStore::set(qint64 questionId, const QString &text)
{
    return save(questionId, text, std::nullopt);
}

Result<Answer> AnswerStore::restore(qint64 questionId, int version)
{
    auto text = sql::scalar(m_workbook.database(),
                            QStringLiteral("SELECT r.text FROM answer_revision r JOIN answer a ON a.id = r.answer_id"
                                           " WHERE a.question_id = ? AND r.version = ?"),
                            {questionId, version});
    if (!text)
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("AnswerStore", "the answer has no version %1").arg(version));
    return save(questionId, text->toString(), version);
}

Result<Answer> AnswerStore::save(qint64 questionId, const QString &text, std::optional<int> restoredFrom)
{
    if (Status s = checkTextLength(text); !s)
        return s.error();
    const QSqlDatabase db = m_workbook.database();
    Answer answer;
    Status s = m_workbook.write([&](const Change &change) -> Status {
        // The version it follows is the one saved now, whoever saved it.
        auto existing = current(questionId);
        if (!existing)
            return existing.error();
        answer = existing->value_or(Answer{});
        if (*existing && (*existing)->text == text)
            return Status::success();
        answer.text = text;
        answer.version += 1;
        answer.change = change;
        if (answer.id == 0) {
            answer.uuid = store::newUuid();
            answer.questionId = questionId;
            auto id = sql::insert(db, QStringLiteral("INSERT INTO answer (uuid, question_id, text, version, changed_by,"
                                                     " changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  QVariantList{answer.uuid, questionId, text, answer.version} + store::changeValues(change));
            if (!id)
                return id.error();
            answer.id = *id;
        } else if (Status u = sql::exec(db, QStringLiteral("UPDATE answer SET text = ?, version = ?, changed_by = ?,"
                                                          " changed_at = ?, rev = ? WHERE id = ?"),
                                        QVariantList{text, answer.version} + store::changeValues(change)
                                            + QVariantList{answer.id});
                   !u) {
            return u;
        }
        return sql::exec(db, QStringLiteral("INSERT INTO answer_revision (answer_id, version, text, restored_from,"
                                            " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         QVariantList{answer.id, answer.version, text,
                                      restoredFrom ? QVariant(*restoredFrom) : QVariant()}
                             + store::changeValues(change));
    });
    if (!s)
        return s.error();
    return answer;
}

Status AnswerStore::remove(qint64 questionId)
{
    return m_workbook.write([&](const Change &) {
        return sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM answer WHERE question_id = ?"), {questionId});
    });
}

Result<QVector<AnswerRevision>> AnswerStore::history(qint64 questionId) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT r.version, r.text, r.restored_from, r.changed_by, r.changed_at, r.rev"
                                     " FROM answer_revision r JOIN answer a ON a.id = r.answer_id"
                                     " WHERE a.question_id = ? ORDER BY r.version DESC"),
                      {questionId});
    if (!q)
        return q.error();
    QVector<AnswerRevision> revisions;
    while (q->next()) {
        AnswerRevision r;
        r.version = q->value(0).toInt();
        r.text = q->value(1).toString();
        if (!q->value(2).isNull())
            r.restoredFrom = q->value(2).toInt();
        r.change = store::changeAt(*q, 3);
        revisions.push_back(r);
    }
    return revisions;
}

} // namespace qdf
