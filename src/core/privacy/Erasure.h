#pragma once

#include <optional>

// Erasing a person from a programme's records (UK GDPR, a person leaving asks for it): in the
// master at the production team's word, in the participants' copies as the next update carries
// it. What goes, what stays anonymised and why is in docs/security.md, "Data protection".
//
// In one Workbook::write, one revision, not undoable: what the person alone made and nothing
// else rests on is removed (their answer contributions not yet used, their Catalyst ratings in
// rounds with no agreed level, their open conflicts and proposals, the records that would undo
// their imports, the kept states of their ratings); what the programme's record rests on stays,
// under a role in place of their name ("a participant, Health board"): contributions used in an
// answer, ratings in rounds the group has agreed levels for (their notes removed), sign-offs,
// their Schedule versions and every other row that names them. Then the name is replaced
// wherever it is written (Redaction.h), the erasure is recorded (table erasure: when, by whom,
// the role, the counts; never the name), their workbook's id and key are remembered so that a
// later bundle from it is refused, and after the write the backups made before it are deleted
// and the file is rebuilt (VACUUM), so that no free page keeps a byte of what was removed.

#include "core/Error.h"
#include "core/sync/Bundle.h"

#include <QJsonObject>
#include <QStringList>

namespace qdf {
class Workbook;
}

namespace qdf::privacy {

struct ErasureCounts {
    int contributionsRemoved = 0;     // answers sent that no answer was composed from
    int contributionsAnonymised = 0;  // answers sent that an answer was composed from
    int ratingsRemoved = 0;           // Catalyst ratings in rounds with no agreed level
    int ratingsAnonymised = 0;        // Catalyst ratings in rounds with agreed levels (their notes removed)
    int signOffs = 0;                 // sign-offs kept under the role
    int conflictsRemoved = 0;         // conflicts and proposals their bundles raised
    int imports = 0;                  // their imports, kept as a record under the role, no longer undoable
    int keys = 0;                     // their workbooks' keys, forgotten (and refused from now on)
    int records = 0;                  // rows where their name was replaced by the role
    int keptStates = 0;               // states sync keeps where it was
    QJsonObject toJson() const;
};

struct ErasureReport {
    QString erasureId;
    QString name;   // whom it was about: for the person who asked, never stored
    QString label;  // the role written in their place
    ErasureCounts counts;
    QStringList backupsRemoved;  // the workbook's backups made before the erasure, deleted after it
    bool compacted = false;  // the file rebuilt without free pages (VACUUM)
    QString compactError;    // why not, if not (the erasure itself stands)
    // Counted, nothing changed (the confirmation a person reads before erasing).
    bool dryRun = false;
};

// What an erasure removes, keeps under the role and replaces, in sentences for a person: the
// confirmation before it (a plan) and the account after it, the same in the window and the CLI.
QStringList describe(const ErasureReport &report);

// An erasure as the erasure table records it.
struct ErasureRecord {
    QString id;
    QString erasedAt;
    QString erasedBy;
    QString replacedBy;
    QJsonObject counts;
};

// The check an update carries instead of the name: SHA-256 of the erasure's id, a newline and
// the name (NFC, spaces simplified, case folded). A participant's workbook tests the names it
// holds against it; nobody can read the name back from it, though anyone who guesses the name
// can confirm the guess (docs/security.md).
QString nameCheck(const QString &erasureId, const QString &name);

class ErasureStore {
public:
    explicit ErasureStore(Workbook &workbook) : m_workbook(workbook) {}

    // What erase() would remove, anonymise and replace, counted on the workbook as it is inside a
    // write that is then rolled back: nothing changes.
    Result<ErasureReport> plan(const QString &person);
    // Erases the person (People.h's findPerson: a name or a participant workbook's id) from this
    // master. Refused (NotAllowed) in a participant's workbook, for the workbook's own owner, and
    // for a workbook open read-only.
    Result<ErasureReport> erase(const QString &person);

    Result<QVector<ErasureRecord>> records() const;
    // Every erasure this master made, as its updates carry them to the participants.
    Result<QVector<sync::ErasureNotice>> notices() const;

private:
    Result<ErasureReport> run(const QString &person, bool dryRun);
    Workbook &m_workbook;
};

// --- what sync asks (core/sync/SyncExchange.cpp, Signers, Keys) --------------------------------

// Inside an update's import, before its items are written: each erasure the update carries that
// this workbook has not applied yet is applied to the person it names, found by nameCheck among
// the names the workbook holds (never the workbook's own owner: their copy is theirs), and
// recorded. `applied` counts the people erased here.
Status applyNotices(Workbook &workbook, const QVector<sync::ErasureNotice> &notices, const QString &by, int *applied);

// A contribution from a workbook whose owner was erased from this master, or signed by their
// key: refused with a message that says so (their data must not come back unseen). A person who
// is to take part again joins afresh, with a new workbook: a new participant, with a new key to
// confirm, whose first contribution is their consent.
Status refuseErasedSource(Workbook &workbook, const QString &workbookId, const QByteArray &publicKey, const QString &file);
bool isErasedSource(Workbook &workbook, const QString &workbookId);

// A contribution into a master with erasures: states authored by an erased person (a
// participant who had not yet taken the update that carried the erasure sends the master's old
// state back) arrive under the role that took that person's place, never under the name.
// nullopt when nobody has been erased: the bundle is taken as it came.
std::optional<sync::Bundle> withErasedAuthorsReplaced(Workbook &workbook, const sync::Bundle &bundle);

// After a committed erasure: the workbook's backups made before it deleted (they hold what was
// erased), then the file rebuilt without free pages and its write-ahead log emptied.
void purgeAfterErasure(Workbook &workbook, ErasureReport &report);

} // namespace qdf::privacy
