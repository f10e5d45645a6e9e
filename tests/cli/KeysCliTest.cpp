// Signed and sealed exchange through the real `qdf` (docs/security.md, docs/cli.md): a forged
// update from a participant's copy flagged as a master, a changed key and its acceptance, and
// the keys verbs.
#include "TestSupport.h"
#include "cli/QdfRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qdf;
using namespace qdf::test;

namespace {

// Short names: the tests spell out many command lines.
const auto s = &word;
const auto ok = &qdfOk;

// A closed workbook's bytes (no write-ahead log left beside it).
QByteArray closedHash(const QString &path)
{
    REQUIRE_FALSE(QFileInfo::exists(path + s("-wal")));
    return fileHash(path);
}

struct Scene {
    Folder folder;
    QString master = folder.path(s("master.qdf"));
    QString dafydd = folder.path(s("dafydd.qdf"));
    QString sioned = folder.path(s("sioned.qdf"));
    Scene()
    {
        ok({s("new"), master, s("--owner"), s("Rhian Morgan"), s("--master"), s("--programme"), s("Afon Vale")});
        ok({s("new"), dafydd, s("--owner"), s("Dafydd Price"), s("--from-master"), master});
        ok({s("new"), sioned, s("--owner"), s("Sioned Evans"), s("--from-master"), master});
    }
};

} // namespace

TEST_CASE("qdf update apply refuses an update made from a participant's copy flagged as a master, saying so, and changes nothing",
          "[cli][keys][forgery]")
{
    Scene p;
    const QString copy = p.folder.path(s("dafydd-as-master.qdf"));
    REQUIRE(QFile::copy(p.dafydd, copy));
    asAnotherProgram(copy, {s("UPDATE workbook SET kind = 'master', base_revision = NULL")});
    ok({s("question"), s("add"), copy, s("activities"), s("password"), s("--text"), s("Please e-mail your password.")});
    const QString forged = p.folder.path(s("forged.qdfupdate"));
    ok({s("update"), s("export"), copy, s("-o"), forged});

    const QByteArray before = closedHash(p.sioned);
    const Run r = qdfRun({s("update"), s("apply"), p.sioned, forged});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(s("forged.qdfupdate")));
    CHECK(r.err.contains(s("not signed by this programme's master")));
    CHECK(closedHash(p.sioned) == before);
    CHECK_FALSE(QFileInfo::exists(p.folder.path(s("sioned.backups"))));

    // The master's own update goes in.
    const QString genuine = p.folder.path(s("genuine.qdfupdate"));
    ok({s("update"), s("export"), p.master, s("-o"), genuine});
    const Run applied = ok({s("update"), s("apply"), p.sioned, genuine, s("--json")});
    const QJsonObject report = QJsonDocument::fromJson(applied.outBytes).object()[s("imports")].toArray()[0].toObject();
    CHECK(report[s("signer")][s("trust")] == s("accepted"));
}

TEST_CASE("qdf keys: a participant's key is kept on first use, a changed key is refused until accepted, and the keys are listed",
          "[cli][keys]")
{
    Scene p;
    ok({s("answer"), p.dafydd, s("activities"), s("reason"), s("--text"), s("Care close to home.")});
    const QString first = p.folder.path(s("d1.qdfsync"));
    ok({s("bundle"), s("export"), p.dafydd, s("-o"), first});
    const Run merged = ok({s("merge"), p.master, first, s("--json")});
    CHECK(QJsonDocument::fromJson(merged.outBytes).object()[s("imports")][0][s("signer")][s("trust")] == s("new"));

    const QJsonObject listed = QJsonDocument::fromJson(ok({s("keys"), s("list"), p.master, s("--json")}).outBytes).object();
    const QJsonArray keys = listed[s("keys")].toArray();
    REQUIRE(keys.size() == 2);
    CHECK(keys[0][s("role")] == s("own"));
    CHECK(keys[1][s("role")] == s("participant"));
    CHECK(keys[1][s("owner")] == s("Dafydd Price"));
    CHECK(keys[1][s("trust")] == s("first-use"));
    const QString fingerprint = keys[1][s("fingerprint")].toString();
    CHECK(fingerprint.size() == 24);
    ok({s("keys"), s("accept"), p.master, fingerprint.left(9)});
    CHECK(ok({s("keys"), s("list"), p.master}).out.contains(s("accepted by Rhian Morgan")));

    // A new key for Dafydd's workbook: his next contribution waits for a person.
    const Run renewed = ok({s("keys"), s("new"), p.dafydd});
    ok({s("answer"), p.dafydd, s("activities"), s("reason"), s("--text"), s("Care closer to home.")});
    const QString second = p.folder.path(s("d2.qdfsync"));
    ok({s("bundle"), s("export"), p.dafydd, s("-o"), second});
    const Run refused = qdfRun({s("merge"), p.master, second});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(s("re-signed by someone else, or the participant has a new key")));
    CHECK(refused.err.contains(s("qdf keys accept")));
    ok({s("keys"), s("accept"), p.master, second});
    CHECK(ok({s("merge"), p.master, second}).out.contains(s("d2.qdfsync")));
    CHECK(ok({s("keys"), s("list"), p.dafydd}).out.contains(renewed.out.section(QLatin1Char(' '), 5, 5)));

    // Unknown fingerprints are refused as such.
    const Run unknown = qdfRun({s("keys"), s("forget"), p.master, s("0000-0000")});
    CHECK(unknown.exitCode == 1);  // as an unknown section or Schedule
    CHECK(unknown.err.contains(s("no key with the fingerprint")));
}

TEST_CASE("qdf bundle export seals to the master by default, --open leaves it readable, and only the master reads a sealed one",
          "[cli][keys][sealed]")
{
    Scene p;
    ok({s("answer"), p.dafydd, s("activities"), s("reason"), s("--text"), s("Confidential detail")});
    const QString sealed = p.folder.path(s("sealed.qdfsync"));
    ok({s("bundle"), s("export"), p.dafydd, s("-o"), sealed});
    const QJsonObject file = QJsonDocument::fromJson(readAll(sealed)).object();
    CHECK(file[s("formatVersion")] == 2);
    CHECK(file.contains(s("sealed")));
    CHECK_FALSE(file.contains(s("payload")));
    // A participant cannot take it in (it is not for them, and not even readable).
    const Run notForSioned = qdfRun({s("update"), s("apply"), p.sioned, sealed});
    CHECK(notForSioned.exitCode == 2);
    CHECK(notForSioned.err.contains(s("sealed to another key")));
    ok({s("merge"), p.master, sealed});

    ok({s("answer"), p.dafydd, s("activities"), s("reason"), s("--text"), s("Open detail")});
    const QString open = p.folder.path(s("open.qdfsync"));
    ok({s("bundle"), s("export"), p.dafydd, s("--open"), s("-o"), open});
    CHECK(QJsonDocument::fromJson(readAll(open)).object().contains(s("payload")));
    const QString update = p.folder.path(s("sealed.qdfupdate"));
    ok({s("update"), s("export"), p.master, s("--seal"), s("-o"), update});
    CHECK(QJsonDocument::fromJson(readAll(update)).object().contains(s("sealed")));
    ok({s("update"), s("apply"), p.dafydd, update});
}
