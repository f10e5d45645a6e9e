#include "core/privacy/Erasure.h"

#include "core/Clock.h"
#include "core/Rules.h"
#include "core/Sha256.h"
#include "core/SiblingNames.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/privacy/People.h"
#include "core/privacy/Redaction.h"
#include "core/stores/StoreSupport.h"
#include "core/sync/Items.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace qdf::privacy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::privacy", text);
}

const QLatin1String kSource("erased-source:");
const QLatin1String kKey("erased-key:");
const QLatin1String kNotice("erasure-notice:");

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

// "a participant, Health board", numbered when the workbook already names someone so, or an
// earlier erasure wrote it: two erased people never become one.
Result<QString> labelFor(Workbook &workbook, const QString &organisation)
{
    const QString org = plainLabel(organisation);
    const QString base = org.isEmpty() ? tr("a participant") : plainLabel(tr("a participant, %1").arg(org));
    auto everyone = people(workbook);
    if (!everyone)
        return everyone.error();
    QSet<QString> taken;
    for (const Person &p : *everyone)
        taken << p.name.toCaseFolded();
    auto earlier = sql::run(workbook.database(), QStringLiteral("SELECT replaced_by FROM erasure"));
    if (!earlier)
        return earlier.error();
    while (earlier->next())
        taken << earlier->value(0).toString().toCaseFolded();
    QString label = base;
    for (int n = 2; taken.contains(label.toCaseFolded()); ++n)
        label = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return label;
}

// The other people's names stay whole where they hold this one (erasing "Dafydd" leaves
// "Dafydd Price", someone else, as written).
Status protectOthers(Workbook &workbook, NameRedaction &name)
{
    auto everyone = people(workbook);
    if (!everyone)
        return everyone.error();
    QStringList others;
    for (const Person &p : *everyone)
        others << p.name;
    name.protect(others);
    return Status::success();
}

// PRAGMA secure_delete for the erasure's writes: what a DELETE or an UPDATE frees is overwritten
// with zeros, not left in the page for anyone reading the file's bytes.
class SecureDelete {
public:
    explicit SecureDelete(const QSqlDatabase &db) : m_db(db)
    {
        m_before = sql::scalar(db, QStringLiteral("PRAGMA secure_delete")).valueOr(0).toInt();
        (void)sql::scalar(db, QStringLiteral("PRAGMA secure_delete = 1"));
    }
    ~SecureDelete() { (void)sql::scalar(m_db, QStringLiteral("PRAGMA secure_delete = %1").arg(m_before)); }
    SecureDelete(const SecureDelete &) = delete;
    SecureDelete &operator=(const SecureDelete &) = delete;

private:
    QSqlDatabase m_db;
    int m_before = 0;
};

Status deleteWhereIn(const QSqlDatabase &db, const char *table, const char *column, const QStringList &values)
{
    if (values.isEmpty())
        return Status::success();
    return sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT value FROM json_each(?))").arg(QLatin1String(table), QLatin1String(column)),
                     {jsonList(values)});
}

// `column` emptied in the rows whose id is one of `ids` (a rating's note, a sign-off's role).
Status clearWhereIn(const QSqlDatabase &db, const char *table, const char *column, const QStringList &ids)
{
    if (ids.isEmpty())
        return Status::success();
    return sql::exec(db, QStringLiteral("UPDATE %1 SET %2 = '' WHERE id IN (SELECT value FROM json_each(?))").arg(QLatin1String(table), QLatin1String(column)),
                     {jsonList(ids)});
}

Result<int> changedRows(const QSqlDatabase &db)
{
    auto n = sql::scalar(db, QStringLiteral("SELECT changes()"));
    if (!n)
        return n.error();
    return n->toInt();
}

// Whether a Catalyst rating by the person in this round is removed (true) or kept, anonymised.
using RatingRule = std::function<bool(const QString &roundUuid, bool agreed)>;

// Everything an erasure does inside its write, in the master and in a participant's copy alike.
struct Scope {
    const NameRedaction &name;
    QSet<QString> workbooks;  // the person's participant workbooks (the master knows them)
    RatingRule removeRatings;
    QString erasureId;
    bool rememberSources = false;  // the master: refuse their workbook and key from now on
};

