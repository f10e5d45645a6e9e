// Data protection through a real master with merged participants: everything about a person
// exported, the person erased (and their name and words gone from the file's bytes), a merge
// after the erasure, an update that carries it to the others, and an anonymous contribution.
#include "Attacker.h"
#include "TestSupport.h"

#include "core/IntegrityCheck.h"
#include "core/WorkbookCreation.h"
#include "core/catalyst/CatalystStore.h"
#include "core/keys/Keys.h"
#include "core/privacy/Anonymous.h"
#include "core/privacy/Erasure.h"
#include "core/privacy/People.h"
#include "core/privacy/PersonExport.h"
#include "core/privacy/Redaction.h"
#include "core/report/PersonReport.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Items.h"
#include "core/sync/Signers.h"
#include "core/sync/Sync.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace qdf;
using namespace qdf::sync;
using namespace qdf::test;

namespace {

const Owner kSioned{QStringLiteral("Sioned Evans"), QStringLiteral("Carers Group"), QStringLiteral("Carer")};
const QString kAnswer = QStringLiteral("Weekend visits depend on the bank staff rota at Ysbyty Cwm Afon.");
const QString kUsedAnswer = QStringLiteral("Everyone is seen within a day of leaving hospital.");
const QString kNote = QStringLiteral("My own doubts about the partnership board.");
const QString kElement = QStringLiteral("building-partnerships-1");

Question question(Workbook &wb, const char *section, const char *key)
{
    return need(SectionStore(wb).question(QLatin1String(section), QLatin1String(key)));
}

qint64 sectionIdOf(Workbook &wb, const char *key)
{
    return need(SectionStore(wb).byKey(QLatin1String(key))).id;
}

catalyst::Round roundOf(Workbook &wb, const char *name)
{
    return need(catalyst::CatalystStore(wb).round(QLatin1String(name)));
}

// Every byte the workbook's files hold on disk (the file and its write-ahead log, if any), in
// lower case: what someone reading the file with any tool would find.
QByteArray bytesOf(const QString &path)
{
    QByteArray all = readAll(path);
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        all += readAll(path + QStringLiteral("-wal"));
    return all.toLower();
}

// A programme Dafydd took part in: two Catalyst rounds (the group agreed levels in the first),
// his answers (one the team composed an answer from), his edit of a Schedule he then signed at a
// workshop, a working example, a key; Sioned too, and her copy holds his work from an update.
struct Taking {
    Folder folder;
    QString masterPath = folder.path(QStringLiteral("master.qdf"));
    std::unique_ptr<Workbook> master = newMaster(masterPath);
    std::unique_ptr<Workbook> dafydd;
    std::unique_ptr<Workbook> sioned;
    QString scheduleUuid;
    QString dafyddBundle;
    QString dafyddBundleId;

