#include "Attacker.h"
#include "TestSupport.h"

#include "core/WorkbookCreation.h"
#include "core/catalyst/CatalystStore.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/FrameworkEdits.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Items.h"
#include "core/IntegrityCheck.h"
#include "core/Sql.h"
#include "core/sync/SharedMaster.h"
#include "core/sync/Sync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace qdf;
using namespace qdf::sync;
using namespace qdf::test;

namespace {

const Owner kSioned{QStringLiteral("Sioned Evans"), QStringLiteral("Carers Group"), QStringLiteral("Carer")};

qint64 sectionIdOf(Workbook &wb, const char *key)
{
    return need(SectionStore(wb).byKey(QLatin1String(key))).id;
}

// A master with one draft Schedule, and participants made from it.
struct Fixture {
    Folder folder;
    QString masterPath = folder.path(QStringLiteral("master.qdf"));
    std::unique_ptr<Workbook> master = newMaster(masterPath);
    QString scheduleUuid;

    Fixture()
    {
        scheduleUuid = need(ScheduleStore(*master).add(sectionIdOf(*master, "activities"), QStringLiteral("Visits"),
                                                       QStringLiteral("Nurses visit on weekdays between nine and five, and "
                                                                      "every visit is recorded in the shared record.")))
                           .uuid;
    }
    std::unique_ptr<Workbook> join(const QString &file, const Owner &owner)
    {
        return need(createParticipant(folder.path(file), owner, masterPath));
    }
    QString bundle(Workbook &participant, const QString &file)
    {
        const QString path = folder.path(file);
        need(SyncStore(participant).exportContribution(path));
        return path;
    }
    QString scheduleBody(Workbook &wb) const { return need(ScheduleStore(wb).find(scheduleUuid)).body; }
};

Question question(Workbook &wb, const char *section, const char *key)
{
    return need(SectionStore(wb).question(QLatin1String(section), QLatin1String(key)));
}

// One random step of the production team on a Schedule in the master: put forward, sign and
// mark signed off, send back, adopt, or edit (which reopens a signed one as a new draft).
void moveOn(Workbook &master, const QString &uuid, QRandomGenerator &random)
{
    ScheduleStore store(master);
    const Schedule s = need(store.find(uuid));
    if (random.bounded(3) == 0)
        return;
    switch (s.maturity) {
    case Maturity::Draft: need(store.move(uuid, Maturity::Ready)); break;
    case Maturity::Ready:
        if (random.bounded(2) == 0) {
            need(store.move(uuid, Maturity::Draft));
        } else {
            need(store.sign(uuid));
            need(store.move(uuid, Maturity::SignedOff));
        }
        break;
    case Maturity::SignedOff:
    case Maturity::Adopted:
        if (s.maturity == Maturity::SignedOff && random.bounded(2) == 0)
            need(store.move(uuid, Maturity::Adopted));
        else
            need(store.edit(uuid, s.title, s.body + QStringLiteral(" Revised by the production team.")));
        break;
    }
}

} // namespace

TEST_CASE("Contributions: answers are kept with provenance, Schedules merge three ways, a second import changes nothing", "[sync]")
{
    Fixture p;
    auto dafydd = p.join(QStringLiteral("dafydd.qdf"), kParticipant);
    auto sioned = p.join(QStringLiteral("sioned.qdf"), kSioned);
    const Question reason = question(*dafydd, "activities", "reason");
    need(AnswerStore(*dafydd).set(reason.id, QStringLiteral("Fewer people wait at home for a visit.")));
    need(AnswerStore(*sioned).set(reason.id, QStringLiteral("Carers know when the nurse will come.")));
    need(MaterialStore(*dafydd).addExample(sectionIdOf(*dafydd, "activities"), QStringLiteral("Evening round"),
                                           QStringLiteral("A pilot in Cwm Afon.")));
    need(ScheduleStore(*dafydd).edit(p.scheduleUuid, QStringLiteral("Visits"),
                                     QStringLiteral("Nurses visit every day between nine and five, and every visit is "
                                                    "recorded in the shared record.")));
    need(ScheduleStore(*sioned).edit(p.scheduleUuid, QStringLiteral("Visits"),
                                     QStringLiteral("Nurses visit on weekdays between nine and five, and every visit is "
                                                    "recorded in the shared care record the same day.")));
    // Only what changed travels: an untouched participant has nothing to send.
    auto aled = p.join(QStringLiteral("aled.qdf"), Owner{QStringLiteral("Aled Hughes"), {}, {}});
    CHECK(need(SyncStore(*aled).pendingContribution()).changes.isEmpty());

    const QString fromDafydd = p.bundle(*dafydd, QStringLiteral("dafydd.qdfsync"));
    const QString fromSioned = p.bundle(*sioned, QStringLiteral("sioned.qdfsync"));
    CHECK(need(SyncStore(*dafydd).pendingContribution()).changes.isEmpty());  // the base moved on

    SyncStore master(*p.master);
    const ImportReport preview = need(master.preview(fromDafydd));
    CHECK(preview.contributions == 1);
    CHECK(preview.count(Outcome::New) == 1);
    CHECK(preview.count(Outcome::FastForward) == 1);
    CHECK(preview.backupPath.isEmpty());
    const qint64 beforeImport = p.master->info().revision;
    CHECK(need(master.contributions()).isEmpty());  // previewing changed nothing

    const ImportReport first = need(master.importFile(fromDafydd));
    CHECK(QFileInfo::exists(first.backupPath));
    const ImportReport second = need(master.importFile(fromSioned));
    CHECK(second.count(Outcome::Merged) == 1);
    CHECK(second.contributions == 1);
    CHECK(p.scheduleBody(*p.master)
          == QStringLiteral("Nurses visit every day between nine and five, and every visit is recorded in the shared care "
                            "record the same day."));
    const auto kept = need(master.contributions(QStringLiteral("answer:") + reason.uuid));
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].author == kParticipant.name);
    CHECK(kept[0].organisation == kParticipant.organisation);
    CHECK(kept[1].text == QStringLiteral("Carers know when the nurse will come."));
    // The master's own answer is untouched until the team composes it.
    CHECK(need(AnswerStore(*p.master).current(reason.id)) == std::nullopt);
    need(master.useContribution(kept[1].uuid, kept[0].text + QStringLiteral(" ") + kept[1].text));
    CHECK(need(AnswerStore(*p.master).current(reason.id))->text.startsWith(QStringLiteral("Fewer people")));

    const qint64 revision = p.master->info().revision;
    CHECK(revision > beforeImport);
    const ImportReport again = need(master.importFile(fromDafydd));
    CHECK(again.alreadyImported);
    CHECK(p.master->info().revision == revision);
    CHECK(need(master.contributions()).size() == 2);
}