Result<ErasureCounts> eraseIn(Workbook &workbook, const Scope &scope, QStringList *roundsCleared)
{
    const QSqlDatabase db = workbook.database();
    const NameRedaction &r = scope.name;
    ErasureCounts counts;
    auto before = sync::readItems(workbook);
    if (!before)
        return before.error();

    // Their imports: kept as a record under the role, no longer undoable (their records of what
    // to put back go, and what they raised for a person to decide goes with them).
    QStringList imports;
    auto q = sql::run(db, QStringLiteral("SELECT id, source_uuid, author FROM sync_import WHERE kind = 'contribution'"));
    if (!q)
        return q.error();
    while (q->next()) {
        if (scope.workbooks.contains(q->value(1).toString()) || r.isName(q->value(2).toString()))
            imports << q->value(0).toString();
    }
    counts.imports = int(imports.size());

    // Their answer contributions: removed unless an answer was composed from them.
    q = sql::run(db, QStringLiteral("SELECT id, author, status, import_id FROM contribution"));
    if (!q)
        return q.error();
    QStringList unused;
    while (q->next()) {
        if (!r.isName(q->value(1).toString()) && !imports.contains(q->value(3).toString()))
            continue;
        if (q->value(2).toString() == QLatin1String("used"))
            ++counts.contributionsAnonymised;
        else
            unused << q->value(0).toString();
    }
    if (Status s = deleteWhereIn(db, "contribution", "id", unused); !s)
        return s.error();
    counts.contributionsRemoved = int(unused.size());

    if (Status s = deleteWhereIn(db, "sync_conflict", "import_id", imports); !s)
        return s.error();
    auto removedConflicts = changedRows(db);
    if (!removedConflicts)
        return removedConflicts.error();
    counts.conflictsRemoved = imports.isEmpty() ? 0 : *removedConflicts;
    if (Status s = deleteWhereIn(db, "sync_import_change", "import_id", imports); !s)
        return s.error();
    if (!imports.isEmpty()) {
        if (Status s = sql::exec(db, QStringLiteral("UPDATE sync_import SET file_name = ?, backup_path = '' WHERE id IN"
                                                    " (SELECT value FROM json_each(?))"),
                                 {r.label(), jsonList(imports)});
            !s)
            return s.error();
    }

    // Their Catalyst ratings: kept without their notes where the group agreed levels (the round's
    // figures stand), removed elsewhere; every state sync kept of them goes (a note in a base).
    q = sql::run(db, QStringLiteral("SELECT x.id, x.participant, x.element_key, r.uuid,"
                                    " EXISTS (SELECT 1 FROM catalyst_agreed a WHERE a.round_id = r.id)"
                                    " FROM catalyst_rating x JOIN catalyst_round r ON r.id = x.round_id"));
    if (!q)
        return q.error();
    QStringList removed, anonymised, ratingItems;
    QSet<QString> cleared;
    while (q->next()) {
        if (!r.isName(q->value(1).toString()))
            continue;
        const QString round = q->value(3).toString();
        ratingItems << QStringLiteral("catalyst-rating:%1/%2/%3").arg(round, q->value(1).toString(), q->value(2).toString());
        if (scope.removeRatings(round, q->value(4).toBool())) {
            removed << q->value(0).toString();
            cleared << round;
        } else {
            anonymised << q->value(0).toString();
        }
    }
    if (Status s = deleteWhereIn(db, "catalyst_rating", "id", removed); !s)
        return s.error();
    if (Status s = clearWhereIn(db, "catalyst_rating", "note", anonymised); !s)
        return s.error();
    counts.ratingsRemoved = int(removed.size());
    counts.ratingsAnonymised = int(anonymised.size());
    if (roundsCleared) {
        *roundsCleared = QStringList(cleared.cbegin(), cleared.cend());
        roundsCleared->sort();
    }
    for (const char *table : {"sync_base", "sync_import_change", "item_author"}) {
        if (Status s = deleteWhereIn(db, table, "item_id", ratingItems); !s)
            return s.error();
    }
    if (Status s = deleteWhereIn(db, "sync_conflict", "item_id", ratingItems); !s)
        return s.error();
    auto ratingConflicts = changedRows(db);
    if (!ratingConflicts)
        return ratingConflicts.error();
    counts.conflictsRemoved += ratingItems.isEmpty() ? 0 : *ratingConflicts;

    // Their sign-offs stand, signed by the role: the Framework's record of what was signed.
    q = sql::run(db, QStringLiteral("SELECT id, signer_name FROM sign_off"));
    if (!q)
        return q.error();
    QStringList signOffs;
    while (q->next()) {
        if (r.isName(q->value(1).toString()))
            signOffs << q->value(0).toString();
    }
    if (Status s = clearWhereIn(db, "sign_off", "signer_role", signOffs); !s)
        return s.error();
    counts.signOffs = int(signOffs.size());

    // Their workbooks' keys: forgotten (no update is sealed to them any more) and, in the master,
    // remembered only as a hash, to refuse what they sign from now on.
    q = sql::run(db, QStringLiteral("SELECT id, workbook_uuid, public_key, owner_name FROM sync_key WHERE role = 'participant'"));
    if (!q)
        return q.error();
    QStringList keyRows;
    QSet<QString> sources = scope.workbooks;
    QStringList keyHashes;
    while (q->next()) {
        if (!scope.workbooks.contains(q->value(1).toString()) && !r.isName(q->value(3).toString()))
            continue;
        keyRows << q->value(0).toString();
        sources << q->value(1).toString();
        keyHashes << sha256Hex(q->value(2).toByteArray());
    }
    if (Status s = deleteWhereIn(db, "sync_key", "id", keyRows); !s)
        return s.error();
    counts.keys = int(keyRows.size());
    if (scope.rememberSources) {
        for (const QString &source : sources) {
            if (Status s = sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"),
                                     {kSource + source, scope.erasureId});
                !s)
                return s.error();
        }
        for (const QString &hash : keyHashes) {
            if (Status s = sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"),
                                     {kKey + hash, scope.erasureId});
                !s)
                return s.error();
        }
    }

    // Then the name, wherever it is still written.
    auto redacted = redactEverywhere(workbook, r);
    if (!redacted)
        return redacted.error();
    counts.records = redacted->records;
    counts.keptStates = redacted->keptStates;
    auto after = sync::readItems(workbook);
    if (!after)
        return after.error();
    if (Status s = moveItemHashes(workbook, r, *before, *after); !s)
        return s.error();
    return counts;
}

