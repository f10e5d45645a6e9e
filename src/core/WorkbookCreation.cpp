#include "core/WorkbookCreation.h"

#include "core/SiblingNames.h"

#include "core/WorkbookSchema.h"

#include "core/Migrations.h"
#include "core/Sql.h"
#include "core/keys/Keys.h"
#include "core/stores/StoreSupport.h"
#include "core/sync/Bundle.h"
#include "core/sync/Sync.h"

#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace qdf {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf", text);
}

Status checkTarget(const QString &path, const Owner &owner)
{
    if (QFileInfo::exists(path))
        return makeError(Error::Code::NotAllowed, QStringLiteral("%1: %2").arg(path, tr("already exists; choose another name")));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return makeError(Error::Code::NotFound, QStringLiteral("%1: %2").arg(path, tr("its folder does not exist")));
    if (owner.name.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a workbook needs an owner"));
    return Status::success();
}

QString temporaryPath(const QString &path)
{
    // Named so that SQLite's own files beside it fit too ("-journal" is the longest).
    return siblings::sibling(path, QStringLiteral(".part-") + store::newUuid().left(8), int(qstrlen("-journal")));
}

void removeTemporary(const QString &temp)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(siblings::sibling(temp, QLatin1String(suffix)));
}

// Commits (if `status` is good so far), closes the temporary file (SQLite checkpoints and drops
// the WAL), renames it into place and opens the finished workbook. On any failure the
// temporary file goes and nothing is left at the path.
Result<std::unique_ptr<Workbook>> finish(workbookfile::Connection &connection, Status status, const QString &temp,
                                         const QString &path)
{
    if (status)
        status = sql::exec(connection.database(), QStringLiteral("COMMIT"));
    connection.close();
    if (!status) {
        removeTemporary(temp);
        return status.error();
    }
    if (!QFile::rename(temp, path)) {
        removeTemporary(temp);
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(path, tr("could not be written")));
    }
    return Workbook::open(path);
}

Status layOutSection(const QSqlDatabase &db, const SectionTemplate &t, int position, const QVariantList &stamp)
{
    auto sectionId = sql::insert(db, QStringLiteral("INSERT INTO section (uuid, key, kind, position, title, purpose,"
                                                    " explanation, changed_by, changed_at, rev) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                                 QVariantList{store::newUuid(), t.key,
                                              t.isDocument ? QStringLiteral("document") : QStringLiteral("caremore"), position,
                                              t.title, t.purpose, t.explanation}
                                     + stamp);
    if (!sectionId)
        return sectionId.error();
    int qPos = 0;
    for (const QuestionTemplate &qt : t.questions) {
        if (Status s = sql::exec(db, QStringLiteral("INSERT INTO question (uuid, section_id, key, position, text,"
                                                    " guidance, about_section_key, changed_by, changed_at, rev)"
                                                    " VALUES (?,?,?,?,?,?,?,?,?,?)"),
                                 QVariantList{store::newUuid(), *sectionId, qt.key, ++qPos, qt.text, qt.guidance,
                                              qt.aboutSectionKey.isEmpty() ? QVariant() : QVariant(qt.aboutSectionKey)}
                                     + stamp);
            !s)
            return s;
    }
    return Status::success();
}

Status layOutPlan(const QSqlDatabase &db, const SectionTemplate &t, const QVariantList &stamp)
{
    for (const PlanStageTemplate &st : t.stages) {
        auto stageId = sql::insert(db, QStringLiteral("INSERT INTO plan_stage (uuid, number, title, outcome, timescale,"
                                                      " changed_by, changed_at, rev) VALUES (?,?,?,?,?,?,?,?)"),
                                   QVariantList{store::newUuid(), st.number, st.title, st.outcome, st.timescale} + stamp);
        if (!stageId)
            return stageId.error();
        int mPos = 0;
        for (const QString &m : st.milestones) {
            if (Status s = sql::exec(db, QStringLiteral("INSERT INTO plan_milestone (uuid, stage_id, position,"
                                                        " title, changed_by, changed_at, rev) VALUES (?,?,?,?,?,?,?)"),
                                     QVariantList{store::newUuid(), *stageId, ++mPos, m} + stamp);
                !s)
                return s;
        }
    }
    return Status::success();
}