    Taking()
    {
        catalyst::CatalystStore(*master).addRound(QStringLiteral("Workshop 1"), QStringLiteral("2027-01-10")).value();
        catalyst::CatalystStore(*master).addRound(QStringLiteral("Workshop 2"), QStringLiteral("2027-03-10")).value();
        scheduleUuid = need(ScheduleStore(*master).add(sectionIdOf(*master, "activities"), QStringLiteral("Visits"),
                                                       QStringLiteral("Nurses visit on weekdays.")))
                           .uuid;
        dafydd = need(createParticipant(folder.path(QStringLiteral("dafydd.qdf")), kParticipant, masterPath));
        sioned = need(createParticipant(folder.path(QStringLiteral("sioned.qdf")), kSioned, masterPath));

        need(AnswerStore(*dafydd).set(question(*dafydd, "activities", "reason").id, kAnswer));
        need(AnswerStore(*dafydd).set(question(*dafydd, "activities", "intended-product").id, kUsedAnswer));
        catalyst::CatalystStore dafyddRatings(*dafydd);
        need(dafyddRatings.rate(roundOf(*dafydd, "Workshop 1"), kParticipant.name, kElement, 2, kNote));
        need(dafyddRatings.rate(roundOf(*dafydd, "Workshop 2"), kParticipant.name, kElement, 3, kNote));
        need(ScheduleStore(*dafydd).edit(scheduleUuid, QStringLiteral("Visits"), QStringLiteral("Nurses visit every day.")));
        need(MaterialStore(*dafydd).addExample(sectionIdOf(*dafydd, "activities"), QStringLiteral("Evening round"),
                                               QStringLiteral("A pilot of evening visits.")));
        need(AnswerStore(*sioned).set(question(*sioned, "activities", "reason").id, QStringLiteral("Carers know when.")));
        need(catalyst::CatalystStore(*sioned).rate(roundOf(*sioned, "Workshop 1"), kSioned.name, kElement, 3));

        dafyddBundle = folder.path(QStringLiteral("dafydd-1.qdfsync"));
        need(SyncStore(*dafydd).exportContribution(dafyddBundle));
        const QString fromSioned = folder.path(QStringLiteral("sioned-1.qdfsync"));
        need(SyncStore(*sioned).exportContribution(fromSioned));
        SyncStore store(*master);
        dafyddBundleId = need(store.importFile(dafyddBundle)).bundleId;
        need(store.importFile(fromSioned));

        // The production team: agrees the first round, composes an answer from Dafydd's, records
        // his sign-off at a workshop, names him in a text and as an action's lead.
        catalyst::CatalystStore ratings(*master);
        need(ratings.agree(roundOf(*master, "Workshop 1"), kElement, 2, QStringLiteral("Agreed after discussion.")));
        Action action;
        action.subjectKey = kElement;
        action.achieve = QStringLiteral("A partnership board that meets monthly.");
        action.lead = kParticipant.name;
        need(ratings.addAction(roundOf(*master, "Workshop 1"), action));
        const Question product = question(*master, "activities", "intended-product");
        for (const Contribution &c : need(store.contributions(QStringLiteral("answer:") + product.uuid))) {
            if (c.author == kParticipant.name)
                need(store.useContribution(c.uuid));
        }
        need(AnswerStore(*master).set(question(*master, "activities", "key-questions").id,
                                      QStringLiteral("Agreed with Dafydd Price at the March workshop.")));
        need(ScheduleStore(*master).move(scheduleUuid, Maturity::Ready));
        need(ScheduleStore(*master).sign(scheduleUuid, kParticipant));

        // Sioned's copy takes the master's record, and with it Dafydd's work and name.
        const QString update = folder.path(QStringLiteral("update-1.qdfupdate"));
        need(SyncStore(*master).exportUpdate(update));
        need(SyncStore(*sioned).importFile(update));
    }
};

} // namespace

TEST_CASE("A name is replaced as whole words in any case and spacing, and inside JSON texts", "[privacy]")
{
    const privacy::NameRedaction r(QStringLiteral("Ann Lee"), QStringLiteral("a participant, Health board"));
    int n = 0;
    CHECK(r.applied(QStringLiteral("Ann Lee and ANN  LEE, not Joann Lee nor Ann Leeds."), &n)
          == QStringLiteral("a participant, Health board and a participant, Health board, not Joann Lee nor Ann Leeds."));
    CHECK(n == 2);
    CHECK(r.isName(QStringLiteral(" ann lee ")));
    CHECK_FALSE(r.isName(QStringLiteral("Ann Lee (2)")));
    CHECK_FALSE(r.foundIn(QStringLiteral("Ann\nLee")));  // within a line only: Schedules keep line differences
    CHECK(r.fragment() == QStringLiteral("ann"));
    CHECK(r.appliedToJson(QStringLiteral("[2,\"Ann Lee signs.\\n\",-1]")) == QStringLiteral("[2,\"a participant, Health board signs.\\n\",-1]"));
    CHECK(privacy::plainLabel(QStringLiteral("a participant, Health/Social \"care\"")) == QStringLiteral("a participant, Health-Social 'care'"));
}

