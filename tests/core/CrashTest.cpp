#include "TestSupport.h"

#include "core/IntegrityCheck.h"

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
    for (int run = 1; run <= 12; ++run) {
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