// Lays out the pack's sections and questions (unless `withSections` is false: a workbook joined
// from an update receives the master's, under the master's ids) and its Plan on a Page.
Status layOut(const QSqlDatabase &db, const ContentPack &pack, const Change &change, bool withSections = true)
{
    const QVariantList stamp = store::changeValues(change);
    int position = 0;
    for (const auto *list : {&pack.sections, &pack.documents}) {
        for (const SectionTemplate &t : *list) {
            ++position;
            if (withSections) {
                if (Status s = layOutSection(db, t, position, stamp); !s)
                    return s;
            }
            if (Status s = layOutPlan(db, t, stamp); !s)
                return s;
        }
    }
    return Status::success();
}

struct Identity {
    QString kind;  // master or participant
    QString programmeUuid;
    QString programmeName;
};

// A new workbook of the latest schema under a temporary name, laid out from the pack (its
// sections and questions only if `withSections`), renamed into place when complete.
Result<std::unique_ptr<Workbook>> build(const QString &path, const Owner &owner, const Identity &identity,
                                        const ContentPack &pack, const Clock &clock, bool withSections)
{
    const QString temp = temporaryPath(path);
    auto connection = workbookfile::connect(temp, false);
    if (!connection)
        return connection.error();
    const QSqlDatabase &db = connection->database();
    const Change change{owner.name, clock.now(), 0};
    Status s = sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(workbookfile::kApplicationId));
    if (s)
        s = workbookfile::configure(db, false, path);
    if (s)
        s = migrations::migrate(db, 0, migrations::latestVersion());
    if (s)
        s = workbookfile::trustSchema(db);  // the schema this program just made
    if (s)
        s = sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    const QString uuid = store::newUuid();
    if (s)
        s = sql::exec(db, QStringLiteral("INSERT INTO workbook (id, uuid, kind, programme_uuid, programme_name, owner_name,"
                                          " owner_organisation, owner_role, revision, pack_name, pack_version, created_at)"
                                          " VALUES (1, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"),
                      {uuid, identity.kind, identity.programmeUuid, identity.programmeName, owner.name,
                       owner.organisation, owner.role, pack.name, pack.version, Clock::format(change.at)});
    // Every workbook signs what it sends with a key of its own, made with it.
    if (s)
        s = keys::makeOwnKey(db, uuid, owner, Clock::format(change.at));
    if (s)
        s = sql::exec(db, QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"),
                      {QString::fromLatin1(kContentLanguageKey), pack.language});
    if (s)
        s = layOut(db, pack, change, withSections);
    // A new workbook is where its history starts: there is no change in it to announce.
    if (s)
        s = sql::exec(db, QStringLiteral("DELETE FROM change_log"));
    return finish(*connection, s, temp, path);
}

} // namespace

