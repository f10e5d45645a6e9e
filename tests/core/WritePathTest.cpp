// The one write path: every change, whoever makes it, goes through the stores and their rules,
// decided inside its transaction, one writer at a time.

#include "TestSupport.h"

#include "core/IntegrityCheck.h"
#include "core/Limits.h"
#include "core/Sql.h"
#include "core/WorkbookLock.h"
#include "core/catalyst/CatalystStore.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

using namespace qdf;
using namespace qdf::sync;
using namespace qdf::test;

namespace {

qint64 sectionIdOf(Workbook &wb, const char *key)
{
    return need(SectionStore(wb).byKey(QLatin1String(key))).id;
}

const QString kText = QStringLiteral("Nurses visit on weekdays between nine and five, and every visit is recorded.");

// A master with one draft Schedule, and Dafydd's workbook made from it.
struct Exchange {
    Folder folder;
    QString masterPath = folder.path(QStringLiteral("master.qdf"));
    std::unique_ptr<Workbook> master = newMaster(masterPath);
    QString schedule = need(ScheduleStore(*master).add(sectionIdOf(*master, "activities"), QStringLiteral("Visits"), kText)).uuid;
    std::unique_ptr<Workbook> dafydd = need(createParticipant(folder.path(QStringLiteral("dafydd.qdf")), kParticipant, masterPath));

    QString bundle()
    {
        const QString path = folder.path(QStringLiteral("dafydd-%1.qdfsync").arg(++m_bundles));
        need(SyncStore(*dafydd).exportContribution(path));
        return path;
    }
    Schedule inMaster() { return need(ScheduleStore(*master).find(schedule)); }

private:
    int m_bundles = 0;
};

void signOff(Workbook &master, const QString &uuid)
{
    need(ScheduleStore(master).move(uuid, Maturity::Ready));
    need(ScheduleStore(master).sign(uuid));
    need(ScheduleStore(master).move(uuid, Maturity::SignedOff));
}

} // namespace

TEST_CASE("A participant's edit of a Schedule signed off in the master meanwhile waits as a proposal, and the signed text stays", "[write-path]")
{
    Exchange p;
    need(ScheduleStore(*p.dafydd).edit(p.schedule, QStringLiteral("Visits"), kText + QStringLiteral(" Weekends too.")));
    signOff(*p.master, p.schedule);

    const ImportReport report = need(SyncStore(*p.master).importFile(p.bundle()));
    CHECK(report.count(Outcome::Held) == 1);
    CHECK(report.count(Outcome::FastForward) == 0);
    const Schedule s = p.inMaster();
    CHECK(s.maturity == Maturity::SignedOff);
    CHECK(s.version == 1);
    CHECK(s.body == kText);
    CHECK(checkIntegrity(*p.master).join(QStringLiteral("; ")) == QString());

    const auto open = need(SyncStore(*p.master).conflicts());
    REQUIRE(open.size() == 1);
    CHECK(open[0].reason == QStringLiteral("not-allowed"));
    CHECK(open[0].detail.contains(QStringLiteral("signed off")));
    REQUIRE(open[0].theirs);
    CHECK(open[0].theirs->fields.value(QStringLiteral("body")).toString().endsWith(QStringLiteral("Weekends too.")));
    REQUIRE(open[0].ours);
    CHECK(open[0].ours->fields.value(QStringLiteral("body")).toString() == kText);

    // The production team takes it: in the master that is their own edit, which reopens the
    // Schedule as a new draft; the signed version stays in the history with its sign-off.
    need(SyncStore(*p.master).resolve(open[0].uuid, Take::Theirs));
    const Schedule taken = p.inMaster();
    CHECK(taken.maturity == Maturity::Draft);
    CHECK(taken.version == 2);
    CHECK(taken.body.endsWith(QStringLiteral("Weekends too.")));
    CHECK(need(ScheduleStore(*p.master).signOffs(p.schedule)).first().version == 1);
    CHECK(checkIntegrity(*p.master).join(QStringLiteral("; ")) == QString());
}