Status record(const QSqlDatabase &db, const Change &change, const QString &id, const QString &at, const QString &label,
              const ErasureCounts &counts)
{
    return sql::exec(db, QStringLiteral("INSERT INTO erasure (uuid, erased_at, erased_by, replaced_by, counts, rev) VALUES (?, ?, ?, ?, ?, ?)"),
                     {id, at, change.by, label,
                      QString::fromUtf8(QJsonDocument(counts.toJson()).toJson(QJsonDocument::Compact)), change.revision});
}

Result<QString> erasureOf(Workbook &workbook, const QString &key)
{
    auto value = sql::run(workbook.database(), QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!value)
        return value.error();
    return value->next() ? value->value(0).toString() : QString();
}

} // namespace

QJsonObject ErasureCounts::toJson() const
{
    return QJsonObject{{QStringLiteral("contributionsRemoved"), contributionsRemoved},
                       {QStringLiteral("contributionsAnonymised"), contributionsAnonymised},
                       {QStringLiteral("ratingsRemoved"), ratingsRemoved},
                       {QStringLiteral("ratingsAnonymised"), ratingsAnonymised},
                       {QStringLiteral("signOffs"), signOffs},
                       {QStringLiteral("conflictsRemoved"), conflictsRemoved},
                       {QStringLiteral("imports"), imports},
                       {QStringLiteral("keys"), keys},
                       {QStringLiteral("records"), records},
                       {QStringLiteral("keptStates"), keptStates}};
}

