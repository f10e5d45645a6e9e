#include "core/Workbook.h"

#include "core/Migrations.h"
#include "core/Search.h"
#include "core/Sql.h"
#include "core/WorkbookSchema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

#include <sqlite3.h>

namespace qdf {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::Workbook", text);
}

} // namespace

Result<std::unique_ptr<Workbook>> Workbook::open(const QString &path, OpenOptions options)
{
    auto header = workbookfile::inspect(path);
    if (!header)
        return header.error();
    const bool readOnly = options.readOnly || workbookfile::isReadOnly(path);
    if (readOnly && header->userVersion < migrations::latestVersion())
        return makeError(Error::Code::ReadOnly,
                         QStringLiteral("%1: %2").arg(path, tr("is read-only and from an older version; "
                                                                "make it writable so it can be upgraded")));

    auto connection = workbookfile::connect(path, readOnly);
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection->database();
    // Before anything else runs on it: nothing the file holds besides QDF's own schema may run.
    if (Status s = workbookfile::checkSchema(db, path, header->userVersion); !s)
        return s.error();
    if (Status s = workbookfile::trustSchema(db); !s)
        return makeError(s.error().code, QStringLiteral("%1: %2").arg(path, s.error().message));
    const bool upgrades = header->userVersion < migrations::latestVersion();
    const bool verify = options.verify == Verify::OnOpen || upgrades;
    if (verify) {
        if (Status s = workbookfile::quickCheck(db, path); !s)
            return s.error();
    }
    // Switching the journal to WAL writes the file's header: a reading open leaves that to the
    // first write, so reading a backup (not in WAL) changes nothing on disk.
    if (Status s = workbookfile::configure(db, readOnly || !verify, path); !s)
        return makeError(s.error().code, QStringLiteral("%1: %2").arg(path, s.error().message));
    if (upgrades) {
        if (Status s = migrations::migrate(db, header->userVersion, migrations::latestVersion()); !s)
            return makeError(s.error().code, QStringLiteral("%1: %2").arg(path, s.error().message));
    }

    std::unique_ptr<Workbook> workbook(new Workbook(path, std::move(connection).value(), readOnly));
    workbook->m_verified = verify;
    workbook->m_verifyWhen = options.verify;
    workbook->m_readyToWrite = verify && !readOnly;
    workbook->m_schemaVersion = sql::scalar(workbook->database(), QStringLiteral("PRAGMA schema_version")).valueOr(-1).toLongLong();
    if (Status s = workbook->loadInfo(); !s)
        return makeError(Error::Code::Damaged, QStringLiteral("%1: %2").arg(path, s.error().message));
    return workbook;
}

Workbook::Workbook(QString path, workbookfile::Connection connection, bool readOnly)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_readOnly(readOnly),
      m_writerId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Status Workbook::loadInfo()
{
    auto q = sql::run(database(), QStringLiteral(
        "SELECT uuid, kind, programme_uuid, programme_name, owner_name, owner_organisation, owner_role,"
        " revision, base_revision, pack_name, pack_version, created_at,"
        " (SELECT value FROM sync_state WHERE key = ?) FROM workbook WHERE id = 1"),
        {QString::fromLatin1(kContentLanguageKey)});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Code::Damaged, tr("the workbook record is missing"));
    WorkbookInfo info;
    info.schemaVersion = migrations::latestVersion();
    info.uuid = q->value(0).toString();
    info.kind = q->value(1).toString() == QLatin1String("master") ? WorkbookKind::Master : WorkbookKind::Participant;
    info.programme = {q->value(2).toString(), q->value(3).toString()};
    info.owner = {q->value(4).toString(), q->value(5).toString(), q->value(6).toString()};
    info.revision = q->value(7).toLongLong();
    if (!q->value(8).isNull())
        info.baseRevision = q->value(8).toLongLong();
    info.packName = q->value(9).toString();
    info.packVersion = q->value(10).toInt();
    info.createdAt = QDateTime::fromString(q->value(11).toString(), Qt::ISODateWithMs);
    if (q->value(12).toString() == QLatin1String("cy"))  // anything else, or nothing, is the English of before
        info.contentLanguage = QStringLiteral("cy");
    m_info = info;
    return Status::success();
}

Status Workbook::verify() const
{
    if (m_verified)
        return Status::success();
    Status s = workbookfile::quickCheck(database(), m_path);
    m_verified = bool(s);
    return s;
}

Status Workbook::write(const std::function<Status(const Change &)> &fn)
{
    return write(m_depth > 0 ? m_change.origin : Origin::Person, QString(), fn);
}

Status Workbook::lock(int waitMs)
{
    if (m_lock)
        return Status::success();
    auto taken = WorkbookLock::take(m_path, m_info.owner.name, waitMs);
    if (!taken)
        return taken.error();
    m_lock = std::move(taken).value();
    return Status::success();
}

