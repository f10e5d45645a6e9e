#include "core/sync/Items.h"

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"
#include "core/sync/StructureItems.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace qdf::sync {
namespace {

Error bad(const QString &message)
{
    return makeError(Error::Code::NotAllowed, message);
}

Result<qint64> sectionId(Workbook &wb, const QString &key)
{
    auto id = sql::run(wb.database(), QStringLiteral("SELECT id FROM section WHERE key = ?"), {key});
    if (!id)
        return id.error();
    if (!id->next())
        return bad(QStringLiteral("no section \"%1\" in this workbook").arg(key));
    return id->value(0).toLongLong();
}

Result<qint64> idOf(Workbook &wb, const char *table, const QString &uuid)
{
    auto q = sql::run(wb.database(), QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(QLatin1String(table)), {uuid});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

QString text(const ItemState &s, const char *field)
{
    return s.fields.value(QLatin1String(field)).toString();
}

QVariantList stamp(const Change &c)
{
    return store::changeValues(c);
}

Status writeExample(Workbook &wb, const ItemState &s, const Change &c)
{
    auto section = sectionId(wb, text(s, "section"));
    if (!section)
        return section.error();
    const QVariantList values{*section, text(s, "title"), text(s, "body"), s.fields.value(QStringLiteral("position")).toInt()};
    if (Status del = sql::exec(wb.database(), QStringLiteral("DELETE FROM tombstone WHERE uuid = ?"), {s.key()}); !del)
        return del;
    return sql::exec(wb.database(),
                     QStringLiteral("INSERT INTO working_example (uuid, section_id, title, body, position, changed_by, changed_at, rev)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET section_id = excluded.section_id,"
                                    " title = excluded.title, body = excluded.body, position = excluded.position,"
                                    " changed_by = excluded.changed_by, changed_at = excluded.changed_at, rev = excluded.rev"),
                     QVariantList{s.key()} + values + stamp(c));
}

Status writeReference(Workbook &wb, const ItemState &s, const Change &c)
{
    auto section = sectionId(wb, text(s, "section"));
    if (!section)
        return section.error();
    const QByteArray data = QByteArray::fromBase64(text(s, "data").toLatin1());
    if (QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()) != text(s, "sha256"))
        return bad(QStringLiteral("the file %1 does not match its checksum").arg(text(s, "fileName")));
    if (Status del = sql::exec(wb.database(), QStringLiteral("DELETE FROM tombstone WHERE uuid = ?"), {s.key()}); !del)
        return del;
    return sql::exec(wb.database(),
                     QStringLiteral("INSERT INTO reference_material (uuid, section_id, file_name, size, sha256, data, note,"
                                    " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE"
                                    " SET file_name = excluded.file_name, size = excluded.size, sha256 = excluded.sha256,"
                                    " data = excluded.data, note = excluded.note, changed_by = excluded.changed_by,"
                                    " changed_at = excluded.changed_at, rev = excluded.rev"),
                     QVariantList{s.key(), *section, text(s, "fileName"), data.size(), text(s, "sha256"), data, text(s, "note")}
                         + stamp(c));
}

// A Schedule arriving or changing: a new version is recorded, as for any edit.
Status writeSchedule(Workbook &wb, const ItemState &s, const Change &c)
{
    const QSqlDatabase db = wb.database();
    auto existing = idOf(wb, "schedule", s.key());
    if (!existing)
        return existing.error();
    qint64 id = *existing;
    if (id == 0) {
        auto section = sectionId(wb, text(s, "section"));
        if (!section)
            return section.error();
        // Its number travels with it; should the number be taken here, the next free one is used.
        const QString number = text(s, "number");
        auto taken = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM schedule WHERE number = ?"), {number});
        if (!taken)
            return taken.error();
        auto next = sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM schedule WHERE section_id = ?"), {*section});
        if (!next)
            return next.error();
        int seq = number.section(QLatin1Char('.'), 1).toInt();
        QString finalNumber = number;
        if (taken->toInt() > 0 || seq <= 0) {
            seq = next->toInt();
            finalNumber = QStringLiteral("%1.%2").arg(number.section(QLatin1Char('.'), 0, 0)).arg(seq);
        }
        auto inserted = sql::insert(db,
                                    QStringLiteral("INSERT INTO schedule (uuid, section_id, seq, number, title, body, maturity, version,"
                                                   " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"),
                                    QVariantList{s.key(), *section, seq, finalNumber, text(s, "title"), text(s, "body"),
                                                 text(s, "maturity")}
                                        + stamp(c));
        if (!inserted)
            return inserted.error();
        id = *inserted;
    }
    if (Status u = sql::exec(db,
                             QStringLiteral("UPDATE schedule SET title = ?, body = ?, maturity = ?, version = version + 1,"
                                            " changed_by = ?, changed_at = ?, rev = ? WHERE id = ?"),
                             QVariantList{text(s, "title"), text(s, "body"), text(s, "maturity")} + stamp(c) + QVariantList{id});
        !u)
        return u;
    return sql::exec(db,
                     QStringLiteral("INSERT INTO schedule_version (schedule_id, version, title, body, maturity, changed_by,"
                                    " changed_at, rev) SELECT id, version, title, body, maturity, changed_by, changed_at, rev"
                                    " FROM schedule WHERE id = ?"),
                     {id});
}

Status writeSignOff(Workbook &wb, const ItemState &s, const Change &c)
{
    auto schedule = idOf(wb, "schedule", text(s, "schedule"));
    if (!schedule)
        return schedule.error();
    if (*schedule == 0)
        return bad(QStringLiteral("a sign-off of a Schedule this workbook does not have"));
    // Version numbers are each workbook's own count of edits; a sign-off that arrives is of the
    // text that arrived with it, which is the Schedule's current version here.
    return sql::exec(wb.database(),
                     QStringLiteral("INSERT OR IGNORE INTO sign_off (uuid, schedule_id, version, signer_name, signer_organisation,"
                                    " signer_role, signed_at, rev) SELECT ?, id, version, ?, ?, ?, ?, ? FROM schedule WHERE id = ?"),
                     {s.key(), text(s, "name"), text(s, "organisation"), text(s, "role"), text(s, "signedAt"), c.revision,
                      *schedule});
}

// An answer that arrives is saved as its next version, as if typed: the history keeps the text
// it replaces.
Status writeAnswer(Workbook &wb, const ItemState &s, const Change &c)
{
    const QSqlDatabase db = wb.database();
    auto question = idOf(wb, "question", s.key());
    if (!question)
        return question.error();
    if (*question == 0)
        return bad(QStringLiteral("an answer to a question this workbook does not have"));
    if (Status st = sql::exec(db,
                              QStringLiteral("INSERT INTO answer (uuid, question_id, text, version, changed_by, changed_at, rev)"
                                             " VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT (question_id) DO UPDATE SET"
                                             " text = excluded.text, version = version + 1, changed_by = excluded.changed_by,"
                                             " changed_at = excluded.changed_at, rev = excluded.rev"),
                              QVariantList{store::newUuid(), *question, text(s, "text")} + stamp(c));
        !st)
        return st;
    return sql::exec(db,
                     QStringLiteral("INSERT INTO answer_revision (answer_id, version, text, changed_by, changed_at, rev)"
                                    " SELECT id, version, text, changed_by, changed_at, rev FROM answer WHERE question_id = ?"),
                     {*question});
}

Status writeRound(Workbook &wb, const ItemState &s, const Change &c)
{
    return sql::exec(wb.database(),
                     QStringLiteral("INSERT INTO catalyst_round (uuid, name, completed_on, changed_by, changed_at, rev)"
                                    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET name = excluded.name,"
                                    " completed_on = excluded.completed_on, changed_by = excluded.changed_by,"
                                    " changed_at = excluded.changed_at, rev = excluded.rev"),
                     QVariantList{s.key(), text(s, "name"), text(s, "completedOn")} + stamp(c));
}

Status writeRating(Workbook &wb, const ItemState &s, const Change &c)
{
    const QStringList key = s.key().split(QLatin1Char('/'));
    if (key.size() != 3)
        return bad(QStringLiteral("\"%1\" is not a rating").arg(s.id));
    auto round = idOf(wb, "catalyst_round", key[0]);
    if (!round)
        return round.error();
    if (*round == 0)
        return bad(QStringLiteral("a rating in a round this workbook does not have"));
    return sql::exec(wb.database(),
                     QStringLiteral("INSERT INTO catalyst_rating (uuid, round_id, participant, element_key, level, note,"
                                    " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT (round_id, participant, element_key) DO UPDATE SET level = excluded.level,"
                                    " note = excluded.note, changed_by = excluded.changed_by, changed_at = excluded.changed_at,"
                                    " rev = excluded.rev"),
                     QVariantList{store::newUuid(), *round, key[1], key[2], s.fields.value(QStringLiteral("level")).toInt(),
                                  text(s, "note")}
                         + stamp(c));
}

Status writeReview(Workbook &wb, const ItemState &s, const Change &c)
{
    const QString checklists = QString::fromUtf8(
        QJsonDocument(s.fields.value(QStringLiteral("checklists")).toArray()).toJson(QJsonDocument::Compact));
    return sql::exec(wb.database(),
                     QStringLiteral("INSERT INTO review (uuid, title, subject, subject_kind, reviewed_on, reviewers, model, checklists,"
                                    " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT (uuid) DO UPDATE SET title = excluded.title, subject = excluded.subject,"
                                    " subject_kind = excluded.subject_kind, reviewed_on = excluded.reviewed_on,"
                                    " reviewers = excluded.reviewers, model = excluded.model, checklists = excluded.checklists,"
                                    " changed_by = excluded.changed_by, changed_at = excluded.changed_at, rev = excluded.rev"),
                     QVariantList{s.key(), text(s, "title"), text(s, "subject"), text(s, "kind"), text(s, "date"),
                                  text(s, "reviewers"), s.fields.value(QStringLiteral("model")).toInt(), checklists}
                         + stamp(c));
}

Status writeResponse(Workbook &wb, const ItemState &s, const Change &c)
{
    const QStringList key = s.key().split(QLatin1Char('/'));
    if (key.size() != 3)
        return bad(QStringLiteral("\"%1\" is not a review response").arg(s.id));
    auto review = idOf(wb, "review", key[0]);
    if (!review)
        return review.error();
    if (*review == 0)
        return bad(QStringLiteral("a rating in a review this workbook does not have"));
    return sql::exec(wb.database(),
                     QStringLiteral("INSERT INTO review_response (uuid, review_id, checklist_key, item_key, rating, note,"
                                    " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                    " ON CONFLICT (review_id, checklist_key, item_key) DO UPDATE SET rating = excluded.rating,"
                                    " note = excluded.note, changed_by = excluded.changed_by, changed_at = excluded.changed_at,"
                                    " rev = excluded.rev"),
                     QVariantList{store::newUuid(), *review, key[1], key[2], text(s, "rating"), text(s, "note")} + stamp(c));
}

} // namespace