TEST_CASE("Every column of the schema that holds a name is one the people, the export and the erasure know", "[privacy]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    QSet<QString> known;
    for (const privacy::NameColumn &c : privacy::nameColumns())
        known << QStringLiteral("%1.%2").arg(QLatin1String(c.table), QLatin1String(c.column));
    auto q = need(sql::run(wb->database(), QStringLiteral("SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p"
                                                          " WHERE m.type = 'table' AND m.name NOT LIKE 'search_index%'")));
    const QRegularExpression nameLike(QStringLiteral("(_by|author|participant|owner_name|signer_name)$"));
    int seen = 0;
    while (q.next()) {
        const QString column = q.value(0).toString() + QLatin1Char('.') + q.value(1).toString();
        // The role written where an erased person's name was is nobody's name.
        if (!nameLike.match(column).hasMatch() || column == QLatin1String("erasure.replaced_by"))
            continue;
        ++seen;
        INFO(column.toStdString());
        CHECK(known.contains(column));
    }
    CHECK(seen == known.size());
}

TEST_CASE("Everything the master holds about a person is exported, as JSON and as a report", "[privacy]")
{
    Taking p;
    const auto everyone = need(privacy::people(*p.master));
    const auto found = std::find_if(everyone.cbegin(), everyone.cend(), [](const privacy::Person &x) { return x.name == kParticipant.name; });
    REQUIRE(found != everyone.cend());
    CHECK(found->organisation == kParticipant.organisation);
    CHECK(found->contributions == 2);
    CHECK(found->catalystRatings == 2);
    CHECK(found->signOffs == 1);
    REQUIRE(found->workbooks.size() == 1);
    CHECK(found->workbooks[0].workbookId == p.dafydd->info().uuid);
    CHECK(found->workbooks[0].fingerprint == need(keys::Keys(*p.dafydd).own())->fingerprint());
    // Found by name in any case, or by their workbook's id.
    CHECK(need(privacy::findPerson(*p.master, QStringLiteral("dafydd price"))).name == kParticipant.name);
    CHECK(need(privacy::findPerson(*p.master, p.dafydd->info().uuid.left(8))).name == kParticipant.name);
    CHECK(privacy::findPerson(*p.master, QStringLiteral("Nobody Here")).error().code == Error::Code::InvalidArgument);

    const privacy::PersonRecord r = need(privacy::personRecord(*p.master, kParticipant.name));
    REQUIRE(r.contributions.size() == 2);
    QStringList texts;
    for (const auto &c : r.contributions)
        texts << c.text;
    CHECK(texts.contains(kAnswer));
    CHECK(texts.contains(kUsedAnswer));
    REQUIRE(r.catalystRatings.size() == 2);
    CHECK(r.catalystRatings[0].note == kNote);
    CHECK(r.catalystRatings[0].level == 2);
    CHECK(r.catalystRatings[0].round == QStringLiteral("Workshop 1"));
    REQUIRE_FALSE(r.scheduleVersions.isEmpty());
    CHECK(r.scheduleVersions[0].body == QStringLiteral("Nurses visit every day."));
    REQUIRE(r.signOffs.size() == 1);
    CHECK(r.signOffs[0].organisation == kParticipant.organisation);
    REQUIRE(r.items.size() == 1);
    CHECK(r.items[0].title == QStringLiteral("Evening round"));
    REQUIRE(r.imports.size() == 1);
    CHECK(r.imports[0].file == QStringLiteral("dafydd-1.qdfsync"));
    CHECK(r.records.value(QStringLiteral("sync_key.owner_name")) == 1);
    QStringList where;
    for (const privacy::Mention &m : r.mentions)
        where << m.table + QLatin1Char('.') + m.column;
    CHECK(where.contains(QStringLiteral("answer.text")));
    CHECK(where.contains(QStringLiteral("action.lead")));

    const QJsonObject json = privacy::toJson(r);
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("qdf-person"));
    CHECK(json.value(QStringLiteral("person")).toObject().value(QStringLiteral("name")).toString() == kParticipant.name);
    CHECK(json.value(QStringLiteral("catalystRatings")).toArray().size() == 2);
    const report::Report doc = report::personReport(r);
    CHECK(doc.title.contains(kParticipant.name));
    const bool holdsAnswer = std::any_of(doc.blocks.cbegin(), doc.blocks.cend(), [](const report::Block &b) { return b.text == kAnswer; });
    CHECK(holdsAnswer);
}