Status Workbook::beginTransaction()
{
    if (m_readOnly)
        return makeError(Error::Code::ReadOnly,
                         QStringLiteral("%1: %2").arg(m_path, tr("is open read-only; the change was not saved")));
    // SQLite would go on writing to a file that was deleted or moved away while open, and the
    // edits would vanish with it: refuse, so the text stays on screen and the person is told.
    if (!QFileInfo::exists(m_path))
        return makeError(Error::Code::NotFound,
                         QStringLiteral("%1: %2").arg(m_path, tr("was moved or deleted while open; the change was not saved")));
    if (Status s = lock(); !s)
        return s;
    if (!m_readyToWrite) {
        // Switching the journal to WAL writes the header: on a file not yet in WAL mode (a copy,
        // a backup) the whole file is checked first, whatever the choice, so a damaged one is
        // refused before any byte of it changes.
        auto mode = sql::scalar(database(), QStringLiteral("PRAGMA journal_mode"));
        const bool switching = !mode || mode->toString().compare(workbookfile::journalModeFor(m_path), Qt::CaseInsensitive) != 0;
        if (m_verifyWhen != Verify::OnDamage || switching) {
            if (Status s = verify(); !s)
                return s;
        }
        if (Status s = workbookfile::configure(database(), false, m_path); !s)
            return makeError(s.error().code, QStringLiteral("%1: %2").arg(m_path, s.error().message));
        m_readyToWrite = true;
    }
    if (!m_holdLookedFor) {
        // A batch of imports that held the search index and ended without letting go (its
        // process stopped) left texts to index: indexed now, before anything else is written.
        m_holdLookedFor = true;
        if (Status s = upkeep([&] { return releaseSearchHold(database()); }); !s)
            return s;
    }
    if (auto begin = sql::run(database(), QStringLiteral("BEGIN IMMEDIATE")); !begin)
        return begin.error();
    // Another program may have changed the schema since it was checked: check it again, inside
    // the transaction, before anything of it runs.
    if (auto schema = sql::scalar(database(), QStringLiteral("PRAGMA schema_version")); !schema) {
        (void)sql::run(database(), QStringLiteral("ROLLBACK"));
        return schema.error();
    } else if (schema->toLongLong() != m_schemaVersion) {
        const int version = sql::scalar(database(), QStringLiteral("PRAGMA user_version")).valueOr(0).toInt();
        if (Status s = workbookfile::checkSchema(database(), m_path, version); !s) {
            (void)sql::run(database(), QStringLiteral("ROLLBACK"));
            return s;
        }
        m_schemaVersion = schema->toLongLong();
    }
    return Status::success();
}

Status Workbook::upkeep(const std::function<Status()> &fn)
{
    if (m_depth > 0)
        return makeError(Error::Code::NotAllowed, QStringLiteral("upkeep inside a write"));
    if (Status s = beginTransaction(); !s)
        return s;
    Status status = fn();
    if (status)
        status = sql::exec(database(), QStringLiteral("COMMIT"));
    if (!status)
        (void)sql::run(database(), QStringLiteral("ROLLBACK"));
    return status;
}

Status Workbook::write(Origin origin, const QString &by, const std::function<Status(const Change &)> &fn)
{
    if (m_depth > 0) {
        // A unit of the enclosing write: undone alone if it fails.
        Change change = m_change;
        change.origin = origin;
        if (!by.isEmpty())
            change.by = by;
        const QString savepoint = QStringLiteral("unit%1").arg(m_depth);
        if (Status s = sql::exec(database(), QStringLiteral("SAVEPOINT %1").arg(savepoint)); !s)
            return s;
        const Change outer = m_change;
        m_change = change;
        ++m_depth;
        Status status = fn(change);
        --m_depth;
        m_change = outer;
        if (!status)
            (void)sql::exec(database(), QStringLiteral("ROLLBACK TO %1").arg(savepoint));
        if (Status released = sql::exec(database(), QStringLiteral("RELEASE %1").arg(savepoint)); !released && status)
            return released;
        return status;
    }
    if (Status s = beginTransaction(); !s)
        return s;
    // Read the revision inside the transaction: another process may have written since.
    auto current = sql::scalar(database(), QStringLiteral("SELECT revision FROM workbook WHERE id = 1"));
    Status status = current ? Status::success() : Status(current.error());
    const Change change{by.isEmpty() ? m_info.owner.name : by, m_clock->now(), current ? current->toLongLong() + 1 : 0, origin};
    const int changesBefore = sqlite3_total_changes(sql::handle(database()));
    if (status) {
        m_change = change;
        m_depth = 1;
        status = fn(change);
        m_depth = 0;
    }
    // A write that changed nothing (the same text saved again, a bundle taken in before) makes
    // no revision: nothing happened.
    if (status && sqlite3_total_changes(sql::handle(database())) == changesBefore) {
        (void)sql::run(database(), QStringLiteral("ROLLBACK"));
        return Status::success();
    }
    if (status) {
        status = sql::exec(database(), QStringLiteral("INSERT INTO revision_log (rev, writer, program, changed_by)"
                                                      " VALUES (?, ?, ?, ?)"),
                           {change.revision, m_writerId, WorkbookLock::program(), change.by});
    }
    if (status) {
        status = sql::exec(database(), QStringLiteral("UPDATE workbook SET revision = ? WHERE id = 1"), {change.revision});
    }
    if (status) {
        status = sql::exec(database(), QStringLiteral("COMMIT"));
    }
    if (!status) {
        (void)sql::run(database(), QStringLiteral("ROLLBACK"));
        return status;
    }
    m_info.revision = change.revision;
    (void)loadInfo();  // a write may change the record itself (sync moves the base revision)
    if (m_afterWrite)
        m_afterWrite();
    return Status::success();
}

} // namespace qdf
