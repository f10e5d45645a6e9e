#include "core/stores/ScheduleStore.h"
#include "core/Sha256.h"

#include "core/Limits.h"
#include "core/Rules.h"
#include "core/Sql.h"
#include "core/TextDiff.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"
#include "core/stores/TextColumns.h"

#include <QCoreApplication>

#include <tuple>

namespace qdf {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::ScheduleStore", text);
}

using store::TextShape;

// Each language written has a title; something is written in one of them; none is too long.
Status checkTexts(const Bilingual &texts)
{
    for (Language l : translation::kBoth) {
        if (Status s = checkTextLength(texts.in(l).body); !s)
            return s;
        if (texts.in(l).isWritten() && texts.in(l).title.trimmed().isEmpty())
            return makeError(Error::Code::InvalidArgument, tr("a Schedule needs a title"));
    }
    if (!texts.english.isWritten() && !texts.welsh.isWritten())
        return makeError(Error::Code::InvalidArgument, tr("a Schedule needs a title"));
    return Status::success();
}

bool sameWords(const Bilingual &a, const Bilingual &b)
{
    for (Language l : translation::kBoth) {
        if (a.in(l).title != b.in(l).title || a.in(l).body != b.in(l).body)
            return false;
    }
    return true;
}

// The languages whose words differ get `at` as their time of change (unless one is given).
Bilingual stamped(const Bilingual &before, Bilingual after, const QDateTime &at)
{
    for (Language l : translation::kBoth) {
        LanguageText &t = after.in(l);
        const LanguageText &b = before.in(l);
        if ((t.title != b.title || t.body != b.body) && (!t.changedAt.isValid() || t.changedAt == b.changedAt))
            t.changedAt = at;
    }
    return after;
}

// Sets a Schedule's own fields (title, body, language) from its two languages.
void setTexts(Schedule &s, const Bilingual &texts)
{
    const translation::Stored stored = translation::toStored(texts, s.language);
    s.texts = texts;
    s.language = stored.language;
    s.title = stored.main.title;
    s.body = stored.main.body;
}

} // namespace

Result<QVector<Schedule>> ScheduleStore::select(const QString &where, const QVariantList &values) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT s.id, s.uuid, s.section_id, sec.key, s.seq, s.number,"
                                     " s.maturity, s.version, s.changed_by, s.changed_at, s.rev, %2"
                                     " FROM schedule s JOIN section sec ON sec.id = s.section_id %1"
                                     " ORDER BY sec.position, s.seq")
                          .arg(where, store::textColumns(QStringLiteral("s"), TextShape::TitleAndBody)),
                      values);
    if (!q)
        return q.error();
    QVector<Schedule> schedules;
    while (q->next()) {
        Schedule s;
        s.id = q->value(0).toLongLong();
        s.uuid = q->value(1).toString();
        s.sectionId = q->value(2).toLongLong();
        s.sectionKey = q->value(3).toString();
        s.seq = q->value(4).toInt();
        s.number = q->value(5).toString();
        s.maturity = maturityFromSlug(q->value(6).toString()).value_or(Maturity::Draft);
        s.version = q->value(7).toInt();
        s.change = store::changeAt(*q, 8);
        s.texts = store::readTexts(*q, 11, TextShape::TitleAndBody, s.change.at, &s.language);
        s.title = s.texts.in(s.language).title;
        s.body = s.texts.in(s.language).body;
        schedules.push_back(s);
    }
    return schedules;
}

Result<QVector<Schedule>> ScheduleStore::list() const
{
    return select({}, {});
}

Result<QVector<Schedule>> ScheduleStore::list(qint64 sectionId) const
{
    return select(QStringLiteral("WHERE s.section_id = ?"), {sectionId});
}

Result<Schedule> ScheduleStore::find(const QString &idOrNumber) const
{
    auto found = select(QStringLiteral("WHERE s.uuid = ? OR s.number = ?"), {idOrNumber, idOrNumber});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("no Schedule \"%1\"").arg(idOrNumber));
    return found->first();
}

Result<Schedule> ScheduleStore::current(const QString &uuid) const
{
    auto found = select(QStringLiteral("WHERE s.uuid = ?"), {uuid});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("no Schedule \"%1\"").arg(uuid));
    return found->first();
}

QString ScheduleStore::textHash(const QString &title, const QString &body)
{
    return sha256Hex((title + QStringLiteral("\n\u0000") + body).toUtf8());
}