TEST_CASE("Overlapping edits and different ratings become conflicts, resolved by a person and logged", "[sync]")
{
    Fixture p;
    catalyst::CatalystStore(*p.master).addRound(QStringLiteral("Workshop 1"), QStringLiteral("2027-01-10")).value();
    auto dafydd = p.join(QStringLiteral("dafydd.qdf"), kParticipant);
    auto sioned = p.join(QStringLiteral("sioned.qdf"), kSioned);
    const auto round = [](Workbook &wb) { return need(catalyst::CatalystStore(wb).round(QStringLiteral("Workshop 1"))); };
    need(catalyst::CatalystStore(*dafydd).rate(round(*dafydd), QStringLiteral("Team"), QStringLiteral("building-partnerships-1"), 2));
    need(catalyst::CatalystStore(*sioned).rate(round(*sioned), QStringLiteral("Team"), QStringLiteral("building-partnerships-1"), 3));
    need(ScheduleStore(*dafydd).edit(p.scheduleUuid, QStringLiteral("Visits"),
                                     QStringLiteral("Nurses visit every day between nine and five, and every visit is recorded "
                                                    "in the shared record.")));
    need(ScheduleStore(*sioned).edit(p.scheduleUuid, QStringLiteral("Visits"),
                                     QStringLiteral("Nurses visit on weekdays and at weekends between nine and five, and every "
                                                    "visit is recorded in the shared record.")));
    SyncStore master(*p.master);
    need(master.importFile(p.bundle(*dafydd, QStringLiteral("d.qdfsync"))));
    const QString before = p.scheduleBody(*p.master);
    const ImportReport r = need(master.importFile(p.bundle(*sioned, QStringLiteral("s.qdfsync"))));
    CHECK(r.count(Outcome::Conflict) == 2);
    CHECK(p.scheduleBody(*p.master) == before);  // nothing applied that a person must decide
    const auto open = need(master.conflicts());
    REQUIRE(open.size() == 2);
    const auto schedule = std::find_if(open.begin(), open.end(), [](const Conflict &c) { return c.itemId.startsWith(QLatin1String("schedule:")); });
    const auto rating = std::find_if(open.begin(), open.end(), [](const Conflict &c) { return c.itemId.startsWith(QLatin1String("catalyst-rating:")); });
    REQUIRE(schedule != open.end());
    REQUIRE(rating != open.end());
    CHECK(schedule->reason == QStringLiteral("overlap"));
    CHECK(rating->reason == QStringLiteral("different-values"));
    CHECK(rating->ours->fields.value(QStringLiteral("level")).toInt() == 2);
    CHECK(rating->theirs->fields.value(QStringLiteral("level")).toInt() == 3);
    CHECK(rating->theirAuthor == kSioned.name);
    REQUIRE(schedule->base);
    CHECK(schedule->base->fields.value(QStringLiteral("body")).toString().startsWith(QStringLiteral("Nurses visit on weekdays between")));

    need(master.resolve(rating->uuid, Take::Theirs));
    CHECK(need(catalyst::CatalystStore(*p.master).ratingsByParticipant(round(*p.master)))
              .value(QStringLiteral("Team"))
              .value(QStringLiteral("building-partnerships-1"))
          == 3);
    need(master.resolve(schedule->uuid, Take::Edited, QStringLiteral("Nurses visit every day, and at weekends too.")));
    CHECK(p.scheduleBody(*p.master) == QStringLiteral("Nurses visit every day, and at weekends too."));
    CHECK(need(master.conflicts()).isEmpty());
    const auto log = need(master.conflicts(false));
    REQUIRE(log.size() == 2);
    for (const Conflict &c : log) {
        CHECK(c.status == QStringLiteral("resolved"));
        CHECK(c.resolvedBy == kProducer.name);
        CHECK_FALSE(c.resolvedAt.isEmpty());
    }
    CHECK(master.resolve(rating->uuid, Take::Ours).error().code == Error::Code::NotAllowed);  // once only
}