TEST_CASE("Erasing a person removes or anonymises what they made, keeps no name, and leaves none in the file's bytes", "[privacy]")
{
    Taking p;
    const qint64 revision = p.master->info().revision;
    // Before, the file holds them (so the checks of its bytes below can fail).
    CHECK(bytesOf(p.masterPath).contains("dafydd price"));
    CHECK(bytesOf(p.masterPath).contains(kAnswer.toLower().toUtf8()));
    const QDir backups(p.folder.path(QStringLiteral("master.backups")));
    REQUIRE_FALSE(backups.entryList({QStringLiteral("*.qdf")}, QDir::Files).isEmpty());

    // The confirmation's figures: counted, nothing changed.
    const privacy::ErasureReport plan = need(privacy::ErasureStore(*p.master).plan(kParticipant.name));
    CHECK(plan.dryRun);
    CHECK(p.master->info().revision == revision);
    CHECK(need(privacy::findPerson(*p.master, kParticipant.name)).name == kParticipant.name);

    const privacy::ErasureReport erased = need(privacy::ErasureStore(*p.master).erase(QStringLiteral("Dafydd Price")));
    const QString label = QStringLiteral("a participant, Health board");
    CHECK(erased.label == label);
    CHECK(p.master->info().revision == revision + 1);  // one revision
    for (const auto &[counted, planned] : {qMakePair(erased.counts.contributionsRemoved, plan.counts.contributionsRemoved),
                                          qMakePair(erased.counts.ratingsRemoved, plan.counts.ratingsRemoved),
                                          qMakePair(erased.counts.records, plan.counts.records)})
        CHECK(counted == planned);
    CHECK(erased.counts.contributionsRemoved == 1);     // the answer nobody used
    CHECK(erased.counts.contributionsAnonymised == 1);  // the one an answer was composed from
    CHECK(erased.counts.ratingsAnonymised == 1);        // the round the group agreed
    CHECK(erased.counts.ratingsRemoved == 1);           // the round still open
    CHECK(erased.counts.signOffs == 1);
    CHECK(erased.counts.keys == 1);
    CHECK(erased.counts.imports == 1);
    CHECK(erased.counts.records > 5);
    CHECK(erased.compacted);
    CHECK(erased.backupsRemoved.size() == 1);
    CHECK(backups.entryList({QStringLiteral("*.qdf")}, QDir::Files).isEmpty());

    // The round's figures stand under the role; the open round holds no rating of theirs.
    const catalyst::RoundSnapshot agreed = need(catalyst::CatalystStore(*p.master).snapshot(QStringLiteral("Workshop 1")));
    CHECK(agreed.byParticipant.value(label).value(kElement) == 2);
    CHECK(agreed.byParticipant.contains(kSioned.name));
    CHECK(need(catalyst::CatalystStore(*p.master).snapshot(QStringLiteral("Workshop 2"))).byParticipant.isEmpty());
    const auto signOffs = need(ScheduleStore(*p.master).signOffs(p.scheduleUuid));
    REQUIRE(signOffs.size() == 1);
    CHECK(signOffs[0].signer.name == label);
    CHECK(signOffs[0].signer.role.isEmpty());
    CHECK(need(ScheduleStore(*p.master).find(p.scheduleUuid)).body == QStringLiteral("Nurses visit every day."));  // the Framework stays
    const auto kept = need(SyncStore(*p.master).contributions());
    CHECK(std::none_of(kept.cbegin(), kept.cend(), [](const Contribution &c) { return c.text == kAnswer; }));
    CHECK(std::any_of(kept.cbegin(), kept.cend(), [&](const Contribution &c) { return c.author == label && c.text == kUsedAnswer; }));
    CHECK(need(AnswerStore(*p.master).current(question(*p.master, "activities", "key-questions").id))->text
          == QStringLiteral("Agreed with a participant, Health board at the March workshop."));

    // A record that it happened, without the name; the person is nobody the master lists now.
    const auto records = need(privacy::ErasureStore(*p.master).records());
    REQUIRE(records.size() == 1);
    CHECK(records[0].replacedBy == label);
    CHECK(records[0].erasedBy == kProducer.name);
    CHECK(records[0].counts.value(QStringLiteral("ratingsRemoved")).toInt() == 1);
    const auto everyone = need(privacy::people(*p.master));
    CHECK(std::none_of(everyone.cbegin(), everyone.cend(), [](const privacy::Person &x) { return x.name == kParticipant.name; }));
    CHECK(std::none_of(everyone.cbegin(), everyone.cend(), [&](const privacy::Person &x) { return x.name == label; }));
    CHECK(privacy::ErasureStore(*p.master).erase(kParticipant.name).error().code == Error::Code::InvalidArgument);
    CHECK(checkIntegrity(*p.master).isEmpty());
    // Their import is a record now, not something to undo; the others' still are.
    CHECK(SyncStore(*p.master).undoImport(p.dafyddBundleId).error().message.contains(QStringLiteral("erased")));

    p.master.reset();
    const QByteArray bytes = bytesOf(p.masterPath);
    CHECK_FALSE(bytes.contains("dafydd price"));
    CHECK_FALSE(bytes.contains("dafydd"));  // nor a word of it: the search index keeps words one by one
    CHECK_FALSE(bytes.contains(kAnswer.toLower().toUtf8()));
    CHECK_FALSE(bytes.contains(kNote.toLower().toUtf8()));
    CHECK(bytes.contains(label.toLower().toUtf8()));
}