// The version before the new one is kept from now on as the difference to it: its body, and its
// translation's body, each as the line delta to this version's.
Status ScheduleStore::recordVersion(const Schedule &s, const Change &change)
{
    const QSqlDatabase db = m_workbook.database();
    const translation::Stored stored = translation::toStored(s.texts, s.language);
    for (const auto &[column, delta, now] : {std::tuple{"body", "delta", stored.main.body},
                                             std::tuple{"translation_body", "translation_delta", stored.translation.body}}) {
        auto previous = sql::run(db, QStringLiteral("SELECT id, %1 FROM schedule_version WHERE schedule_id = ? AND version = ?"
                                                    " AND %2 IS NULL")
                                         .arg(QLatin1String(column), QLatin1String(delta)),
                                 {s.id, s.version - 1});
        if (!previous)
            return previous.error();
        if (previous->next()) {
            if (Status u = sql::exec(db, QStringLiteral("UPDATE schedule_version SET %1 = '', %2 = ? WHERE id = ?")
                                             .arg(QLatin1String(column), QLatin1String(delta)),
                                     {lineDelta(now, previous->value(1).toString()), previous->value(0)});
                !u)
                return u;
        }
    }
    return sql::exec(db,
                     QStringLiteral("INSERT INTO schedule_version (schedule_id, version, title, body, maturity, state_hash,"
                                    " language, translation_title, translation_body, changed_by, changed_at, rev)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     QVariantList{s.id, s.version, stored.main.title, stored.main.body, maturitySlug(s.maturity),
                                  textHash(stored.main.title, stored.main.body), translation::code(stored.language),
                                  stored.translation.title, stored.translation.body}
                         + store::changeValues(change));
}

// The Schedule's row, as `s` holds it.
Status ScheduleStore::writeTexts(const Schedule &s, const Change &change)
{
    return sql::exec(m_workbook.database(),
                     QStringLiteral("UPDATE schedule SET maturity = ?, version = ?, changed_by = ?, changed_at = ?, rev = ?, %1"
                                    " WHERE id = ?")
                         .arg(store::textAssignments(TextShape::TitleAndBody)),
                     QVariantList{maturitySlug(s.maturity), s.version} + store::changeValues(change)
                         + store::textValues(translation::toStored(s.texts, s.language), TextShape::TitleAndBody)
                         + QVariantList{s.id});
}

