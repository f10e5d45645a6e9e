// qdf person list | export | erase and qdf bundle export --anonymous, through the real `qdf`
// (docs/cli.md): a master with merged participants, a person exported as JSON and as a PDF,
// erased (and gone from the file's bytes), a merge after it refused, an update to the others.
#include "TestSupport.h"
#include "cli/QdfRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qdf;
using namespace qdf::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Run ok(const QStringList &args)
{
    const Run r = qdfRun(args);
    INFO("qdf " << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.outBytes).object();
}

const char *const kAnswer = "The evening round rests on the bank staff at Ysbyty Cwm Afon.";

// A master, Dafydd's and Sioned's workbooks, both merged; Sioned has taken an update since.
struct Scene {
    Folder folder;
    QString master = folder.path(s("master.qdf"));
    QString dafydd = folder.path(s("dafydd.qdf"));
    QString sioned = folder.path(s("sioned.qdf"));
    Scene()
    {
        ok({s("new"), master, s("--owner"), s("Rhian Morgan"), s("--master"), s("--programme"), s("Afon Vale")});
        ok({s("catalyst"), s("round"), s("add"), master, s("Workshop 1")});
        ok({s("new"), dafydd, s("--owner"), s("Dafydd Price"), s("--organisation"), s("Health board"), s("--from-master"), master});
        ok({s("new"), sioned, s("--owner"), s("Sioned Evans"), s("--organisation"), s("Carers Group"), s("--role"), s("Carer"),
            s("--from-master"), master});
        ok({s("answer"), dafydd, s("activities"), s("reason"), s("--text"), s(kAnswer)});
        ok({s("catalyst"), s("rate"), dafydd, s("--round"), s("Workshop 1"), s("--participant"), s("Dafydd Price"), s("--element"),
            s("building-partnerships-1"), s("--level"), s("2"), s("--note"), s("Not sure the board listens.")});
        ok({s("example"), s("add"), dafydd, s("--section"), s("activities"), s("--title"), s("Evening round"), s("--text"), s("A pilot.")});
        ok({s("answer"), sioned, s("activities"), s("reason"), s("--text"), s("Carers know when.")});
        ok({s("bundle"), s("export"), dafydd, s("-o"), folder.path(s("d1.qdfsync"))});
        ok({s("bundle"), s("export"), sioned, s("-o"), folder.path(s("s1.qdfsync"))});
        ok({s("merge"), master, folder.path(s("d1.qdfsync")), folder.path(s("s1.qdfsync"))});
        ok({s("update"), s("export"), master, s("-o"), folder.path(s("u1.qdfupdate"))});
        ok({s("update"), s("apply"), sioned, folder.path(s("u1.qdfupdate"))});
    }
};

} // namespace

TEST_CASE("qdf person list names the people of a master with what they sent, and person export writes everything about one", "[cli][privacy]")
{
    Scene p;
    const QJsonArray people = json(ok({s("person"), s("list"), p.master, s("--json")})).value(s("people")).toArray();
    QJsonObject dafydd;
    for (const QJsonValue &v : people) {
        if (v.toObject().value(s("name")).toString() == s("Dafydd Price"))
            dafydd = v.toObject();
    }
    REQUIRE_FALSE(dafydd.isEmpty());
    CHECK(dafydd.value(s("organisation")).toString() == s("Health board"));
    CHECK(dafydd.value(s("contributions")).toInt() == 1);
    CHECK(dafydd.value(s("catalystRatings")).toInt() == 1);
    REQUIRE(dafydd.value(s("workbooks")).toArray().size() == 1);
    CHECK(dafydd.value(s("workbooks")).toArray()[0].toObject().value(s("fingerprint")).toString().size() == 24);
    CHECK(ok({s("person"), s("list"), p.master}).out.contains(s("Dafydd Price")));

    // JSON by default, to a file or to standard output.
    const QString out = p.folder.path(s("dafydd.json"));
    ok({s("person"), s("export"), p.master, s("dafydd price"), s("-o"), out});
    const QJsonObject record = QJsonDocument::fromJson(readAll(out)).object();
    CHECK(record.value(s("format")).toString() == s("qdf-person"));
    CHECK(record.value(s("contributions")).toArray()[0].toObject().value(s("text")).toString() == s(kAnswer));
    CHECK(record.value(s("catalystRatings")).toArray()[0].toObject().value(s("note")).toString() == s("Not sure the board listens."));
    CHECK(record.value(s("items")).toArray()[0].toObject().value(s("title")).toString() == s("Evening round"));
    CHECK(json(ok({s("person"), s("export"), p.master, s("Dafydd Price"), s("-o"), s("-")})).value(s("person")).toObject().value(s("name"))
          == s("Dafydd Price"));
    // A readable report, through the renderer.
    const QString pdf = p.folder.path(s("dafydd.pdf"));
    ok({s("person"), s("export"), p.master, s("Dafydd Price"), s("--format"), s("pdf"), s("-o"), pdf});
    CHECK(readAll(pdf).startsWith("%PDF"));
    const QString html = p.folder.path(s("dafydd.html"));
    ok({s("person"), s("export"), p.master, s("Dafydd Price"), s("--format"), s("html"), s("-o"), html});
    CHECK(readAll(html).contains(kAnswer));

    // Who is unknown is a usage error; a format that is none too; -o is needed.
    CHECK(qdfRun({s("person"), s("export"), p.master, s("Nobody"), s("-o"), out}).exitCode == 1);
    CHECK(qdfRun({s("person"), s("export"), p.master, s("Dafydd Price"), s("--format"), s("rtf"), s("-o"), pdf}).exitCode == 1);
    CHECK(qdfRun({s("person"), s("export"), p.master, s("Dafydd Price")}).exitCode == 1);
}