TEST_CASE("After an erasure the person's workbook is refused, a state of theirs arrives under the role, and they may join afresh", "[privacy]")
{
    Taking p;
    need(privacy::ErasureStore(*p.master).erase(kParticipant.name));
    const QString label = QStringLiteral("a participant, Health board");
    SyncStore master(*p.master);
    const qint64 revision = p.master->info().revision;

    // Their next contribution does not bring their data back.
    need(AnswerStore(*p.dafydd).set(question(*p.dafydd, "care-standards", "reason").id, QStringLiteral("Still here.")));
    const QString again = p.folder.path(QStringLiteral("dafydd-2.qdfsync"));
    need(SyncStore(*p.dafydd).exportContribution(again));
    const Error refused = master.importFile(again).error();
    CHECK(refused.code == Error::Code::NotAllowed);
    CHECK(refused.message.contains(QStringLiteral("erased")));
    CHECK(refused.message.contains(label));
    CHECK_FALSE(refused.message.contains(kParticipant.name));
    CHECK(master.preview(again).error().code == Error::Code::NotAllowed);
    CHECK(keys::Keys(*p.master).accept(need(sync::signerOf(*p.master, again))).error().code == Error::Code::NotAllowed);
    CHECK(p.master->info().revision == revision);

    // A merge after the erasure: Sioned's copy still names Dafydd as the author of a state (she
    // has not taken the update that carries the erasure); it arrives under the role.
    need(ScheduleStore(*p.sioned).edit(p.scheduleUuid, QStringLiteral("Visits"), QStringLiteral("Nurses visit every day and night.")));
    Bundle fromSioned = need(SyncStore(*p.sioned).pendingContribution());
    REQUIRE_FALSE(fromSioned.changes.isEmpty());
    for (ItemChange &c : fromSioned.changes) {
        if (c.state.kind() == QLatin1String("schedule"))
            c.state.author = kParticipant.name;
    }
    const ImportReport merged = need(master.importBundle(fromSioned, p.folder.path(QStringLiteral("sioned-2.qdfsync"))));
    CHECK(merged.count(Outcome::FastForward) + merged.count(Outcome::Merged) >= 1);
    CHECK(need(ScheduleStore(*p.master).find(p.scheduleUuid)).change.by == label);

    // Someone of the same name joining afresh, with a new workbook, is a new participant.
    auto afresh = need(createParticipant(p.folder.path(QStringLiteral("dafydd-new.qdf")), kParticipant, p.masterPath));
    need(AnswerStore(*afresh).set(question(*afresh, "evaluation", "reason").id, QStringLiteral("Back, with consent.")));
    const QString fresh = p.folder.path(QStringLiteral("dafydd-new.qdfsync"));
    need(SyncStore(*afresh).exportContribution(fresh));
    const ImportReport joined = need(master.importFile(fresh));
    CHECK(joined.signerTrust == QStringLiteral("new"));
    CHECK(joined.contributions == 1);
    p.master.reset();
    // The name is in the master again only as the new participant's.
    auto reopened = need(Workbook::open(p.masterPath));
    const privacy::PersonRecord back = need(privacy::personRecord(*reopened, kParticipant.name));
    REQUIRE(back.contributions.size() == 1);
    CHECK(back.contributions[0].text == QStringLiteral("Back, with consent."));
}

