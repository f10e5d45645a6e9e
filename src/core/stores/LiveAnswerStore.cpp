#include "core/stores/LiveAnswerStore.h"

#include "core/SafeText.h"
#include "core/Sql.h"
#include "core/Translation.h"
#include "core/Workbook.h"
#include "core/stores/SectionStore.h"
#include "core/stores/StoreSupport.h"

#include <QCoreApplication>

namespace qdf {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LiveAnswerStore", text);
}

const char *kColumns =
    "SELECT uuid, session, question_uuid, participant, text, language, posted_at, contribution_uuid FROM live_answer ";

LiveAnswer readAnswer(const sql::Rows &q)
{
    LiveAnswer a;
    a.uuid = q.value(0).toString();
    a.session = q.value(1).toString();
    a.questionUuid = q.value(2).toString();
    a.participant = q.value(3).toString();
    a.text = q.value(4).toString();
    a.language = translation::fromCode(q.value(5).toString()).value_or(Language::English);
    a.postedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    a.contributionUuid = q.value(7).toString();
    return a;
}

} // namespace

QString LiveAnswerStore::normalised(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t.trimmed();
}

std::optional<QString> LiveAnswerStore::refusal(const QString &text)
{
    const QString t = normalised(text);
    if (t.isEmpty())
        return tr("write an answer first");
    if (t.size() > kMaxLength)
        return tr("an answer of up to %1 characters, please").arg(kMaxLength);
    // Line breaks and tabs are a person's; anything else that would not show as itself (control
    // characters, bidirectional overrides) is refused rather than stored.
    if (needsShowingSafely(t, true))
        return tr("an answer cannot hold control characters");
    return std::nullopt;
}

Result<LiveAnswer> LiveAnswerStore::post(const QString &session, const QString &questionUuid, const QString &participant,
                                         const QString &text, Language language)
{
    if (const auto why = refusal(text))
        return makeError(Error::Code::InvalidArgument, *why);
    LiveAnswer a;
    a.uuid = store::newUuid();
    a.session = session;
    a.questionUuid = questionUuid;
    a.participant = participant;
    a.text = normalised(text);
    a.language = language;
    const Status s = m_workbook.write(Origin::Person, participant, [&](const Change &change) -> Status {
        // The question is read where the answer is written: it is there now.
        if (auto q = SectionStore(m_workbook).questionByUuid(questionUuid); !q)
            return q.error();
        a.postedAt = change.at;
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO live_answer (uuid, session, question_uuid, participant, text, language,"
                                        " posted_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {a.uuid, session, questionUuid, participant, a.text, translation::code(language),
                          Clock::format(change.at), change.revision});
    });
    if (!s)
        return s.error();
    return a;
}

Result<QVector<LiveAnswer>> LiveAnswerStore::answers(const QString &questionUuid, const QString &session) const
{
    auto q = sql::run(m_workbook.database(),
                      QLatin1String(kColumns) + QLatin1String("WHERE question_uuid = ? AND (? = '' OR session = ?) ORDER BY id"),
                      {questionUuid, session, session});
    if (!q)
        return q.error();
    QVector<LiveAnswer> all;
    while (q->next())
        all << readAnswer(*q);
    return all;
}

Result<LiveAnswer> LiveAnswerStore::answer(const QString &uuid) const
{
    auto q = sql::run(m_workbook.database(), QLatin1String(kColumns) + QLatin1String("WHERE uuid = ?"), {uuid});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Code::InvalidArgument, tr("no live answer %1").arg(uuid));
    return readAnswer(*q);
}

Result<QString> LiveAnswerStore::keep(const QString &answerUuid)
{
    if (!m_workbook.isMaster())
        return makeError(Error::Code::NotAllowed, tr("answers from a live workshop are kept in the master copy"));
    // One kept already: its contribution, and nothing written (not even a revision).
    auto before = answer(answerUuid);
    if (!before)
        return before.error();
    if (before->kept())
        return before->contributionUuid;
    QString contribution;
    const Status s = m_workbook.write([&](const Change &change) -> Status {
        // Decided again inside the write, where no other writer can keep it meanwhile: twice is once.
        auto found = answer(answerUuid);
        if (!found)
            return found.error();
        if (found->kept()) {
            contribution = found->contributionUuid;
            return Status::success();
        }
        if (auto q = SectionStore(m_workbook).questionByUuid(found->questionUuid); !q)
            return q.error();
        contribution = store::newUuid();
        const QSqlDatabase db = m_workbook.database();
        if (Status st = sql::exec(db,
                                  QStringLiteral("INSERT INTO contribution (uuid, item_id, text, author, written_at, rev, language,"
                                                 " source) VALUES (?, ?, ?, ?, ?, ?, ?, 'live-phone')"),
                                  {contribution, QStringLiteral("answer:") + found->questionUuid, found->text, found->participant,
                                   Clock::format(found->postedAt), change.revision, translation::code(found->language)});
            !st)
            return st;
        return sql::exec(db, QStringLiteral("UPDATE live_answer SET contribution_uuid = ?, rev = ? WHERE uuid = ?"),
                         {contribution, change.revision, answerUuid});
    });
    if (!s)
        return s.error();
    return contribution;
}

} // namespace qdf