TEST_CASE("An item deleted on one side and edited on the other goes to review, and nothing is deleted automatically", "[sync]")
{
    Fixture p;
    const QString example = need(MaterialStore(*p.master).addExample(sectionIdOf(*p.master, "activities"),
                                                                     QStringLiteral("Evening round"), QStringLiteral("Pilot")))
                                .uuid;
    auto dafydd = p.join(QStringLiteral("dafydd.qdf"), kParticipant);
    need(MaterialStore(*dafydd).removeExample(example));
    need(MaterialStore(*p.master).editExample(example, QStringLiteral("Evening round"), QStringLiteral("Pilot, now county-wide")));
    SyncStore master(*p.master);
    const ImportReport r = need(master.importFile(p.bundle(*dafydd, QStringLiteral("d.qdfsync"))));
    CHECK(r.count(Outcome::Conflict) == 1);
    CHECK(need(MaterialStore(*p.master).examples(sectionIdOf(*p.master, "activities"))).size() == 1);
    const auto open = need(master.conflicts());
    REQUIRE(open.size() == 1);
    CHECK(open[0].reason == QStringLiteral("delete-edit"));
    CHECK(open[0].theirs->deleted);
}

TEST_CASE("The same edit on both sides is taken once, and bundles of another programme, edited, truncated or newer are refused", "[sync]")
{
    Fixture p;
    auto dafydd = p.join(QStringLiteral("dafydd.qdf"), kParticipant);
    auto sioned = p.join(QStringLiteral("sioned.qdf"), kSioned);
    const QString body = QStringLiteral("Nurses visit every day.");
    need(ScheduleStore(*dafydd).edit(p.scheduleUuid, QStringLiteral("Visits"), body));
    need(ScheduleStore(*sioned).edit(p.scheduleUuid, QStringLiteral("Visits"), QStringLiteral("Nurses visit every day.\r\n").trimmed()));
    SyncStore master(*p.master);
    CHECK(need(master.importFile(p.bundle(*dafydd, QStringLiteral("d.qdfsync")))).count(Outcome::FastForward) == 1);
    const QString fromSioned = p.bundle(*sioned, QStringLiteral("s.qdfsync"));
    CHECK(need(master.importFile(fromSioned)).count(Outcome::AlreadyHad) == 1);

    // Another programme's participant.
    Folder other;
    const QString otherMaster = other.path(QStringLiteral("other.qdf"));
    newMaster(otherMaster);
    auto stranger = need(createParticipant(other.path(QStringLiteral("x.qdf")), kSioned, otherMaster));
    need(AnswerStore(*stranger).set(question(*stranger, "activities", "reason").id, QStringLiteral("Elsewhere")));
    const QString foreign = other.path(QStringLiteral("x.qdfsync"));
    need(SyncStore(*stranger).exportContribution(foreign));
    const qint64 revision = p.master->info().revision;
    CHECK(master.importFile(foreign).error().code == Error::Code::WrongProgramme);

    // Edited on the way: one byte of the sealed content changed.
    QByteArray bytes = readAll(fromSioned);
    const QString edited = p.folder.path(QStringLiteral("edited.qdfsync"));
    {
        QJsonObject envelope = QJsonDocument::fromJson(bytes).object();
        QJsonObject sealed = envelope.value(QStringLiteral("sealed")).toObject();
        QByteArray cipher = QByteArray::fromBase64(sealed.value(QStringLiteral("ciphertext")).toString().toLatin1());
        REQUIRE(cipher.size() > 100);
        cipher[cipher.size() / 2] = char(cipher[cipher.size() / 2] ^ 1);
        sealed.insert(QStringLiteral("ciphertext"), QString::fromLatin1(cipher.toBase64()));
        envelope.insert(QStringLiteral("sealed"), sealed);
        writeAll(edited, QJsonDocument(envelope).toJson());
    }
    CHECK(master.importFile(edited).error().code == Error::Code::Damaged);
    // Truncated.
    const QString truncated = p.folder.path(QStringLiteral("truncated.qdfsync"));
    writeAll(truncated, bytes.left(bytes.size() / 2));
    const Error cut = master.importFile(truncated).error();
    CHECK(cut.code == Error::Code::Damaged);
    CHECK(cut.message.contains(QStringLiteral("truncated.qdfsync")));
    // From a newer QDF Workbench.
    QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    doc.insert(QStringLiteral("formatVersion"), 3);
    const QString newer = p.folder.path(QStringLiteral("newer.qdfsync"));
    writeAll(newer, QJsonDocument(doc).toJson());
    CHECK(master.importFile(newer).error().code == Error::Code::NewerSchema);
    // Not a bundle at all.
    CHECK(master.importFile(p.masterPath).error().code == Error::Code::Damaged);
    // A contribution is not applied to a participant.
    CHECK(SyncStore(*sioned).importFile(fromSioned).error().code == Error::Code::NotAllowed);
    CHECK(p.master->info().revision == revision);  // every refusal changed nothing
}

