#pragma once

#include "core/Error.h"
#include "core/sync/Bundle.h"
#include "core/sync/Merge.h"

#include <QMap>

#include <vector>

namespace qdf {
class Workbook;
}

namespace qdf::sync {

// What taking a bundle or an update in did (or, previewed, would do).
struct ImportReport {
    QString file;
    QString bundleId;
    QString author;
    bool alreadyImported = false;  // taken in before: nothing changed
    QMap<Outcome, int> counts;
    int contributions = 0;         // answers kept beside the master's own
    QString backupPath;            // the copy made before anything changed
    QString signerFingerprint;     // the key that signed it (empty: unsigned)
    QString signerTrust;           // accepted, first-use (not yet confirmed), new (seen now for the first time), unsigned
    bool sealed = false;           // it arrived sealed to this workbook
    bool anonymous = false;        // a contribution sent anonymously: `author` is a role and organisation
    int erasures = 0;              // people an update's erasures erased from this workbook (core/privacy/Erasure.h)
    int count(Outcome o) const { return counts.value(o, 0); }
};

struct Contribution {
    QString uuid;
    QString itemId;  // answer:<question uuid>
    QString text;
    QString author;
    QString organisation;
    QString writtenAt;
    QString bundleId;  // empty for one kept from a live workshop
    QString status;  // open, used, set-aside
    Language language = Language::English;  // the language it is written in (one per contribution)
    QString source = QStringLiteral("bundle");  // bundle, or live-phone (core/stores/LiveAnswerStore.h)
};

struct Conflict {
    QString uuid;
    QString itemId;
    QString reason;  // overlap, different-values, delete-edit, not-allowed (a proposal a rule held back)
    QString detail;  // a proposal's: why the rule held it back
    std::optional<ItemState> base;
    std::optional<ItemState> ours;
    std::optional<ItemState> theirs;
    std::optional<ItemState> suggestion;
    QString theirAuthor;
    QString bundleId;
    QString status;  // open, resolved, withdrawn
    QString resolution;
    QString resolvedBy;
    QString resolvedAt;
};

enum class Take { Base, Ours, Theirs, Edited };
enum class Backup { Make, Skip };  // Skip: only for a workbook that holds nothing yet
std::optional<Take> takeFromSlug(const QString &slug);  // base, ours, theirs

struct SyncStatus {
    std::optional<qint64> baseRevision;  // participant: the master revision it was last brought up to date with
    qint64 contributionsSent = 0;
    QString lastContributionAt;
    int openConflicts = 0;
    int openContributions = 0;
    int imports = 0;
};

// What taking these files in, one after another, would do: each file against the workbook as the
// ones before it leave it (worked out on a scratch copy, so the workbook itself is untouched).
std::vector<Result<ImportReport>> previewImports(Workbook &workbook, const QStringList &files, bool allowUnsigned = false);

// The exchange between a master and its participants (see docs/sync.md): contributions
// gathered into the master with a three-way merge, updates applied to participants without
// touching their own work, conflicts kept for a person, and every import undoable.
class SyncStore {
public:
    explicit SyncStore(Workbook &workbook) : m_workbook(workbook) {}

    // Takes unsigned files (format 1, from before signatures) too: only at a person's explicit word.
    void setAllowUnsigned(bool allow) { m_allowUnsigned = allow; }

    // A participant made from the master: drops the master's own exchange records it was copied
    // with and takes what it holds now as the base of its first contribution.
    Status startFromMaster();

    // Participant: everything changed since the last contribution, as a bundle; writing it moves
    // the base on, so the next contribution carries only what changes after it. Signed with the
    // workbook's key; sealed to the master's unless `sealed` is false. `anonymous`: the owner's
    // name replaced by their role and organisation in everything it carries (core/privacy/
    // Anonymous.h); still signed with the workbook's key.
    Result<Bundle> pendingContribution() const;
    Result<Bundle> exportContribution(const QString &path, bool sealed = true, bool anonymous = false);

    // Master: the whole Framework's items at its current revision, and every erasure it made,
    // signed with the master's key; sealed to every participant whose key it holds if `sealed`.
    Result<Bundle> exportUpdate(const QString &path, bool sealed = false);

    // Reads a bundle or an update as this workbook reads what it is sent (its key opens a sealed
    // file; the signature is checked; unsigned only if allowed), without taking it in.
    Result<Bundle> read(const QString &path);
    // Reads a bundle or an update and says what taking it in would do, changing nothing.
    Result<ImportReport> preview(const QString &path) const;
    // Master takes a contribution in; a participant an update (the file says which). One
    // transaction after a backup (one for all the files a SyncStore takes in, made before the
    // first); taking the same file twice changes nothing the second time.
    Result<ImportReport> importFile(const QString &path, Backup backup = Backup::Make);
    // The same for a bundle already read from `path` (by read() or readBundle(), which checked its
    // signature over the bytes it was read from: its signer is judged here, its content trusted
    // to be what was read).
    Result<ImportReport> importBundle(const Bundle &bundle, const QString &path, Backup backup = Backup::Make);

    Result<QVector<Conflict>> conflicts(bool openOnly = true) const;
    // How many conflicts and proposals wait (without reading their states).
    Result<int> openConflictCount() const;
    // Resolves an open conflict: `take` a side, or Edited with `text` as the item's main text
    // (an answer's text, a Schedule's or an example's body, a rating's note).
    Status resolve(const QString &conflictId, Take take, const QString &text = {});

    Result<QVector<Contribution>> contributions(const QString &itemId = {}) const;
    // The master's answer, in the contribution's language, becomes its text (or the text composed
    // from several).
    Status useContribution(const QString &contributionId, const QString &composedText = {});
    // The answer to `itemId` (answer:<question uuid>) becomes `text`, composed from its open
    // contributions, which are all marked used.
    Status composeAnswer(const QString &itemId, const QString &text);

    // Undoes an import (the last one if `bundleId` is empty) as a whole: each item it changed goes
    // back unless it changed again since (then it is kept, and counted), its contributions and
    // open conflicts are withdrawn. Returns the undone import's file name.
    Result<QString> undoImport(const QString &bundleId = {});

    // Everyone who made the item's current state: its author, then whoever sent the same change
    // or whose change a merge combined with it.
    Result<QStringList> authors(const QString &itemId) const;

    Result<SyncStatus> status() const;

private:
    // `checked`: the bundle comes straight from read(), which ran checkBundle on it (importFile);
    // any other bundle is checked here, before anything else.
    Result<ImportReport> take(const Bundle &bundle, const QString &path, Backup backup, bool checked = false);
    // The day's backup of this workbook, made now if there is none younger than kBackupEvery.
    Result<QString> makeBackup(const QString &bundleId);
    static constexpr qint64 kBackupEvery = 24 * 3600;  // seconds

    Workbook &m_workbook;
    QString m_batchBackup;
    bool m_allowUnsigned = false;
};

} // namespace qdf::sync
