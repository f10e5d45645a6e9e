// Keys, signatures and sealing of bundles and updates (docs/security.md): what a participant,
// another participant or someone on the way can and cannot make the master or a participant
// take in. The forgeries are made as an attacker would (Attacker.h), never through the export.
#include "Attacker.h"
#include "TestSupport.h"

#include "core/keys/KeyFiles.h"
#include "core/keys/Keys.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/FrameworkEdits.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Signers.h"
#include "core/sync/Sync.h"

#include <QJsonArray>

using namespace qdf;
using namespace qdf::sync;
using namespace qdf::test;

namespace {

const Owner kSioned{QStringLiteral("Sioned Evans"), QStringLiteral("Carers Group"), QStringLiteral("Carer")};

// A master and two participants made from it.
struct Scene {
    Folder folder;
    QString masterPath = folder.path(QStringLiteral("master.qdf"));
    std::unique_ptr<Workbook> master = newMaster(masterPath);
    QString dafyddPath = folder.path(QStringLiteral("dafydd.qdf"));
    std::unique_ptr<Workbook> dafydd = need(createParticipant(dafyddPath, kParticipant, masterPath));
    std::unique_ptr<Workbook> sioned = need(createParticipant(folder.path(QStringLiteral("sioned.qdf")), kSioned, masterPath));

    void answer(Workbook &wb, const QString &text)
    {
        need(AnswerStore(wb).set(need(SectionStore(wb).question(QStringLiteral("activities"), QStringLiteral("reason"))).id, text));
    }
    QString contribution(Workbook &wb, const QString &name, bool sealed = true)
    {
        const QString path = folder.path(name);
        need(SyncStore(wb).exportContribution(path, sealed));
        return path;
    }
    QString masterAnswer()
    {
        const auto a = need(AnswerStore(*master).current(
            need(SectionStore(*master).question(QStringLiteral("activities"), QStringLiteral("reason"))).id));
        return a ? a->text : QString();
    }
};

int contributionCount(Workbook &master)
{
    return int(need(SyncStore(master).contributions()).size());
}

} // namespace