TEST_CASE("An import is undone as a whole, even after later imports", "[sync]")
{
    Fixture p;
    auto dafydd = p.join(QStringLiteral("dafydd.qdf"), kParticipant);
    auto sioned = p.join(QStringLiteral("sioned.qdf"), kSioned);
    need(ScheduleStore(*dafydd).edit(p.scheduleUuid, QStringLiteral("Visits"), QStringLiteral("Dafydd's version.")));
    need(MaterialStore(*dafydd).addExample(sectionIdOf(*dafydd, "activities"), QStringLiteral("From Dafydd"), QStringLiteral("x")));
    need(AnswerStore(*dafydd).set(question(*dafydd, "activities", "reason").id, QStringLiteral("Dafydd's answer")));
    need(MaterialStore(*sioned).addExample(sectionIdOf(*sioned, "care-standards"), QStringLiteral("From Sioned"), QStringLiteral("y")));
    SyncStore master(*p.master);
    const QString original = p.scheduleBody(*p.master);
    const ImportReport first = need(master.importFile(p.bundle(*dafydd, QStringLiteral("d.qdfsync"))));
    need(master.importFile(p.bundle(*sioned, QStringLiteral("s.qdfsync"))));
    CHECK(need(master.undoImport(first.bundleId)) == QStringLiteral("d.qdfsync"));
    CHECK(p.scheduleBody(*p.master) == original);
    CHECK(need(MaterialStore(*p.master).examples(sectionIdOf(*p.master, "activities"))).isEmpty());
    CHECK(need(MaterialStore(*p.master).examples(sectionIdOf(*p.master, "care-standards"))).size() == 1);  // Sioned's stays
    CHECK(need(master.contributions()).isEmpty());
    // Undone, the same bundle can be taken in again.
    CHECK_FALSE(need(master.importFile(p.folder.path(QStringLiteral("d.qdfsync")))).alreadyImported);
}

TEST_CASE("An update brings the master's work and never overwrites a participant's own", "[sync]")
{
    Fixture p;
    auto dafydd = p.join(QStringLiteral("dafydd.qdf"), kParticipant);
    const Question reason = question(*dafydd, "activities", "reason");
    need(AnswerStore(*dafydd).set(reason.id, QStringLiteral("My own answer")));
    need(ScheduleStore(*dafydd).edit(p.scheduleUuid, QStringLiteral("Visits"),
                                     QStringLiteral("Nurses visit on weekdays between nine and five, and every visit is "
                                                    "recorded in the shared record within the hour.")));
    // Meanwhile the master edits the same Schedule elsewhere, answers, and adds a signed-off one.
    need(ScheduleStore(*p.master).edit(p.scheduleUuid, QStringLiteral("Visits"),
                                       QStringLiteral("District nurses visit on weekdays between nine and five, and every visit "
                                                      "is recorded in the shared record.")));
    need(AnswerStore(*p.master).set(reason.id, QStringLiteral("The master's composed answer")));
    const Schedule adopted = need(ScheduleStore(*p.master).add(sectionIdOf(*p.master, "care-standards"),
                                                               QStringLiteral("Standards"), QStringLiteral("Agreed text")));
    need(ScheduleStore(*p.master).edit(adopted.uuid, QStringLiteral("Standards"), QStringLiteral("Agreed text, revised")));
    need(ScheduleStore(*p.master).edit(adopted.uuid, QStringLiteral("Standards"), QStringLiteral("Agreed text, final")));
    need(ScheduleStore(*p.master).move(adopted.uuid, Maturity::Ready));
    need(ScheduleStore(*p.master).sign(adopted.uuid));
    need(ScheduleStore(*p.master).move(adopted.uuid, Maturity::SignedOff));

    const QString update = p.folder.path(QStringLiteral("update-1.qdfupdate"));
    const Bundle published = need(SyncStore(*p.master).exportUpdate(update));
    CHECK(SyncStore(*p.master).importFile(update).error().code == Error::Code::NotAllowed);
    const ImportReport r = need(SyncStore(*dafydd).importFile(update));
    CHECK(r.count(Outcome::Merged) == 1);
    CHECK(p.scheduleBody(*dafydd)
          == QStringLiteral("District nurses visit on weekdays between nine and five, and every visit is recorded in the shared "
                            "record within the hour."));
    CHECK(need(AnswerStore(*dafydd).current(reason.id))->text == QStringLiteral("My own answer"));
    const auto masterAnswer = need(SyncStore(*dafydd).contributions(QStringLiteral("answer:") + reason.uuid));
    REQUIRE(masterAnswer.size() == 1);
    CHECK(masterAnswer[0].text == QStringLiteral("The master's composed answer"));
    const Schedule arrived = need(ScheduleStore(*dafydd).find(adopted.uuid));
    CHECK(arrived.maturity == Maturity::SignedOff);
    CHECK(ScheduleStore(*dafydd).edit(adopted.uuid, QStringLiteral("Mine"), QStringLiteral("x")).error().code
          == Error::Code::NotAllowed);  // signed off: read-only
    const auto signatures = need(ScheduleStore(*dafydd).signOffs(adopted.uuid));
    REQUIRE(signatures.size() == 1);
    CHECK(signatures[0].version == arrived.version);  // signed the text that arrived, whatever the count here
    CHECK(arrived.body == QStringLiteral("Agreed text, final"));
    CHECK(*dafydd->info().baseRevision == published.manifest.newRevision);

    // Applying it again changes nothing; an older update is refused.
    CHECK(need(SyncStore(*dafydd).importFile(update)).alreadyImported);
    const QString older = p.folder.path(QStringLiteral("older.qdfupdate"));
    Bundle stale = published;
    stale.manifest.bundleId = QStringLiteral("00000000-0000-0000-0000-000000000001");
    stale.manifest.newRevision = published.manifest.newRevision - 1;
    need(writeBundle(older, stale, signedAs(*p.master)));
    const Error refused = SyncStore(*dafydd).importFile(older).error();
    CHECK(refused.code == Error::Code::NotAllowed);
    CHECK(refused.message.contains(QStringLiteral("older")));
}