Result<bool> ScheduleStore::isSigned(const Schedule &s, const QString &signer) const
{
    auto n = sql::scalar(m_workbook.database(),
                         QStringLiteral("SELECT COUNT(*) FROM sign_off WHERE schedule_id = ? AND version = ?"
                                        " AND (? = '' OR signer_name = ?)"),
                         {s.id, s.version, signer, signer});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

// The edit of a Schedule read in this transaction, under the rules: a new version of both languages.
Status ScheduleStore::changeText(Schedule &s, const Bilingual &texts, const Change &change)
{
    const WorkbookKind kind = m_workbook.info().kind;
    if (Status allowed = rules::mayEditSchedule(kind, change, s); !allowed)
        return allowed;
    s.maturity = rules::maturityAfterEdit(kind, change, s);
    setTexts(s, stamped(s.texts, texts, change.at));
    s.version += 1;
    s.change = change;
    if (Status u = writeTexts(s, change); !u)
        return u;
    return recordVersion(s, change);
}

// The same edit made to the version this sitting made (mayAmend said so; the rules are checked).
Status ScheduleStore::amendText(Schedule &s, const Bilingual &texts, const Change &change)
{
    if (Status allowed = rules::mayEditSchedule(m_workbook.info().kind, change, s); !allowed)
        return allowed;
    const QSqlDatabase db = m_workbook.database();
    const translation::Stored before = translation::toStored(s.texts, s.language);
    setTexts(s, stamped(s.texts, texts, change.at));
    s.change = change;
    const translation::Stored after = translation::toStored(s.texts, s.language);
    // The version before is kept as the difference to this one's text: made again, for each body.
    for (const auto &[delta, was, now] : {std::tuple{"delta", before.main.body, after.main.body},
                                          std::tuple{"translation_delta", before.translation.body, after.translation.body}}) {
        auto previous = sql::run(db, QStringLiteral("SELECT id, %1 FROM schedule_version WHERE schedule_id = ?"
                                                    " AND version = ? AND %1 IS NOT NULL")
                                         .arg(QLatin1String(delta)),
                                 {s.id, s.version - 1});
        if (!previous)
            return previous.error();
        if (previous->next()) {
            const auto older = applyLineDelta(was, previous->value(1).toString());
            if (!older)
                return makeError(Error::Code::Damaged, tr("version %1 of Schedule %2 cannot be read").arg(s.version - 1).arg(s.number));
            if (Status u = sql::exec(db, QStringLiteral("UPDATE schedule_version SET %1 = ? WHERE id = ?").arg(QLatin1String(delta)),
                                     {lineDelta(now, *older), previous->value(0)});
                !u)
                return u;
        }
    }
    if (Status u = sql::exec(db,
                             QStringLiteral("UPDATE schedule_version SET title = ?, body = ?, state_hash = ?, language = ?,"
                                            " translation_title = ?, translation_body = ?, changed_by = ?, changed_at = ?, rev = ?"
                                            " WHERE schedule_id = ? AND version = ?"),
                             QVariantList{after.main.title, after.main.body, textHash(after.main.title, after.main.body),
                                          translation::code(after.language), after.translation.title, after.translation.body}
                                 + store::changeValues(change) + QVariantList{s.id, s.version});
        !u)
        return u;
    return writeTexts(s, change);
}

Status ScheduleStore::changeMaturity(Schedule &s, Maturity to, const Change &change)
{
    auto signedNow = isSigned(s);
    if (!signedNow)
        return signedNow.error();
    if (Status allowed = rules::mayMoveSchedule(m_workbook.info().kind, change, s, to, *signedNow); !allowed)
        return allowed;
    s.maturity = to;
    s.change = change;
    return sql::exec(m_workbook.database(),
                     QStringLiteral("UPDATE schedule SET maturity = ?, changed_by = ?, changed_at = ?, rev = ? WHERE id = ?"),
                     QVariantList{maturitySlug(to)} + store::changeValues(change) + QVariantList{s.id});
}

Result<Schedule> ScheduleStore::add(qint64 sectionId, const QString &title, const QString &body, Language language)
{
    if (title.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a Schedule needs a title"));
    Bilingual texts;
    texts.in(language).title = title;
    texts.in(language).body = body;
    if (Status s = checkTexts(texts); !s)
        return s.error();
    const QSqlDatabase db = m_workbook.database();
    Schedule s;
    Status status = m_workbook.write([&](const Change &change) -> Status {
        if (Status allowed = rules::mayAddSchedule(m_workbook.info().kind, change, Maturity::Draft); !allowed)
            return allowed;
        auto next = sql::run(db, QStringLiteral("SELECT sec.position, sec.key, sec.kind,"
                                                " (SELECT COALESCE(MAX(seq), 0) + 1 FROM schedule WHERE section_id = sec.id)"
                                                " FROM section sec WHERE sec.id = ?"),
                             {sectionId});
        if (!next)
            return next.error();
        if (!next->next())
            return makeError(Error::Code::InvalidArgument, tr("no such section"));
        if (next->value(2).toString() != QLatin1String("caremore"))
            return makeError(Error::Code::InvalidArgument, tr("Schedules belong to a CAREMORE section"));
        s.uuid = store::newUuid();
        s.sectionId = sectionId;
        s.sectionKey = next->value(1).toString();
        s.seq = next->value(3).toInt();
        s.number = QStringLiteral("%1.%2").arg(next->value(0).toInt()).arg(s.seq);
        s.language = language;
        texts.in(language).changedAt = change.at;
        setTexts(s, texts);
        s.version = 1;
        s.change = change;
        auto id = sql::insert(db, QStringLiteral("INSERT INTO schedule (uuid, section_id, seq, number, maturity, version,"
                                                 " changed_by, changed_at, rev, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, %2)")
                                      .arg(store::textColumnNames(TextShape::TitleAndBody).join(QStringLiteral(", ")),
                                           QStringLiteral("?, ").repeated(8) + QStringLiteral("?")),
                              QVariantList{s.uuid, sectionId, s.seq, s.number, maturitySlug(s.maturity), s.version}
                                  + store::changeValues(change)
                                  + store::textValues(translation::toStored(s.texts, s.language), TextShape::TitleAndBody));
        if (!id)
            return id.error();
        s.id = *id;
        return recordVersion(s, change);
    });
    if (!status)
        return status.error();
    return s;
}

Result<Schedule> ScheduleStore::edit(const QString &uuid, const QString &title, const QString &body)
{
    return editText(uuid, std::nullopt, title, body, std::nullopt);
}

Result<Schedule> ScheduleStore::editIn(const QString &uuid, Language language, const QString &title, const QString &body)
{
    return editText(uuid, language, title, body, std::nullopt);
}

Result<Schedule> ScheduleStore::amend(const QString &uuid, const QString &title, const QString &body, qint64 sittingStart)
{
    return editText(uuid, std::nullopt, title, body, sittingStart);
}

Result<Schedule> ScheduleStore::amendIn(const QString &uuid, Language language, const QString &title, const QString &body,
                                        qint64 sittingStart)
{
    return editText(uuid, language, title, body, sittingStart);
}

Result<Schedule> ScheduleStore::markTranslated(const QString &uuid)
{
    Schedule s;
    Status status = m_workbook.write([&](const Change &change) -> Status {
        auto found = find(uuid);
        if (!found)
            return found.error();
        s = *found;
        const Bilingual marked = translation::markedTranslated(s.texts);
        if (marked.english.from == s.texts.english.from && marked.welsh.from == s.texts.welsh.from)
            return Status::success();
        if (Status allowed = rules::mayEditSchedule(m_workbook.info().kind, change, s); !allowed)
            return allowed;
        setTexts(s, marked);
        s.change = change;
        return writeTexts(s, change);
    });
    if (!status)
        return status.error();
    return s;
}

Result<bool> ScheduleStore::mayAmend(const Schedule &s, qint64 sittingStart) const
{
    if (isLocked(s.maturity))
        return false;  // an edit of a signed-off Schedule starts a new draft version
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT r.writer, v.rev, (SELECT COUNT(*) FROM sign_off o WHERE o.schedule_id = v.schedule_id"
                                     " AND o.version = v.version) FROM schedule_version v JOIN revision_log r ON r.rev = v.rev"
                                     " WHERE v.schedule_id = ? AND v.version = ?"),
                      {s.id, s.version});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toString() == m_workbook.writerId() && q->value(1).toLongLong() > sittingStart
        && q->value(2).toInt() == 0;
}

Result<Schedule> ScheduleStore::editText(const QString &uuid, std::optional<Language> language, const QString &title,
                                         const QString &body, std::optional<qint64> sittingStart)
{
    if (Status s = checkTextLength(body); !s)
        return s.error();
    Schedule s;
    Status status = m_workbook.write([&](const Change &change) -> Status {
        auto found = find(uuid);
        if (!found)
            return found.error();
        s = *found;
        const Language in = language.value_or(s.language);
        if (s.texts.in(in).title == title && s.texts.in(in).body == body)
            return Status::success();
        // The title a Schedule is known by stays: only a language beside another may be emptied.
        if (title.trimmed().isEmpty() && (!body.trimmed().isEmpty() || !s.texts.in(translation::other(in)).isWritten()))
            return makeError(Error::Code::InvalidArgument, tr("a Schedule needs a title"));
        const Bilingual texts = translation::edited(s.texts, in, title, body, change.at);
        if (Status checked = checkTexts(texts); !checked)
            return checked;
        if (sittingStart) {
            auto amending = mayAmend(s, *sittingStart);
            if (!amending)
                return amending.error();
            if (*amending)
                return amendText(s, texts, change);
        }
        return changeText(s, texts, change);
    });
    if (!status)
        return status.error();
    return s;
}

Result<Schedule> ScheduleStore::move(const QString &uuid, Maturity to)
{
    Schedule s;
    Status status = m_workbook.write([&](const Change &change) -> Status {
        auto found = find(uuid);
        if (!found)
            return found.error();
        s = *found;
        if (s.maturity == to)
            return Status::success();
        return changeMaturity(s, to, change);
    });
    if (!status)
        return status.error();
    return s;
}

Result<SignOff> ScheduleStore::sign(const QString &uuid)
{
    return sign(uuid, m_workbook.info().owner);
}

Result<SignOff> ScheduleStore::sign(const QString &uuid, const Owner &signer)
{
    SignOff signOff{store::newUuid(), 0, signer, {}};
    Status status = m_workbook.write([&](const Change &change) -> Status {
        signOff.signedAt = change.at;
        return recordSignOff(uuid, signOff);
    });
    if (!status)
        return status.error();
    auto found = find(uuid);
    if (found)
        signOff.version = found->version;
    return signOff;
}

Status ScheduleStore::recordSignOff(const QString &scheduleUuid, const SignOff &signOff)
{
    return m_workbook.write([&](const Change &change) -> Status {
        auto found = find(scheduleUuid);
        if (!found)
            return makeError(Error::Code::NotAllowed, tr("a sign-off of a Schedule this workbook does not have"));
        const Schedule &s = *found;
        auto same = sql::scalar(m_workbook.database(), QStringLiteral("SELECT COUNT(*) FROM sign_off WHERE uuid = ?"),
                                {signOff.uuid});
        if (!same)
            return same.error();
        if (same->toInt() > 0)
            return Status::success();
        auto already = isSigned(s, signOff.signer.name);
        if (!already)
            return already.error();
        if (Status allowed = rules::maySignSchedule(change, s, signOff.signer.name, *already); !allowed)
            return allowed;
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO sign_off (uuid, schedule_id, version, signer_name,"
                                        " signer_organisation, signer_role, signed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {signOff.uuid, s.id, s.version, signOff.signer.name, signOff.signer.organisation, signOff.signer.role,
                          Clock::format(signOff.signedAt.isValid() ? signOff.signedAt : change.at), change.revision});
    });
}