QStringList describe(const ErasureReport &r)
{
    const ErasureCounts &c = r.counts;
    // Each count with its noun, marked for lupdate as a plural.
    const auto n = [](const char *text, int count) { return QCoreApplication::translate("qdf::privacy", text, nullptr, count); };
    QStringList lines;
    lines << tr("Removed: %1, %2, %3.")
                 .arg(n(QT_TRANSLATE_N_NOOP("qdf::privacy", "%n answer contribution(s) nobody used"), c.contributionsRemoved),
                      n(QT_TRANSLATE_N_NOOP("qdf::privacy", "%n Catalyst rating(s) in rounds with no agreed level"), c.ratingsRemoved),
                      n(QT_TRANSLATE_N_NOOP("qdf::privacy", "%n conflict(s) or proposal(s) their bundles raised"), c.conflictsRemoved));
    lines << tr("Kept under \"%1\": %2, %3, %4.")
                 .arg(r.label, n(QT_TRANSLATE_N_NOOP("qdf::privacy", "%n answer contribution(s) an answer was composed from"), c.contributionsAnonymised),
                      n(QT_TRANSLATE_N_NOOP("qdf::privacy", "%n Catalyst rating(s) in rounds with agreed levels, without their notes"), c.ratingsAnonymised),
                      n(QT_TRANSLATE_N_NOOP("qdf::privacy", "%n sign-off(s)"), c.signOffs));
    lines << tr("Their name replaced in %1 and %2; %3 (their workbook is refused from now on); %4.")
                 .arg(n(QT_TRANSLATE_N_NOOP("qdf::privacy", "%n row(s)"), c.records), n(QT_TRANSLATE_N_NOOP("qdf::privacy", "%n kept state(s)"), c.keptStates), n(QT_TRANSLATE_N_NOOP("qdf::privacy", "%n key(s) forgotten"), c.keys),
                      n(QT_TRANSLATE_N_NOOP("qdf::privacy", "%n import(s) no longer undoable"), c.imports));
    if (r.dryRun) {
        lines << tr("The backups made before it are deleted, and the master's next update erases them from the participants' "
                    "copies. It cannot be undone.");
    } else {
        lines << n(QT_TRANSLATE_N_NOOP("qdf::privacy", "%n backup(s) made before it deleted."), int(r.backupsRemoved.size()))
                     + QLatin1Char(' ')
                     + (r.compacted ? tr("The file was rebuilt without free pages.")
                                    : tr("The file could not be rebuilt (%1): what was erased is overwritten with zeros, but the "
                                         "file keeps its size until it is.")
                                          .arg(r.compactError));
    }
    return lines;
}

QString nameCheck(const QString &erasureId, const QString &name)
{
    const QString canonical = name.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
    return sha256Hex((erasureId + QLatin1Char('\n') + canonical).toUtf8());
}

Result<ErasureReport> ErasureStore::plan(const QString &person)
{
    return run(person, true);
}

Result<ErasureReport> ErasureStore::erase(const QString &person)
{
    return run(person, false);
}

