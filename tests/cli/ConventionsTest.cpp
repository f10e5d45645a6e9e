// The command line's conventions, as git and sqlite3 follow them: help for every verb, "-" for
// the standard streams, per-file results when a later file fails, progress only on a terminal,
// and JSON versions that let a list grow (docs/cli.md).
#include "TestSupport.h"
#include "cli/QdfRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace qdf;
using namespace qdf::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The names listed under `heading` ("Verbs:", "Sub-verbs:") in a help text.
QStringList listed(const QString &help, const QString &heading)
{
    QStringList names;
    const QStringList lines = help.split(QLatin1Char('\n'));
    for (qsizetype i = lines.indexOf(heading) + 1; i > 0 && i < lines.size() && !lines[i].isEmpty(); ++i)
        names << lines[i].trimmed().section(QLatin1Char(' '), 0, 0);
    return names;
}

// Every verb that acts, as the program's own help lists them ("schedule add", "catalyst round add").
QStringList leafVerbs(const QStringList &path = {})
{
    const Run help = qdfRun(QStringList{s("help")} + path);
    INFO(path.join(QLatin1Char(' ')).toStdString());
    REQUIRE(help.exitCode == 0);
    const QStringList subs = listed(help.out, path.isEmpty() ? s("Verbs:") : s("Sub-verbs:"));
    if (subs.isEmpty())
        return {path.join(QLatin1Char(' '))};
    QStringList leaves;
    for (const QString &sub : subs) {
        // A noun lists its nouns' verbs as "round add": follow the first word once.
        if (!path.isEmpty() && leaves.contains(path.join(QLatin1Char(' ')) + QLatin1Char(' ') + sub))
            continue;
        for (const QString &leaf : leafVerbs(path + QStringList{sub}))
            if (!leaves.contains(leaf))
                leaves << leaf;
    }
    return leaves;
}

QString newMasterIn(const Folder &folder)
{
    const QString path = folder.path(s("master.qdf"));
    REQUIRE(qdfRun({s("new"), path, s("--owner"), s("Rhian Morgan"), s("--master"), s("--programme"), s("Afon Vale")}).exitCode == 0);
    return path;
}

// `count` participants of the master who each answered a question, with their bundles
// (PREFIXn.qdf and PREFIXn.qdfsync).
QStringList bundlesFor(const Folder &folder, const QString &master, int count, const QString &prefix = QStringLiteral("p"))
{
    QStringList bundles;
    for (int i = 0; i < count; ++i) {
        const QString participant = folder.path(QStringLiteral("%1%2.qdf").arg(prefix).arg(i));
        REQUIRE(qdfRun({s("new"), participant, s("--owner"), QStringLiteral("Person %1").arg(i), s("--from-master"), master}).exitCode == 0);
        REQUIRE(qdfRun({s("answer"), participant, s("activities"), s("reason"), s("--text"), QStringLiteral("Reason %1").arg(i)})
                    .exitCode == 0);
        bundles << folder.path(QStringLiteral("%1%2.qdfsync").arg(prefix).arg(i));
        REQUIRE(qdfRun({s("bundle"), s("export"), participant, s("-o"), bundles.last()}).exitCode == 0);
    }
    return bundles;
}