TEST_CASE("The same change from two people is taken once with both authors recorded, and a merge is both sides' work", "[sync]")
{
    Fixture p;
    auto dafydd = p.join(QStringLiteral("dafydd.qdf"), kParticipant);
    auto sioned = p.join(QStringLiteral("sioned.qdf"), kSioned);
    const QString itemId = QStringLiteral("schedule:") + p.scheduleUuid;
    const QString body = QStringLiteral("Nurses visit every day.");
    need(ScheduleStore(*dafydd).edit(p.scheduleUuid, QStringLiteral("Visits"), body));
    need(ScheduleStore(*sioned).edit(p.scheduleUuid, QStringLiteral("Visits"), body));
    SyncStore master(*p.master);
    need(master.importFile(p.bundle(*dafydd, QStringLiteral("d.qdfsync"))));
    // The version written is Dafydd's, not the production team's who imported it.
    CHECK(need(master.authors(itemId)) == QStringList{kParticipant.name});
    CHECK(need(ScheduleStore(*p.master).find(p.scheduleUuid)).change.by == kParticipant.name);
    const ImportReport second = need(master.importFile(p.bundle(*sioned, QStringLiteral("s.qdfsync"))));
    CHECK(second.count(Outcome::AlreadyHad) == 1);
    CHECK(p.scheduleBody(*p.master) == body);
    CHECK(need(master.authors(itemId)) == (QStringList{kParticipant.name, kSioned.name}));
    // Undoing Sioned's import forgets her as an author of it, and only that.
    need(master.undoImport(second.bundleId));
    CHECK(need(master.authors(itemId)) == QStringList{kParticipant.name});

    // Different, separate changes merge word by word: the result is both people's.
    auto aled = p.join(QStringLiteral("aled.qdf"), Owner{QStringLiteral("Aled Hughes"), {}, {}});
    auto nia = p.join(QStringLiteral("nia.qdf"), Owner{QStringLiteral("Nia Jones"), {}, {}});
    need(ScheduleStore(*aled).edit(p.scheduleUuid, QStringLiteral("Visits"), QStringLiteral("District nurses visit every day.")));
    need(ScheduleStore(*nia).edit(p.scheduleUuid, QStringLiteral("Visits"), QStringLiteral("Nurses visit every day and night.")));
    need(master.importFile(p.bundle(*aled, QStringLiteral("a.qdfsync"))));
    CHECK(need(master.importFile(p.bundle(*nia, QStringLiteral("n.qdfsync")))).count(Outcome::Merged) == 1);
    CHECK(p.scheduleBody(*p.master) == QStringLiteral("District nurses visit every day and night."));
    CHECK(need(master.authors(itemId)) == (QStringList{QStringLiteral("Nia Jones"), QStringLiteral("Aled Hughes")}));
}

