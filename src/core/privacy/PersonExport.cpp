#include "core/privacy/PersonExport.h"

#include "core/Clock.h"
#include "core/Maturity.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/catalyst/CatalystPack.h"
#include "core/review/ReviewPack.h"
#include "core/stores/ScheduleStore.h"
#include "core/sync/ItemNames.h"

#include <QJsonArray>
#include <QCoreApplication>
#include <QSqlRecord>

namespace qdf::privacy {
namespace {

// The rows of `select` whose first column names the person. `select` has %1 where its condition
// goes: the SQL narrows the rows by a word of the name, the name's own pattern decides.
Result<QVector<QVariantList>> namedRows(const QSqlDatabase &db, const NameRedaction &name, const QString &select, const QString &column)
{
    const bool narrowed = !name.fragment().isEmpty();
    auto q = sql::run(db, select.arg(narrowed ? QStringLiteral("instr(lower(%1), ?) > 0").arg(column) : QStringLiteral("1")),
                      narrowed ? QVariantList{name.fragment()} : QVariantList{});
    if (!q)
        return q.error();
    QVector<QVariantList> rows;
    const int columns = q->columnCount();
    while (q->next()) {
        if (!name.isName(q->value(0).toString()))
            continue;
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << q->value(i);
        rows << row;
    }
    return rows;
}

QString questionOf(const QSqlDatabase &db, const QString &questionUuid)
{
    auto q = sql::run(db, QStringLiteral("SELECT s.title, q.text FROM question q JOIN section s ON s.id = q.section_id WHERE q.uuid = ?"),
                      {questionUuid});
    if (!q || !q->next())
        return questionUuid;
    return QStringLiteral("%1 › %2").arg(q->value(0).toString(), q->value(1).toString());
}

} // namespace

Result<PersonRecord> personRecord(Workbook &workbook, const QString &who)
{
    auto person = findPerson(workbook, who);
    if (!person)
        return person.error();
    const QSqlDatabase db = workbook.database();
    const NameRedaction name(person->name, QString());
    PersonRecord r;
    r.person = *person;
    r.programme = workbook.info().programme.name;
    r.workbook = workbook.path();
    r.exportedAt = Clock::format(workbook.clock().now());
    r.exportedBy = workbook.info().owner.name;

    auto contributions = namedRows(db, name,
                                   QStringLiteral("SELECT author, item_id, text, status, written_at, organisation FROM contribution"
                                                  " WHERE %1 ORDER BY id"),
                                   QStringLiteral("author"));
    if (!contributions)
        return contributions.error();
    for (const QVariantList &c : *contributions)
        r.contributions << PersonRecord::Contribution{questionOf(db, c[1].toString().section(QLatin1Char(':'), 1)), c[2].toString(),
                                                      c[3].toString(), c[4].toString(), c[5].toString()};

    auto ratings = namedRows(db, name,
                             QStringLiteral("SELECT x.participant, r.name, x.element_key, x.level, x.note, x.changed_at, x.changed_by"
                                            " FROM catalyst_rating x JOIN catalyst_round r ON r.id = x.round_id WHERE %1"
                                            " ORDER BY r.id, x.element_key"),
                             QStringLiteral("x.participant"));
    if (!ratings)
        return ratings.error();
    for (const QVariantList &x : *ratings) {
        const catalyst::Element *e = catalyst::Pack::shipped().element(x[2].toString());
        r.catalystRatings << PersonRecord::CatalystRating{x[1].toString(), e ? e->name : x[2].toString(), x[2].toString(), x[3].toInt(),
                                                          x[4].toString(), x[5].toString(), x[6].toString()};
    }

    auto responses = namedRows(db, name,
                               QStringLiteral("SELECT x.changed_by, v.title, x.checklist_key || '/' || x.item_key, x.rating, x.note, x.changed_at"
                                              " FROM review_response x JOIN review v ON v.id = x.review_id WHERE %1 ORDER BY v.id, x.id"),
                               QStringLiteral("x.changed_by"));
    if (!responses)
        return responses.error();
    for (const QVariantList &x : *responses)
        r.reviewRatings << PersonRecord::ReviewRating{x[1].toString(), review::Pack::shipped().subjectName(x[2].toString()), x[3].toString(),
                                                      x[4].toString(), x[5].toString()};

    auto answers = namedRows(db, name,
                             QStringLiteral("SELECT v.changed_by, q.uuid, v.version, v.text, v.changed_at FROM answer_revision v"
                                            " JOIN answer a ON a.id = v.answer_id JOIN question q ON q.id = a.question_id WHERE %1"
                                            " ORDER BY q.id, v.version"),
                             QStringLiteral("v.changed_by"));
    if (!answers)
        return answers.error();
    for (const QVariantList &a : *answers)
        r.answers << PersonRecord::AnswerVersion{questionOf(db, a[1].toString()), a[2].toInt(), a[3].toString(), a[4].toString()};

    // Schedule versions: their texts are kept as differences, so each Schedule's history is read whole.
    auto schedules = namedRows(db, name,
                               QStringLiteral("SELECT v.changed_by, s.uuid, s.number, s.title, v.version FROM schedule_version v"
                                              " JOIN schedule s ON s.id = v.schedule_id WHERE %1 ORDER BY s.section_id, s.seq, v.version"),
                               QStringLiteral("v.changed_by"));
    if (!schedules)
        return schedules.error();
    QMap<QString, QVector<qdf::ScheduleVersion>> histories;
    for (const QVariantList &v : *schedules) {
        const QString uuid = v[1].toString();
        if (!histories.contains(uuid)) {
            auto history = ScheduleStore::versionsIn(db, uuid);
            if (!history)
                return history.error();
            histories.insert(uuid, *history);
        }
        for (const qdf::ScheduleVersion &version : histories.value(uuid)) {
            if (version.version == v[4].toInt())
                r.scheduleVersions << PersonRecord::ScheduleVersion{QStringLiteral("%1 %2").arg(v[2].toString(), v[3].toString()),
                                                                    version.version, maturityTitle(version.maturity), version.title,
                                                                    version.body, Clock::format(version.change.at)};
        }
    }

    auto signOffs = namedRows(db, name,
                              QStringLiteral("SELECT o.signer_name, s.number, s.title, o.version, o.signer_organisation, o.signer_role,"
                                             " o.signed_at FROM sign_off o JOIN schedule s ON s.id = o.schedule_id WHERE %1 ORDER BY o.signed_at"),
                              QStringLiteral("o.signer_name"));
    if (!signOffs)
        return signOffs.error();
    for (const QVariantList &o : *signOffs)
        r.signOffs << PersonRecord::SignOff{QStringLiteral("%1 %2").arg(o[1].toString(), o[2].toString()), o[3].toInt(), o[4].toString(),
                                            o[5].toString(), o[6].toString()};

    const QString workingExample = QCoreApplication::translate("qdf::privacy", "working example");
    const QString referenceFile = QCoreApplication::translate("qdf::privacy", "reference file");
    for (const auto &[kind, select] :
         {qMakePair(workingExample, QStringLiteral("SELECT x.changed_by, s.title, x.title, x.changed_at FROM working_example x"
                                                   " JOIN section s ON s.id = x.section_id WHERE %1 ORDER BY s.position, x.position")),
          qMakePair(referenceFile, QStringLiteral("SELECT x.changed_by, s.title, x.file_name, x.changed_at FROM reference_material x"
                                                  " JOIN section s ON s.id = x.section_id WHERE %1 ORDER BY s.position, x.id"))}) {
        auto items = namedRows(db, name, select, QStringLiteral("x.changed_by"));
        if (!items)
            return items.error();
        for (const QVariantList &x : *items)
            r.items << PersonRecord::Item{kind, x[1].toString(), x[2].toString(), x[3].toString()};
    }

    auto imports = namedRows(db, name,
                             QStringLiteral("SELECT author, file_name, source_uuid, sequence, imported_at FROM sync_import"
                                            " WHERE kind = 'contribution' AND %1 ORDER BY id"),
                             QStringLiteral("author"));
    if (!imports)
        return imports.error();
    for (const QVariantList &i : *imports)
        r.imports << PersonRecord::Import{i[1].toString(), i[2].toString(), i[3].toLongLong(), i[4].toString()};

    auto conflicts = namedRows(db, name, QStringLiteral("SELECT their_author, item_id, reason, status FROM sync_conflict WHERE %1 ORDER BY id"),
                               QStringLiteral("their_author"));
    if (!conflicts)
        return conflicts.error();
    for (const QVariantList &c : *conflicts)
        r.conflicts << PersonRecord::Conflict{sync::itemName(workbook, c[1].toString(), std::nullopt), c[2].toString(), c[3].toString()};

    for (const NameColumn &c : nameColumns()) {
        auto rows = namedRows(db, name, QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(QLatin1String(c.column), QLatin1String(c.table), QStringLiteral("%1")),
                              QLatin1String(c.column));
        if (!rows)
            return rows.error();
        if (!rows->isEmpty())
            r.records.insert(QStringLiteral("%1.%2").arg(QLatin1String(c.table), QLatin1String(c.column)), int(rows->size()));
    }

    auto mentions = mentionsOf(workbook, name, 500);
    if (!mentions)
        return mentions.error();
    r.mentions = *mentions;
    return r;
}

QJsonObject toJson(const Person &p)
{
    QJsonArray workbooks;
    for (const PersonWorkbook &w : p.workbooks)
        workbooks.append(QJsonObject{{QStringLiteral("id"), w.workbookId},
                                     {QStringLiteral("fingerprint"), w.fingerprint},
                                     {QStringLiteral("trust"), w.trust},
                                     {QStringLiteral("firstSeenAt"), w.firstSeenAt}});
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("organisation"), p.organisation},
                       {QStringLiteral("role"), p.role},
                       {QStringLiteral("owner"), p.owner},
                       {QStringLiteral("contributions"), p.contributions},
                       {QStringLiteral("catalystRatings"), p.catalystRatings},
                       {QStringLiteral("signOffs"), p.signOffs},
                       {QStringLiteral("records"), p.records},
                       {QStringLiteral("workbooks"), workbooks}};
}

