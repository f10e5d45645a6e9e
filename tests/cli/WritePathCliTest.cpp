// The one write path as `qdf` users meet it: rules kept by merges, one writer at a time.

#include "TestSupport.h"
#include "cli/QdfRun.h"

#include "core/Sql.h"
#include "core/WorkbookLock.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace qdf;
using namespace qdf::test;

namespace {

Run run(const QStringList &arguments)
{
    Run r = qdfRun(arguments);
    INFO("qdf " << arguments.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    return r;
}

qint64 count(const QString &path, const QString &query)
{
    auto wb = need(Workbook::open(path));
    return need(sql::scalar(wb->database(), query)).toLongLong();
}

} // namespace

TEST_CASE("qdf merge holds back a participant's edit of a Schedule the master signed off meanwhile, and qdf check finds no broken rule", "[cli][write-path]")
{
    Folder folder;
    const QString master = folder.path(QStringLiteral("master.qdf"));
    REQUIRE(run({QStringLiteral("new"), master, QStringLiteral("--owner"), QStringLiteral("Rhian Morgan"), QStringLiteral("--master"),
                 QStringLiteral("--programme"), QStringLiteral("Afon Vale")})
                .exitCode == 0);
    const QString schedule = run({QStringLiteral("schedule"), QStringLiteral("add"), master, QStringLiteral("--section"),
                                  QStringLiteral("activities"), QStringLiteral("--title"), QStringLiteral("Visits"),
                                  QStringLiteral("--text"), QStringLiteral("Nurses visit on weekdays.")})
                                 .out.trimmed();
    const QString dafydd = folder.path(QStringLiteral("dafydd.qdf"));
    REQUIRE(run({QStringLiteral("new"), dafydd, QStringLiteral("--owner"), QStringLiteral("Dafydd Price"), QStringLiteral("--from-master"), master})
                .exitCode == 0);
    REQUIRE(run({QStringLiteral("schedule"), QStringLiteral("edit"), dafydd, schedule, QStringLiteral("--text"),
                 QStringLiteral("Nurses visit every day.")})
                .exitCode == 0);
    for (const QStringList &step : {QStringList{QStringLiteral("move"), master, schedule, QStringLiteral("--to"), QStringLiteral("ready")},
                                    QStringList{QStringLiteral("sign"), master, schedule},
                                    QStringList{QStringLiteral("move"), master, schedule, QStringLiteral("--to"), QStringLiteral("signed-off")}}) {
        REQUIRE(run(QStringList{QStringLiteral("schedule")} + step).exitCode == 0);
    }
    const QString bundle = folder.path(QStringLiteral("dafydd.qdfsync"));
    REQUIRE(run({QStringLiteral("bundle"), QStringLiteral("export"), dafydd, QStringLiteral("-o"), bundle}).exitCode == 0);

    const Run merged = run({QStringLiteral("merge"), master, bundle, QStringLiteral("--json")});
    CHECK(merged.exitCode == 3);  // a proposal waits for a person
    const QJsonObject import = QJsonDocument::fromJson(merged.out.toUtf8()).object()[QStringLiteral("imports")].toArray()[0].toObject();
    CHECK(import[QStringLiteral("held")].toInt() == 1);
    CHECK(import[QStringLiteral("merged")].toInt() == 0);
    CHECK(import[QStringLiteral("fastForward")].toInt() == 0);
    {
        auto wb = need(Workbook::open(master));
        const Schedule shown = need(ScheduleStore(*wb).find(schedule));
        CHECK(shown.body == QStringLiteral("Nurses visit on weekdays."));
        CHECK(shown.maturity == Maturity::SignedOff);
    }
    const Run checked = run({QStringLiteral("check"), master});
    CHECK(checked.exitCode == 0);
    const QJsonArray open = QJsonDocument::fromJson(run({QStringLiteral("conflicts"), master, QStringLiteral("--json")}).out.toUtf8()).array();
    REQUIRE(open.size() == 1);
    CHECK(open[0][QStringLiteral("reason")].toString() == QStringLiteral("not-allowed"));
    CHECK(open[0][QStringLiteral("detail")].toString().contains(QStringLiteral("signed off in the master")));
    const Run plain = run({QStringLiteral("merge"), master, bundle});
    CHECK(plain.out.contains(QStringLiteral("already imported")));
}

TEST_CASE("A workbook open in the window keeps qdf's writing verbs out, names who has it, and lets reading verbs read", "[cli][write-path][lock]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("master.qdf"));
    auto window = newMaster(path);  // this test plays the window
    WorkbookLock::setProgram(QStringLiteral("QDF Workbench"));
    need(window->lock());
    const Run refused = run({QStringLiteral("answer"), path, QStringLiteral("activities"), QStringLiteral("reason"),
                             QStringLiteral("--text"), QStringLiteral("From a script")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("is open in QDF Workbench by Rhian Morgan on ")));
    CHECK(refused.err.contains(QStringLiteral(" since ")));
    CHECK(run({QStringLiteral("info"), path}).exitCode == 0);
    window.reset();
    CHECK(run({QStringLiteral("answer"), path, QStringLiteral("activities"), QStringLiteral("reason"), QStringLiteral("--text"),
               QStringLiteral("From a script")})
              .exitCode == 0);
}

TEST_CASE("Two qdf merge runs into one master at once import each bundle once", "[cli][write-path][lock]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    QStringList bundles;
    {
        auto master = newMaster(masterPath);
        need(ScheduleStore(*master).add(need(SectionStore(*master).byKey(QStringLiteral("activities"))).id, QStringLiteral("Visits"),
                                        QStringLiteral("Nurses visit on weekdays between nine and five.")));
    }
    for (int i = 0; i < 12; ++i) {
        const Owner owner{QStringLiteral("Participant %1").arg(i), {}, {}};
        auto p = need(createParticipant(folder.path(QStringLiteral("p%1.qdf").arg(i)), owner, masterPath));
        const Question q = need(SectionStore(*p).question(QStringLiteral("activities"), QStringLiteral("reason")));
        need(AnswerStore(*p).set(q.id, QStringLiteral("Reason number %1").arg(i)));
        bundles << folder.path(QStringLiteral("p%1.qdfsync").arg(i));
        need(sync::SyncStore(*p).exportContribution(bundles.last()));
    }
    QProcess first, second;
    for (QProcess *p : {&first, &second})
        p->start(QStringLiteral(QDF_CLI), QStringList{QStringLiteral("merge"), masterPath} + bundles);
    for (QProcess *p : {&first, &second}) {
        REQUIRE(p->waitForFinished(120000));
        INFO(QString::fromUtf8(p->readAllStandardError()).toStdString());
        CHECK((p->exitCode() == 0 || p->exitCode() == 2));  // done, or told someone else is merging
    }
    CHECK((first.exitCode() == 0 || second.exitCode() == 0));
    CHECK(count(masterPath, QStringLiteral("SELECT COUNT(*) FROM sync_import")) == 12);
    CHECK(count(masterPath, QStringLiteral("SELECT COUNT(*) FROM contribution")) == 12);
    CHECK(run({QStringLiteral("check"), masterPath}).exitCode == 0);
    // Whichever was kept out can run again: everything is in already.
    const Run again = run(QStringList{QStringLiteral("merge"), masterPath} + bundles);
    CHECK(again.exitCode == 0);
    CHECK(again.out.count(QStringLiteral("already imported")) == 12);
    CHECK(count(masterPath, QStringLiteral("SELECT COUNT(*) FROM sync_import")) == 12);
}