TEST_CASE("Updates carry the master's questions and explanations, and a workbook can join from an update file", "[sync]")
{
    Fixture p;
    auto dafydd = p.join(QStringLiteral("dafydd.qdf"), kParticipant);
    const Question reason = question(*dafydd, "activities", "reason");
    const Question product = question(*dafydd, "activities", "intended-product");
    need(AnswerStore(*dafydd).set(reason.id, QStringLiteral("My own answer")));
    // Only the master changes the questions.
    CHECK(FrameworkEdits(*dafydd).addQuestion(QStringLiteral("activities"), QStringLiteral("mine"), QStringLiteral("?")).error().code
          == Error::Code::NotAllowed);

    FrameworkEdits edits(*p.master);
    need(edits.addQuestion(QStringLiteral("activities"), QStringLiteral("weekends"), QStringLiteral("Who visits at weekends?"),
                           QStringLiteral("Name the teams.")));
    CHECK(edits.addQuestion(QStringLiteral("activities"), QStringLiteral("weekends"), QStringLiteral("Again?")).error().code
          == Error::Code::NotAllowed);
    CHECK(edits.addQuestion(QStringLiteral("activities"), QStringLiteral("Not A Key"), QStringLiteral("?")).error().code
          == Error::Code::InvalidArgument);
    need(edits.editQuestion(QStringLiteral("activities"), QStringLiteral("reason"), QStringLiteral("Why does the service exist?"),
                            std::nullopt));
    need(edits.setExplanation(QStringLiteral("activities"), QStringLiteral("What the service does, day by day.")));
    need(AnswerStore(*p.master).set(reason.id, QStringLiteral("The master's reason")));
    need(AnswerStore(*p.master).set(product.id, QStringLiteral("The master's product")));

    const QString update = p.folder.path(QStringLiteral("u1.qdfupdate"));
    const Bundle published = need(SyncStore(*p.master).exportUpdate(update));
    const ImportReport applied = need(SyncStore(*dafydd).importFile(update));
    CHECK(applied.count(Outcome::FastForward) >= 2);  // the revised question and explanation
    const Question weekends = question(*dafydd, "activities", "weekends");
    CHECK(weekends.text == QStringLiteral("Who visits at weekends?"));
    CHECK(weekends.guidance == QStringLiteral("Name the teams."));
    CHECK(question(*dafydd, "activities", "reason").text == QStringLiteral("Why does the service exist?"));
    CHECK(need(SectionStore(*dafydd).byKey(QStringLiteral("activities"))).explanation
          == QStringLiteral("What the service does, day by day."));
    // Their own answer stays (the master's sits beside it); where they wrote none, the master's comes in.
    CHECK(need(AnswerStore(*dafydd).current(reason.id))->text == QStringLiteral("My own answer"));
    CHECK(need(SyncStore(*dafydd).contributions(QStringLiteral("answer:") + reason.uuid)).size() == 1);
    CHECK(need(AnswerStore(*dafydd).current(product.id))->text == QStringLiteral("The master's product"));
    // Their next contribution carries their own work, not the questions.
    need(AnswerStore(*dafydd).set(weekends.id, QStringLiteral("The out-of-hours team.")));
    const Bundle next = need(SyncStore(*dafydd).pendingContribution());
    for (const ItemChange &c : next.changes)
        CHECK((c.state.kind() != QLatin1String("question") && c.state.kind() != QLatin1String("section")));
    CHECK(next.changes.size() == 2);  // the answer they wrote before the update, and this one
    // Undoing the update keeps a question that has an answer now.
    need(SyncStore(*dafydd).undoImport());
    CHECK(question(*dafydd, "activities", "weekends").text == QStringLiteral("Who visits at weekends?"));
    CHECK(question(*dafydd, "activities", "reason").text == reason.text);

    // Joining from the update file alone: the same questions, under the same ids, and the master's answers.
    const Owner nia{QStringLiteral("Nia Jones"), QStringLiteral("Afon Vale Carers"), {}};
    auto joined = need(joinFromUpdate(p.folder.path(QStringLiteral("nia.qdf")), nia, update));
    CHECK_FALSE(joined->isMaster());
    CHECK(joined->info().programme.uuid == p.master->info().programme.uuid);
    CHECK(*joined->info().baseRevision == published.manifest.newRevision);
    CHECK(question(*joined, "activities", "weekends").uuid == weekends.uuid);
    const auto joinedProduct = need(AnswerStore(*joined).current(question(*joined, "activities", "intended-product").id));
    REQUIRE(joinedProduct);
    CHECK(joinedProduct->text == QStringLiteral("The master's product"));
    CHECK(p.scheduleBody(*joined) == p.scheduleBody(*p.master));
    CHECK(need(SyncStore(*joined).pendingContribution()).changes.isEmpty());  // nothing of theirs yet
    CHECK_FALSE(QFileInfo::exists(p.folder.path(QStringLiteral("nia.backups"))));
    // Their first contribution is taken into the master like anyone's.
    need(AnswerStore(*joined).set(question(*joined, "activities", "weekends").id, QStringLiteral("Nia's answer")));
    CHECK(need(SyncStore(*p.master).importFile(p.bundle(*joined, QStringLiteral("nia.qdfsync")))).contributions == 1);

    // Not a way in: a contribution, a workbook file, a damaged update; nothing is left behind.
    const QString target = p.folder.path(QStringLiteral("nobody.qdf"));
    CHECK(joinFromUpdate(target, nia, p.folder.path(QStringLiteral("nia.qdfsync"))).error().code == Error::Code::NotAllowed);
    CHECK(joinFromUpdate(target, nia, p.masterPath).error().message.contains(QStringLiteral("workbook file")));
    const QByteArray bytes = readAll(update);
    writeAll(p.folder.path(QStringLiteral("cut.qdfupdate")), bytes.left(bytes.size() - 10));
    CHECK(joinFromUpdate(target, nia, p.folder.path(QStringLiteral("cut.qdfupdate"))).error().code == Error::Code::Damaged);
    CHECK_FALSE(QFileInfo::exists(target));
}