Result<std::unique_ptr<Workbook>> createMaster(const QString &path, const Owner &owner, const QString &programmeName,
                                               const ContentPack &pack, const Clock &clock)
{
    if (Status s = checkTarget(path, owner); !s)
        return s.error();
    if (programmeName.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a master workbook needs a programme name"));
    return build(path, owner, {QStringLiteral("master"), store::newUuid(), programmeName}, pack, clock, true);
}

Result<std::unique_ptr<Workbook>> createParticipant(const QString &path, const Owner &owner, const QString &masterPath,
                                                    const Clock &clock)
{
    if (Status s = checkTarget(path, owner); !s)
        return s.error();
    auto master = Workbook::open(masterPath, {true});
    if (!master)
        return master.error();
    if (!(*master)->isMaster())
        return makeError(Error::Code::WrongProgramme,
                         QStringLiteral("%1: %2").arg(masterPath, tr("is a participant workbook, not a master")));
    const QString temp = temporaryPath(path);
    if (Status s = sql::exec((*master)->database(), QStringLiteral("VACUUM INTO ?"), {temp}); !s) {
        removeTemporary(temp);
        return s.error();
    }
    const qint64 masterRevision = (*master)->info().revision;
    master->reset();

    auto connection = workbookfile::connect(temp, false);
    if (!connection) {
        removeTemporary(temp);
        return connection.error();
    }
    const QSqlDatabase &db = connection->database();
    if (Status trusted = workbookfile::trustSchema(db); !trusted) {  // a copy of a master checked on opening
        removeTemporary(temp);
        return trusted.error();
    }
    // The participant's own revisions start at 0: everything it holds came from the master.
    // Answers to the production documents (the Baseline Questionnaire) are personal: the
    // production team's own stay behind.
    QStringList script{QStringLiteral("BEGIN IMMEDIATE"),
                       QStringLiteral("DELETE FROM answer WHERE question_id IN (SELECT q.id FROM question q"
                                      " JOIN section s ON s.id = q.section_id WHERE s.kind = 'document')")};
    for (const char *table : {"section", "question", "answer", "answer_revision", "working_example", "reference_material",
                              "schedule", "schedule_version", "sign_off", "plan_stage", "plan_milestone", "tombstone"})
        script << QStringLiteral("UPDATE %1 SET rev = 0").arg(QLatin1String(table));
    // The master's key comes along as the programme's master key (the master file itself is the
    // best witness of it); the keys the master holds of its participants are the master's.
    script << QStringLiteral("DELETE FROM sync_key WHERE role != 'own'")
           << QStringLiteral("UPDATE sync_key SET role = 'master', trust = 'accepted', accepted_by = ?, accepted_at = ?");
    Status s = workbookfile::configure(db, false, path);
    const QString now = Clock::format(clock.now());
    for (const QString &statement : script) {
        if (s)
            s = statement.contains(QLatin1Char('?')) ? sql::exec(db, statement, {owner.name, now}) : sql::exec(db, statement);
    }
    const QString uuid = store::newUuid();
    if (s)
        s = sql::exec(db, QStringLiteral("UPDATE workbook SET uuid = ?, kind = 'participant', owner_name = ?,"
                                          " owner_organisation = ?, owner_role = ?, revision = 0, base_revision = ?,"
                                          " created_at = ? WHERE id = 1"),
                      {uuid, owner.name, owner.organisation, owner.role, masterRevision, now});
    if (s)
        s = keys::makeOwnKey(db, uuid, owner, now);
    auto participant = finish(*connection, s, temp, path);
    if (!participant)
        return participant;
    // What it holds now is the base its first contribution is measured against.
    (*participant)->setClock(clock);
    if (Status base = sync::SyncStore(**participant).startFromMaster(); !base)
        return base.error();
    return participant;
}

Result<std::unique_ptr<Workbook>> joinFromUpdate(const QString &path, const Owner &owner, const QString &updatePath,
                                                 const Clock &clock, bool allowUnsigned)
{
    if (Status s = checkTarget(path, owner); !s)
        return s.error();
    const QString file = QFileInfo(updatePath).fileName();
    if (workbookfile::isSQLiteFile(updatePath))
        return makeError(Error::Code::NotAllowed,
                         QStringLiteral("%1: %2").arg(file, tr("is a workbook file, not an update: join from it as the master")));
    auto update = sync::readBundle(updatePath, sync::BundleReadOptions{allowUnsigned, std::nullopt, std::nullopt});
    if (!update)
        return update.error();
    const sync::Manifest &m = update->manifest;
    if (m.kind != sync::BundleKind::Update)
        return makeError(Error::Code::NotAllowed,
                         QStringLiteral("%1: %2").arg(file, tr("is a participant's contribution; join from the master or from an "
                                                               "update it published")));
    const bool carriesQuestions = std::any_of(update->changes.cbegin(), update->changes.cend(),
                                              [](const sync::ItemChange &c) { return c.state.kind() == QLatin1String("question"); });
    if (!carriesQuestions)
        return makeError(Error::Code::NotAllowed,
                         QStringLiteral("%1: %2").arg(file, tr("does not carry the Workbook's questions (it was published by an "
                                                               "older version); ask for a new update or the master file")));
    // Laid out in the programme's language, as one joined from the master file is.
    const QString language = m.contentLanguage.isEmpty() ? QStringLiteral("en") : m.contentLanguage;
    auto participant = build(path, owner, {QStringLiteral("participant"), m.programmeId, m.programmeName},
                             ContentPack::caremore(language), clock, false);
    if (!participant)
        return participant;
    // Everything else (sections, questions, the master's answers, Schedules ...) is the update's
    // to bring, as for any update; a new, empty workbook needs no backup first.
    (*participant)->setClock(clock);
    if (auto taken = sync::SyncStore(**participant).importBundle(*update, updatePath, sync::Backup::Skip); !taken) {
        participant->reset();
        removeTemporary(path);
        return taken.error();
    }
    return participant;
}

} // namespace qdf
