// Making and taking in bundles and updates (SyncStore, part 1; conflicts and undo are in

#include "core/SiblingNames.h"
// SyncConflicts.cpp).

#include "core/sync/Sync.h"

#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"
#include "core/Limits.h"
#include "core/privacy/Anonymous.h"
#include "core/privacy/Erasure.h"
#include "core/sync/BundleCheck.h"
#include "core/sync/ItemKinds.h"
#include "core/sync/Items.h"
#include "core/sync/Signers.h"
#include "core/sync/SyncSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace qdf::sync {

using namespace detail;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::sync::SyncStore", text);
}

Error refused(Error::Code code, const QString &message)
{
    return makeError(code, message);
}

Result<QMap<QString, ItemState>> baseItems(const QSqlDatabase &db, const std::optional<QStringList> &ids = std::nullopt)
{
    QVariantList values;
    const QString only = keyFilter("WHERE", QStringLiteral("item_id"), ids, values);
    auto q = sql::run(db, QStringLiteral("SELECT item_id, state FROM sync_base") + only, values);
    if (!q)
        return q.error();
    QMap<QString, ItemState> base;
    while (q->next()) {
        auto s = loaded(db, q->value(1));
        if (!s)
            return s.error();
        if (*s)
            base.insert(q->value(0).toString(), **s);
    }
    return base;
}

Status setBase(const QSqlDatabase &db, const ItemState &s)
{
    auto state = stored(db, s);
    if (!state)
        return state.error();
    return sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO sync_base (item_id, hash, state) VALUES (?, ?, ?)"),
                     {s.id, s.hash(), *state});
}

Manifest manifestOf(const Workbook &wb, BundleKind kind)
{
    Manifest m;
    m.kind = kind;
    m.bundleId = store::newUuid();
    m.programmeId = wb.info().programme.uuid;
    m.programmeName = wb.info().programme.name;
    m.sourceWorkbookId = wb.info().uuid;
    m.author = wb.info().owner;
    m.newRevision = wb.info().revision;
    m.createdAt = wb.clock().now().toUTC().toString(Qt::ISODate);
    if (kind == BundleKind::Update)
        m.contentLanguage = wb.info().contentLanguage;
    return m;
}

} // namespace

std::optional<Take> takeFromSlug(const QString &slug)
{
    if (slug == QLatin1String("base"))
        return Take::Base;
    if (slug == QLatin1String("ours"))
        return Take::Ours;
    if (slug == QLatin1String("theirs"))
        return Take::Theirs;
    return std::nullopt;
}