Result<ErasureReport> ErasureStore::run(const QString &who, bool dryRun)
{
    if (!m_workbook.isMaster())
        return makeError(Error::Code::NotAllowed,
                         tr("%1 is a participant's workbook: a person is erased in the master, by the production team, and "
                            "the master's next update erases them here too")
                             .arg(m_workbook.path()));
    auto person = findPerson(m_workbook, who);
    if (!person)
        return person.error();
    if (person->owner)
        return makeError(Error::Code::NotAllowed,
                         tr("%1 is this workbook's owner: a workbook's owner is not erased from it").arg(person->name));
    auto label = labelFor(m_workbook, person->organisation);
    if (!label)
        return label.error();
    ErasureReport report;
    report.erasureId = store::newUuid();
    report.name = person->name;
    report.label = *label;
    report.dryRun = dryRun;
    NameRedaction name(person->name, *label);
    if (Status s = protectOthers(m_workbook, name); !s)
        return s.error();
    QSet<QString> workbooks;
    for (const PersonWorkbook &w : person->workbooks)
        workbooks << w.workbookId;
    std::optional<SecureDelete> zeroing;
    if (!dryRun)
        zeroing.emplace(m_workbook.database());
    bool counted = false;
    Status s = m_workbook.write(Origin::Person, QString(), [&](const Change &change) -> Status {
        if (Status allowed = rules::mayErasePerson(m_workbook.info().kind, change); !allowed)
            return allowed;
        QStringList cleared;
        const Scope scope{name, workbooks, [](const QString &, bool agreed) { return !agreed; }, report.erasureId, true};
        auto counts = eraseIn(m_workbook, scope, &cleared);
        if (!counts)
            return counts.error();
        report.counts = *counts;
        if (dryRun) {
            counted = true;
            return makeError(Error::Code::NotAllowed, QStringLiteral("counted"));  // rolled back: a plan changes nothing
        }
        const QString at = Clock::format(change.at);
        if (Status st = record(m_workbook.database(), change, report.erasureId, at, *label, *counts); !st)
            return st;
        // What the master's updates carry of it: a check of the name, never the name.
        const QJsonObject notice{{QStringLiteral("nameCheck"), nameCheck(report.erasureId, person->name)},
                                 {QStringLiteral("ratingsRemovedIn"), QJsonArray::fromStringList(cleared)}};
        return sql::exec(m_workbook.database(), QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"),
                         {kNotice + report.erasureId, QString::fromUtf8(QJsonDocument(notice).toJson(QJsonDocument::Compact))});
    });
    if (!s && !(dryRun && counted))
        return s.error();
    if (!dryRun) {
        zeroing.reset();
        purgeAfterErasure(m_workbook, report);
    }
    return report;
}

Result<QVector<ErasureRecord>> ErasureStore::records() const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT uuid, erased_at, erased_by, replaced_by, counts FROM erasure ORDER BY id"));
    if (!q)
        return q.error();
    QVector<ErasureRecord> all;
    while (q->next())
        all << ErasureRecord{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                             QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object()};
    return all;
}

Result<QVector<sync::ErasureNotice>> ErasureStore::notices() const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT e.uuid, e.erased_at, e.replaced_by, s.value FROM erasure e"
                                     " JOIN sync_state s ON s.key = ? || e.uuid ORDER BY e.id"),
                      {QString(kNotice)});
    if (!q)
        return q.error();
    QVector<sync::ErasureNotice> all;
    while (q->next()) {
        const QJsonObject notice = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
        QStringList rounds;
        for (const QJsonValue &round : notice.value(QStringLiteral("ratingsRemovedIn")).toArray())
            rounds << round.toString();
        all << sync::ErasureNotice{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                   notice.value(QStringLiteral("nameCheck")).toString(), rounds};
    }
    return all;
}

Status applyNotices(Workbook &workbook, const QVector<sync::ErasureNotice> &notices, const QString &by, int *applied)
{
    if (notices.isEmpty())
        return Status::success();
    const QSqlDatabase db = workbook.database();
    return workbook.write(Origin::Update, by, [&](const Change &change) -> Status {
        if (Status allowed = rules::mayErasePerson(workbook.info().kind, change); !allowed)
            return allowed;
        std::optional<SecureDelete> zeroing;
        for (const sync::ErasureNotice &notice : notices) {
            auto known = sql::run(db, QStringLiteral("SELECT 1 FROM erasure WHERE uuid = ?"), {notice.id});
            if (!known)
                return known.error();
            if (known->next())
                continue;  // applied before, or this workbook was made from the master after it
            auto everyone = people(workbook);
            if (!everyone)
                return everyone.error();
            const auto match = std::find_if(everyone->cbegin(), everyone->cend(), [&](const Person &p) {
                return nameCheck(notice.id, p.name) == notice.nameCheck;
            });
            ErasureCounts counts;
            // Their own copy is theirs: an update never erases a workbook's owner from it.
            if (match != everyone->cend() && !match->owner) {
                if (!zeroing)
                    zeroing.emplace(db);
                const QSet<QString> rounds(notice.ratingsRemovedIn.cbegin(), notice.ratingsRemovedIn.cend());
                NameRedaction name(match->name, notice.replacedBy);
                if (Status s = protectOthers(workbook, name); !s)
                    return s;
                const Scope scope{name, {}, [&rounds](const QString &round, bool) { return rounds.contains(round); }, notice.id, false};
                auto erased = eraseIn(workbook, scope, nullptr);
                if (!erased)
                    return erased.error();
                counts = *erased;
                if (applied)
                    ++*applied;
            }
            if (Status s = record(db, change, notice.id, notice.erasedAt, notice.replacedBy, counts); !s)
                return s;
        }
        return Status::success();
    });
}