Result<Schedule> ScheduleStore::put(const ScheduleTarget &t)
{
    return put(t, std::nullopt, true);
}

Result<Schedule> ScheduleStore::put(const ScheduleTarget &t, const std::optional<Schedule> &here)
{
    return put(t, here, false);
}

Result<Schedule> ScheduleStore::put(const ScheduleTarget &t, const std::optional<Schedule> &known, bool read)
{
    if (Status s = checkTexts(t.texts); !s)
        return s.error();
    const QSqlDatabase db = m_workbook.database();
    Schedule s;
    Status status = m_workbook.write([&](const Change &change) -> Status {
        std::optional<Schedule> here = known;
        if (read) {
            auto found = select(QStringLiteral("WHERE s.uuid = ?"), {t.uuid});
            if (!found)
                return found.error();
            if (!found->isEmpty())
                here = found->first();
        }
        if (here) {
            s = *here;
            const Maturity before = s.maturity;
            if (!sameWords(s.texts, t.texts)) {
                if (Status edited = changeText(s, t.texts, change); !edited)
                    return edited;
            } else if (s.texts.english.from != t.texts.english.from || s.texts.welsh.from != t.texts.welsh.from) {
                // Only the translation state: no new version, under the rules of an edit.
                if (Status allowed = rules::mayEditSchedule(m_workbook.info().kind, change, s); !allowed)
                    return allowed;
                Bilingual texts = s.texts;
                texts.english.from = t.texts.english.from;
                texts.welsh.from = t.texts.welsh.from;
                setTexts(s, texts);
                s.change = change;
                if (Status u = writeTexts(s, change); !u)
                    return u;
            }
            // A move is what the target asks of the maturity the Schedule had; an edit that
            // reopened a signed-off Schedule as a draft is not undone by it.
            if (t.maturity != before && t.maturity != s.maturity)
                return changeMaturity(s, t.maturity, change);
            return Status::success();
        }
        if (Status allowed = rules::mayAddSchedule(m_workbook.info().kind, change, t.maturity); !allowed)
            return allowed;
        auto section = sql::run(db, QStringLiteral("SELECT id, position, kind, (SELECT COALESCE(MAX(seq), 0) + 1 FROM schedule"
                                                   " WHERE section_id = section.id) FROM section WHERE key = ?"),
                                {t.sectionKey});
        if (!section)
            return section.error();
        if (!section->next())
            return makeError(Error::Code::NotAllowed, tr("a Schedule of the section \"%1\", which this workbook does not have")
                                                          .arg(t.sectionKey));
        if (section->value(2).toString() != QLatin1String("caremore"))
            return makeError(Error::Code::NotAllowed, tr("Schedules belong to a CAREMORE section"));
        // Its number travels with it; should the number be taken here, the next free one is used.
        auto taken = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM schedule WHERE number = ?"), {t.number});
        if (!taken)
            return taken.error();
        const QString prefix = section->value(1).toString();
        int seq = t.number.section(QLatin1Char('.'), 1).toInt();
        if (taken->toInt() > 0 || seq <= 0 || t.number.section(QLatin1Char('.'), 0, 0) != prefix)
            seq = section->value(3).toInt();
        s.uuid = t.uuid;
        s.sectionId = section->value(0).toLongLong();
        s.sectionKey = t.sectionKey;
        s.seq = seq;
        s.number = QStringLiteral("%1.%2").arg(prefix).arg(seq);
        s.language = t.texts.english.isWritten() ? Language::English : Language::Welsh;
        setTexts(s, stamped(Bilingual{}, t.texts, change.at));
        s.maturity = t.maturity;
        s.version = 1;
        s.change = change;
        auto id = sql::insert(db, QStringLiteral("INSERT INTO schedule (uuid, section_id, seq, number, maturity, version,"
                                                 " changed_by, changed_at, rev, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, %2)")
                                      .arg(store::textColumnNames(TextShape::TitleAndBody).join(QStringLiteral(", ")),
                                           QStringLiteral("?, ").repeated(8) + QStringLiteral("?")),
                              QVariantList{s.uuid, s.sectionId, s.seq, s.number, maturitySlug(s.maturity), s.version}
                                  + store::changeValues(change)
                                  + store::textValues(translation::toStored(s.texts, s.language), TextShape::TitleAndBody));
        if (!id)
            return id.error();
        s.id = *id;
        return recordVersion(s, change);
    });
    if (!status)
        return status.error();
    return s;
}