Status SyncStore::startFromMaster()
{
    const QSqlDatabase db = m_workbook.database();
    return m_workbook.write([&](const Change &) -> Status {
        auto items = readItems(m_workbook, {false, true, {}});
        if (!items)
            return items.error();
        // The master's own records (its imports, its log of who changed what, the answers its live
        // workshops took) are not this workbook's.
        for (const char *table : {"contribution", "live_answer", "sync_conflict", "sync_import_change", "sync_import",
                                  "sync_base", "change_log", "revision_log"}) {
            if (Status s = sql::exec(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !s)
                return s;
        }
        // Of its small facts, only the language its content is in (the programme's) stays.
        if (Status s = sql::exec(db, QStringLiteral("DELETE FROM sync_state WHERE key != ?"),
                                 {QString::fromLatin1(kContentLanguageKey)});
            !s)
            return s;
        for (const ItemState &s : *items) {
            if (Status st = setBase(db, s); !st)
                return st;
        }
        return Status::success();
    });
}

Result<Bundle> SyncStore::pendingContribution() const
{
    if (m_workbook.isMaster())
        return refused(Error::Code::NotAllowed, tr("a master gathers contributions; it does not send them (publish an update instead)"));
    auto items = readItems(m_workbook, {false, false, {}});
    if (!items)
        return items.error();
    auto base = baseItems(m_workbook.database());
    if (!base)
        return base.error();
    auto sequence = stateValue(m_workbook.database(), QStringLiteral("contribution-sequence"));
    if (!sequence)
        return sequence.error();
    Bundle b;
    b.manifest = manifestOf(m_workbook, BundleKind::Contribution);
    b.manifest.baseRevision = m_workbook.info().baseRevision.value_or(0);
    b.manifest.sequence = sequence->toLongLong() + 1;
    for (const ItemState &s : *items) {
        const auto was = base->constFind(s.id);
        if (was != base->constEnd() && sameContent(*was, s))
            continue;
        b.changes << ItemChange{was != base->constEnd() ? std::optional<ItemState>(*was) : std::nullopt, s};
    }
    return b;
}

Result<Bundle> SyncStore::exportContribution(const QString &path, bool sealed, bool anonymous)
{
    auto bundle = pendingContribution();
    if (!bundle)
        return bundle.error();
    auto sender = senderFor(m_workbook, BundleKind::Contribution, sealed);
    if (!sender)
        return sender.error();
    // Anonymised on the way out only: the bases stay this workbook's own states, so the next
    // contribution is still worked out against what the owner wrote.
    const Bundle sent = anonymous ? privacy::anonymised(*bundle, m_workbook.info().owner) : *bundle;
    if (Status s = writeBundle(path, sent, *sender); !s)
        return s.error();
    const QSqlDatabase db = m_workbook.database();
    Status s = m_workbook.write([&](const Change &) -> Status {
        for (const ItemChange &c : bundle->changes) {
            if (Status st = setBase(db, c.state); !st)
                return st;
        }
        if (Status st = setStateValue(db, QStringLiteral("contribution-sequence"), QString::number(bundle->manifest.sequence)); !st)
            return st;
        return setStateValue(db, QStringLiteral("last-contribution-at"), bundle->manifest.createdAt);
    });
    if (!s)
        return s.error();
    return sent;
}

Result<Bundle> SyncStore::exportUpdate(const QString &path, bool sealed)
{
    if (!m_workbook.isMaster())
        return refused(Error::Code::NotAllowed, tr("only the master publishes updates"));
    // First: a master from before signatures gets its key now, a write of its own.
    auto sender = senderFor(m_workbook, BundleKind::Update, sealed);
    if (!sender)
        return sender.error();
    auto items = readItems(m_workbook, {false, true, {}});
    if (!items)
        return items.error();
    const QSqlDatabase db = m_workbook.database();
    auto sequence = stateValue(db, QStringLiteral("update-sequence"));
    auto previous = stateValue(db, QStringLiteral("update-revision"));
    if (!sequence || !previous)
        return !sequence ? sequence.error() : previous.error();
    Bundle b;
    b.manifest = manifestOf(m_workbook, BundleKind::Update);
    b.manifest.baseRevision = previous->toLongLong();
    b.manifest.sequence = sequence->toLongLong() + 1;
    for (const ItemState &s : *items)
        b.changes << ItemChange{std::nullopt, s};
    // Every erasure it made travels with every update, so a participant who missed one still
    // drops the person's data (docs/security.md, "Data protection").
    auto erasures = privacy::ErasureStore(m_workbook).notices();
    if (!erasures)
        return erasures.error();
    b.erasures = *erasures;
    if (Status s = writeBundle(path, b, *sender); !s)
        return s.error();
    Status s = m_workbook.write([&](const Change &) -> Status {
        if (Status st = setStateValue(db, QStringLiteral("update-sequence"), QString::number(b.manifest.sequence)); !st)
            return st;
        return setStateValue(db, QStringLiteral("update-revision"), QString::number(b.manifest.newRevision));
    });
    if (!s)
        return s.error();
    return b;
}

std::vector<Result<ImportReport>> previewImports(Workbook &workbook, const QStringList &files, bool allowUnsigned)
{
    std::vector<Result<ImportReport>> reports;
    QTemporaryDir scratch;
    const QString copyPath = scratch.filePath(QStringLiteral("preview.qdf"));
    std::unique_ptr<Workbook> copy;
    Error failed = makeError(Error::Code::Io, tr("%1: there is no room for the scratch copy a preview is worked out on")
                                                  .arg(QDir::tempPath()));
    if (scratch.isValid()) {
        if (Status s = sql::exec(workbook.database(), QStringLiteral("VACUUM INTO ?"), {copyPath}); !s)
            failed = s.error();
        else if (auto opened = Workbook::open(copyPath))
            copy = std::move(opened).value();
        else
            failed = opened.error();
    }
    for (const QString &file : files) {
        if (!copy) {
            reports.push_back(failed);
            continue;
        }
        copy->setClock(workbook.clock());
        // The same import on a copy: what the summary promises is what accepting does.
        SyncStore store(*copy);
        store.setAllowUnsigned(allowUnsigned);
        auto report = store.importFile(file, Backup::Skip);  // a scratch copy needs none
        if (report)
            report->backupPath.clear();
        reports.push_back(std::move(report));
    }
    return reports;
}

Result<ImportReport> SyncStore::preview(const QString &path) const
{
    return previewImports(m_workbook, {path}).front();
}

Result<Bundle> SyncStore::read(const QString &path)
{
    auto options = readOptionsFor(m_workbook, m_allowUnsigned);
    if (!options)
        return options.error();
    return readBundle(path, *options);
}

Result<ImportReport> SyncStore::importFile(const QString &path, Backup backup)
{
    auto bundle = read(path);
    if (!bundle)
        return bundle.error();
    return take(*bundle, path, backup, true);  // read() checked it whole (checkBundle): not again
}

Result<ImportReport> SyncStore::importBundle(const Bundle &bundle, const QString &path, Backup backup)
{
    return take(bundle, path, backup);
}

// One backup a day, not one per import: a copy costs what the whole file holds (73 MB for a
// master of 400 participants), so a backup per `qdf merge` made one more bundle cost as much as
// the master is large and filled the disk. Every import after the day's backup is undone from its
// own records (undoImport); the backup is the second line, for a day that went wrong as a whole.
// Its name carries the workbook's id, so another workbook of the same name never counts as one.
Result<QString> SyncStore::makeBackup(const QString &bundleId)
{
    const QDir dir(siblings::backupsFolder(m_workbook.path()));
    if (!QDir().mkpath(dir.path()))
        return refused(Error::Code::Io, tr("%1: cannot create the backup folder").arg(dir.path()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString mine = m_workbook.info().uuid.left(8);
    const QFileInfoList recent = dir.entryInfoList({QStringLiteral("*-%1-before-*.qdf").arg(mine)}, QDir::Files, QDir::Time);
    if (!recent.isEmpty() && recent.first().lastModified().toUTC().secsTo(now) < kBackupEvery)
        return recent.first().absoluteFilePath();
    const QString stem = dir.filePath(QStringLiteral("%1-%2-before-%3")
                                          .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")), mine, bundleId.left(8)));
    QString path = stem + QStringLiteral(".qdf");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1-%2.qdf").arg(stem).arg(n);
    if (Status s = sql::copyDatabase(m_workbook.database(), path); !s)
        return s.error();
    return path;
}

namespace {

struct Decision {
    ItemChange change;
    MergeResult merge;
    bool contribution = false;
};

std::optional<ItemState> stateIn(const QMap<QString, ItemState> &items, const QString &id)
{
    const auto it = items.constFind(id);
    return it == items.constEnd() ? std::nullopt : std::optional<ItemState>(*it);
}

// Decides every item of a bundle against what the workbook holds (read in the same transaction).
QVector<Decision> decide(const Bundle &bundle, bool update, const QMap<QString, ItemState> &current,
                         const QMap<QString, ItemState> &base)
{
    QVector<ItemChange> changes = bundle.changes;
    std::stable_sort(changes.begin(), changes.end(), [](const ItemChange &a, const ItemChange &b) {
        return writeOrder(a.state.kind()) < writeOrder(b.state.kind());
    });
    QVector<Decision> decisions;
    for (const ItemChange &c : changes) {
        if (!update && !travelsInContributions(c.state.kind()))
            continue;  // the sections and questions are the production team's: only updates carry them
        Decision d{c, {}, false};
        const std::optional<ItemState> own = stateIn(current, c.state.id);
        if (c.state.kind() == QLatin1String("answer")) {
            // Answers never overwrite: a participant's become contributions in the master, the
            // master's sit beside a participant's own answer. Where the participant has written
            // none of their own (no answer, or the master's text as it last came), the master's
            // new text comes in.
            const std::optional<ItemState> was = stateIn(base, c.state.id);
            const bool unchangedCopy = own && was && sameContent(*was, *own);
            if (own && sameContent(*own, c.state)) {
                d.merge.outcome = Outcome::AlreadyHad;
            } else if (update && (!own || unchangedCopy)) {
                d.merge.outcome = own ? Outcome::FastForward : Outcome::New;
                d.merge.result = c.state;
            } else {
                d.contribution = true;
                d.merge.outcome = Outcome::New;
            }
        } else {
            // A contribution carries its own base; an update's base is the one kept here.
            d.merge = mergeItem(update ? stateIn(base, c.state.id) : c.base, own, c.state);
        }
        decisions << d;
    }
    return decisions;
}

// A refusal a person can act on (a rule, a value this workbook cannot take) holds the change back
// as a proposal; anything else (the disk, SQLite) fails the whole import.
bool isRefusal(const Status &s)
{
    return s.error().code == Error::Code::NotAllowed || s.error().code == Error::Code::InvalidArgument;
}

} // namespace

// Takes a bundle in as one transaction. Everything it decides on (whether it was taken in
// before, what the workbook holds, the base) is read inside that transaction, where no other
// writer can change it; each item is written through its store as a unit of it, under the
// rules for where it comes from, and a change a rule refuses is kept as a proposal.
Result<ImportReport> SyncStore::take(const Bundle &arrived, const QString &path, Backup backup, bool checked)
{
    const WorkbookInfo &info = m_workbook.info();
    const QString file = QFileInfo(path).fileName();
    // However it arrived (a file, a join, a preview, a bundle built in code): checked whole first.
    if (!checked) {
        if (Status whole = checkBundle(arrived, path); !whole)
            return whole.error();
    }
    // A contribution never brings an erased person's name back as the author of a state.
    const std::optional<Bundle> replaced = arrived.manifest.kind == BundleKind::Contribution && m_workbook.isMaster()
        ? privacy::withErasedAuthorsReplaced(m_workbook, arrived)
        : std::nullopt;
    const Bundle &bundle = replaced ? *replaced : arrived;
    const Manifest &m = bundle.manifest;
    if (m.programmeId != info.programme.uuid)
        return refused(Error::Code::WrongProgramme,
                       tr("%1 belongs to the programme \"%2\", not to \"%3\"").arg(file, m.programmeName, info.programme.name));
    const bool update = m.kind == BundleKind::Update;
    if (update && m_workbook.isMaster())
        return refused(Error::Code::NotAllowed, tr("%1 is an update: it is applied to participant workbooks, not to the master").arg(file));
    if (!update && !m_workbook.isMaster())
        return refused(Error::Code::NotAllowed, tr("%1 is a contribution: it is gathered into the master").arg(file));
    if (m.sourceWorkbookId == info.uuid)
        return refused(Error::Code::NotAllowed, tr("%1 was made from this very workbook").arg(file));
    if (m_workbook.isReadOnly())
        return refused(Error::Code::ReadOnly, tr("%1 is read-only").arg(m_workbook.path()));
    // Nothing from an erased person's workbook or key (core/privacy/Erasure.h).
    if (!update) {
        if (Status erased = privacy::refuseErasedSource(m_workbook, m.sourceWorkbookId, bundle.signerKey, file); !erased)
            return erased.error();
    }
    // Who signed it, before anything is written (a backup included).
    auto signer = judgeSigner(m_workbook, bundle, file, Clock::format(m_workbook.clock().now()));
    if (!signer)
        return signer.error();
    const QSqlDatabase db = m_workbook.database();
    ImportReport report;
    report.file = file;
    report.bundleId = m.bundleId;
    report.author = m.author.name;
    report.signerFingerprint = signer->fingerprint;
    report.signerTrust = signer->trust;
    report.sealed = bundle.sealed;
    report.anonymous = m.anonymous;
    const auto alreadyTaken = [&]() -> Result<bool> {
        auto seen = sql::run(db, QStringLiteral("SELECT 1 FROM sync_import WHERE bundle_uuid = ? AND undone_at IS NULL"), {m.bundleId});
        if (!seen)
            return seen.error();
        return seen->next();
    };
    // One writer at a time: take the lock before anything, the backup included.
    if (Status locked = m_workbook.lock(); !locked)
        return locked.error();
    // No backup for a bundle taken in before (the check that counts is the one inside the write).
    auto seenBefore = alreadyTaken();
    if (!seenBefore)
        return seenBefore.error();
    if (*seenBefore) {
        report.alreadyImported = true;
        return report;
    }
    // A revision far beyond the master's would shut every genuine update after it out. Checked
    // before the backup, and again inside the write.
    const auto checkJump = [&]() -> Status {
        const qint64 baseRevision = m_workbook.info().baseRevision.value_or(0);
        if (!update || m.newRevision - baseRevision <= exchangeLimits().revisionStep)
            return Status::success();
        return refused(Error::Code::NotAllowed,
                       tr("%1 claims master revision %2, %3 revisions past this workbook's %4 (at most %5 between two "
                          "updates): it is not a genuine update; nothing was taken in")
                           .arg(file)
                           .arg(m.newRevision)
                           .arg(m.newRevision - baseRevision)
                           .arg(baseRevision)
                           .arg(exchangeLimits().revisionStep));
    };
    if (Status jump = checkJump(); !jump)
        return jump.error();
    // One copy before the first import of a batch: the later ones are undone from their records.
    if (backup == Backup::Make && m_batchBackup.isEmpty()) {
        auto saved = makeBackup(m.bundleId);
        if (!saved)
            return saved.error();
        m_batchBackup = *saved;
    }
    report.backupPath = backup == Backup::Make ? m_batchBackup : QString();
    const Origin origin = update ? Origin::Update : Origin::Contribution;

    Status s = m_workbook.write(origin, m.author.name, [&](const Change &change) -> Status {
        auto seen = alreadyTaken();
        if (!seen)
            return seen.error();
        if (*seen) {
            report.alreadyImported = true;  // taken in by another writer a moment ago
            return Status::success();
        }
        // A key seen for the first time is kept in the import's transaction (a refused import keeps
        // nothing); undoing the import does not forget it: 'qdf keys forget' does.
        if (signer->remember) {
            if (Status st = keys::rememberKey(db, *signer->remember); !st)
                return st;
        }
        if (update && m_workbook.info().baseRevision && m.newRevision < *m_workbook.info().baseRevision)
            return refused(Error::Code::NotAllowed, tr("%1 is an older update (master revision %2) than this workbook already has (%3)")
                                                        .arg(file)
                                                        .arg(m.newRevision)
                                                        .arg(*m_workbook.info().baseRevision));
        if (Status jump = checkJump(); !jump)
            return jump;
        // The master's erasures first, so that what arrives meets this workbook without the person.
        if (update) {
            if (Status st = privacy::applyNotices(m_workbook, bundle.erasures, m.author.name, &report.erasures); !st)
                return st;
        }
        // What the bundle names, read by the index: the cost is the bundle's, not the workbook's.
        QStringList ids;
        for (const ItemChange &c : bundle.changes)
            ids << c.state.id;
        auto current = readItems(m_workbook, {true, true, {}, ids});
        if (!current)
            return current.error();
        auto base = baseItems(db, ids);
        if (!base)
            return base.error();
        const QVector<Decision> decisions = decide(bundle, update, *current, *base);
        const ImportLookups lookups;  // each round and review read once in this import

        auto importId = sql::insert(db,
                                    QStringLiteral("INSERT INTO sync_import (bundle_uuid, kind, source_uuid, author, organisation,"
                                                   " sequence, new_revision, content_hash, file_name, backup_path, imported_by,"
                                                   " imported_at, rev, base_revision_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                    {m.bundleId, bundleKindSlug(m.kind), m.sourceWorkbookId, m.author.name, m.author.organisation,
                                     m.sequence, m.newRevision, m.contentHash, file, report.backupPath, info.owner.name,
                                     change.at.toUTC().toString(Qt::ISODate), change.revision,
                                     m_workbook.info().baseRevision.value_or(-1)});
        if (!importId)
            return importId.error();
        const auto alsoBy = [&](const ItemState &state, const Owner &who) {
            return sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO item_author (item_id, hash, author, organisation,"
                                                " import_id) VALUES (?, ?, ?, ?, ?)"),
                             {state.id, state.hash(), who.name, who.organisation, *importId});
        };
        const auto keepAside = [&](const Decision &d, const std::optional<ItemState> &itemBase,
                                   const std::optional<ItemState> &ours, const QString &reason, const QString &detail) -> Status {
            auto states = storedAll(db, {itemBase, ours, d.change.state, d.merge.result});
            if (!states)
                return states.error();
            return sql::exec(db,
                             QStringLiteral("INSERT INTO sync_conflict (uuid, import_id, item_id, reason, detail, base, ours,"
                                            " theirs, suggestion, their_author, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             QVariantList{store::newRowUuid(), *importId, d.change.state.id, reason, detail} + *states
                                 + QVariantList{m.author.name, change.revision});
        };
        for (const Decision &d : decisions) {
            const ItemState &theirs = d.change.state;
            // Who made the change that arrives: the item's own author where it names one.
            const Owner theirAuthor = theirs.author.isEmpty() || theirs.author == m.author.name
                ? m.author
                : Owner{theirs.author, QString(), QString()};
            const std::optional<ItemState> ours = stateIn(*current, theirs.id);
            const std::optional<ItemState> oldBase = stateIn(*base, theirs.id);
            const std::optional<ItemState> itemBase = update ? oldBase : d.change.base;
            Outcome outcome = d.merge.outcome;
            std::optional<ItemState> written;
            if (d.contribution) {
                ++report.contributions;
                // One per language it is written in (English is the answer's "text", and is kept
                // even empty, as before schema 17). The same text from the same author is not kept twice.
                for (const auto &[field, language] : {std::pair{"text", "en"}, std::pair{"textCy", "cy"}}) {
                    const QString text = theirs.fields.value(QLatin1String(field)).toString();
                    if (!theirs.fields.contains(QLatin1String(field))
                        || (text.isEmpty() && theirs.fields.value(QStringLiteral("textCy")).isString()))
                        continue;
                    auto dup = sql::run(db, QStringLiteral("SELECT 1 FROM contribution WHERE item_id = ? AND author = ? AND text = ?"
                                                           " AND language = ? AND status != 'set-aside'"),
                                        {theirs.id, m.author.name, text, QString::fromLatin1(language)});
                    if (!dup)
                        return dup.error();
                    if (dup->next())
                        continue;
                    if (Status st = sql::exec(db,
                                              QStringLiteral("INSERT INTO contribution (uuid, item_id, text, author, organisation,"
                                                             " written_at, import_id, rev, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                              {store::newRowUuid(), theirs.id, text, m.author.name, m.author.organisation,
                                               theirs.changedAt, *importId, change.revision, QString::fromLatin1(language)});
                        !st)
                        return st;
                }
            } else if (outcome == Outcome::New || outcome == Outcome::FastForward || outcome == Outcome::Merged) {
                // Through the item's store, as a unit of this import: a refusal undoes only it.
                const Status st = m_workbook.write(origin, theirAuthor.name,
                                                   [&](const Change &) { return writeItem(m_workbook, d.merge.result); });
                if (!st && isRefusal(st)) {
                    outcome = Outcome::Held;
                    if (Status kept = keepAside(d, itemBase, ours, QStringLiteral("not-allowed"), st.error().message); !kept)
                        return kept;
                } else if (!st) {
                    return makeError(st.error().code, QStringLiteral("%1 (%2)").arg(st.error().message, theirs.id));
                } else {
                    written = d.merge.result;
                    // A merge is both sides' work.
                    if (outcome == Outcome::Merged && ours && ours->author != theirAuthor.name) {
                        if (Status a = alsoBy(d.merge.result, Owner{ours->author, QString(), QString()}); !a)
                            return a;
                    }
                }
            } else if (outcome == Outcome::AlreadyHad && ours && !ours->deleted && ours->author != theirAuthor.name) {
                // The same change made by two people is taken once, with both recorded.
                if (Status a = alsoBy(theirs, theirAuthor); !a)
                    return a;
            } else if (outcome == Outcome::Conflict) {
                if (Status kept = keepAside(d, itemBase, ours, d.merge.reason, QString()); !kept)
                    return kept;
            }
            if (!d.contribution)
                ++report.counts[outcome];
            // A participant's base moves to the master's version of every item it receives.
            const bool moveBase = update && (!oldBase || !sameContent(*oldBase, theirs));
            if (written || moveBase) {
                if (moveBase) {
                    if (Status st = setBase(db, theirs); !st)
                        return st;
                }
                auto states = storedAll(db, {ours, std::nullopt, oldBase});
                if (!states)
                    return states.error();
                (*states)[1] = fingerprint(written);
                if (Status st = sql::exec(db,
                                          QStringLiteral("INSERT INTO sync_import_change (import_id, item_id, before, after,"
                                                         " base_changed, base_before) VALUES (?, ?, ?, ?, ?, ?)"),
                                          {*importId, theirs.id, (*states)[0], (*states)[1], moveBase ? 1 : 0, (*states)[2]});
                    !st)
                    return st;
            }
        }
        if (update)
            return sql::exec(db, QStringLiteral("UPDATE workbook SET base_revision = ? WHERE id = 1"), {m.newRevision});
        return Status::success();
    });
    if (!s)
        return s.error();
    if (report.erasures > 0) {
        // The backups hold the person too: deleted, and the file rebuilt without free pages.
        privacy::ErasureReport purged;
        privacy::purgeAfterErasure(m_workbook, purged);
        if (purged.backupsRemoved.contains(report.backupPath))
            report.backupPath.clear();
        m_batchBackup.clear();
    }
    return report;
}

} // namespace qdf::sync