TEST_CASE("A contribution never moves a Schedule's maturity in the master, nor adds one already adopted", "[write-path]")
{
    Exchange p;
    need(ScheduleStore(*p.dafydd).move(p.schedule, Maturity::Ready));
    need(ScheduleStore(*p.dafydd).add(sectionIdOf(*p.dafydd, "activities"), QStringLiteral("Evenings"), QStringLiteral("Evening round.")));
    const ImportReport report = need(SyncStore(*p.master).importFile(p.bundle()));
    CHECK(report.count(Outcome::Held) == 1);
    CHECK(report.count(Outcome::New) == 1);  // the new draft comes in
    CHECK(p.inMaster().maturity == Maturity::Draft);
    const auto open = need(SyncStore(*p.master).conflicts());
    REQUIRE(open.size() == 1);
    CHECK(open[0].detail.contains(QStringLiteral("production team decides")));

    // A bundle whose Schedule arrives adopted (as only a forged one could) is refused whole.
    Bundle forged = need(SyncStore(*p.master).read(p.bundle()));
    ItemState adopted;
    adopted.id = QStringLiteral("schedule:6f1d6a34-0000-4000-8000-000000000001");
    adopted.fields = QJsonObject{{QStringLiteral("section"), QStringLiteral("activities")}, {QStringLiteral("number"), QStringLiteral("3.9")},
                                 {QStringLiteral("title"), QStringLiteral("Adopted at once")}, {QStringLiteral("body"), QStringLiteral("x")},
                                 {QStringLiteral("maturity"), QStringLiteral("adopted")}};
    forged.changes = {ItemChange{std::nullopt, adopted}};
    forged.manifest.bundleId = QStringLiteral("forged-bundle");
    const auto second = SyncStore(*p.master).importBundle(forged, p.folder.path(QStringLiteral("forged.qdfsync")));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("never adopts")));
    CHECK_FALSE(ScheduleStore(*p.master).find(adopted.key()));
    CHECK(checkIntegrity(*p.master).join(QStringLiteral("; ")) == QString());
}

TEST_CASE("An update is the master's record: a participant's Schedule follows it to signed off, and its sign-off arrives", "[write-path]")
{
    Exchange p;
    signOff(*p.master, p.schedule);
    const QString update = p.folder.path(QStringLiteral("update.qdfsync"));
    need(SyncStore(*p.master).exportUpdate(update));
    const ImportReport report = need(SyncStore(*p.dafydd).importFile(update));
    CHECK(report.count(Outcome::Held) == 0);
    const Schedule s = need(ScheduleStore(*p.dafydd).find(p.schedule));
    CHECK(s.maturity == Maturity::SignedOff);
    CHECK(need(ScheduleStore(*p.dafydd).signOffs(p.schedule)).size() == 1);
    CHECK(checkIntegrity(*p.dafydd).join(QStringLiteral("; ")) == QString());
    // ...and there, it is read-only.
    CHECK(ScheduleStore(*p.dafydd).edit(p.schedule, QStringLiteral("Visits"), QStringLiteral("changed")).error().code
          == Error::Code::NotAllowed);
}

TEST_CASE("A unit of work spans stores: using a contribution and composing the answer commit together or not at all", "[write-path]")
{
    Exchange p;
    const Question q = need(SectionStore(*p.dafydd).question(QStringLiteral("activities"), QStringLiteral("reason")));
    need(AnswerStore(*p.dafydd).set(q.id, QStringLiteral("Fewer people wait at home.")));
    need(SyncStore(*p.master).importFile(p.bundle()));
    const auto kept = need(SyncStore(*p.master).contributions());
    REQUIRE(kept.size() == 1);
    const qint64 revision = p.master->info().revision;
    // Too long a text is refused by the answer store: the contribution is not marked used either.
    const Status tooLong = SyncStore(*p.master).useContribution(kept[0].uuid, QString(kMaxTextLength + 1, QLatin1Char('x')));
    CHECK_FALSE(tooLong.ok());
    CHECK(need(SyncStore(*p.master).contributions()).first().status == QStringLiteral("open"));
    CHECK(p.master->info().revision == revision);
    need(SyncStore(*p.master).useContribution(kept[0].uuid));
    CHECK(need(SyncStore(*p.master).contributions()).first().status == QStringLiteral("used"));
    CHECK(p.master->info().revision == revision + 1);  // one revision for both steps
}

TEST_CASE("A nested write that fails is undone alone, and a write that changes nothing makes no revision", "[write-path]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("reason")));
    const qint64 start = wb->info().revision;
    need(wb->write([&](const Change &) -> Status {
        need(AnswerStore(*wb).set(q.id, QStringLiteral("kept")));
        const Status refused = wb->write([&](const Change &) -> Status {
            need(AnswerStore(*wb).set(q.id, QStringLiteral("undone")));
            return makeError(Error::Code::NotAllowed, QStringLiteral("no"));
        });
        CHECK_FALSE(refused.ok());
        return Status::success();
    }));
    CHECK(need(AnswerStore(*wb).current(q.id))->text == QStringLiteral("kept"));
    CHECK(need(AnswerStore(*wb).history(q.id)).size() == 1);
    CHECK(wb->info().revision == start + 1);
    need(AnswerStore(*wb).set(q.id, QStringLiteral("kept")));  // the same text again
    CHECK(wb->info().revision == start + 1);
}