TEST_CASE("Nothing is ever lost and every rule holds: random edits on three sides, the master moving the Schedule through maturity between them", "[sync][property]")
{
    for (quint32 seed : {1u, 7u, 42u, 2027u}) {
        INFO("seed " << seed);
        QRandomGenerator random(seed);
        Fixture p;
        std::vector<std::unique_ptr<Workbook>> people;
        people.push_back(p.join(QStringLiteral("a.qdf"), kParticipant));
        people.push_back(p.join(QStringLiteral("b.qdf"), kSioned));
        people.push_back(p.join(QStringLiteral("c.qdf"), Owner{QStringLiteral("Aled Hughes"), {}, {}}));
        const QStringList words{QStringLiteral("nurse"), QStringLiteral("visit"), QStringLiteral("carer"), QStringLiteral("weekend"),
                                QStringLiteral("record"), QStringLiteral("Cwm Afon"), QStringLiteral("gofal"), QStringLiteral("café")};
        // Every text a participant sent, with the words it added to the version it started from:
        // a word-level merge keeps those words, if not the whole text.
        QVector<QPair<QString, QStringList>> sent;
        for (int round = 0; round < 3; ++round) {
            for (std::size_t who = 0; who < people.size(); ++who) {
                Workbook &wb = *people[who];
                for (int edit = 0; edit < 3; ++edit) {
                    const QString text = QStringLiteral("%1 %2 %3 %4").arg(words[random.bounded(words.size())]).arg(round).arg(who).arg(edit);
                    // A Schedule that came back signed off in an update is read-only here.
                    const bool locked = isLocked(need(ScheduleStore(wb).find(p.scheduleUuid)).maturity);
                    switch (random.bounded(3)) {
                    case 0: need(AnswerStore(wb).set(question(wb, "activities", "reason").id, text)); break;
                    case 1: {
                        if (locked) {
                            need(AnswerStore(wb).set(question(wb, "activities", "reason").id, text));
                            break;
                        }
                        const QString body = p.scheduleBody(wb);
                        const QStringList tokens = body.split(QLatin1Char(' '));
                        QStringList changed = tokens;
                        changed[random.bounded(int(tokens.size()))] = text;
                        need(ScheduleStore(wb).edit(p.scheduleUuid, QStringLiteral("Visits"), changed.join(QLatin1Char(' '))));
                        break;
                    }
                    default:
                        need(MaterialStore(wb).addExample(sectionIdOf(wb, "activities"), text, text));
                    }
                }
                const Bundle b = need(SyncStore(wb).pendingContribution());
                for (const ItemChange &c : b.changes) {
                    for (const QString &field : {QStringLiteral("text"), QStringLiteral("body")}) {
                        if (!c.state.fields.contains(field))
                            continue;
                        QStringList added = c.state.fields.value(field).toString().split(QLatin1Char(' '));
                        if (c.base) {
                            for (const QString &w : c.base->fields.value(field).toString().split(QLatin1Char(' ')))
                                added.removeOne(w);
                        }
                        sent << qMakePair(c.state.fields.value(field).toString(), added);
                    }
                }
                // Meanwhile the production team moves the Schedule on in the master.
                moveOn(*p.master, p.scheduleUuid, random);
                const Schedule before = need(ScheduleStore(*p.master).find(p.scheduleUuid));
                need(SyncStore(*p.master).importFile(p.bundle(wb, QStringLiteral("%1-%2.qdfsync").arg(who).arg(round))));
                const Schedule after = need(ScheduleStore(*p.master).find(p.scheduleUuid));
                // No import moves a Schedule's maturity in the master, or changes a signed one.
                CHECK(after.maturity == before.maturity);
                if (isLocked(before.maturity)) {
                    CHECK(after.body == before.body);
                    CHECK(after.version == before.version);
                }
                INFO(checkIntegrity(*p.master).join(QStringLiteral("; ")).toStdString());
                CHECK(checkIntegrity(*p.master).isEmpty());
            }
            // Now and then the participants take the master's update (and so its maturity).
            const QString update = p.folder.path(QStringLiteral("update-%1.qdfupdate").arg(round));
            need(SyncStore(*p.master).exportUpdate(update));
            for (auto &person : people) {
                if (random.bounded(2) == 0) {
                    need(SyncStore(*person).importFile(update));
                    CHECK(checkIntegrity(*person).isEmpty());
                }
            }
        }
        // Everything the master holds: its items, the contributions, the conflicts' sides.
        QStringList held;
        for (const ItemState &s : need(readItems(*p.master))) {
            for (const QString &field : {QStringLiteral("text"), QStringLiteral("body")})
                held << s.fields.value(field).toString();
        }
        for (const Contribution &c : need(SyncStore(*p.master).contributions()))
            held << c.text;
        // A Schedule's earlier versions stay in its history.
        for (const ScheduleVersion &v : need(ScheduleStore(*p.master).versions(p.scheduleUuid)))
            held << v.body;
        for (const Conflict &c : need(SyncStore(*p.master).conflicts(false))) {
            if (c.theirs)
                held << c.theirs->fields.value(QStringLiteral("body")).toString() << c.theirs->fields.value(QStringLiteral("text")).toString();
        }
        for (const auto &[text, added] : sent) {
            const bool kept = held.contains(text) || std::any_of(held.cbegin(), held.cend(), [&](const QString &h) {
                                  const QStringList words = h.split(QLatin1Char(' '));
                                  return std::all_of(added.cbegin(), added.cend(), [&](const QString &w) { return words.contains(w); });
                              });
            INFO("lost: " << text.toStdString() << "\nheld:\n" << held.join(QStringLiteral("\n")).toStdString());
            CHECK(kept);
        }
    }
}

