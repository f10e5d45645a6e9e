#include "core/stores/AnswerStore.h"

#include "core/Limits.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"
#include "core/stores/TextColumns.h"

#include <QCoreApplication>

namespace qdf {
namespace {

using store::TextShape;

// Whether two states of both languages hold the same words and translation state.
bool sameTexts(const Bilingual &a, const Bilingual &b)
{
    for (Language l : translation::kBoth) {
        if (a.in(l).body != b.in(l).body || a.in(l).from != b.in(l).from)
            return false;
    }
    return true;
}

} // namespace

Result<std::optional<Answer>> AnswerStore::current(qint64 questionId) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT a.id, a.uuid, a.question_id, a.version, a.changed_by, a.changed_at, a.rev, %1"
                                     " FROM answer a WHERE a.question_id = ?")
                          .arg(store::textColumns(QStringLiteral("a"), TextShape::Text)),
                      {questionId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Answer>();
    Answer a;
    a.id = q->value(0).toLongLong();
    a.uuid = q->value(1).toString();
    a.questionId = q->value(2).toLongLong();
    a.version = q->value(3).toInt();
    a.change = store::changeAt(*q, 4);
    a.texts = store::readTexts(*q, 7, TextShape::Text, a.change.at, &a.language);
    a.text = a.texts.in(a.language).body;
    return std::optional<Answer>(a);
}

Result<Answer> AnswerStore::set(qint64 questionId, const QString &text)
{
    auto existing = current(questionId);
    if (!existing)
        return existing.error();
    // A new answer is in the language the workbook was laid out in (a Welsh workbook's in Welsh).
    return setIn(questionId,
                 *existing ? (*existing)->language : translation::fromCode(m_workbook.info().contentLanguage).value_or(Language::English),
                 text);
}

Result<Answer> AnswerStore::setIn(qint64 questionId, Language language, const QString &text)
{
    return save(questionId, language,
                [&](const Answer &a, const QDateTime &at) -> std::optional<Bilingual> {
                    if (a.id != 0 && a.texts.in(language).body == text)
                        return std::nullopt;
                    return translation::edited(a.texts, language, QString(), text, at);
                },
                std::nullopt);
}

Result<Answer> AnswerStore::markTranslated(qint64 questionId)
{
    return save(questionId, Language::English,
                [&](const Answer &a, const QDateTime &) -> std::optional<Bilingual> {
                    if (a.id == 0)
                        return std::nullopt;
                    return translation::markedTranslated(a.texts);
                },
                std::nullopt);
}

Result<Answer> AnswerStore::put(qint64 questionId, const Bilingual &texts)
{
    const Language preferred = texts.english.isWritten() ? Language::English : Language::Welsh;
    return save(questionId, preferred, [&](const Answer &, const QDateTime &) { return std::optional<Bilingual>(texts); },
                std::nullopt);
}

Result<Answer> AnswerStore::restore(qint64 questionId, int version)
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT r.text, r.language FROM answer_revision r JOIN answer a ON a.id = r.answer_id"
                                     " WHERE a.question_id = ? AND r.version = ?"),
                      {questionId, version});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("AnswerStore", "the answer has no version %1").arg(version));
    const QString text = q->value(0).toString();
    const Language language = translation::fromCode(q->value(1).toString()).value_or(Language::English);
    return save(questionId, language,
                [&](const Answer &a, const QDateTime &at) -> std::optional<Bilingual> {
                    if (a.texts.in(language).body == text)
                        return std::nullopt;
                    return translation::edited(a.texts, language, QString(), text, at);
                },
                version);
}

Result<Answer> AnswerStore::save(qint64 questionId, Language preferred,
                                 const std::function<std::optional<Bilingual>(const Answer &, const QDateTime &)> &make,
                                 std::optional<int> restoredFrom)
{
    const QSqlDatabase db = m_workbook.database();
    Answer answer;
    Status s = m_workbook.write([&](const Change &change) -> Status {
        // The version it follows is the one saved now, whoever saved it.
        auto existing = current(questionId);
        if (!existing)
            return existing.error();
        answer = existing->value_or(Answer{});
        const std::optional<Bilingual> wanted = make(answer, change.at);
        if (!wanted || (answer.id != 0 && sameTexts(*wanted, answer.texts)))
            return Status::success();
        Bilingual texts = *wanted;
        QVector<Language> changed;
        for (Language l : translation::kBoth) {
            if (Status length = checkTextLength(texts.in(l).body); !length)
                return length;
            if (texts.in(l).body != answer.texts.in(l).body) {
                changed << l;
                if (!texts.in(l).changedAt.isValid() || texts.in(l).changedAt == answer.texts.in(l).changedAt)
                    texts.in(l).changedAt = change.at;
            }
        }
        if (answer.id == 0 && changed.isEmpty())
            changed << preferred;  // a new answer, even an empty one, is its first version
        const translation::Stored stored = translation::toStored(texts, answer.id != 0 ? answer.language : preferred);
        answer.texts = texts;
        answer.language = stored.language;
        answer.text = stored.main.body;
        answer.change = change;
        const QVariantList values = store::textValues(stored, TextShape::Text);
        if (answer.id == 0) {
            answer.uuid = store::newUuid();
            answer.questionId = questionId;
            answer.version = int(changed.size());
            auto id = sql::insert(db, QStringLiteral("INSERT INTO answer (uuid, question_id, version, changed_by, changed_at, rev, %1)"
                                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                          .arg(store::textColumnNames(TextShape::Text).join(QStringLiteral(", "))),
                                  QVariantList{answer.uuid, questionId, answer.version} + store::changeValues(change) + values);
            if (!id)
                return id.error();
            answer.id = *id;
        } else {
            answer.version += int(changed.size());
            if (Status u = sql::exec(db, QStringLiteral("UPDATE answer SET version = ?, changed_by = ?, changed_at = ?, rev = ?, %1"
                                                        " WHERE id = ?")
                                             .arg(store::textAssignments(TextShape::Text)),
                                     QVariantList{answer.version} + store::changeValues(change) + values + QVariantList{answer.id});
                !u)
                return u;
        }
        // A version per language that changed, numbered in turn.
        int version = answer.version - int(changed.size());
        for (Language l : changed) {
            if (Status r = sql::exec(db, QStringLiteral("INSERT INTO answer_revision (answer_id, version, text, restored_from,"
                                                        " language, changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                     QVariantList{answer.id, ++version, texts.in(l).body,
                                                  restoredFrom ? QVariant(*restoredFrom) : QVariant(), translation::code(l)}
                                         + store::changeValues(change));
                !r)
                return r;
        }
        return Status::success();
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
                      QStringLiteral("SELECT r.version, r.text, r.restored_from, r.changed_by, r.changed_at, r.rev, r.language"
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
        r.language = translation::fromCode(q->value(6).toString()).value_or(Language::English);
        revisions.push_back(r);
    }
    return revisions;
}

} // namespace qdf