QJsonObject objectOf(const Run &r)
{
    INFO(r.out.toStdString() << r.err.toStdString());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("Every verb and sub-verb has help naming it, the same from 'qdf help' and --help, with every option described",
          "[cli][help]")
{
    const QStringList leaves = leafVerbs();
    CHECK(leaves.size() >= 45);
    CHECK(leaves.contains(s("catalyst round add")));
    CHECK(leaves.contains(s("schedule list")));
    CHECK(leaves.contains(s("update apply")));
    static const QRegularExpression option(s("^  (-\\w, )?--[\\w-]+( <[^>]+>)?( {2,}(\\S.*))?$"));
    for (const QString &leaf : leaves) {
        INFO(leaf.toStdString());
        const QStringList words = leaf.split(QLatin1Char(' '));
        const Run help = qdfRun(QStringList{s("help")} + words);
        CHECK(help.exitCode == 0);
        CHECK(help.out.startsWith(s("Usage: qdf ") + leaf + QLatin1Char(' ')));
        CHECK(help.out.contains(s("qdf ") + leaf + s(": ")));  // what it does
        CHECK_FALSE(help.out.contains(s("--help-all")));
        const QStringList lines = help.out.split(QLatin1Char('\n'));
        for (qsizetype i = lines.indexOf(s("Options:")) + 1; i < lines.size() && !lines[i].isEmpty(); ++i) {
            const auto m = option.match(lines[i]);
            if (!m.hasMatch())
                continue;  // a description's continuation line
            INFO(lines[i].toStdString());
            // The description follows on the same line, or (for a long option) on the next.
            CHECK((!m.captured(4).isEmpty() || (i + 1 < lines.size() && lines[i + 1].startsWith(s("      ")))));
        }
        const Run dashed = qdfRun(words + QStringList{s("--help")});
        CHECK(dashed.exitCode == 0);
        CHECK(dashed.out == help.out);
        CHECK(qdfRun(words + QStringList{s("--help-all")}).exitCode == 1);
    }
    // A noun without its sub-verb is a usage error that lists them with what each does.
    const Run noun = qdfRun({s("schedule")});
    CHECK(noun.exitCode == 1);
    CHECK(noun.err.contains(s("  sign  sign off a Schedule")));
    CHECK(qdfRun({s("help"), s("frobnicate")}).exitCode == 1);
    const Run general = qdfRun({s("--help")});
    CHECK(general.out.contains(s("3  conflicts wait for a person")));
    CHECK(qdfRun({s("help")}).out == general.out);
    // 'qdf help --all' is every verb's help (what qdf(1) is made from).
    CHECK(qdfRun({s("help"), s("--all")}).out.count(QRegularExpression(s("^Usage: qdf "), QRegularExpression::MultilineOption))
          == leaves.size() + 1);
}

TEST_CASE("With -o - a verb writes to standard output, and no verb makes a file named -", "[cli][streams]")
{
    Folder folder;
    const QString work = folder.path(s("work"));
    REQUIRE(QDir().mkpath(work));
    const Run demo = qdfRun({s("demo"), folder.path(s("demo"))});
    REQUIRE(demo.exitCode == 0);
    const QStringList paths = demo.out.trimmed().split(QLatin1Char('\n'));
    const QString master = paths.at(0);
    const QString participant = paths.at(1);
    const RunIn here{work, {}, {}};
    const auto toStdout = [&](const QStringList &arguments) {
        const Run r = qdfRun(arguments, {}, here);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK_FALSE(QFile::exists(work + s("/-")));
        return r;
    };
    CHECK(QJsonDocument::fromJson(toStdout({s("export"), master, s("--json"), s("-o"), s("-")}).outBytes).object()[s("format")]
          == s("qdf-workbook"));
    CHECK(toStdout({s("catalyst"), s("export"), master, s("--round"), s("Baseline"), s("--table"), s("final-scores"), s("-o"), s("-")})
              .outBytes.startsWith("\xEF\xBB\xBF"));  // CSV with its BOM
    CHECK(toStdout({s("review"), s("export"), master, s("Home care contract review 2026"), s("-o"), s("-")}).outBytes.startsWith("\xEF\xBB\xBF"));
    CHECK(toStdout({s("publish"), master, s("--format"), s("pdf"), s("-o"), s("-")}).outBytes.startsWith("%PDF-"));
    CHECK(toStdout({s("print"), participant, s("--format"), s("html"), s("-o"), s("-")}).out.contains(s("<html")));
    const Run update = toStdout({s("update"), s("export"), master, s("-o"), s("-")});
    CHECK(QJsonDocument::fromJson(update.outBytes).object()[s("format")] == s("qdf-sync"));
    CHECK(update.err.contains(s("standard output: master revision")));  // the note goes to stderr

    // A bundle written to standard output is the bundle: it merges.
    REQUIRE(qdfRun({s("answer"), participant, s("activities"), s("reason"), s("--text"), s("Sent through a pipe")}).exitCode == 0);
    const Run bundle = toStdout({s("bundle"), s("export"), participant, s("-o"), s("-")});
    CHECK(bundle.err.contains(s("contribution")));
    const Run merged = qdfRun({s("merge"), master, s("-"), s("--json")}, bundle.outBytes);
    INFO(merged.err.toStdString());
    CHECK((merged.exitCode == 0 || merged.exitCode == 3));
    const QJsonObject report = objectOf(merged)[s("imports")].toArray().at(0).toObject();
    CHECK(report[s("file")] == s("standard-input.qdfsync"));
    CHECK(report[s("alreadyImported")] == false);
    CHECK(report[s("contributions")].toInt() >= 1);  // its answers, kept beside the master's own
}

TEST_CASE("A --file of - and a FILE of - are standard input: answers, references, Schedules, merges and joins", "[cli][streams]")
{
    Folder folder;
    const QString master = newMasterIn(folder);
    const QByteArray notes = "Minutes of the first workshop\n\xF0\x9F\x8F\xA5\n";
    const Run added = qdfRun({s("reference"), s("add"), master, s("--section"), s("activities"), s("--file"), s("-"), s("--name"),
                              s("minutes.txt"), s("--note"), s("From the workshop")},
                             notes);
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject exported = objectOf(qdfRun({s("export"), master, s("--json")}));
    bool found = false;
    for (const QJsonValue &section : exported[s("sections")].toArray()) {
        for (const QJsonValue &ref : section[s("referenceMaterials")].toArray()) {
            if (ref[s("id")] == added.out.trimmed()) {
                found = true;
                CHECK(ref[s("fileName")] == s("minutes.txt"));
                CHECK(QByteArray::fromBase64(ref[s("data")].toString().toLatin1()) == notes);
            }
        }
    }
    CHECK(found);
    const Run nameless = qdfRun({s("reference"), s("add"), master, s("--section"), s("activities"), s("--file"), s("-")}, notes);
    CHECK(nameless.exitCode == 1);
    CHECK(nameless.err.contains(s("--name")));

    REQUIRE(qdfRun({s("schedule"), s("add"), master, s("--section"), s("activities"), s("--title"), s("Triage"), s("--file"), s("-")},
                   "Referral within two days.")
                .exitCode == 0);
    CHECK(qdfRun({s("search"), master, s("referral")}).out.contains(s("Triage")));
    CHECK(qdfRun({s("answer"), master, s("activities"), s("reason"), s("--file"), s("-")}, "\xFF\xFE not UTF-8").exitCode == 2);

    // An update on standard input: a participant joins from it.
    const Run update = qdfRun({s("update"), s("export"), master, s("-o"), s("-")});
    REQUIRE(update.exitCode == 0);
    const QString joined = folder.path(s("joined.qdf"));
    const Run join = qdfRun({s("new"), joined, s("--owner"), s("Aled Hughes"), s("--from-update"), s("-")}, update.outBytes);
    INFO(join.err.toStdString());
    CHECK(join.exitCode == 0);
    CHECK(qdfRun({s("search"), joined, s("referral")}).out.contains(s("Triage")));
    // Standard input can be read once.
    const QStringList bundles = bundlesFor(folder, master, 1);
    CHECK(qdfRun({s("merge"), master, s("-"), s("-")}, readAll(bundles[0])).exitCode == 1);
}

TEST_CASE("A merge that meets a bad file reports what it took in, the file that failed and the ones not attempted, in --json too",
          "[cli][sync]")
{
    Folder folder;
    const QString master = newMasterIn(folder);
    const QStringList bundles = bundlesFor(folder, master, 3);
    const QString bad = folder.path(s("bad.qdfsync"));
    writeAll(bad, "{\"format\": \"qdf-sync\", \"formatVersion\": 1}");

    const Run run = qdfRun({s("merge"), master, bundles[0], bundles[1], bad, bundles[2], s("--json")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(s("bad.qdfsync")));
    const QJsonObject doc = objectOf(run);
    const QJsonArray imports = doc[s("imports")].toArray();
    REQUIRE(imports.size() == 2);
    CHECK(imports[0][s("file")] == s("p0.qdfsync"));
    CHECK(imports[1][s("contributions")].toInt() == 1);
    CHECK(doc[s("failed")][s("file")] == bad);
    CHECK(doc[s("failed")][s("error")].toString().contains(s("bad.qdfsync")));
    CHECK(doc[s("notAttempted")].toArray() == QJsonArray{bundles[2]});
    CHECK(doc[s("openConflicts")].toInt() == 0);

    // What was taken in stays taken in: the same merge without the bad file finishes the work.
    const QJsonObject again = objectOf(qdfRun({s("merge"), master, bundles[0], bundles[1], bundles[2], s("--json")}));
    CHECK(again[s("imports")][0][s("alreadyImported")] == true);
    CHECK(again[s("imports")][1][s("alreadyImported")] == true);
    CHECK(again[s("imports")][2][s("alreadyImported")] == false);
    CHECK_FALSE(again.contains(s("failed")));

    // As text: a line per file taken in, the failure and what was not attempted on stderr.
    const Run text = qdfRun({s("merge"), master, bundles[0], bad, bundles[2]});
    CHECK(text.exitCode == 2);
    CHECK(text.out.count(QLatin1Char('\n')) == 1);
    CHECK(text.err.contains(s("not attempted: ") + bundles[2]));

    // Merged on a local copy (as on a network share), what was taken in goes back to the master.
    const QStringList more = bundlesFor(folder, master, 1, s("q"));
    const Run copied = qdfRun({s("merge"), master, more[0], bad, s("--via-copy"), s("--json")});
    CHECK(copied.exitCode == 2);
    CHECK(objectOf(copied)[s("imports")].toArray().size() == 1);
    CHECK(objectOf(qdfRun({s("merge"), master, more[0], s("--json")}))[s("imports")][0][s("alreadyImported")] == true);
}

TEST_CASE("JSON: --json keeps the first shapes, --json=2 puts every list inside an object", "[cli][json]")
{
    Folder folder;
    const Run demo = qdfRun({s("demo"), folder.path(s("demo"))});
    REQUIRE(demo.exitCode == 0);
    const QString master = demo.out.trimmed().split(QLatin1Char('\n')).at(0);
    const QList<QPair<QStringList, QString>> lists{
        {{s("history"), master, s("care-standards"), s("intended-product")}, s("versions")},
        {{s("schedule"), s("list"), master}, s("schedules")},
        {{s("search"), master, s("nurse")}, s("matches")},
        {{s("catalyst"), s("elements")}, s("drivers")},
        {{s("catalyst"), s("actions"), master, s("--round"), s("Workshop 1")}, s("actions")},
        {{s("review"), s("checklists")}, s("checklists")},
        {{s("review"), s("list"), master}, s("reviews")},
        {{s("conflicts"), master, s("--all")}, s("conflicts")},
    };
    for (const auto &[arguments, name] : lists) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Run first = qdfRun(arguments + QStringList{s("--json")});
        const Run second = qdfRun(arguments + QStringList{s("--json=2")});
        REQUIRE(first.exitCode == 0);
        REQUIRE(second.exitCode == 0);
        const QJsonDocument one = QJsonDocument::fromJson(first.outBytes);
        const QJsonDocument two = QJsonDocument::fromJson(second.outBytes);
        CHECK(one.isArray());
        REQUIRE(two.isObject());
        // A list from a content pack says beside it which language its names are in (docs/translation.md).
        const bool fromPack = name == s("drivers") || name == s("checklists");
        CHECK(two.object().keys() == (fromPack ? QStringList{name, s("language")} : QStringList{name}));
        CHECK(two.object()[name].toArray() == one.array());
        CHECK(qdfRun(arguments + QStringList{s("--json=1")}).outBytes == first.outBytes);
    }
    CHECK(qdfRun({s("info"), master, s("--json=2")}).outBytes == qdfRun({s("info"), master, s("--json")}).outBytes);
    const Run unknown = qdfRun({s("schedule"), s("list"), master, s("--json=3")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(s("--json=3")));
}

TEST_CASE("A merge of several files shows its progress on standard error only when that is a terminal", "[cli][sync]")
{
    Folder folder;
    const QString master = newMasterIn(folder);
    const QStringList bundles = bundlesFor(folder, master, 2);
    const Run piped = qdfRun({s("merge"), master, bundles[0], bundles[1]});
    CHECK(piped.exitCode == 0);
    CHECK(piped.err.isEmpty());
    CHECK(piped.out.count(QLatin1Char('\n')) == 2);

    // script(1) runs it on a terminal of its own (and copies what the terminal shows).
    const QString undo = QStringLiteral("%1 undo-import %2 && %1 undo-import %2").arg(s(QDF_CLI), master);
    REQUIRE(runProgram(s("sh"), {s("-c"), undo}).exitCode == 0);
    const QString command = QStringLiteral("%1 merge %2 %3 %4").arg(s(QDF_CLI), master, bundles[0], bundles[1]);
    const Run terminal = runProgram(s("script"), {s("-qec"), command, s("/dev/null")});
    INFO(terminal.out.toStdString());
    CHECK(terminal.exitCode == 0);
    CHECK(terminal.out.contains(s("[1/2] ") + bundles[0]));
    CHECK(terminal.out.contains(s("[2/2] ") + bundles[1]));
}

TEST_CASE("docs/cli.md's example of qdf info --json has the schema version a new workbook has", "[cli][docs]")
{
    Folder folder;
    const QJsonObject info = objectOf(qdfRun({s("info"), newMasterIn(folder), s("--json")}));
    const QString doc = QString::fromUtf8(readAll(s(QDF_SOURCE_DIR "/docs/cli.md")));
    static const QRegularExpression example(s("\"schemaVersion\": (\\d+)"));
    const auto m = example.match(doc);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toInt() == info[s("schemaVersion")].toInt());
}