TEST_CASE("The master's next update carries the erasure: the others' copies drop the person, their own copy is theirs", "[privacy]")
{
    Taking p;
    // Sioned's copy holds Dafydd's ratings, sign-off and authorship from the first update.
    CHECK(need(catalyst::CatalystStore(*p.sioned).snapshot(QStringLiteral("Workshop 2"))).byParticipant.contains(kParticipant.name));
    CHECK(bytesOf(p.sioned->path()).contains(kNote.toLower().toUtf8()));
    need(privacy::ErasureStore(*p.master).erase(kParticipant.name));
    const QString label = QStringLiteral("a participant, Health board");
    const QString update = p.folder.path(QStringLiteral("update-2.qdfupdate"));
    const Bundle published = need(SyncStore(*p.master).exportUpdate(update));
    REQUIRE(published.erasures.size() == 1);
    CHECK(published.erasures[0].replacedBy == label);
    CHECK_FALSE(readAll(update).toLower().contains("dafydd"));

    const ImportReport applied = need(SyncStore(*p.sioned).importFile(update));
    CHECK(applied.erasures == 1);
    CHECK(applied.backupPath.isEmpty());  // the day's backup held him too
    CHECK(need(catalyst::CatalystStore(*p.sioned).snapshot(QStringLiteral("Workshop 2"))).byParticipant.isEmpty());
    const catalyst::RoundSnapshot first = need(catalyst::CatalystStore(*p.sioned).snapshot(QStringLiteral("Workshop 1")));
    CHECK(first.byParticipant.value(label).value(kElement) == 2);
    CHECK(need(ScheduleStore(*p.sioned).signOffs(p.scheduleUuid))[0].signer.name == label);
    CHECK(need(SyncStore(*p.sioned).pendingContribution()).changes.isEmpty());  // nothing to send back
    CHECK(checkIntegrity(*p.sioned).isEmpty());
    CHECK(need(SyncStore(*p.sioned).importFile(update)).alreadyImported);
    const QString sionedPath = p.sioned->path();
    p.sioned.reset();
    const QByteArray bytes = bytesOf(sionedPath);
    CHECK_FALSE(bytes.contains("dafydd price"));
    CHECK_FALSE(bytes.contains(kNote.toLower().toUtf8()));

    // Someone joining from that update never meets him.
    auto aled = need(joinFromUpdate(p.folder.path(QStringLiteral("aled.qdf")), Owner{QStringLiteral("Aled Hughes"), {}, {}}, update));
    CHECK(need(privacy::people(*aled)).size() >= 1);
    CHECK(privacy::findPerson(*aled, kParticipant.name).error().code == Error::Code::InvalidArgument);

    // His own copy is his: the update takes the master's record in, and keeps his own work.
    const ImportReport own = need(SyncStore(*p.dafydd).importFile(update));
    CHECK(own.erasures == 0);
    CHECK(need(AnswerStore(*p.dafydd).current(question(*p.dafydd, "activities", "reason").id))->text == kAnswer);
}

