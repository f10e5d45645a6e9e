#include "TestSupport.h"

#include "core/IntegrityCheck.h"
#include "core/WorkbookCreation.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

using namespace qdf;
using namespace qdf::test;

TEST_CASE("A writer killed at random moments loses no edit it reported saved, and the file stays whole", "[crash]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("crash.qdf"));
    newMaster(path);
    QRandomGenerator random(20261124);  // fixed seed: the same kill moments every run
    for (int run = 1; run <= 30; ++run) {
        QProcess writer;
        writer.start(QStringLiteral(QDF_CRASH_WRITER), {path, QString::number(run)});
        REQUIRE(writer.waitForStarted());
        REQUIRE(writer.waitForReadyRead(10000));  // at least one edit saved
        QThread::msleep(random.bounded(5, 120));
        writer.kill();  // SIGKILL: no destructors, no checkpoint
        writer.waitForFinished();
        QStringList saved;
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (line.startsWith("saved "))
                saved << QStringLiteral("run %1 edit %2").arg(run).arg(QString::fromLatin1(line.split(' ').value(2)));
        }
        REQUIRE_FALSE(saved.isEmpty());

        auto wb = need(Workbook::open(path));
        INFO("run " << run << ": " << saved.size() << " edits reported saved");
        CHECK(checkIntegrity(*wb).isEmpty());
        QSqlQuery q(wb->database());
        REQUIRE(q.exec(QStringLiteral("SELECT substr(text, 1, instr(text, char(10)) - 1) FROM answer_revision"
                                      " WHERE text LIKE 'run %1 edit %'").arg(run)));
        QSet<QString> stored;
        while (q.next())
            stored.insert(q.value(0).toString());
        for (const QString &edit : saved) {
            if (!stored.contains(edit))
                FAIL("lost " << edit.toStdString());
        }
    }
}

TEST_CASE("A merge killed at random moments leaves each import whole or absent, and the merge can simply run again", "[crash][sync]")
{
    Folder folder;
    const QString pristine = folder.path(QStringLiteral("pristine.qdf"));
    QStringList bundles;
    {
        auto master = newMaster(pristine);
        const qint64 section = need(SectionStore(*master).byKey(QStringLiteral("activities"))).id;
        const QString schedule = need(ScheduleStore(*master).add(section, QStringLiteral("Visits"), QStringLiteral("Weekdays."))).uuid;
        for (int i = 0; i < 6; ++i) {
            const QString path = folder.path(QStringLiteral("p%1.qdf").arg(i));
            auto p = need(createParticipant(path, Owner{QStringLiteral("Person %1").arg(i), {}, {}}, pristine));
            need(AnswerStore(*p).set(need(SectionStore(*p).question(QStringLiteral("activities"), QStringLiteral("reason"))).id,
                                     QStringLiteral("Reason %1 ").arg(i).repeated(200)));
            need(ScheduleStore(*p).edit(schedule, QStringLiteral("Visits"), QStringLiteral("Weekdays and day %1.").arg(i)));
            bundles << path + QStringLiteral("sync");
            need(sync::SyncStore(*p).exportContribution(bundles.last()));
        }
    }
    const QString master = folder.path(QStringLiteral("master.qdf"));
    QRandomGenerator random(20261125);
    for (int run = 1; run <= 10; ++run) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(master + QLatin1String(suffix));
        REQUIRE(QFile::copy(pristine, master));
        QProcess merge;
        merge.start(QStringLiteral(QDF_CLI), QStringList{QStringLiteral("merge"), master} + bundles);
        REQUIRE(merge.waitForStarted());
        QThread::msleep(random.bounded(5, 200));
        merge.kill();
        merge.waitForFinished();
        {
            auto wb = need(Workbook::open(master));
            INFO("run " << run);
            CHECK(checkIntegrity(*wb).isEmpty());
            // Every import recorded is whole: its one answer kept, its Schedule change applied or
            // kept as a conflict.
            QSqlQuery q(wb->database());
            REQUIRE(q.exec(QStringLiteral("SELECT i.id, (SELECT COUNT(*) FROM contribution c WHERE c.import_id = i.id),"
                                          " (SELECT COUNT(*) FROM sync_import_change x WHERE x.import_id = i.id)"
                                          " + (SELECT COUNT(*) FROM sync_conflict k WHERE k.import_id = i.id)"
                                          " FROM sync_import i")));
            while (q.next()) {
                CHECK(q.value(1).toInt() == 1);
                CHECK(q.value(2).toInt() == 1);
            }
        }
        // Running the merge again finishes the job: every bundle is in, once.
        QProcess again;
        again.start(QStringLiteral(QDF_CLI), QStringList{QStringLiteral("merge"), master} + bundles);
        REQUIRE(again.waitForFinished(60000));
        CHECK((again.exitCode() == 0 || again.exitCode() == 3));
        auto wb = need(Workbook::open(master));
        QSqlQuery count(wb->database());
        REQUIRE(count.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT bundle_uuid) FROM sync_import")));
        REQUIRE(count.next());
        CHECK(count.value(0).toInt() == bundles.size());
        CHECK(count.value(1).toInt() == bundles.size());
    }
}