bool isErasedSource(Workbook &workbook, const QString &workbookId)
{
    auto erasure = erasureOf(workbook, kSource + workbookId);
    return erasure && !erasure->isEmpty();
}

Status refuseErasedSource(Workbook &workbook, const QString &workbookId, const QByteArray &publicKey, const QString &file)
{
    auto erasure = erasureOf(workbook, kSource + workbookId);
    if (!erasure)
        return erasure.error();
    if (erasure->isEmpty() && !publicKey.isEmpty()) {
        erasure = erasureOf(workbook, kKey + sha256Hex(publicKey));
        if (!erasure)
            return erasure.error();
    }
    if (erasure->isEmpty())
        return Status::success();
    auto when = sql::run(workbook.database(), QStringLiteral("SELECT erased_at, replaced_by FROM erasure WHERE uuid = ?"), {*erasure});
    if (!when)
        return when.error();
    const bool found = when->next();
    const QString at = found ? when->value(0).toString().left(10) : QString();
    const QString label = found ? when->value(1).toString() : QString();
    return makeError(Error::Code::NotAllowed,
                     tr("%1 comes from the workbook of a participant erased from this master on %2 (now \"%3\" in its "
                        "records): it is refused, so that what was erased does not come back; nothing was taken in. If they "
                        "are to take part again, they join afresh with a new workbook: its first contribution is a new "
                        "participant's, with a new key to confirm")
                         .arg(file, at, label));
}

std::optional<sync::Bundle> withErasedAuthorsReplaced(Workbook &workbook, const sync::Bundle &bundle)
{
    auto notices = ErasureStore(workbook).notices();
    if (!notices || notices->isEmpty())
        return std::nullopt;  // nobody erased: the bundle as it came, no copy
    QHash<QString, QString> labels;  // author -> the role in their place, or empty: not erased
    const auto labelOf = [&](const QString &author) {
        if (author.isEmpty())
            return QString();
        const auto known = labels.constFind(author);
        if (known != labels.constEnd())
            return *known;
        QString label;
        for (const sync::ErasureNotice &n : *notices) {
            if (nameCheck(n.id, author) == n.nameCheck)
                label = n.replacedBy;
        }
        labels.insert(author, label);
        return label;
    };
    sync::Bundle out = bundle;
    for (sync::ItemChange &c : out.changes) {
        if (const QString label = labelOf(c.state.author); !label.isEmpty())
            c.state.author = label;
        if (c.base) {
            if (const QString label = labelOf(c.base->author); !label.isEmpty())
                c.base->author = label;
        }
    }
    return out;
}

void purgeAfterErasure(Workbook &workbook, ErasureReport &report)
{
    const QDir backups(siblings::backupsFolder(workbook.path()));
    const QString mine = workbook.info().uuid.left(8);
    for (const QFileInfo &backup : backups.entryInfoList({QStringLiteral("*-%1-before-*.qdf").arg(mine)}, QDir::Files)) {
        if (QFile::remove(backup.absoluteFilePath()))
            report.backupsRemoved << backup.absoluteFilePath();
    }
    const QSqlDatabase db = workbook.database();
    sql::forgetStatements(db);  // VACUUM runs only with no statement under way
    Status s = sql::exec(db, QStringLiteral("VACUUM"));
    if (s) {
        if (auto checkpoint = sql::scalar(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !checkpoint)
            s = checkpoint.error();
    }
    report.compacted = s.ok();
    if (!s)
        report.compactError = s.error().message;
}

} // namespace qdf::privacy