TEST_CASE("One writer at a time: a second writer is told who holds the workbook, and a lock left by a dead process is recovered", "[write-path][lock]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    auto first = newMaster(path);
    WorkbookLock::setProgram(QStringLiteral("QDF Workbench"));
    need(first->lock());
    REQUIRE(QFileInfo::exists(WorkbookLock::pathFor(path)));

    auto second = need(Workbook::open(path));
    const Question q = need(SectionStore(*second).question(QStringLiteral("activities"), QStringLiteral("reason")));
    const auto attempt = AnswerStore(*second).set(q.id, QStringLiteral("from elsewhere"));
    REQUIRE_FALSE(attempt.ok());
    const Status refused(attempt.error());
    CHECK(refused.error().code == Error::Code::Locked);
    CHECK(refused.error().message.contains(QStringLiteral("open in QDF Workbench by Rhian Morgan on ")));
    CHECK(refused.error().message.contains(QSysInfo::machineHostName()));
    CHECK(refused.error().message.contains(QStringLiteral(" since ")));
    CHECK(need(AnswerStore(*second).current(q.id)) == std::nullopt);  // reading is never refused

    first.reset();  // closing lets go
    CHECK_FALSE(QFileInfo::exists(WorkbookLock::pathFor(path)));
    need(AnswerStore(*second).set(q.id, QStringLiteral("now mine")));
    second.reset();

    // A lock file whose process is gone (killed, crashed) on this machine does not lock anyone out.
    qint64 deadPid = 999999;
    while (QFileInfo::exists(QStringLiteral("/proc/%1").arg(deadPid)))
        --deadPid;
    writeAll(WorkbookLock::pathFor(path), QByteArray::number(deadPid) + "\nqdf\n" + QSysInfo::machineHostName().toUtf8() + "\n"
                                              + QSysInfo::machineUniqueId() + "\n" + QSysInfo::bootUniqueId() + "\n");
    auto third = need(Workbook::open(path));
    need(AnswerStore(*third).set(q.id, QStringLiteral("after a crash")));
    CHECK(third->holdsLock());
}

TEST_CASE("A rating given live from the participant's phone is theirs and the room's: the facilitator may correct it, unlike one from their own workbook",
          "[write-path][catalyst][workshop]")
{
    using catalyst::CatalystStore;
    using catalyst::RatingSource;
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    auto master = newMaster(masterPath);
    const catalyst::Round round = need(CatalystStore(*master).addRound(QStringLiteral("Workshop"), QString()));
    auto dafydd = need(createParticipant(folder.path(QStringLiteral("dafydd.qdf")), kParticipant, masterPath));
    const QString own = QStringLiteral("building-partnerships-1"), live = QStringLiteral("building-partnerships-2");
    need(CatalystStore(*dafydd).rate(need(CatalystStore(*dafydd).round(round.uuid)), kParticipant.name, own, 3));
    const QString bundle = folder.path(QStringLiteral("dafydd.qdfsync"));
    need(SyncStore(*dafydd).exportContribution(bundle));
    need(SyncStore(*master).importFile(bundle));

    CatalystStore store(*master);
    const auto fromWorkbook = need(store.ratingRecord(round, kParticipant.name, own));
    REQUIRE(fromWorkbook);
    CHECK(fromWorkbook->source == RatingSource::Typed);
    CHECK(fromWorkbook->change.by == kParticipant.name);
    // The facilitator cannot overwrite what came from Dafydd's own workbook ...
    CHECK(store.rate(round, kParticipant.name, own, 1).error().code == Error::Code::NotAllowed);

    // ... but Dafydd, from his phone, writes as himself, and a live rating is marked so.
    need(master->write(Origin::Person, kParticipant.name, [&](const Change &) {
        return store.rate(round, kParticipant.name, live, 2, {}, RatingSource::LivePhone);
    }));
    const auto given = need(store.ratingRecord(round, kParticipant.name, live));
    REQUIRE(given);
    CHECK(given->source == RatingSource::LivePhone);
    CHECK(given->change.by == kParticipant.name);
    auto typed = need(sql::run(master->database(), QStringLiteral("SELECT source FROM catalyst_rating WHERE element_key = ?"), {own}));
    REQUIRE(typed.next());
    CHECK(typed.value(0).isNull());  // a typed rating's source is NULL
    // The room corrects a live rating in the grid, and it is then a typed one, the facilitator's.
    need(store.rate(round, kParticipant.name, live, 3));
    const auto corrected = need(store.ratingRecord(round, kParticipant.name, live));
    CHECK(corrected->level == 3);
    CHECK(corrected->source == RatingSource::Typed);
    CHECK(corrected->change.by == kProducer.name);
    CHECK_FALSE(need(store.ratingRecord(round, kParticipant.name, QStringLiteral("building-partnerships-3"))));
}
