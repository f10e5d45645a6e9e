#include "TestSupport.h"
#include "Attacker.h"
#include "hostile/HostileBundles.h"

#include "core/stores/AnswerStore.h"
#include "core/sync/BundleBody.h"

#include <QDir>

using namespace qdf;
using namespace qdf::sync;
using namespace qdf::test;

namespace {

const QString kText = QStringLiteral("Nurses visit on weekdays between nine and five.");

// A master with one draft Schedule, Dafydd's workbook made from it, and his edit of the Schedule.
struct Exchange {
    Folder folder;
    QString masterPath = folder.path(QStringLiteral("master.qdf"));
    std::unique_ptr<Workbook> master = newMaster(masterPath);
    QString schedule = need(ScheduleStore(*master).add(need(SectionStore(*master).byKey(QStringLiteral("activities"))).id,
                                                       QStringLiteral("Visits"), kText))
                           .uuid;
    QString dafyddPath = folder.path(QStringLiteral("dafydd.qdf"));
    std::unique_ptr<Workbook> dafydd = need(createParticipant(dafyddPath, kParticipant, masterPath));

    QString genuine(BundleKind kind)
    {
        const QString path = folder.path(kind == BundleKind::Update ? QStringLiteral("genuine.qdfupdate")
                                                                      : QStringLiteral("genuine.qdfsync"));
        if (kind == BundleKind::Update) {
            need(ScheduleStore(*master).edit(schedule, QStringLiteral("Visits"), kText + QStringLiteral(" Weekends too.")));
            need(SyncStore(*master).exportUpdate(path));
        } else {
            need(ScheduleStore(*dafydd).edit(schedule, QStringLiteral("Visits"), kText + QStringLiteral(" Evenings too.")));
            need(SyncStore(*dafydd).exportContribution(path));
        }
        return path;
    }
};

// Both files of an open workbook (the main file and its WAL), byte for byte.
QByteArray filesOf(const QString &path)
{
    QByteArray all = fileHash(path);
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        all += fileHash(path + QStringLiteral("-wal"));
    return all;
}

struct LimitsFor {
    explicit LimitsFor(const std::function<void(ExchangeLimits &)> &change)
    {
        ExchangeLimits limits = saved;
        if (change)
            change(limits);
        setExchangeLimits(limits);
    }
    ~LimitsFor() { setExchangeLimits(saved); }
    ExchangeLimits saved = exchangeLimits();
};

} // namespace

TEST_CASE("Every hostile bundle and update, re-hashed as an attacker would, is refused naming the item, and nothing is written",
          "[hostile]")
{
    for (const hostile::BundleCase &c : hostile::bundleCases()) {
        DYNAMIC_SECTION(c.name)
        {
            Exchange p;
            Workbook &target = c.kind == BundleKind::Update ? *p.dafydd : *p.master;
            Workbook &source = c.kind == BundleKind::Update ? *p.master : *p.dafydd;
            Bundle forged = need(SyncStore(target).read(p.genuine(c.kind)));
            c.forge(forged, p.schedule);
            forged.manifest.bundleId = QStringLiteral("forged-%1").arg(QLatin1String(c.name));
            const QString path = p.folder.path(QStringLiteral("%1.qdfsync").arg(QLatin1String(c.name)));
            // The hash made afresh and signed with the sender's own key, as the sender's program (or
            // anyone holding that key) can: the signature proves who, not what.
            need(writeBundle(path, forged, signedAs(source)));

            const QByteArray before = filesOf(target.path());
            const qint64 revision = target.info().revision;
            const auto base = target.info().baseRevision;
            const LimitsFor limits(c.limits);

            const auto imported = SyncStore(target).importFile(path);
            INFO(c.name << ": " << imported.error().message.toStdString());
            REQUIRE_FALSE(imported.ok());
            CHECK(imported.error().message.contains(QString::fromUtf8(c.words)));
            CHECK(imported.error().message.startsWith(QFileInfo(path).fileName()));
            const auto previewed = previewImports(target, {path});
            CHECK_FALSE(previewed.front().ok());

            need(target.refresh());
            CHECK(target.info().revision == revision);
            CHECK(target.info().baseRevision == base);
            CHECK(filesOf(target.path()) == before);
            CHECK_FALSE(QDir(p.folder.path(QFileInfo(target.path()).completeBaseName() + QStringLiteral(".backups"))).exists());
        }
    }
}

TEST_CASE("The genuine files the hostile ones are made from are taken in", "[hostile]")
{
    Exchange p;
    need(SyncStore(*p.master).importFile(p.genuine(BundleKind::Contribution)));
    need(SyncStore(*p.dafydd).importFile(p.genuine(BundleKind::Update)));
}

TEST_CASE("A participant's own sign-off of a Schedule ready for sign-off travels in a contribution", "[hostile]")
{
    Exchange p;
    need(ScheduleStore(*p.dafydd).move(p.schedule, Maturity::Ready));
    need(ScheduleStore(*p.dafydd).sign(p.schedule));
    need(ScheduleStore(*p.dafydd).move(p.schedule, Maturity::SignedOff));
    const QString path = p.folder.path(QStringLiteral("signed.qdfsync"));
    need(SyncStore(*p.dafydd).exportContribution(path));
    const ImportReport report = need(SyncStore(*p.master).importFile(path));
    CHECK(report.count(Outcome::Held) >= 1);  // the maturity is the production team's to move
}

TEST_CASE("Undoing an update puts the participant's base revision back, so later genuine updates still apply", "[hostile]")
{
    Exchange p;
    const qint64 before = *p.dafydd->info().baseRevision;
    const QString update = p.genuine(BundleKind::Update);
    need(SyncStore(*p.dafydd).importFile(update));
    CHECK(*p.dafydd->info().baseRevision > before);
    need(SyncStore(*p.dafydd).undoImport());
    CHECK(*p.dafydd->info().baseRevision == before);
    need(SyncStore(*p.dafydd).importFile(update));
}

TEST_CASE("The body reader the fuzz target feeds refuses what the importer refuses", "[hostile]")
{
    const QByteArray body = R"({"changes": [{"base": null, "state": {"id": "catalyst-rating:r/Dafydd Price/nothing",
        "fields": {"level": 2, "note": ""}}}]})";
    const auto read = parseBody(body, BundleKind::Contribution, QStringLiteral("x.qdfsync"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message.contains(QStringLiteral("nothing")));
    CHECK_FALSE(parseBody("{\"changes\": 5}", BundleKind::Update, QStringLiteral("x")).ok());
}
