#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Error.h"
#include "core/WorkbookFile.h"
#include "core/WorkbookLock.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace qdf {

// One open .qdf file. Reading goes through the stores (SectionStore, AnswerStore, ...);
// every change goes through write(), which makes it one transaction under a new revision, so
// each edit is saved the moment it is made and the file is whole after a crash.
class Workbook {
public:
    // When the whole file's structure is verified (PRAGMA quick_check, which reads every page:
    // ~3 ms a megabyte). Short of that, SQLite checks each page it reads or writes, a damaged one
    // fails that statement as Damaged and the transaction is rolled back, and the header checks
    // on open catch a truncated or foreign file.
    //  - OnOpen: before anything is shown (the window's choice: it says so before anyone types);
    //  - BeforeFirstWrite: before the first write, so nothing is written on top of damage;
    //  - OnDamage: only when SQLite has found damage, to name it (the CLI's choice: a verb costs
    //    what it reads and writes, not what the whole file holds, however large the master).
    // An upgrade always verifies first.
    enum class Verify { OnOpen, BeforeFirstWrite, OnDamage };

    struct OpenOptions {
        bool readOnly = false;  // also forced when the file is read-only on disk
        Verify verify = Verify::OnOpen;
    };

    // Checks the file before SQLite touches it (missing, empty, not a workbook, newer schema,
    // truncated, damaged: see Verify), then upgrades an older schema (verifying first). A failed
    // open writes nothing.
    static Result<std::unique_ptr<Workbook>> open(const QString &path, OpenOptions options);
    static Result<std::unique_ptr<Workbook>> open(const QString &path) { return open(path, OpenOptions{}); }

    ~Workbook() = default;
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool isMaster() const { return m_info.kind == WorkbookKind::Master; }
    const WorkbookInfo &info() const { return m_info; }
    const QSqlDatabase &database() const { return m_connection.database(); }

    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock &clock) { m_clock = &clock; }

    // Verifies the whole file's structure once (see Verify); Damaged with SQLite's first finding.
    Status verify() const;

    // Runs fn in one write transaction under revision info().revision + 1, handing it the
    // Change (who, when, revision, origin) to stamp on what it writes. Commits if fn succeeds.
    // The first write takes the workbook's lock (WorkbookLock) and keeps it while open; a write
    // is refused (Error::Code::Locked) while another writer holds it.
    //
    // Inside another write, a write is a unit of the enclosing one: it shares its transaction
    // and revision, and if fn fails only what fn wrote is undone (a savepoint), so the caller
    // may go on. Everything a decision rests on is read inside fn, where no other writer can
    // change it.
    Status write(const std::function<Status(const Change &)> &fn);
    // The same, for a change made by `by` (empty: the enclosing change's author, or the owner)
    // coming from `origin`.
    Status write(Origin origin, const QString &by, const std::function<Status(const Change &)> &fn);
    bool isWriting() const { return m_depth > 0; }

    // Bookkeeping that changes none of the work (the search index held for a batch of imports and
    // released after it, core/Search.h): one transaction under the lock and checks write() takes,
    // but no revision, so it is nothing anyone undoes or is told of. Not inside a write.
    Status upkeep(const std::function<Status()> &fn);

    // Takes the lock now (the window does, as it opens a workbook for writing), waiting up to
    // waitMs. Locked, naming the holder, if someone else has it.
    Status lock(int waitMs = 0);
    bool holdsLock() const { return bool(m_lock); }

    // Called after each write this workbook commits, once its transaction is over: the window's
    // session reads there what changed (core/Changes.h).
    void setAfterWrite(std::function<void()> afterWrite) { m_afterWrite = std::move(afterWrite); }
    // Reads the workbook's record again (another process may have written since).
    Status refresh() { return loadInfo(); }

    // This open workbook's own id in the revision log: which revisions it wrote itself.
    const QString &writerId() const { return m_writerId; }

private:
    Workbook(QString path, workbookfile::Connection connection, bool readOnly);
    Status loadInfo();
    Status beginTransaction();  // write()'s and upkeep()'s checks, then BEGIN IMMEDIATE

    QString m_path;
    workbookfile::Connection m_connection;
    bool m_readOnly = false;
    mutable bool m_verified = false;  // quick_check passed (see Verify)
    Verify m_verifyWhen = Verify::OnOpen;
    bool m_readyToWrite = false;      // verified, journal in WAL mode
    bool m_holdLookedFor = false;     // a search index hold left behind was looked for (under the lock)
    qint64 m_schemaVersion = -1;      // PRAGMA schema_version when the schema was last checked
    WorkbookInfo m_info;
    const Clock *m_clock = &Clock::system();
    std::unique_ptr<WorkbookLock> m_lock;
    QString m_writerId;
    std::function<void()> m_afterWrite;
    int m_depth = 0;        // writes under way: 1 is the transaction, more are its savepoints
    Change m_change;        // the enclosing write's change while m_depth > 0
};

} // namespace qdf
