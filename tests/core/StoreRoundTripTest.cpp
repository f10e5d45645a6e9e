#include "TestSupport.h"

#include "core/ContentPack.h"
#include "core/IntegrityCheck.h"
#include "core/Migrations.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/PlanStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

#include <QSqlQuery>

using namespace qdf;
using namespace qdf::test;

TEST_CASE("A new master holds the content pack, and every item survives closing and reopening", "[store]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("master.qdf"));
    FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC));
    QString exampleId, referenceId, scheduleId;
    {
        auto wb = need(createMaster(path, kProducer, QStringLiteral("Round trip"), ContentPack::caremore(), clock));
        wb->setClock(clock);
        CHECK(wb->isMaster());
        CHECK(wb->info().schemaVersion == migrations::latestVersion());
        SectionStore sections(*wb);
        const Question q = need(sections.question(QStringLiteral("care-standards"), QStringLiteral("intended-product")));
        need(AnswerStore(*wb).set(q.id, QStringLiteral("Standards *everyone* can check.")));
        const qint64 sectionId = need(sections.byKey(QStringLiteral("model-of-care"))).id;
        MaterialStore materials(*wb);
        exampleId = need(materials.addExample(sectionId, QStringLiteral("Hub"), QStringLiteral("Evening hub."))).uuid;
        referenceId = need(materials.attach(sectionId, QStringLiteral("spec.pdf"), QByteArray("%PDF-1.4\0binary", 15),
                                            QStringLiteral("The 2019 specification"))).uuid;
        scheduleId = need(ScheduleStore(*wb).add(sectionId, QStringLiteral("Evening nursing"), QStringLiteral("Body"))).uuid;
    }

    auto wb = need(Workbook::open(path));
    const WorkbookInfo &info = wb->info();
    CHECK(info.programme.name == QStringLiteral("Round trip"));
    CHECK(info.owner.name == kProducer.name);
    CHECK(info.owner.organisation == kProducer.organisation);
    CHECK(info.owner.role == kProducer.role);
    CHECK(info.revision == 4);
    CHECK_FALSE(info.baseRevision.has_value());

    SectionStore sections(*wb);
    const QVector<Section> all = need(sections.list());
    REQUIRE(all.size() == ContentPack::caremore().sections.size() + ContentPack::caremore().documents.size());
    CHECK(all.first().key == QStringLiteral("care-standards"));
    const Question q = need(sections.question(QStringLiteral("care-standards"), QStringLiteral("intended-product")));
    const auto answer = need(AnswerStore(*wb).current(q.id));
    REQUIRE(answer.has_value());
    CHECK(answer->text == QStringLiteral("Standards *everyone* can check."));
    CHECK(answer->change.by == kProducer.name);
    CHECK(answer->change.at == clock.now());

    const qint64 sectionId = need(sections.byKey(QStringLiteral("model-of-care"))).id;
    MaterialStore materials(*wb);
    const auto examples = need(materials.examples(sectionId));
    REQUIRE(examples.size() == 1);
    CHECK(examples.first().uuid == exampleId);
    const auto references = need(materials.references(sectionId));
    REQUIRE(references.size() == 1);
    CHECK(references.first().note == QStringLiteral("The 2019 specification"));
    CHECK(need(materials.referenceData(referenceId)) == QByteArray("%PDF-1.4\0binary", 15));
    const Schedule s = need(ScheduleStore(*wb).find(scheduleId));
    CHECK(s.number == QStringLiteral("4.1"));
    CHECK(s.maturity == Maturity::Draft);
    CHECK(checkIntegrity(*wb).isEmpty());
}