TEST_CASE("qdf person erase asks or needs --yes, erases in one go, and a merge and an update after it keep the person out", "[cli][privacy]")
{
    Scene p;
    // Without --yes and without a terminal to ask at: nothing erased, said so.
    const Run asked = qdfRun({s("person"), s("erase"), p.master, s("Dafydd Price")});
    CHECK(asked.exitCode == 1);
    CHECK(asked.err.contains(s("--yes")));
    CHECK(asked.err.contains(s("a participant, Health board")));
    const Run dry = ok({s("person"), s("erase"), p.master, s("Dafydd Price"), s("--dry-run"), s("--json")});
    CHECK(json(dry).value(s("dryRun")).toBool());
    CHECK(json(dry).value(s("counts")).toObject().value(s("contributionsRemoved")).toInt() == 1);
    CHECK(ok({s("person"), s("list"), p.master}).out.contains(s("Dafydd Price")));
    // The owner is never erased from their own workbook; a participant's copy erases nobody.
    CHECK(qdfRun({s("person"), s("erase"), p.master, s("Rhian Morgan"), s("--yes")}).exitCode == 2);
    CHECK(qdfRun({s("person"), s("erase"), p.sioned, s("Dafydd Price"), s("--yes")}).exitCode == 2);

    const QJsonObject erased = json(ok({s("person"), s("erase"), p.master, s("Dafydd Price"), s("--yes"), s("--json")}));
    CHECK(erased.value(s("replacedBy")).toString() == s("a participant, Health board"));
    CHECK(erased.value(s("compacted")).toBool());
    CHECK(erased.value(s("counts")).toObject().value(s("keys")).toInt() == 1);
    CHECK(ok({s("check"), p.master}).out.trimmed() == s("ok"));
    CHECK_FALSE(ok({s("person"), s("list"), p.master}).out.contains(s("Dafydd")));
    QByteArray bytes = readAll(p.master).toLower();
    CHECK_FALSE(bytes.contains("dafydd"));
    CHECK_FALSE(bytes.contains(QByteArray(kAnswer).toLower()));
    CHECK_FALSE(bytes.contains("not sure the board listens"));

    // A merge after the erasure: his next bundle is refused, saying why; Sioned's is taken in.
    ok({s("answer"), p.dafydd, s("activities"), s("key-questions"), s("--text"), s("More from me.")});
    ok({s("bundle"), s("export"), p.dafydd, s("-o"), p.folder.path(s("d2.qdfsync"))});
    ok({s("answer"), p.sioned, s("activities"), s("key-questions"), s("--text"), s("Who rings the carer?")});
    ok({s("bundle"), s("export"), p.sioned, s("-o"), p.folder.path(s("s2.qdfsync"))});
    const Run refused = qdfRun({s("merge"), p.master, p.folder.path(s("d2.qdfsync"))});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(s("erased")));
    CHECK(qdfRun({s("keys"), s("accept"), p.master, p.folder.path(s("d2.qdfsync"))}).exitCode == 2);
    ok({s("merge"), p.master, p.folder.path(s("s2.qdfsync"))});

    // The update to the others carries it.
    const QString update = p.folder.path(s("u2.qdfupdate"));
    ok({s("update"), s("export"), p.master, s("-o"), update});
    const QJsonObject applied = json(ok({s("update"), s("apply"), p.sioned, update, s("--json")}));
    CHECK(applied.value(s("imports")).toArray()[0].toObject().value(s("erasures")).toInt() == 1);
    CHECK_FALSE(ok({s("person"), s("list"), p.sioned}).out.contains(s("Dafydd")));
    CHECK_FALSE(readAll(p.sioned).toLower().contains("dafydd price"));
}

TEST_CASE("qdf bundle export --anonymous sends the role and organisation in place of the name, signed", "[cli][privacy]")
{
    Scene p;
    const QString bundle = p.folder.path(s("anonymous.qdfsync"));
    ok({s("answer"), p.sioned, s("care-standards"), s("reason"), s("--text"), s("Sioned Evans thinks carers need notice.")});
    ok({s("bundle"), s("export"), p.sioned, s("-o"), bundle, s("--anonymous"), s("--open")});
    const QJsonObject envelope = QJsonDocument::fromJson(readAll(bundle)).object();
    const QByteArray payload = QByteArray::fromBase64(envelope.value(s("payload")).toString().toLatin1());
    CHECK_FALSE(payload.contains("Sioned"));
    CHECK(payload.contains("Carer, Carers Group"));
    CHECK_FALSE(envelope.value(s("signature")).toString().isEmpty());
    const QJsonObject merged = json(ok({s("merge"), p.master, bundle, s("--json")}));
    const QJsonObject taken = merged.value(s("imports")).toArray()[0].toObject();
    CHECK(taken.value(s("anonymous")).toBool());
    CHECK(taken.value(s("author")).toString() == s("Carer, Carers Group"));
    CHECK(taken.value(s("signer")).toObject().value(s("trust")).toString() != s("unsigned"));
    CHECK(ok({s("merge"), p.master, bundle}).out.contains(s("already imported")));
}