TEST_CASE("A shared master is worked on as a local copy and written back whole, unless someone changed it meanwhile", "[sync][shared]")
{
    Fixture p;
    p.master.reset();  // closed, as on a shared folder
    SharedMaster first = need(SharedMaster::checkOut(p.masterPath));
    CHECK(first.workingPath() != p.masterPath);
    {
        auto local = need(Workbook::open(first.workingPath()));
        need(ScheduleStore(*local).edit(p.scheduleUuid, QStringLiteral("Visits"), QStringLiteral("Edited on the laptop.")));
    }
    need(first.checkIn());
    first.release();
    CHECK(p.scheduleBody(*need(Workbook::open(p.masterPath))) == QStringLiteral("Edited on the laptop."));
    CHECK_FALSE(QFileInfo::exists(first.workingPath()));

    // While a copy is out, the shared master's lock keeps every other QDF writer off it...
    SharedMaster second = need(SharedMaster::checkOut(p.masterPath));
    {
        auto local = need(Workbook::open(second.workingPath()));
        need(ScheduleStore(*local).edit(p.scheduleUuid, QStringLiteral("Visits"), QStringLiteral("Mine.")));
    }
    {
        auto other = need(Workbook::open(p.masterPath));
        const auto refusedEdit = ScheduleStore(*other).edit(p.scheduleUuid, QStringLiteral("Visits"), QStringLiteral("Theirs, meanwhile."));
        REQUIRE_FALSE(refusedEdit.ok());
        CHECK(refusedEdit.error().code == Error::Code::Locked);
    }
    // ...and another program that writes the file anyway makes the check-in refuse.
    asAnotherProgram(p.masterPath, {QStringLiteral("UPDATE schedule SET title = 'Theirs, meanwhile'")});
    const QByteArray before = fileHash(p.masterPath);
    const Error refused = second.checkIn().error();
    CHECK(refused.code == Error::Code::NotAllowed);
    CHECK(refused.message.contains(second.workingPath()));  // says where the work is kept
    CHECK(fileHash(p.masterPath) == before);
    CHECK(QFileInfo::exists(second.workingPath()));
}

TEST_CASE("Imports keep one backup a day of the workbook, not a copy of the whole master per import", "[sync]")
{
    Fixture p;
    auto dafydd = p.join(QStringLiteral("dafydd.qdf"), kParticipant);
    auto sioned = p.join(QStringLiteral("sioned.qdf"), kSioned);
    need(AnswerStore(*dafydd).set(question(*dafydd, "activities", "reason").id, QStringLiteral("Dafydd's answer")));
    need(AnswerStore(*sioned).set(question(*sioned, "activities", "reason").id, QStringLiteral("Sioned's answer")));
    const QDir backups(p.folder.path(QStringLiteral("master.backups")));
    const auto kept = [&] { return backups.entryList({QStringLiteral("*.qdf")}, QDir::Files); };

    // Two separate merges (two batches) the same day share the first one's backup.
    const ImportReport first = need(SyncStore(*p.master).importFile(p.bundle(*dafydd, QStringLiteral("d.qdfsync"))));
    REQUIRE(QFileInfo::exists(first.backupPath));
    const ImportReport second = need(SyncStore(*p.master).importFile(p.bundle(*sioned, QStringLiteral("s.qdfsync"))));
    CHECK(second.backupPath == first.backupPath);
    CHECK(kept().size() == 1);
    // Every import after the backup is still undone from its own records.
    need(SyncStore(*p.master).undoImport(second.bundleId));
    CHECK(need(SyncStore(*p.master).contributions()).size() == 1);

    // A day later the next import makes a new one.
    QFile old(first.backupPath);
    REQUIRE(old.open(QIODevice::ReadWrite));
    REQUIRE(old.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-25 * 3600), QFileDevice::FileModificationTime));
    old.close();
    const ImportReport third = need(SyncStore(*p.master).importFile(p.folder.path(QStringLiteral("s.qdfsync"))));
    CHECK(third.backupPath != first.backupPath);
    CHECK(QFileInfo::exists(third.backupPath));
    CHECK(kept().size() == 2);

}