TEST_CASE("A workbook file is WAL-mode SQLite stamped with the QDF application id and schema version", "[store]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    auto wb = newMaster(path);
    QSqlQuery q(wb->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(q.next());
    CHECK(quint32(q.value(0).toLongLong()) == workbookfile::kApplicationId);
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == migrations::latestVersion());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("A participant workbook starts from the master's content and records the master revision", "[store]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    qint64 masterRevision = 0;
    QString programmeId;
    {
        auto master = newMaster(masterPath);
        const Question q = need(SectionStore(*master).question(QStringLiteral("activities"), QStringLiteral("reason")));
        need(AnswerStore(*master).set(q.id, QStringLiteral("Master text")));
        const Question about = need(SectionStore(*master).question(QStringLiteral("baseline-questionnaire"),
                                                                   QStringLiteral("about-you")));
        need(AnswerStore(*master).set(about.id, QStringLiteral("We are the production team")));
        masterRevision = master->info().revision;
        programmeId = master->info().programme.uuid;
    }
    const QByteArray masterBefore = fileHash(masterPath);
    auto p = need(createParticipant(folder.path(QStringLiteral("p.qdf")), kParticipant, masterPath));
    CHECK(fileHash(masterPath) == masterBefore);
    CHECK_FALSE(p->isMaster());
    CHECK(p->info().programme.uuid == programmeId);
    CHECK(p->info().owner.name == kParticipant.name);
    REQUIRE(p->info().baseRevision.has_value());
    CHECK(*p->info().baseRevision == masterRevision);
    CHECK(p->info().revision == 1);  // its one write so far records the base of its first contribution
    const Question q = need(SectionStore(*p).question(QStringLiteral("activities"), QStringLiteral("reason")));
    CHECK(need(AnswerStore(*p).current(q.id))->text == QStringLiteral("Master text"));
    const Question about = need(SectionStore(*p).question(QStringLiteral("baseline-questionnaire"),
                                                          QStringLiteral("about-you")));
    CHECK_FALSE(need(AnswerStore(*p).current(about.id)).has_value());  // the questionnaire is personal
    CHECK(checkIntegrity(*p).isEmpty());
}

TEST_CASE("Creating a workbook never overwrites an existing file", "[store]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("taken.qdf"));
    writeAll(path, "precious");
    auto r = createMaster(path, kProducer, QStringLiteral("P"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Code::NotAllowed);
    CHECK(readAll(path) == QByteArray("precious"));
    CHECK(QDir(folder.path(QString())).entryList(QDir::Files).size() == 1);  // no temporary left behind
}

TEST_CASE("Working examples can be edited, reordered and removed, leaving a tombstone", "[store]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    const qint64 sectionId = need(SectionStore(*wb).byKey(QStringLiteral("activities"))).id;
    MaterialStore materials(*wb);
    const QString a = need(materials.addExample(sectionId, QStringLiteral("A"), QString())).uuid;
    const QString b = need(materials.addExample(sectionId, QStringLiteral("B"), QString())).uuid;
    const QString c = need(materials.addExample(sectionId, QStringLiteral("C"), QString())).uuid;
    need(materials.moveExample(c, 0));
    need(materials.editExample(a, QStringLiteral("A2"), QStringLiteral("body")));
    auto list = need(materials.examples(sectionId));
    REQUIRE(list.size() == 3);
    CHECK(list[0].uuid == c);
    CHECK(list[1].title == QStringLiteral("A2"));
    CHECK(list[2].uuid == b);
    need(materials.removeExample(b));
    CHECK(need(materials.examples(sectionId)).size() == 2);
    QSqlQuery q(wb->database());
    REQUIRE(q.exec(QStringLiteral("SELECT kind FROM tombstone WHERE uuid = '%1'").arg(b)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("working-example"));
    CHECK(materials.removeExample(b).error().code == Error::Code::InvalidArgument);
}

TEST_CASE("Plan on a Page holds the three stages with their milestones, and statuses are saved", "[store]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = newMaster(path);
        PlanStore plan(*wb);
        const auto stages = need(plan.stages());
        REQUIRE(stages.size() == 3);
        const auto milestones = need(plan.milestones(stages[0].id));
        REQUIRE(milestones.size() == 3);
        need(plan.setMilestone(milestones[1].uuid, MilestoneStatus::InProgress, QStringLiteral("2027-03")));
    }
    auto wb = need(Workbook::open(path));
    PlanStore plan(*wb);
    const auto m = need(plan.milestones(need(plan.stages())[0].id))[1];
    CHECK(m.title == QStringLiteral("Produce Baseline Evaluation Report"));
    CHECK(m.status == MilestoneStatus::InProgress);
    CHECK(m.due == QStringLiteral("2027-03"));
}

TEST_CASE("A removed example or reference can be put back under its old id, and its tombstone goes", "[store]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    const qint64 sectionId = need(SectionStore(*wb).byKey(QStringLiteral("activities"))).id;
    MaterialStore materials(*wb);
    need(materials.addExample(sectionId, QStringLiteral("First"), QString()));
    const WorkingExample second = need(materials.addExample(sectionId, QStringLiteral("Second"), QStringLiteral("b")));
    need(materials.addExample(sectionId, QStringLiteral("Third"), QString()));
    need(materials.removeExample(second.uuid));
    need(materials.restoreExample(second));
    const auto examples = need(materials.examples(sectionId));
    REQUIRE(examples.size() == 3);
    CHECK(examples[1].uuid == second.uuid);
    CHECK(examples[1].body == QStringLiteral("b"));

    const ReferenceMaterial ref = need(materials.attach(sectionId, QStringLiteral("a.txt"), "data", QStringLiteral("n")));
    need(materials.removeReference(ref.uuid));
    need(materials.restoreReference(ref, "data"));
    CHECK(need(materials.referenceData(ref.uuid)) == QByteArray("data"));
    QSqlQuery q(wb->database());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM tombstone")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