namespace detail {

Status readKind(Workbook &wb, QMap<QString, ItemState> &items, const QString &kind, const QString &sql,
                const QStringList &fields, const QVariantList &values)
{
    auto q = sql::run(wb.database(), sql, values);
    if (!q)
        return q.error();
    while (q->next()) {
        ItemState s;
        s.id = kind + QLatin1Char(':') + q->value(0).toString();
        QJsonObject f;
        for (int i = 0; i < fields.size(); ++i) {
            const QVariant v = q->value(i + 1);
            if (fields[i] == QLatin1String("data"))
                f.insert(fields[i], QString::fromLatin1(v.toByteArray().toBase64()));
            else if (fields[i] == QLatin1String("checklists"))
                f.insert(fields[i], QJsonDocument::fromJson(v.toString().toUtf8()).array());
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                f.insert(fields[i], v.toLongLong());
            else
                f.insert(fields[i], v.toString());
        }
        s.fields = normalizedFields(f);
        s.author = q->value(int(fields.size()) + 1).toString();
        s.changedAt = q->value(int(fields.size()) + 2).toString();
        items.insert(s.id, s);
    }
    return Status::success();
}

} // namespace detail

using detail::readKind;

Result<QMap<QString, ItemState>> readItems(Workbook &wb, ReadOptions options)
{
    QMap<QString, ItemState> items;
    const QString personal = options.personalAnswers ? QString() : QStringLiteral(" WHERE s.kind = 'caremore'");
    // Only the kind asked for, if one is.
    const auto want = [&options](const char *kind) { return options.kind.isEmpty() || options.kind == QLatin1String(kind); };
    Status s = Status::success();
    if (want("answer"))
        s = readKind(wb, items, QStringLiteral("answer"),
                     QStringLiteral("SELECT q.uuid, a.text, a.changed_by, a.changed_at FROM answer a"
                                    " JOIN question q ON q.id = a.question_id JOIN section s ON s.id = q.section_id")
                         + personal,
                     {QStringLiteral("text")});
    if (s && want("example"))
        s = readKind(wb, items, QStringLiteral("example"),
                     QStringLiteral("SELECT e.uuid, s.key, e.title, e.body, e.position, e.changed_by, e.changed_at"
                                    " FROM working_example e JOIN section s ON s.id = e.section_id"),
                     {QStringLiteral("section"), QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("position")});
    if (s && want("reference"))
        s = readKind(wb, items, QStringLiteral("reference"),
                     QStringLiteral("SELECT r.uuid, s.key, r.file_name, r.note, r.sha256, r.data, r.changed_by, r.changed_at"
                                    " FROM reference_material r JOIN section s ON s.id = r.section_id"),
                     {QStringLiteral("section"), QStringLiteral("fileName"), QStringLiteral("note"), QStringLiteral("sha256"),
                      QStringLiteral("data")});
    if (s && want("schedule"))
        s = readKind(wb, items, QStringLiteral("schedule"),
                     QStringLiteral("SELECT x.uuid, s.key, x.number, x.title, x.body, x.maturity, x.changed_by, x.changed_at"
                                    " FROM schedule x JOIN section s ON s.id = x.section_id"),
                     {QStringLiteral("section"), QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("body"),
                      QStringLiteral("maturity")});
    if (s && want("signoff"))
        s = readKind(wb, items, QStringLiteral("signoff"),
                     QStringLiteral("SELECT o.uuid, x.uuid, o.signer_name, o.signer_organisation, o.signer_role,"
                                    " o.signed_at, o.signer_name, o.signed_at FROM sign_off o JOIN schedule x ON x.id = o.schedule_id"),
                     {QStringLiteral("schedule"), QStringLiteral("name"), QStringLiteral("organisation"), QStringLiteral("role"),
                      QStringLiteral("signedAt")});
    if (s && want("catalyst-round"))
        s = readKind(wb, items, QStringLiteral("catalyst-round"),
                     QStringLiteral("SELECT uuid, name, completed_on, changed_by, changed_at FROM catalyst_round"),
                     {QStringLiteral("name"), QStringLiteral("completedOn")});
    if (s && want("catalyst-rating"))
        s = readKind(wb, items, QStringLiteral("catalyst-rating"),
                     QStringLiteral("SELECT r.uuid || '/' || x.participant || '/' || x.element_key, x.level, x.note,"
                                    " x.changed_by, x.changed_at FROM catalyst_rating x JOIN catalyst_round r ON r.id = x.round_id"),
                     {QStringLiteral("level"), QStringLiteral("note")});
    if (s && want("review"))
        s = readKind(wb, items, QStringLiteral("review"),
                     QStringLiteral("SELECT uuid, title, subject, subject_kind, reviewed_on, reviewers, model, checklists,"
                                    " changed_by, changed_at FROM review"),
                     {QStringLiteral("title"), QStringLiteral("subject"), QStringLiteral("kind"), QStringLiteral("date"),
                      QStringLiteral("reviewers"), QStringLiteral("model"), QStringLiteral("checklists")});
    if (s && want("review-response"))
        s = readKind(wb, items, QStringLiteral("review-response"),
                     QStringLiteral("SELECT v.uuid || '/' || x.checklist_key || '/' || x.item_key, x.rating, x.note,"
                                    " x.changed_by, x.changed_at FROM review_response x JOIN review v ON v.id = x.review_id"),
                     {QStringLiteral("rating"), QStringLiteral("note")});
    if (s && options.structure && (want("section") || want("question")))
        s = detail::readStructure(wb, items);
    if (!s)
        return s.error();
    if (!want("example") && !want("reference"))
        return items;
    auto tombstones = sql::run(wb.database(), QStringLiteral("SELECT uuid, kind, deleted_by, deleted_at FROM tombstone"));
    if (!tombstones)
        return tombstones.error();
    while (tombstones->next()) {
        const QString kind = tombstones->value(1).toString() == QLatin1String("working-example") ? QStringLiteral("example")
                                                                                                  : QStringLiteral("reference");
        if (!want(kind == QLatin1String("example") ? "example" : "reference"))
            continue;
        ItemState gone;
        gone.id = kind + QLatin1Char(':') + tombstones->value(0).toString();
        gone.deleted = true;
        gone.author = tombstones->value(2).toString();
        gone.changedAt = tombstones->value(3).toString();
        items.insert(gone.id, gone);
    }
    return items;
}