Status ScheduleStore::remove(const QString &uuid)
{
    return m_workbook.write([&](const Change &) {
        return sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM schedule WHERE uuid = ?"), {uuid});
    });
}

Status ScheduleStore::removeSignOff(const QString &signOffUuid)
{
    return m_workbook.write([&](const Change &) {
        return sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM sign_off WHERE uuid = ?"), {signOffUuid});
    });
}

Result<QVector<ScheduleVersion>> ScheduleStore::versions(const QString &uuid) const
{
    return versionsIn(m_workbook.database(), uuid);
}

Result<QVector<ScheduleVersion>> ScheduleStore::versionsIn(const QSqlDatabase &db, const QString &uuid)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT v.version, v.title, v.body, v.delta, v.maturity, v.changed_by, v.changed_at, v.rev,"
                                     " v.language, v.translation_title, v.translation_body, v.translation_delta"
                                     " FROM schedule_version v JOIN schedule s ON s.id = v.schedule_id"
                                     " WHERE s.uuid = ? ORDER BY v.version DESC"),
                      {uuid});
    if (!q)
        return q.error();
    QVector<ScheduleVersion> result;
    // Each older version's bodies are the differences to the one after it, newest first.
    QString newerBody;
    QString newerTranslation;
    const auto whole = [&](int text, int delta, QString &newer) -> std::optional<QString> {
        if (q->value(delta).isNull())
            return newer = q->value(text).toString();
        const auto body = result.isEmpty() ? std::nullopt : applyLineDelta(newer, q->value(delta).toString());
        if (body)
            newer = *body;
        return body;
    };
    while (q->next()) {
        ScheduleVersion v;
        v.version = q->value(0).toInt();
        const auto body = whole(2, 3, newerBody);
        const auto translationBody = whole(10, 11, newerTranslation);
        if (!body || !translationBody)
            return makeError(Error::Code::Damaged, tr("version %1 of a Schedule cannot be read").arg(v.version));
        v.language = translation::fromCode(q->value(8).toString()).value_or(Language::English);
        v.texts = translation::fromStored(v.language, {q->value(1).toString(), *body, {}, {}},
                                          {q->value(9).toString(), *translationBody, {}, {}});
        v.title = q->value(1).toString();
        v.body = *body;
        v.maturity = maturityFromSlug(q->value(4).toString()).value_or(Maturity::Draft);
        v.change = store::changeAt(*q, 5);
        result.push_back(v);
    }
    return result;
}

