#include "TestSupport.h"
#include "cli/QdfRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace qdf;
using namespace qdf::test;

namespace {

// One clear line on stderr that names the file.
void expectOneLineNaming(const Run &r, const QString &path)
{
    INFO(r.err.toStdString());
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(r.err.contains(path));
}

QJsonObject infoOf(const QString &path)
{
    const Run r = qdfRun({QStringLiteral("info"), path, QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QString masterIn(const Folder &folder)
{
    const QString path = folder.path(QStringLiteral("master.qdf"));
    const Run r = qdfRun({QStringLiteral("new"), path, QStringLiteral("--owner"), QStringLiteral("Rhian Morgan"),
                          QStringLiteral("--organisation"), QStringLiteral("Production team"), QStringLiteral("--master"),
                          QStringLiteral("--programme"), QStringLiteral("Afon Vale")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("qdf new makes a master, then participants of its programme", "[cli]")
{
    Folder folder;
    const QString master = masterIn(folder);
    const QJsonObject m = infoOf(master);
    CHECK(m[QStringLiteral("kind")].toString() == QStringLiteral("master"));
    CHECK(m[QStringLiteral("programme")][QStringLiteral("name")].toString() == QStringLiteral("Afon Vale"));
    CHECK(m[QStringLiteral("owner")][QStringLiteral("organisation")].toString() == QStringLiteral("Production team"));
    CHECK(m[QStringLiteral("baseRevision")].isNull());

    const QString participant = folder.path(QStringLiteral("p.qdf"));
    REQUIRE(qdfRun({QStringLiteral("new"), participant, QStringLiteral("--owner"), QStringLiteral("Aled Hughes"),
                    QStringLiteral("--from-master"), master}).exitCode == 0);
    const QJsonObject p = infoOf(participant);
    CHECK(p[QStringLiteral("kind")].toString() == QStringLiteral("participant"));
    CHECK(p[QStringLiteral("programme")][QStringLiteral("id")] == m[QStringLiteral("programme")][QStringLiteral("id")]);
    CHECK(p[QStringLiteral("baseRevision")].toInteger() == m[QStringLiteral("revision")].toInteger());
    CHECK(p[QStringLiteral("owner")][QStringLiteral("name")].toString() == QStringLiteral("Aled Hughes"));
}

TEST_CASE("qdf new refuses usage errors with 1 and unacceptable input with 2", "[cli]")
{
    Folder folder;
    const QString master = masterIn(folder);
    const QString path = folder.path(QStringLiteral("x.qdf"));
    CHECK(qdfRun({QStringLiteral("new"), path, QStringLiteral("--master"), QStringLiteral("--programme"),
                  QStringLiteral("P")}).exitCode == 1);  // no owner
    CHECK(qdfRun({QStringLiteral("new"), path, QStringLiteral("--owner"), QStringLiteral("A")}).exitCode == 1);
    CHECK(qdfRun({QStringLiteral("new"), path, QStringLiteral("--owner"), QStringLiteral("A"), QStringLiteral("--master")})
              .exitCode == 1);  // no programme
    const Run exists = qdfRun({QStringLiteral("new"), master, QStringLiteral("--owner"), QStringLiteral("A"),
                               QStringLiteral("--master"), QStringLiteral("--programme"), QStringLiteral("P")});
    CHECK(exists.exitCode == 2);
    expectOneLineNaming(exists, master);
    const QString notes = folder.path(QStringLiteral("notes.txt"));
    writeAll(notes, "not a workbook");
    const Run bad = qdfRun({QStringLiteral("new"), path, QStringLiteral("--owner"), QStringLiteral("A"),
                            QStringLiteral("--from-master"), notes});
    CHECK(bad.exitCode == 2);
    expectOneLineNaming(bad, notes);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("qdf info lists every section's key, title, counts and question keys", "[cli]")
{
    Folder folder;
    const QJsonObject info = infoOf(masterIn(folder));
    CHECK(info[QStringLiteral("schemaVersion")].toInt() >= 2);
    const QJsonArray sections = info[QStringLiteral("sections")].toArray();
    QStringList keys;
    for (const QJsonValue &v : sections) {
        const QJsonObject s = v.toObject();
        keys << s[QStringLiteral("key")].toString();
        for (const char *field : {"title", "questions", "answers", "workingExamples", "referenceMaterials", "schedules"})
            CHECK(s.contains(QLatin1String(field)));
        if (s[QStringLiteral("kind")].toString() == QStringLiteral("caremore")) {
            CHECK(s[QStringLiteral("questions")].toInt() == 6);
            CHECK(s[QStringLiteral("questionKeys")].toArray().first().toString() == QStringLiteral("intended-product"));
        }
    }
    CHECK(keys.mid(0, 7) == QStringList{QStringLiteral("care-standards"), QStringLiteral("activities"),
                                        QStringLiteral("resource-envelope"), QStringLiteral("model-of-care"),
                                        QStringLiteral("operational-arrangements"), QStringLiteral("review-of-performance"),
                                        QStringLiteral("evaluation")});
    CHECK(keys.contains(QStringLiteral("baseline-questionnaire")));
    const Run human = qdfRun({QStringLiteral("info"), folder.path(QStringLiteral("master.qdf"))});
    CHECK(human.exitCode == 0);
    CHECK(human.out.contains(QStringLiteral("Afon Vale")));
}

TEST_CASE("qdf answer sets answers from --text, --file and standard input, and counts them", "[cli]")
{
    Folder folder;
    const QString master = masterIn(folder);
    CHECK(qdfRun({QStringLiteral("answer"), master, QStringLiteral("care-standards"), QStringLiteral("intended-product"),
                  QStringLiteral("--text"), QStringLiteral("Standards 🏥 for all")}).exitCode == 0);
    const QString file = folder.path(QStringLiteral("answer.md"));
    const QByteArray big = QByteArray("## Large answer\n\n").append(QByteArray(3 * 1024 * 1024, 'w'));
    writeAll(file, big);
    CHECK(qdfRun({QStringLiteral("answer"), master, QStringLiteral("activities"), QStringLiteral("reason"),
                  QStringLiteral("--file"), file}).exitCode == 0);
    CHECK(qdfRun({QStringLiteral("answer"), master, QStringLiteral("evaluation"), QStringLiteral("reason"),
                  QStringLiteral("--file"), QStringLiteral("-")}, "from stdin\n").exitCode == 0);
    const QJsonArray sections = infoOf(master)[QStringLiteral("sections")].toArray();
    CHECK(sections[0][QStringLiteral("answers")].toInt() == 1);
    CHECK(sections[1][QStringLiteral("answers")].toInt() == 1);
    CHECK(sections[6][QStringLiteral("answers")].toInt() == 1);

    const Run exported = qdfRun({QStringLiteral("export"), master, QStringLiteral("--json")});
    REQUIRE(exported.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    const QJsonObject q = doc[QStringLiteral("sections")][1][QStringLiteral("questions")][1].toObject();
    CHECK(q[QStringLiteral("key")].toString() == QStringLiteral("reason"));
    CHECK(q[QStringLiteral("answer")][QStringLiteral("text")].toString().toUtf8() == big);

    const Run history = qdfRun({QStringLiteral("history"), master, QStringLiteral("care-standards"),
                                QStringLiteral("intended-product"), QStringLiteral("--json")});
    CHECK(history.exitCode == 0);
    CHECK(QJsonDocument::fromJson(history.out.toUtf8()).array()[0][QStringLiteral("text")].toString()
          == QStringLiteral("Standards 🏥 for all"));
}

TEST_CASE("qdf answer: unknown keys are usage errors (1), bad files are unacceptable (2)", "[cli]")
{
    Folder folder;
    const QString master = masterIn(folder);
    const Run section = qdfRun({QStringLiteral("answer"), master, QStringLiteral("nursing"), QStringLiteral("reason"),
                                QStringLiteral("--text"), QStringLiteral("x")});
    CHECK(section.exitCode == 1);
    CHECK(section.err.contains(QStringLiteral("nursing")));
    CHECK(qdfRun({QStringLiteral("answer"), master, QStringLiteral("activities"), QStringLiteral("why"),
                  QStringLiteral("--text"), QStringLiteral("x")}).exitCode == 1);
    CHECK(qdfRun({QStringLiteral("answer"), master, QStringLiteral("activities"), QStringLiteral("reason")}).exitCode == 1);
    CHECK(qdfRun({QStringLiteral("answer"), master, QStringLiteral("activities"), QStringLiteral("reason"),
                  QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--file"), master}).exitCode == 1);
    const QString latin1 = folder.path(QStringLiteral("latin1.txt"));
    writeAll(latin1, "caf\xe9");
    CHECK(qdfRun({QStringLiteral("answer"), master, QStringLiteral("activities"), QStringLiteral("reason"),
                  QStringLiteral("--file"), latin1}).exitCode == 2);
    const QString missing = folder.path(QStringLiteral("missing.qdf"));
    const Run r = qdfRun({QStringLiteral("answer"), missing, QStringLiteral("activities"), QStringLiteral("reason"),
                          QStringLiteral("--text"), QStringLiteral("x")});
    CHECK(r.exitCode == 2);
    expectOneLineNaming(r, missing);
}

TEST_CASE("qdf example add and reference add print the new item's id", "[cli]")
{
    Folder folder;
    const QString master = masterIn(folder);
    const Run e = qdfRun({QStringLiteral("example"), QStringLiteral("add"), master, QStringLiteral("--section"),
                          QStringLiteral("activities"), QStringLiteral("--title"), QStringLiteral("Diary"),
                          QStringLiteral("--text"), QStringLiteral("412 contacts")});
    CHECK(e.exitCode == 0);
    CHECK(e.out.trimmed().size() == 36);
    const QString attachment = folder.path(QStringLiteral("spec.md"));
    writeAll(attachment, "# Specification\n");
    const Run r = qdfRun({QStringLiteral("reference"), QStringLiteral("add"), master, QStringLiteral("--section"),
                          QStringLiteral("model-of-care"), QStringLiteral("--file"), attachment, QStringLiteral("--note"),
                          QStringLiteral("The 2019 specification")});
    CHECK(r.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(qdfRun({QStringLiteral("export"), master, QStringLiteral("--json")})
                                                        .out.toUtf8()).object();
    const QJsonObject ref = doc[QStringLiteral("sections")][3][QStringLiteral("referenceMaterials")][0].toObject();
    CHECK(ref[QStringLiteral("id")].toString() == r.out.trimmed());
    CHECK(ref[QStringLiteral("fileName")].toString() == QStringLiteral("spec.md"));
    CHECK(QByteArray::fromBase64(ref[QStringLiteral("data")].toString().toLatin1()) == QByteArray("# Specification\n"));
    CHECK(doc[QStringLiteral("sections")][1][QStringLiteral("workingExamples")][0][QStringLiteral("id")].toString()
          == e.out.trimmed());
    CHECK(qdfRun({QStringLiteral("example"), QStringLiteral("remove"), master}).exitCode == 1);
    CHECK(qdfRun({QStringLiteral("reference"), QStringLiteral("add"), master, QStringLiteral("--section"),
                  QStringLiteral("activities"), QStringLiteral("--file"), folder.path(QStringLiteral("none"))})
              .exitCode == 2);
}

TEST_CASE("qdf schedule add, edit, move and sign follow the maturity rules with their exit codes", "[cli]")
{
    Folder folder;
    const QString master = masterIn(folder);
    const Run add = qdfRun({QStringLiteral("schedule"), QStringLiteral("add"), master, QStringLiteral("--section"),
                            QStringLiteral("care-standards"), QStringLiteral("--title"), QStringLiteral("Pressure care"),
                            QStringLiteral("--text"), QStringLiteral("v1")});
    REQUIRE(add.exitCode == 0);
    const QString id = add.out.trimmed();
    auto run = [&](QStringList args) { return qdfRun(QStringList{QStringLiteral("schedule")} + args).exitCode; };
    CHECK(run({QStringLiteral("edit"), master, id, QStringLiteral("--text"), QStringLiteral("v2")}) == 0);
    CHECK(run({QStringLiteral("move"), master, id, QStringLiteral("--to"), QStringLiteral("signed-off")}) == 2);
    CHECK(run({QStringLiteral("move"), master, id, QStringLiteral("--to"), QStringLiteral("finished")}) == 1);
    CHECK(run({QStringLiteral("sign"), master, id}) == 2);  // a draft cannot be signed
    CHECK(run({QStringLiteral("move"), master, id, QStringLiteral("--to"), QStringLiteral("ready")}) == 0);
    CHECK(run({QStringLiteral("sign"), master, id}) == 0);
    CHECK(run({QStringLiteral("move"), master, QStringLiteral("1.1"), QStringLiteral("--to"), QStringLiteral("signed-off")}) == 0);

    const QString participant = folder.path(QStringLiteral("p.qdf"));
    REQUIRE(qdfRun({QStringLiteral("new"), participant, QStringLiteral("--owner"), QStringLiteral("Aled"),
                    QStringLiteral("--from-master"), master}).exitCode == 0);
    const Run locked = qdfRun({QStringLiteral("schedule"), QStringLiteral("edit"), participant, id, QStringLiteral("--text"),
                               QStringLiteral("mine")});
    CHECK(locked.exitCode == 2);
    CHECK(locked.err.contains(QStringLiteral("production team")));
    expectOneLineNaming(locked, participant);
    CHECK(run({QStringLiteral("move"), participant, id, QStringLiteral("--to"), QStringLiteral("adopted")}) == 2);
    CHECK(run({QStringLiteral("move"), master, id, QStringLiteral("--to"), QStringLiteral("adopted")}) == 0);
    CHECK(run({QStringLiteral("edit"), master, QStringLiteral("no-such-id"), QStringLiteral("--text"), QStringLiteral("x")}) == 1);

    const Run list = qdfRun({QStringLiteral("schedule"), QStringLiteral("list"), master, QStringLiteral("--json")});
    const QJsonObject s = QJsonDocument::fromJson(list.out.toUtf8()).array()[0].toObject();
    CHECK(s[QStringLiteral("maturity")].toString() == QStringLiteral("adopted"));
    CHECK(s[QStringLiteral("version")].toInt() == 2);
    CHECK(s[QStringLiteral("number")].toString() == QStringLiteral("1.1"));
}

TEST_CASE("qdf check passes a good workbook and fails a damaged or foreign one with 2", "[cli]")
{
    Folder folder;
    const QString master = masterIn(folder);
    const Run ok = qdfRun({QStringLiteral("check"), master});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.trimmed() == QStringLiteral("ok"));
    QByteArray bytes = readAll(master);
    for (int i = 4096; i < 4096 + 400; ++i)
        bytes[i] = char(0x77);
    const QString damaged = folder.path(QStringLiteral("damaged.qdf"));
    writeAll(damaged, bytes);
    const Run bad = qdfRun({QStringLiteral("check"), damaged});
    CHECK(bad.exitCode == 2);
    expectOneLineNaming(bad, damaged);
    const QString empty = folder.path(QStringLiteral("empty.qdf"));
    writeAll(empty, {});
    CHECK(qdfRun({QStringLiteral("check"), empty}).exitCode == 2);
}

TEST_CASE("qdf export -o writes the whole workbook as JSON to a file", "[cli]")
{
    Folder folder;
    const QString master = masterIn(folder);
    const QString out = folder.path(QStringLiteral("out.json"));
    CHECK(qdfRun({QStringLiteral("export"), master, QStringLiteral("--json"), QStringLiteral("-o"), out}).exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(readAll(out)).object();
    CHECK(doc[QStringLiteral("format")].toString() == QStringLiteral("qdf-workbook"));
    CHECK(doc[QStringLiteral("sections")].toArray().size() == 10);
    CHECK(doc[QStringLiteral("plan")][QStringLiteral("stages")].toArray().size() == 3);
    CHECK(qdfRun({QStringLiteral("export"), master}).exitCode == 1);  // no format
}

TEST_CASE("Every verb answers --help with 0, unknown verbs and missing arguments are usage errors", "[cli]")
{
    const QList<QStringList> verbs{
        {QStringLiteral("new")}, {QStringLiteral("info")}, {QStringLiteral("export")}, {QStringLiteral("answer")},
        {QStringLiteral("history")}, {QStringLiteral("example"), QStringLiteral("add")},
        {QStringLiteral("reference"), QStringLiteral("add")}, {QStringLiteral("schedule"), QStringLiteral("add")},
        {QStringLiteral("schedule"), QStringLiteral("edit")}, {QStringLiteral("schedule"), QStringLiteral("move")},
        {QStringLiteral("schedule"), QStringLiteral("sign")}, {QStringLiteral("schedule"), QStringLiteral("list")},
        {QStringLiteral("milestone")}, {QStringLiteral("search")}, {QStringLiteral("check")}, {QStringLiteral("demo")},
        {QStringLiteral("publish")}, {QStringLiteral("print")},
        {QStringLiteral("catalyst"), QStringLiteral("round"), QStringLiteral("add")}, {QStringLiteral("catalyst"), QStringLiteral("rate")},
        {QStringLiteral("catalyst"), QStringLiteral("agree")}, {QStringLiteral("catalyst"), QStringLiteral("scores")}};
    for (const QStringList &verb : verbs) {
        INFO(verb.join(QLatin1Char(' ')).toStdString());
        const Run help = qdfRun(verb + QStringList{QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("qdf ") + verb.join(QLatin1Char(' '))));
        CHECK(qdfRun(verb).exitCode == 1);
    }
    CHECK(qdfRun({QStringLiteral("--help")}).exitCode == 0);
    CHECK(qdfRun({}).exitCode == 1);
    const Run unknown = qdfRun({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
}

TEST_CASE("qdf demo builds a master and three participants that pass qdf check", "[cli]")
{
    Folder folder;
    const Run demo = qdfRun({QStringLiteral("demo"), folder.path(QStringLiteral("demo"))});
    REQUIRE(demo.exitCode == 0);
    const QStringList paths = demo.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(paths.size() == 4);
    for (const QString &path : paths)
        CHECK(qdfRun({QStringLiteral("check"), path}).exitCode == 0);
    const QJsonObject master = infoOf(paths[0]);
    CHECK(master[QStringLiteral("kind")].toString() == QStringLiteral("master"));
    int schedules = 0;
    for (const QJsonValue &s : master[QStringLiteral("sections")].toArray())
        schedules += s[QStringLiteral("schedules")].toInt();
    CHECK(schedules >= 4);
    CHECK(infoOf(paths[1])[QStringLiteral("kind")].toString() == QStringLiteral("participant"));
    const Run search = qdfRun({QStringLiteral("search"), paths[0], QStringLiteral("pressure ulcer"), QStringLiteral("--json")});
    CHECK(search.exitCode == 0);
    CHECK(QJsonDocument::fromJson(search.out.toUtf8()).array().size() >= 2);
    CHECK(qdfRun({QStringLiteral("milestone"), paths[0], QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("--status"),
                  QStringLiteral("at-risk")}).exitCode == 0);
    CHECK(qdfRun({QStringLiteral("milestone"), paths[0], QStringLiteral("9"), QStringLiteral("1"), QStringLiteral("--status"),
                  QStringLiteral("done")}).exitCode == 1);
}

TEST_CASE("qdf catalyst: rounds, ratings and agreed levels give per-driver totals and bands, errors exit 2", "[cli][catalyst]")
{
    Folder folder;
    const QString master = masterIn(folder);
    const Run elements = qdfRun({QStringLiteral("catalyst"), QStringLiteral("elements"), QStringLiteral("--json")});
    REQUIRE(elements.exitCode == 0);
    const QJsonArray drivers = QJsonDocument::fromJson(elements.out.toUtf8()).array();
    REQUIRE(drivers.size() == 6);
    CHECK(drivers[0][QStringLiteral("elements")].toArray().size() == 5);
    REQUIRE(qdfRun({QStringLiteral("catalyst"), QStringLiteral("round"), QStringLiteral("add"), master, QStringLiteral("Spring"),
                    QStringLiteral("--date"), QStringLiteral("2027-04-01")}).exitCode == 0);
    auto rate = [&](const QStringList &extra) {
        return qdfRun(QStringList{QStringLiteral("catalyst")} + extra).exitCode;
    };
    for (int i = 1; i <= 5; ++i) {
        const QString element = QStringLiteral("creating-viable-market-conditions-%1").arg(i);
        CHECK(rate({QStringLiteral("agree"), master, QStringLiteral("--round"), QStringLiteral("Spring"), QStringLiteral("--element"),
                    element, QStringLiteral("--level"), QStringLiteral("2")}) == 0);
        CHECK(rate({QStringLiteral("rate"), master, QStringLiteral("--round"), QStringLiteral("Spring"), QStringLiteral("--participant"),
                    QStringLiteral("Ann"), QStringLiteral("--element"), element, QStringLiteral("--level"), QStringLiteral("4")}) == 0);
    }
    const Run scores = qdfRun({QStringLiteral("catalyst"), QStringLiteral("scores"), master, QStringLiteral("--round"),
                               QStringLiteral("Spring"), QStringLiteral("--json")});
    REQUIRE(scores.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(scores.out.toUtf8()).object();
    const QJsonObject agreed = doc[QStringLiteral("agreed")][QStringLiteral("drivers")][4].toObject();
    CHECK(agreed[QStringLiteral("key")].toString() == QStringLiteral("creating-viable-market-conditions"));
    CHECK(agreed[QStringLiteral("total")].toInt() == 10);
    CHECK(agreed[QStringLiteral("complete")].toBool());
    CHECK(agreed[QStringLiteral("band")].toString() == QStringLiteral("thinking-differently"));  // 10-13 for this driver
    CHECK(doc[QStringLiteral("agreed")][QStringLiteral("drivers")][0][QStringLiteral("band")].isNull());  // not rated
    const QJsonObject ann = doc[QStringLiteral("participants")][0].toObject();
    CHECK(ann[QStringLiteral("name")].toString() == QStringLiteral("Ann"));
    CHECK(ann[QStringLiteral("drivers")][4][QStringLiteral("band")].toString() == QStringLiteral("sustaining-high-performance"));

    const Run badLevel = qdfRun({QStringLiteral("catalyst"), QStringLiteral("rate"), master, QStringLiteral("--round"),
                                 QStringLiteral("Spring"), QStringLiteral("--participant"), QStringLiteral("Ann"),
                                 QStringLiteral("--element"), QStringLiteral("building-partnerships-1"), QStringLiteral("--level"),
                                 QStringLiteral("7")});
    CHECK(badLevel.exitCode == 2);
    expectOneLineNaming(badLevel, master);
    for (const char *notALevel : {"2.5", "three"}) {
        const Run fraction = qdfRun({QStringLiteral("catalyst"), QStringLiteral("rate"), master, QStringLiteral("--round"),
                                     QStringLiteral("Spring"), QStringLiteral("--participant"), QStringLiteral("Ann"),
                                     QStringLiteral("--element"), QStringLiteral("building-partnerships-1"),
                                     QStringLiteral("--level"), QString::fromLatin1(notALevel)});
        CHECK(fraction.exitCode == 2);
        CHECK(fraction.err.contains(QStringLiteral("--level %1 is not a level: give 1, 2, 3 or 4").arg(QLatin1String(notALevel))));
        CHECK_FALSE(fraction.err.contains(QStringLiteral("level 0")));
    }
    CHECK(rate({QStringLiteral("agree"), master, QStringLiteral("--round"), QStringLiteral("Spring"), QStringLiteral("--element"),
                QStringLiteral("nursing-1"), QStringLiteral("--level"), QStringLiteral("2")}) == 2);
    CHECK(rate({QStringLiteral("scores"), master, QStringLiteral("--round"), QStringLiteral("Winter")}) == 2);
    CHECK(rate({QStringLiteral("frobnicate")}) == 1);
}

TEST_CASE("qdf catalyst action add, actions and export: the plan and the tables as a script sees them", "[cli][catalyst]")
{
    Folder folder;
    const QString master = masterIn(folder);
    auto catalyst = [](const QStringList &args) { return qdfRun(QStringList{QStringLiteral("catalyst")} + args); };
    REQUIRE(catalyst({QStringLiteral("round"), QStringLiteral("add"), master, QStringLiteral("Spring")}).exitCode == 0);
    const Run added = catalyst({QStringLiteral("action"), QStringLiteral("add"), master, QStringLiteral("--round"),
                                QStringLiteral("Spring"), QStringLiteral("--subject"), QStringLiteral("understanding-the-market"),
                                QStringLiteral("--achieve"), QStringLiteral("A market position statement"), QStringLiteral("--step"),
                                QStringLiteral("Map providers"), QStringLiteral("--step"), QStringLiteral("Hold forums"),
                                QStringLiteral("--by-when"), QStringLiteral("June 2027"), QStringLiteral("--lead"),
                                QStringLiteral("Sioned Evans")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.trimmed();
    CHECK(id.size() == 36);

    const Run listed = catalyst({QStringLiteral("actions"), master, QStringLiteral("--round"), QStringLiteral("Spring"),
                                 QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray actions = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(actions.size() == 1);
    const QJsonObject action = actions[0].toObject();
    CHECK(action[QStringLiteral("id")].toString() == id);
    CHECK(action[QStringLiteral("subject")].toString() == QStringLiteral("understanding-the-market"));
    CHECK(action[QStringLiteral("subjectName")].toString() == QStringLiteral("Understanding the market"));
    CHECK(action[QStringLiteral("steps")].toArray().at(1).toString() == QStringLiteral("Hold forums"));
    CHECK(action[QStringLiteral("lead")].toString() == QStringLiteral("Sioned Evans"));

    const Run csv = catalyst({QStringLiteral("export"), master, QStringLiteral("--round"), QStringLiteral("Spring"),
                              QStringLiteral("--table"), QStringLiteral("action-plan")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(QStringLiteral("Understanding the market,A market position statement,,\"1. Map providers\n2. Hold forums\",June 2027")));
    const QString file = folder.path(QStringLiteral("final.csv"));
    REQUIRE(catalyst({QStringLiteral("export"), master, QStringLiteral("--round"), QStringLiteral("Spring"), QStringLiteral("--table"),
                      QStringLiteral("final-scores"), QStringLiteral("-o"), file})
                .exitCode == 0);
    CHECK(readAll(file).count("\r\n") == 7);  // the heading and six drivers

    // Refusals: an unknown subject, round or table, and nothing to achieve.
    const Run unknown = catalyst({QStringLiteral("action"), QStringLiteral("add"), master, QStringLiteral("--round"),
                                  QStringLiteral("Spring"), QStringLiteral("--subject"), QStringLiteral("nursing"),
                                  QStringLiteral("--achieve"), QStringLiteral("x")});
    CHECK(unknown.exitCode == 2);
    expectOneLineNaming(unknown, master);
    CHECK(catalyst({QStringLiteral("action"), QStringLiteral("add"), master, QStringLiteral("--round"), QStringLiteral("Spring"),
                    QStringLiteral("--subject"), QStringLiteral("building-partnerships")})
              .exitCode == 2);
    CHECK(catalyst({QStringLiteral("actions"), master, QStringLiteral("--round"), QStringLiteral("Winter")}).exitCode == 2);
    CHECK(catalyst({QStringLiteral("export"), master, QStringLiteral("--round"), QStringLiteral("Spring"), QStringLiteral("--table"),
                    QStringLiteral("everything")})
              .exitCode == 1);
}

TEST_CASE("qdf review checklists --json: the seven checklists with their item keys", "[cli][review]")
{
    const Run r = qdfRun({QStringLiteral("review"), QStringLiteral("checklists"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray lists = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QStringList keys;
    for (const QJsonValue &c : lists)
        keys << c[QStringLiteral("key")].toString();
    CHECK(keys == QStringList{QStringLiteral("procurement"), QStringLiteral("contract-management"),
                              QStringLiteral("nao-contract-management"), QStringLiteral("cips"), QStringLiteral("step-change"),
                              QStringLiteral("pbr-suitability"), QStringLiteral("commissioning-cycle")});
    QStringList procurement;
    for (const QJsonValue &i : lists[0][QStringLiteral("items")].toArray())
        procurement << i[QStringLiteral("key")].toString();
    CHECK(procurement.contains(QStringLiteral("governance")));
    CHECK(procurement.contains(QStringLiteral("risk")));
    CHECK(procurement.contains(QStringLiteral("co-production")));
    CHECK(lists[4][QStringLiteral("items")][0][QStringLiteral("stage")].toString() == QStringLiteral("analyse"));
    CHECK(qdfRun({QStringLiteral("review"), QStringLiteral("frobnicate")}).exitCode == 1);
}

TEST_CASE("qdf review new, rate and summary: ids, counts, gaps and their exit codes", "[cli][review]")
{
    Folder folder;
    const QString master = masterIn(folder);
    auto review = [](const QStringList &args) { return qdfRun(QStringList{QStringLiteral("review")} + args); };
    const Run created = review({QStringLiteral("new"), master, QStringLiteral("--title"), QStringLiteral("Home care 2027"),
                                QStringLiteral("--model"), QStringLiteral("2"), QStringLiteral("--checklist"),
                                QStringLiteral("procurement"), QStringLiteral("--checklist"), QStringLiteral("cips")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString id = created.out.trimmed();
    CHECK(id.size() == 36);
    CHECK(review({QStringLiteral("rate"), master, id, QStringLiteral("governance"), QStringLiteral("--rating"),
                  QStringLiteral("not-met"), QStringLiteral("--note"), QStringLiteral("No board oversight")})
              .exitCode == 0);
    CHECK(review({QStringLiteral("rate"), master, id, QStringLiteral("cips/risk"), QStringLiteral("--rating"), QStringLiteral("met")})
              .exitCode == 0);
    const Run summary = review({QStringLiteral("summary"), master, QStringLiteral("Home care 2027"), QStringLiteral("--json")});
    REQUIRE(summary.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    CHECK(doc[QStringLiteral("review")][QStringLiteral("model")].toInt() == 2);
    const QJsonObject procurement = doc[QStringLiteral("checklists")][0].toObject();
    CHECK(procurement[QStringLiteral("key")].toString() == QStringLiteral("procurement"));
    CHECK(procurement[QStringLiteral("counts")][QStringLiteral("not-met")].toInt() == 1);
    // Unrated items are counted apart, never as a rating.
    CHECK(procurement[QStringLiteral("counts")][QStringLiteral("not-reviewed")].toInt() == 0);
    CHECK(procurement[QStringLiteral("unanswered")].toInt() == 10);
    CHECK(doc[QStringLiteral("checklists")][1][QStringLiteral("counts")][QStringLiteral("met")].toInt() == 1);
    const QJsonArray gaps = doc[QStringLiteral("gaps")].toArray();
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0][QStringLiteral("item")].toString() == QStringLiteral("governance"));
    CHECK(gaps[0][QStringLiteral("note")].toString() == QStringLiteral("No board oversight"));

    // Unknown keys and ratings: 2, with one line naming the file.
    const Run badRating = review({QStringLiteral("rate"), master, id, QStringLiteral("governance"), QStringLiteral("--rating"),
                                  QStringLiteral("excellent")});
    CHECK(badRating.exitCode == 2);
    expectOneLineNaming(badRating, master);
    CHECK(review({QStringLiteral("rate"), master, id, QStringLiteral("risk"), QStringLiteral("--rating"), QStringLiteral("met")})
              .exitCode == 2);  // in two checklists
    CHECK(review({QStringLiteral("rate"), master, id, QStringLiteral("nursing"), QStringLiteral("--rating"), QStringLiteral("met")})
              .exitCode == 2);
    CHECK(review({QStringLiteral("new"), master, QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("--model"),
                  QStringLiteral("2"), QStringLiteral("--checklist"), QStringLiteral("nursing")})
              .exitCode == 2);
    CHECK(review({QStringLiteral("new"), master, QStringLiteral("--title"), QStringLiteral("X"), QStringLiteral("--model"),
                  QStringLiteral("5"), QStringLiteral("--checklist"), QStringLiteral("cips")})
              .exitCode == 2);
    CHECK(review({QStringLiteral("summary"), master, QStringLiteral("No such review")}).exitCode == 2);
}

TEST_CASE("qdf review list, action add and export: the review's items, ratings and actions as CSV", "[cli][review]")
{
    Folder folder;
    const QString master = masterIn(folder);
    auto review = [](const QStringList &args) { return qdfRun(QStringList{QStringLiteral("review")} + args); };
    const QString id = review({QStringLiteral("new"), master, QStringLiteral("--title"), QStringLiteral("Contract 2027"),
                               QStringLiteral("--model"), QStringLiteral("1"), QStringLiteral("--checklist"),
                               QStringLiteral("contract-management"), QStringLiteral("--date"), QStringLiteral("2027-02-01")})
                           .out.trimmed();
    REQUIRE(id.size() == 36);
    REQUIRE(review({QStringLiteral("rate"), master, id, QStringLiteral("quality"), QStringLiteral("--rating"),
                    QStringLiteral("not-met"), QStringLiteral("--note"), QStringLiteral("Visits, \"no\" follow-up")})
                .exitCode == 0);
    const Run action = review({QStringLiteral("action"), QStringLiteral("add"), master, id, QStringLiteral("quality"),
                               QStringLiteral("--what"), QStringLiteral("Follow up every quality visit"), QStringLiteral("--who"),
                               QStringLiteral("Quality lead"), QStringLiteral("--by-when"), QStringLiteral("June 2027")});
    INFO(action.err.toStdString());
    REQUIRE(action.exitCode == 0);
    CHECK(action.out.trimmed().size() == 36);

    const Run list = review({QStringLiteral("list"), master, QStringLiteral("--json")});
    const QJsonArray reviews = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0][QStringLiteral("id")].toString() == id);
    CHECK(reviews[0][QStringLiteral("date")].toString() == QStringLiteral("2027-02-01"));

    const Run summary = review({QStringLiteral("summary"), master, id, QStringLiteral("--json")});
    const QJsonObject doc = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    REQUIRE(doc[QStringLiteral("gaps")].toArray().size() == 1);
    CHECK(doc[QStringLiteral("gaps")][0][QStringLiteral("actions")].toArray().size() == 1);
    CHECK(doc[QStringLiteral("actions")][0][QStringLiteral("who")].toString() == QStringLiteral("Quality lead"));

    const QString csvPath = folder.path(QStringLiteral("review.csv"));
    REQUIRE(review({QStringLiteral("export"), master, QStringLiteral("Contract 2027"), QStringLiteral("-o"), csvPath}).exitCode == 0);
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));  // the BOM spreadsheets look for
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("Contract management review,Quality,Not met,\"Visits, \"\"no\"\" follow-up\",,,"
                                       "Follow up every quality visit (by June 2027)\r\n")));
    CHECK(text.count(QStringLiteral("\r\n")) == 9);  // the header and the 8 domains

    CHECK(review({QStringLiteral("action"), QStringLiteral("add"), master, id, QStringLiteral("quality")}).exitCode == 1);
    CHECK(review({QStringLiteral("action"), QStringLiteral("add"), master, id, QStringLiteral("nursing"), QStringLiteral("--what"),
                  QStringLiteral("X")})
              .exitCode == 2);
    CHECK(review({QStringLiteral("export"), master, QStringLiteral("No such review")}).exitCode == 2);
}

TEST_CASE("qdf bundle export, merge, conflicts, resolve, update and undo-import through real files", "[cli][sync]")
{
    Folder folder;
    const QString master = masterIn(folder);
    const QString schedule = qdfRun({QStringLiteral("schedule"), QStringLiteral("add"), master, QStringLiteral("--section"),
                                     QStringLiteral("activities"), QStringLiteral("--title"), QStringLiteral("Visits"),
                                     QStringLiteral("--text"), QStringLiteral("Nurses visit on weekdays.")})
                                 .out.trimmed();
    REQUIRE_FALSE(schedule.isEmpty());
    QStringList people;
    for (const QString &name : {QStringLiteral("Aled Hughes"), QStringLiteral("Sioned Evans")}) {
        people << folder.path(name.section(QLatin1Char(' '), 0, 0) + QStringLiteral(".qdf"));
        REQUIRE(qdfRun({QStringLiteral("new"), people.last(), QStringLiteral("--owner"), name, QStringLiteral("--from-master"), master})
                    .exitCode == 0);
    }
    const auto edit = [&](const QString &who, const QString &text) {
        REQUIRE(qdfRun({QStringLiteral("schedule"), QStringLiteral("edit"), who, schedule, QStringLiteral("--text"), text}).exitCode == 0);
    };
    edit(people[0], QStringLiteral("Nurses visit every day."));
    edit(people[1], QStringLiteral("Nurses visit at weekends."));
    REQUIRE(qdfRun({QStringLiteral("answer"), people[0], QStringLiteral("activities"), QStringLiteral("reason"), QStringLiteral("--text"),
                    QStringLiteral("Aled's reason")})
                .exitCode == 0);
    QStringList bundles;
    for (const QString &p : people) {
        bundles << p + QStringLiteral("sync");
        const Run r = qdfRun({QStringLiteral("bundle"), QStringLiteral("export"), p, QStringLiteral("-o"), bundles.last()});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const Run merged = qdfRun({QStringLiteral("merge"), master, bundles[0], bundles[1], QStringLiteral("--json")});
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 3);  // a conflict waits for a person
    const QJsonObject doc = QJsonDocument::fromJson(merged.out.toUtf8()).object();
    const QJsonArray imports = doc[QStringLiteral("imports")].toArray();
    REQUIRE(imports.size() == 2);
    CHECK(imports[0][QStringLiteral("fastForward")].toInt() == 1);
    CHECK(imports[0][QStringLiteral("contributions")].toInt() == 1);
    CHECK(imports[1][QStringLiteral("conflicts")].toInt() == 1);
    CHECK(doc[QStringLiteral("openConflicts")].toInt() == 1);
    // Merging the same bundles again changes nothing.
    const Run again = qdfRun({QStringLiteral("merge"), master, bundles[0], QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(again.out.toUtf8()).object()[QStringLiteral("imports")][0][QStringLiteral("alreadyImported")].toBool());

    const Run listed = qdfRun({QStringLiteral("conflicts"), master, QStringLiteral("--json")});
    const QJsonArray open = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(open.size() == 1);
    CHECK(open[0][QStringLiteral("item")].toString() == QStringLiteral("schedule:") + schedule);
    CHECK(open[0][QStringLiteral("theirs")][QStringLiteral("fields")][QStringLiteral("body")].toString()
          == QStringLiteral("Nurses visit at weekends."));
    CHECK(open[0][QStringLiteral("base")][QStringLiteral("fields")][QStringLiteral("body")].toString()
          == QStringLiteral("Nurses visit on weekdays."));
    const QString conflict = open[0][QStringLiteral("id")].toString();
    CHECK(qdfRun({QStringLiteral("resolve"), master, conflict, QStringLiteral("--take"), QStringLiteral("sideways")}).exitCode == 1);
    CHECK(qdfRun({QStringLiteral("resolve"), master, QStringLiteral("nope"), QStringLiteral("--take"), QStringLiteral("ours")}).exitCode == 2);
    CHECK(qdfRun({QStringLiteral("resolve"), master, conflict, QStringLiteral("--file"), QStringLiteral("-")},
                 QByteArray("Nurses visit every day, weekends included."))
              .exitCode == 0);
    CHECK(QJsonDocument::fromJson(qdfRun({QStringLiteral("conflicts"), master, QStringLiteral("--json")}).out.toUtf8()).array().isEmpty());

    // The update brings the resolved text to the other participant; a bundle goes only to a master.
    const QString update = folder.path(QStringLiteral("update.qdfupdate"));
    REQUIRE(qdfRun({QStringLiteral("update"), QStringLiteral("export"), master, QStringLiteral("-o"), update}).exitCode == 0);
    CHECK(qdfRun({QStringLiteral("update"), QStringLiteral("apply"), people[0], update}).exitCode == 0);
    const Run shown = qdfRun({QStringLiteral("schedule"), QStringLiteral("list"), people[0], QStringLiteral("--json")});
    CHECK(shown.out.contains(QStringLiteral("Visits")));
    CHECK(qdfRun({QStringLiteral("update"), QStringLiteral("apply"), master, update}).exitCode == 2);
    CHECK(qdfRun({QStringLiteral("merge"), people[0], bundles[1]}).exitCode == 2);
    CHECK(qdfRun({QStringLiteral("undo-import"), people[0]}).exitCode == 0);
    CHECK(qdfRun({QStringLiteral("undo-import"), people[1]}).exitCode == 2);  // nothing imported there

    // As on a network share: merged on a local copy and written back whole.
    edit(people[1], QStringLiteral("Nurses visit at weekends, and on bank holidays."));
    const QString later = folder.path(QStringLiteral("later.qdfsync"));
    REQUIRE(qdfRun({QStringLiteral("bundle"), QStringLiteral("export"), people[1], QStringLiteral("-o"), later}).exitCode == 0);
    const Run copied = qdfRun({QStringLiteral("merge"), master, later, QStringLiteral("--via-copy"), QStringLiteral("--json")});
    INFO(copied.err.toStdString());
    CHECK(copied.exitCode == 3);  // Sioned never applied the update: her edit meets the resolved text
    CHECK(QJsonDocument::fromJson(qdfRun({QStringLiteral("conflicts"), master, QStringLiteral("--json")}).out.toUtf8()).array().size() == 1);
    CHECK(QJsonDocument::fromJson(qdfRun({QStringLiteral("merge"), master, later, QStringLiteral("--json")}).out.toUtf8())
              .object()[QStringLiteral("imports")][0][QStringLiteral("alreadyImported")]
              .toBool());  // the copy's import is in the master now
}

TEST_CASE("qdf question add, edit and explain in the master, and qdf new --from-update joins from an update file", "[cli][sync]")
{
    Folder folder;
    const QString master = masterIn(folder);
    const auto run = [](QStringList args) { return qdfRun(args); };
    CHECK(run({QStringLiteral("question"), QStringLiteral("add"), master, QStringLiteral("activities"), QStringLiteral("weekends"),
               QStringLiteral("--text"), QStringLiteral("Who visits at weekends?")})
              .exitCode == 0);
    CHECK(run({QStringLiteral("question"), QStringLiteral("add"), master, QStringLiteral("activities"), QStringLiteral("weekends"),
               QStringLiteral("--text"), QStringLiteral("Again?")})
              .exitCode == 2);  // the key is taken
    CHECK(run({QStringLiteral("question"), QStringLiteral("add"), master, QStringLiteral("activities"), QStringLiteral("x")}).exitCode
          == 1);  // no --text
    CHECK(run({QStringLiteral("question"), QStringLiteral("edit"), master, QStringLiteral("activities"), QStringLiteral("reason"),
               QStringLiteral("--guidance"), QStringLiteral("One paragraph.")})
              .exitCode == 0);
    CHECK(run({QStringLiteral("question"), QStringLiteral("explain"), master, QStringLiteral("activities"), QStringLiteral("--text"),
               QStringLiteral("What the service does.")})
              .exitCode == 0);
    const QString update = folder.path(QStringLiteral("u.qdfupdate"));
    REQUIRE(run({QStringLiteral("update"), QStringLiteral("export"), master, QStringLiteral("-o"), update}).exitCode == 0);

    const QString nia = folder.path(QStringLiteral("nia.qdf"));
    const Run joined = run({QStringLiteral("new"), nia, QStringLiteral("--owner"), QStringLiteral("Nia Jones"), QStringLiteral("--from-update"),
                            update});
    INFO(joined.err.toStdString());
    REQUIRE(joined.exitCode == 0);
    const QJsonObject info = QJsonDocument::fromJson(run({QStringLiteral("info"), nia, QStringLiteral("--json")}).out.toUtf8()).object();
    CHECK(info[QStringLiteral("kind")].toString() == QStringLiteral("participant"));
    const Run answered = run({QStringLiteral("answer"), nia, QStringLiteral("activities"), QStringLiteral("weekends"), QStringLiteral("--text"),
                             QStringLiteral("The out-of-hours team.")});
    CHECK(answered.exitCode == 0);  // the new question is there to answer
    // A participant cannot change the questions; a workbook file is not an update.
    CHECK(run({QStringLiteral("question"), QStringLiteral("explain"), nia, QStringLiteral("activities"), QStringLiteral("--text"),
               QStringLiteral("Mine.")})
              .exitCode == 2);
    const Run wrong = run({QStringLiteral("new"), folder.path(QStringLiteral("x.qdf")), QStringLiteral("--owner"), QStringLiteral("X"),
                           QStringLiteral("--from-update"), master});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("not an update")));
    CHECK(run({QStringLiteral("new"), folder.path(QStringLiteral("y.qdf")), QStringLiteral("--owner"), QStringLiteral("Y"),
               QStringLiteral("--from-update"), update, QStringLiteral("--from-master"), master})
              .exitCode == 1);
}