QJsonObject toJson(const PersonRecord &r)
{
    QJsonArray contributions;
    for (const auto &c : r.contributions)
        contributions.append(QJsonObject{{QStringLiteral("question"), c.question},
                                         {QStringLiteral("text"), c.text},
                                         {QStringLiteral("status"), c.status},
                                         {QStringLiteral("writtenAt"), c.writtenAt},
                                         {QStringLiteral("organisation"), c.organisation}});
    QJsonArray ratings;
    for (const auto &x : r.catalystRatings)
        ratings.append(QJsonObject{{QStringLiteral("round"), x.round},
                                   {QStringLiteral("element"), x.element},
                                   {QStringLiteral("elementKey"), x.elementKey},
                                   {QStringLiteral("level"), x.level},
                                   {QStringLiteral("note"), x.note},
                                   {QStringLiteral("changedAt"), x.changedAt},
                                   {QStringLiteral("enteredBy"), x.enteredBy}});
    QJsonArray reviewRatings;
    for (const auto &x : r.reviewRatings)
        reviewRatings.append(QJsonObject{{QStringLiteral("review"), x.review},
                                         {QStringLiteral("item"), x.item},
                                         {QStringLiteral("rating"), x.rating},
                                         {QStringLiteral("note"), x.note},
                                         {QStringLiteral("changedAt"), x.changedAt}});
    QJsonArray answers;
    for (const auto &a : r.answers)
        answers.append(QJsonObject{{QStringLiteral("question"), a.question},
                                   {QStringLiteral("version"), a.version},
                                   {QStringLiteral("text"), a.text},
                                   {QStringLiteral("changedAt"), a.changedAt}});
    QJsonArray versions;
    for (const auto &v : r.scheduleVersions)
        versions.append(QJsonObject{{QStringLiteral("schedule"), v.schedule},
                                    {QStringLiteral("version"), v.version},
                                    {QStringLiteral("maturity"), v.maturity},
                                    {QStringLiteral("title"), v.title},
                                    {QStringLiteral("body"), v.body},
                                    {QStringLiteral("changedAt"), v.changedAt}});
    QJsonArray signOffs;
    for (const auto &o : r.signOffs)
        signOffs.append(QJsonObject{{QStringLiteral("schedule"), o.schedule},
                                    {QStringLiteral("version"), o.version},
                                    {QStringLiteral("organisation"), o.organisation},
                                    {QStringLiteral("role"), o.role},
                                    {QStringLiteral("signedAt"), o.signedAt}});
    QJsonArray items;
    for (const auto &i : r.items)
        items.append(QJsonObject{{QStringLiteral("kind"), i.kind},
                                 {QStringLiteral("section"), i.section},
                                 {QStringLiteral("title"), i.title},
                                 {QStringLiteral("changedAt"), i.changedAt}});
    QJsonArray imports;
    for (const auto &i : r.imports)
        imports.append(QJsonObject{{QStringLiteral("file"), i.file},
                                   {QStringLiteral("workbookId"), i.workbookId},
                                   {QStringLiteral("sequence"), i.sequence},
                                   {QStringLiteral("importedAt"), i.importedAt}});
    QJsonArray conflicts;
    for (const auto &c : r.conflicts)
        conflicts.append(QJsonObject{{QStringLiteral("item"), c.item}, {QStringLiteral("reason"), c.reason}, {QStringLiteral("status"), c.status}});
    QJsonObject records;
    for (auto it = r.records.constBegin(); it != r.records.constEnd(); ++it)
        records.insert(it.key(), it.value());
    QJsonArray mentions;
    for (const Mention &m : r.mentions)
        mentions.append(QJsonObject{{QStringLiteral("table"), m.table}, {QStringLiteral("column"), m.column}, {QStringLiteral("excerpt"), m.excerpt}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("qdf-person")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("programme"), r.programme},
        {QStringLiteral("workbook"), r.workbook},
        {QStringLiteral("exportedAt"), r.exportedAt},
        {QStringLiteral("exportedBy"), r.exportedBy},
        {QStringLiteral("person"), toJson(r.person)},
        {QStringLiteral("contributions"), contributions},
        {QStringLiteral("catalystRatings"), ratings},
        {QStringLiteral("reviewRatings"), reviewRatings},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("scheduleVersions"), versions},
        {QStringLiteral("signOffs"), signOffs},
        {QStringLiteral("items"), items},
        {QStringLiteral("imports"), imports},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("records"), records},
        {QStringLiteral("mentions"), mentions},
    };
}

} // namespace qdf::privacy