TEST_CASE("An anonymous contribution carries the role and organisation, never the name, and is still signed", "[privacy]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    auto master = newMaster(masterPath);
    catalyst::CatalystStore(*master).addRound(QStringLiteral("Workshop 1"), QStringLiteral("2027-01-10")).value();
    auto nia = need(createParticipant(folder.path(QStringLiteral("nia.qdf")), kSioned, masterPath));
    need(AnswerStore(*nia).set(question(*nia, "activities", "reason").id, QStringLiteral("As Sioned Evans I see carers wait.")));
    need(catalyst::CatalystStore(*nia).rate(roundOf(*nia, "Workshop 1"), kSioned.name, kElement, 3));
    need(MaterialStore(*nia).addExample(sectionIdOf(*nia, "activities"), QStringLiteral("Carers' café"), QStringLiteral("Monthly.")));

    const QString path = folder.path(QStringLiteral("anonymous.qdfsync"));
    const Bundle sent = need(SyncStore(*nia).exportContribution(path, true, true));
    const QString label = QStringLiteral("Carer, Carers Group");
    CHECK(privacy::anonymousLabel(kSioned) == label);
    CHECK(sent.manifest.anonymous);
    CHECK(sent.manifest.author.name == label);
    // Nothing it carries names her, not even inside the seal.
    const QByteArray payload = payloadOf(path, need(keys::Keys(*master).openingKey()));
    CHECK_FALSE(payload.contains("Sioned"));
    CHECK(QJsonDocument::fromJson(payload).object().value(QStringLiteral("manifest")).toObject().value(QStringLiteral("anonymous")).toBool());

    const ImportReport r = need(SyncStore(*master).importFile(path));
    CHECK(r.anonymous);
    CHECK(r.author == label);
    CHECK_FALSE(r.signerFingerprint.isEmpty());  // signed: the workbook's key, without the name
    CHECK(r.signerFingerprint == need(keys::Keys(*nia).own())->fingerprint());
    CHECK(need(catalyst::CatalystStore(*master).snapshot(QStringLiteral("Workshop 1"))).byParticipant.contains(label));
    const auto kept = need(SyncStore(*master).contributions());
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].author == label);
    CHECK(kept[0].text == QStringLiteral("As Carer, Carers Group I see carers wait."));
    CHECK(privacy::findPerson(*master, kSioned.name).error().code == Error::Code::InvalidArgument);

    // The next one, anonymous too, is known to come from the same workbook (pseudonymous), and
    // only what changed since travels: the bases stayed her own.
    need(AnswerStore(*nia).set(question(*nia, "activities", "key-questions").id, QStringLiteral("Who rings the carer?")));
    const QString next = folder.path(QStringLiteral("anonymous-2.qdfsync"));
    CHECK(need(SyncStore(*nia).exportContribution(next, true, true)).changes.size() == 1);
    CHECK(need(SyncStore(*master).importFile(next)).signerTrust == QStringLiteral("first-use"));
    master.reset();
    CHECK_FALSE(readAll(masterPath).contains("Sioned"));
}