TEST_CASE("Every workbook has a signing key whose secret half is not in its file, and a participant made from the master holds the master's key",
          "[sync][keys]")
{
    Scene p;
    const auto own = need(keys::Keys(*p.master).own());
    REQUIRE(own);
    const keys::KeyPair pair = signingKeyOf(*p.master);
    CHECK(pair.publicKey == own->publicKey);
    // Neither the seed nor the whole secret key is anywhere in the workbook's bytes.
    need(sql::exec(p.master->database(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    const QByteArray file = readAll(p.masterPath);
    CHECK_FALSE(file.contains(keys::seedOf(pair)));
    CHECK_FALSE(file.contains(pair.secretKey));
    CHECK(QFileInfo(keys::keyFilePath(p.master->info().uuid)).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    const auto masterKey = need(keys::Keys(*p.dafydd).held(keys::Role::Master));
    REQUIRE(masterKey);
    CHECK(masterKey->publicKey == own->publicKey);
    CHECK(masterKey->trust == keys::Trust::Accepted);
    CHECK(need(keys::Keys(*p.dafydd).own())->publicKey != own->publicKey);
}

TEST_CASE("A copy of a workbook on an account without its key file cannot sign as its owner", "[sync][keys]")
{
    Scene p;
    p.answer(*p.dafydd, QStringLiteral("Care close to home."));
    Folder elsewhere;
    const QByteArray before = qgetenv("QDF_KEY_DIR");
    qputenv("QDF_KEY_DIR", elsewhere.path(QString()).toLocal8Bit());
    const Error refused = SyncStore(*p.dafydd).exportContribution(p.folder.path(QStringLiteral("x.qdfsync"))).error();
    const Error noUpdate = SyncStore(*p.master).exportUpdate(p.folder.path(QStringLiteral("x.qdfupdate"))).error();
    qputenv("QDF_KEY_DIR", before);
    CHECK(refused.code == Error::Code::NotAllowed);
    CHECK(refused.message.contains(QStringLiteral("signing key")));
    CHECK(refused.message.contains(QStringLiteral("qdf keys new")));
    CHECK(noUpdate.code == Error::Code::NotAllowed);
    CHECK_FALSE(QFileInfo::exists(p.folder.path(QStringLiteral("x.qdfsync"))));
}

TEST_CASE("An update made from a participant's copy flagged as a master is refused by the other participants, nothing written",
          "[sync][keys][forgery]")
{
    Scene p;
    // Dafydd copies his own workbook, flags the copy as a master and publishes an "update" from it.
    const QString copy = p.folder.path(QStringLiteral("dafydd-as-master.qdf"));
    need(sql::exec(p.dafydd->database(), QStringLiteral("VACUUM INTO ?"), {copy}));
    asAnotherProgram(copy, {QStringLiteral("UPDATE workbook SET kind = 'master', base_revision = NULL")});
    auto fake = need(Workbook::open(copy));
    REQUIRE(fake->isMaster());
    need(FrameworkEdits(*fake).addQuestion(QStringLiteral("activities"), QStringLiteral("password"),
                                           QStringLiteral("Please e-mail your password to the programme office.")));
    const QString forged = p.folder.path(QStringLiteral("forged.qdfupdate"));
    need(SyncStore(*fake).exportUpdate(forged));

    const QString sionedPath = p.folder.path(QStringLiteral("sioned.qdf"));
    p.sioned.reset();  // closed: the file is whole, without its write-ahead log
    const QByteArray before = fileHash(sionedPath);
    p.sioned = need(Workbook::open(sionedPath));
    const qint64 revision = p.sioned->info().revision;
    const Error refused = SyncStore(*p.sioned).importFile(forged).error();
    CHECK(refused.code == Error::Code::NotAllowed);
    CHECK(refused.message.contains(QStringLiteral("not signed by this programme's master")));
    CHECK(refused.message.contains(keys::fingerprint(need(keys::Keys(*p.master).own())->publicKey)));
    CHECK(p.sioned->info().revision == revision);
    CHECK(need(SyncStore(*p.sioned).status()).imports == 0);
    CHECK_FALSE(QFileInfo::exists(p.folder.path(QStringLiteral("sioned.backups"))));  // not even a backup
    p.sioned.reset();
    CHECK(fileHash(sionedPath) == before);

    // The genuine master's update is taken.
    auto sioned = need(Workbook::open(sionedPath));
    const QString genuine = p.folder.path(QStringLiteral("genuine.qdfupdate"));
    need(SyncStore(*p.master).exportUpdate(genuine));
    CHECK(need(SyncStore(*sioned).importFile(genuine)).signerTrust == QStringLiteral("accepted"));
}

TEST_CASE("A contribution re-signed by another participant is refused, whether or not the master knew the first one's key",
          "[sync][keys][forgery]")
{
    Scene p;
    p.answer(*p.dafydd, QStringLiteral("Dafydd's answer"));
    p.answer(*p.sioned, QStringLiteral("Sioned's answer"));
    // Both have contributed once, in the open (so that the other can read it on the way).
    need(SyncStore(*p.master).importFile(p.contribution(*p.dafydd, QStringLiteral("d1.qdfsync"), false)));
    const QString sioned1 = p.contribution(*p.sioned, QStringLiteral("s1.qdfsync"), false);
    need(SyncStore(*p.master).importFile(sioned1));
    CHECK(contributionCount(*p.master) == 2);

    // Dafydd changes Sioned's contribution and signs it with his own key, still naming her workbook.
    p.answer(*p.dafydd, QStringLiteral("Changed again"));
    const QString d2 = p.contribution(*p.dafydd, QStringLiteral("d2.qdfsync"), false);
    QJsonObject payload = payloadJson(payloadOf(d2));
    QJsonObject manifest = payload.value(QStringLiteral("manifest")).toObject();
    const QJsonObject theirs = payloadJson(payloadOf(sioned1)).value(QStringLiteral("manifest")).toObject();
    manifest.insert(QStringLiteral("sourceWorkbookId"), theirs.value(QStringLiteral("sourceWorkbookId")));
    manifest.insert(QStringLiteral("author"), theirs.value(QStringLiteral("author")));
    payload.insert(QStringLiteral("manifest"), manifest);
    const QString forged = p.folder.path(QStringLiteral("forged.qdfsync"));
    writeSigned(forged, rehashed(payload), signingKeyOf(*p.dafydd));
    const qint64 revision = p.master->info().revision;
    const Error refused = SyncStore(*p.master).importFile(forged).error();
    CHECK(refused.code == Error::Code::NotAllowed);
    CHECK(refused.message.contains(QStringLiteral("re-signed")));
    CHECK(p.master->info().revision == revision);
    CHECK(contributionCount(*p.master) == 2);

    // A third participant the master has never heard from: Dafydd's key is known as his, so a
    // file claiming to be hers and signed with it is refused even on first contact.
    auto nia = need(createParticipant(p.folder.path(QStringLiteral("nia.qdf")),
                                      Owner{QStringLiteral("Nia Jones"), QStringLiteral("Council"), QStringLiteral("Officer")},
                                      p.masterPath));
    p.answer(*nia, QStringLiteral("Nia's answer"));
    const QString fromNia = p.contribution(*nia, QStringLiteral("n1.qdfsync"), false);
    const QString stolen = p.folder.path(QStringLiteral("stolen.qdfsync"));
    resign(fromNia, stolen, signingKeyOf(*p.dafydd));
    const Error firstContact = SyncStore(*p.master).importFile(stolen).error();
    CHECK(firstContact.code == Error::Code::NotAllowed);
    CHECK(firstContact.message.contains(QStringLiteral("Dafydd Price's key")));
    CHECK(contributionCount(*p.master) == 2);
    // Her own file, signed by her, is taken (trust on first use).
    const ImportReport taken = need(SyncStore(*p.master).importFile(fromNia));
    CHECK(taken.signerTrust == QStringLiteral("new"));
    CHECK(contributionCount(*p.master) == 3);
}

TEST_CASE("A body changed after signing is refused even with its hash recomputed", "[sync][keys][forgery]")
{
    Scene p;
    p.answer(*p.dafydd, QStringLiteral("Visits on weekdays."));
    const QString bundle = p.contribution(*p.dafydd, QStringLiteral("d.qdfsync"), false);
    sync::Envelope envelope = need(readEnvelope(readAll(bundle), bundle));
    QJsonObject payload = payloadJson(envelope.payload);
    const QByteArray text = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    REQUIRE(text.contains("Visits on weekdays."));
    envelope.payload = rehashed(QJsonDocument::fromJson(QByteArray(text).replace("weekdays", "weekends")).object());
    // The signature and the signer stay the genuine ones; only the body changed.
    QJsonObject file = QJsonDocument::fromJson(readAll(bundle)).object();
    file.insert(QStringLiteral("payload"), QString::fromLatin1(envelope.payload.toBase64()));
    const QString tampered = p.folder.path(QStringLiteral("tampered.qdfsync"));
    writeAll(tampered, QJsonDocument(file).toJson());
    const Error refused = SyncStore(*p.master).importFile(tampered).error();
    CHECK(refused.code == Error::Code::Damaged);
    CHECK(refused.message.contains(QStringLiteral("signature does not match")));
    CHECK(p.masterAnswer().isEmpty());
    CHECK(contributionCount(*p.master) == 0);
    // The outside claiming another programme than the signed inside is refused too.
    file = QJsonDocument::fromJson(readAll(bundle)).object();
    file.insert(QStringLiteral("kind"), QStringLiteral("update"));
    writeAll(tampered, QJsonDocument(file).toJson());
    CHECK(SyncStore(*p.master).importFile(tampered).error().message.contains(QStringLiteral("does not match its signed content")));
}

TEST_CASE("A participant's key that changes is refused until a person accepts it, and a confirmed first-use key is shown as accepted",
          "[sync][keys]")
{
    Scene p;
    p.answer(*p.dafydd, QStringLiteral("First"));
    const ImportReport first = need(SyncStore(*p.master).importFile(p.contribution(*p.dafydd, QStringLiteral("d1.qdfsync"))));
    CHECK(first.signerTrust == QStringLiteral("new"));
    const auto kept = need(keys::Keys(*p.master).held(keys::Role::Participant, p.dafydd->info().uuid));
    REQUIRE(kept);
    CHECK(kept->trust == keys::Trust::FirstUse);
    CHECK(kept->owner.name == kParticipant.name);

    // Dafydd's laptop is replaced: a new key.
    const keys::KnownKey renewed = need(keys::Keys(*p.dafydd).renew());
    p.answer(*p.dafydd, QStringLiteral("Second"));
    const QString d2 = p.contribution(*p.dafydd, QStringLiteral("d2.qdfsync"));
    const Error refused = SyncStore(*p.master).importFile(d2).error();
    CHECK(refused.code == Error::Code::NotAllowed);
    CHECK(refused.message.contains(renewed.fingerprint()));
    CHECK(refused.message.contains(kept->fingerprint()));
    CHECK(refused.message.contains(QStringLiteral("qdf keys accept")));
    CHECK(contributionCount(*p.master) == 1);

    // The production team checks the new fingerprint with Dafydd and accepts it.
    const keys::KnownKey signer = need(signerOf(*p.master, d2));
    CHECK(signer.fingerprint() == renewed.fingerprint());
    need(keys::Keys(*p.master).accept(signer));
    const ImportReport second = need(SyncStore(*p.master).importFile(d2));
    CHECK(second.signerTrust == QStringLiteral("accepted"));
    CHECK(contributionCount(*p.master) == 2);
    CHECK(need(keys::Keys(*p.master).list()).size() == 2);  // the master's own and Dafydd's new one: the old is gone

    // Forgetting a key makes the next file from that workbook a first use again.
    need(keys::Keys(*p.master).forget(renewed.fingerprint().left(9)));
    CHECK_FALSE(need(keys::Keys(*p.master).held(keys::Role::Participant, p.dafydd->info().uuid)));
}

TEST_CASE("A contribution is sealed to the master by default: another participant cannot read it, the master can", "[sync][keys][sealed]")
{
    Scene p;
    p.answer(*p.dafydd, QStringLiteral("A confidential answer about a named service"));
    const QString bundle = p.contribution(*p.dafydd, QStringLiteral("d.qdfsync"));
    const QByteArray bytes = readAll(bundle);
    CHECK_FALSE(bytes.contains("confidential"));
    CHECK_FALSE(QByteArray::fromBase64(QJsonDocument::fromJson(bytes)[QStringLiteral("sealed")][QStringLiteral("ciphertext")]
                                           .toString()
                                           .toLatin1())
                    .contains("confidential"));
    CHECK_FALSE(bytes.contains(need(keys::Keys(*p.dafydd).own())->publicKey.toBase64()));  // nor who signed it

    // Sioned, who holds the same master key (its public half), cannot open it with her own secret key.
    BundleReadOptions asSioned;
    asSioned.openWith = signingKeyOf(*p.sioned);
    const Error refused = readBundle(bundle, asSioned).error();
    CHECK(refused.code == Error::Code::NotAllowed);
    CHECK(refused.message.contains(QStringLiteral("sealed to another key")));
    CHECK(readBundle(bundle).error().message.contains(QStringLiteral("sealed to another key")));

    // Without the master's secret key on this account, the master cannot read it either.
    Folder elsewhere;
    const QByteArray before = qgetenv("QDF_KEY_DIR");
    qputenv("QDF_KEY_DIR", elsewhere.path(QString()).toLocal8Bit());
    const Error noKey = SyncStore(*p.master).importFile(bundle).error();
    qputenv("QDF_KEY_DIR", before);
    CHECK(noKey.message.contains(QStringLiteral("sealed to another key")));
    CHECK(contributionCount(*p.master) == 0);

    const ImportReport taken = need(SyncStore(*p.master).importFile(bundle));
    CHECK(taken.sealed);
    CHECK(contributionCount(*p.master) == 1);
}

TEST_CASE("An update can be sealed to the participants the master has heard from, or left open for joining", "[sync][keys][sealed]")
{
    Scene p;
    p.answer(*p.dafydd, QStringLiteral("From Dafydd"));
    need(SyncStore(*p.master).importFile(p.contribution(*p.dafydd, QStringLiteral("d.qdfsync"))));
    const QString sealedUpdate = p.folder.path(QStringLiteral("sealed.qdfupdate"));
    need(SyncStore(*p.master).exportUpdate(sealedUpdate, true));
    CHECK(need(SyncStore(*p.dafydd).importFile(sealedUpdate)).sealed);
    // Sioned has not contributed: the master does not know her key, and the update is not for her.
    CHECK(SyncStore(*p.sioned).importFile(sealedUpdate).error().message.contains(QStringLiteral("sealed to another key")));
    const QString open = p.folder.path(QStringLiteral("open.qdfupdate"));
    need(SyncStore(*p.master).exportUpdate(open));
    CHECK_FALSE(need(SyncStore(*p.sioned).importFile(open)).sealed);
    // Joining from an open update takes the key that signed it as the master's, on first use.
    auto joined = need(joinFromUpdate(p.folder.path(QStringLiteral("joined.qdf")), kSioned, open));
    const auto masterKey = need(keys::Keys(*joined).held(keys::Role::Master));
    REQUIRE(masterKey);
    CHECK(masterKey->publicKey == need(keys::Keys(*p.master).own())->publicKey);
    CHECK(masterKey->trust == keys::Trust::FirstUse);
}

TEST_CASE("An unsigned bundle from before signatures is refused unless a person allows it", "[sync][keys]")
{
    Scene p;
    p.answer(*p.dafydd, QStringLiteral("Old style"));
    // The format 1 file: the payload's manifest and body at the top, with only a content hash.
    const QString bundle = p.contribution(*p.dafydd, QStringLiteral("d.qdfsync"), false);
    QJsonObject old = payloadJson(payloadOf(bundle));
    old.insert(QStringLiteral("format"), QStringLiteral("qdf-sync"));
    old.insert(QStringLiteral("formatVersion"), 1);
    const QString unsignedFile = p.folder.path(QStringLiteral("old.qdfsync"));
    writeAll(unsignedFile, QJsonDocument(old).toJson());
    const Error refused = SyncStore(*p.master).importFile(unsignedFile).error();
    CHECK(refused.code == Error::Code::NotAllowed);
    CHECK(refused.message.contains(QStringLiteral("--allow-unsigned")));
    CHECK(contributionCount(*p.master) == 0);
    SyncStore allowing(*p.master);
    allowing.setAllowUnsigned(true);
    CHECK(need(allowing.importFile(unsignedFile)).signerTrust == QStringLiteral("unsigned"));
    CHECK(contributionCount(*p.master) == 1);
}

TEST_CASE("A sealed file naming more recipients than a programme has is refused before any is tried", "[sync][keys][sealed]")
{
    Scene p;
    p.answer(*p.dafydd, QStringLiteral("Sealed"));
    const QString bundle = p.contribution(*p.dafydd, QStringLiteral("d.qdfsync"));
    QJsonObject file = QJsonDocument::fromJson(readAll(bundle)).object();
    QJsonObject sealed = file.value(QStringLiteral("sealed")).toObject();
    QJsonArray recipients;
    for (int i = 0; i < 1001; ++i)
        recipients.append(sealed.value(QStringLiteral("recipients")).toArray().at(0));
    sealed.insert(QStringLiteral("recipients"), recipients);
    file.insert(QStringLiteral("sealed"), sealed);
    const QString many = p.folder.path(QStringLiteral("many.qdfsync"));
    writeAll(many, QJsonDocument(file).toJson());
    const Error refused = SyncStore(*p.master).importFile(many).error();
    CHECK(refused.code == Error::Code::Damaged);
    CHECK(refused.message.contains(QStringLiteral("more recipients")));
}