Status writeItem(Workbook &wb, const ItemState &s, const Change &c)
{
    const QString kind = s.kind();
    if (s.deleted)
        return removeItem(wb, s.id, c);
    if (kind == QLatin1String("answer"))
        return writeAnswer(wb, s, c);
    if (kind == QLatin1String("example"))
        return writeExample(wb, s, c);
    if (kind == QLatin1String("reference"))
        return writeReference(wb, s, c);
    if (kind == QLatin1String("schedule"))
        return writeSchedule(wb, s, c);
    if (kind == QLatin1String("signoff"))
        return writeSignOff(wb, s, c);
    if (kind == QLatin1String("catalyst-round"))
        return writeRound(wb, s, c);
    if (kind == QLatin1String("catalyst-rating"))
        return writeRating(wb, s, c);
    if (kind == QLatin1String("review"))
        return writeReview(wb, s, c);
    if (kind == QLatin1String("review-response"))
        return writeResponse(wb, s, c);
    if (detail::isStructureKind(kind))
        return detail::writeStructure(wb, s, c);
    return bad(QStringLiteral("items of kind \"%1\" cannot be written here").arg(kind));
}

Status removeItem(Workbook &wb, const QString &itemId, const Change &c)
{
    const QString kind = itemId.section(QLatin1Char(':'), 0, 0);
    const QString key = itemId.section(QLatin1Char(':'), 1);
    const QSqlDatabase db = wb.database();
    const QStringList parts = key.split(QLatin1Char('/'));
    if (kind == QLatin1String("example") || kind == QLatin1String("reference")) {
        const bool example = kind == QLatin1String("example");
        if (Status s = sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE uuid = ?")
                                         .arg(example ? QLatin1String("working_example") : QLatin1String("reference_material")),
                                 {key});
            !s)
            return s;
        return sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO tombstone (uuid, kind, deleted_by, deleted_at, rev) VALUES (?, ?, ?, ?, ?)"),
                         QVariantList{key, example ? QStringLiteral("working-example") : QStringLiteral("reference-material")}
                             + stamp(c));
    }
    if (kind == QLatin1String("answer"))
        return sql::exec(db, QStringLiteral("DELETE FROM answer WHERE question_id = (SELECT id FROM question WHERE uuid = ?)"), {key});
    if (kind == QLatin1String("schedule"))
        return sql::exec(db, QStringLiteral("DELETE FROM schedule WHERE uuid = ?"), {key});
    if (kind == QLatin1String("signoff"))
        return sql::exec(db, QStringLiteral("DELETE FROM sign_off WHERE uuid = ?"), {key});
    if (kind == QLatin1String("catalyst-round"))
        return sql::exec(db, QStringLiteral("DELETE FROM catalyst_round WHERE uuid = ?"), {key});
    if (kind == QLatin1String("review"))
        return sql::exec(db, QStringLiteral("DELETE FROM review WHERE uuid = ?"), {key});
    if (kind == QLatin1String("catalyst-rating") && parts.size() == 3)
        return sql::exec(db, QStringLiteral("DELETE FROM catalyst_rating WHERE participant = ? AND element_key = ? AND round_id ="
                                            " (SELECT id FROM catalyst_round WHERE uuid = ?)"),
                         {parts[1], parts[2], parts[0]});
    if (kind == QLatin1String("review-response") && parts.size() == 3)
        return sql::exec(db, QStringLiteral("DELETE FROM review_response WHERE checklist_key = ? AND item_key = ? AND review_id ="
                                            " (SELECT id FROM review WHERE uuid = ?)"),
                         {parts[1], parts[2], parts[0]});
    if (detail::isStructureKind(kind))
        return detail::removeStructure(wb, itemId);
    return bad(QStringLiteral("items of kind \"%1\" cannot be removed here").arg(kind));
}

} // namespace qdf::sync