Result<int> ScheduleStore::versionWithText(const QSqlDatabase &db, const QString &uuid, const QString &hash)
{
    // By the hash's index: SQLite would otherwise walk every version for the ORDER BY (a cost that
    // grows with every merge into the master).
    auto q = sql::run(db, QStringLiteral("SELECT v.version FROM schedule_version v INDEXED BY schedule_version_hash"
                                         " JOIN schedule s ON s.id = v.schedule_id"
                                         " WHERE s.uuid = ? AND v.state_hash = ? ORDER BY v.version DESC LIMIT 1"),
                      {uuid, hash});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QVector<SignOff>> ScheduleStore::signOffs(const QString &uuid) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT o.uuid, o.version, o.signer_name, o.signer_organisation, o.signer_role,"
                                     " o.signed_at FROM sign_off o JOIN schedule s ON s.id = o.schedule_id"
                                     " WHERE s.uuid = ? ORDER BY o.signed_at, o.id"),
                      {uuid});
    if (!q)
        return q.error();
    QVector<SignOff> result;
    while (q->next()) {
        result.push_back({q->value(0).toString(), q->value(1).toInt(),
                          {q->value(2).toString(), q->value(3).toString(), q->value(4).toString()},
                          QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs)});
    }
    return result;
}

} // namespace qdf
