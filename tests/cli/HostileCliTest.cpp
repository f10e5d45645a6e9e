// The hostile corpus through the real `qdf`, and what a person reads when the disk fails.

#include "TestSupport.h"
#include "Attacker.h"
#include "cli/QdfRun.h"
#include "hostile/HostileBundles.h"
#include "hostile/HostileWorkbooks.h"

#include "core/stores/AnswerStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

#include <QDir>

#include <unistd.h>

using namespace qdf;
using namespace qdf::test;

namespace {

QString shellQuoted(const QStringList &words)
{
    QStringList quoted;
    for (const QString &a : words)
        quoted << QLatin1Char('\'') + QString(a).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    return quoted.join(QLatin1Char(' '));
}

// `qdf ARGS` with files limited to `kilobytes` (writes past it fail as on a full disk; the signal
// that would kill the program is ignored, as it is in a real full-disk failure).
Run qdfWithFileLimit(int kilobytes, const QStringList &arguments)
{
    return runProgram(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f %1; exec %2")
                                                                        .arg(kilobytes)
                                                                        .arg(shellQuoted(QStringList{QStringLiteral(QDF_CLI)} + arguments))});
}

// `qdf ARGS` in a terminal (a pseudo-terminal, as a person's, made by util-linux's script): what
// the terminal was sent, both streams together.
Run qdfInTerminal(const QStringList &arguments)
{
    return runProgram(QStringLiteral("/usr/bin/script"),
                      {QStringLiteral("-qec"), shellQuoted(QStringList{QStringLiteral(QDF_CLI)} + arguments), QStringLiteral("/dev/null")});
}

void expectNoSql(const QString &message)
{
    for (const char *word : {"SELECT", "INSERT", "UPDATE ", "DELETE FROM", "PRAGMA", "VALUES"})
        CHECK_FALSE(message.contains(QLatin1String(word)));
}

} // namespace

TEST_CASE("qdf check refuses every hostile workbook with status 2, naming what was changed, and leaves it as it was", "[hostile]")
{
    for (const hostile::WorkbookCase &c : hostile::workbookCases()) {
        DYNAMIC_SECTION(c.name)
        {
            Folder folder;
            const QString path = hostile::hostileWorkbook(folder, c);
            const QByteArray before = fileHash(path);
            for (const QStringList &args : {QStringList{QStringLiteral("check"), path}, QStringList{QStringLiteral("info"), path},
                                            QStringList{QStringLiteral("answer"), path, QStringLiteral("activities"),
                                                        QStringLiteral("reason"), QStringLiteral("--text"), QStringLiteral("x")}}) {
                const Run r = qdfRun(args);
                INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
                CHECK(r.exitCode == 2);
                CHECK(r.err.contains(QString::fromUtf8(c.namedInMessage)));
                CHECK(r.err.contains(QStringLiteral("nothing in the file was run")));
            }
            CHECK(fileHash(path) == before);
        }
    }
}

TEST_CASE("qdf merge refuses a hostile contribution with status 2 and the master is unchanged", "[hostile]")
{
    Folder folder;
    const QString master = folder.path(QStringLiteral("master.qdf"));
    const QString dafydd = folder.path(QStringLiteral("dafydd.qdf"));
    {
        auto m = newMaster(master);
        need(createParticipant(dafydd, kParticipant, master));
    }
    const QString bundle = folder.path(QStringLiteral("b.qdfsync"));
    REQUIRE(qdfRun({QStringLiteral("answer"), dafydd, QStringLiteral("activities"), QStringLiteral("reason"), QStringLiteral("--text"),
                    QStringLiteral("Fewer people wait.")})
                .exitCode == 0);
    REQUIRE(qdfRun({QStringLiteral("bundle"), QStringLiteral("export"), dafydd, QStringLiteral("--open"), QStringLiteral("-o"), bundle}).exitCode == 0);
    sync::Bundle forged = need(sync::readBundle(bundle));
    hostile::add(forged, hostile::item(QStringLiteral("schedule:6f1d6a34-0000-4000-8000-000000000009"), hostile::schedule("adopted")));
    need(sync::writeBundle(bundle, forged, signedAs(*need(Workbook::open(dafydd)))));
    const QByteArray before = fileHash(master);
    const Run r = qdfRun({QStringLiteral("merge"), master, bundle});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("never adopts")));
    CHECK(fileHash(master) == before);
}

TEST_CASE("A full disk is said in words a person can act on, never SQL, and a failed backup leaves no file behind", "[hostile]")
{
    Folder folder;
    const QString master = folder.path(QStringLiteral("master.qdf"));
    const QString dafydd = folder.path(QStringLiteral("dafydd.qdf"));
    {
        auto m = newMaster(master);
        need(createParticipant(dafydd, kParticipant, master));
    }
    const QString bundle = folder.path(QStringLiteral("b.qdfsync"));
    REQUIRE(qdfRun({QStringLiteral("answer"), dafydd, QStringLiteral("activities"), QStringLiteral("reason"), QStringLiteral("--text"),
                    QStringLiteral("Fewer people wait.")})
                .exitCode == 0);
    REQUIRE(qdfRun({QStringLiteral("bundle"), QStringLiteral("export"), dafydd, QStringLiteral("--open"), QStringLiteral("-o"), bundle}).exitCode == 0);
    const QByteArray before = fileHash(master);
    const qint64 size = QFileInfo(master).size();

    // The backup before the merge is the first thing that cannot be written.
    const Run merge = qdfWithFileLimit(int(size / 1024 / 2), {QStringLiteral("merge"), master, bundle});
    INFO(merge.err.toStdString());
    CHECK(merge.exitCode == 2);
    CHECK(merge.err.contains(QStringLiteral("nothing was changed")));
    expectNoSql(merge.err);
    CHECK_FALSE(merge.err.contains(QStringLiteral("damaged")));
    const QDir backups(folder.path(QStringLiteral("master.backups")));
    CHECK(backups.entryList(QDir::Files).isEmpty());
    CHECK(fileHash(master) == before);

    // A write with no room for its journal.
    const Run answer = qdfWithFileLimit(1, {QStringLiteral("answer"), master, QStringLiteral("activities"), QStringLiteral("reason"),
                                            QStringLiteral("--text"), QStringLiteral("More.")});
    INFO(answer.err.toStdString());
    CHECK(answer.exitCode == 2);
    CHECK(answer.err.contains(QStringLiteral("nothing was changed")));
    CHECK_FALSE(answer.err.contains(QStringLiteral("damaged")));
    expectNoSql(answer.err);

    // An export larger than the room left (its -shm of 32 KB fits, the JSON does not).
    REQUIRE(qdfRun({QStringLiteral("answer"), master, QStringLiteral("activities"), QStringLiteral("reason"), QStringLiteral("--text"),
                    QString(100000, QLatin1Char('w'))})
                .exitCode == 0);
    const QString out = folder.path(QStringLiteral("out.json"));
    const Run exported = qdfWithFileLimit(40, {QStringLiteral("export"), master, QStringLiteral("--json"), QStringLiteral("-o"), out});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 2);
    CHECK(exported.err.contains(QStringLiteral("free some space")));
    CHECK_FALSE(exported.err.contains(QStringLiteral("Unknown error")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("A workbook in a folder nobody may write to is read, and left as it was", "[hostile]")
{
    // As root every folder is writable: the case is run as an ordinary user, as it is met.
    if (::geteuid() == 0 && !QFileInfo::exists(QStringLiteral("/usr/bin/setpriv"))) {
        WARN("needs setpriv to run as an ordinary user");
        return;
    }
    Folder folder;
    const QString shelf = folder.path(QStringLiteral("shelf"));
    REQUIRE(QDir().mkpath(shelf));
    const QString path = shelf + QStringLiteral("/master.qdf");
    newMaster(path).reset();
    const QByteArray before = fileHash(path);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::ExeOther;
    REQUIRE(QFile::setPermissions(shelf, readable));
    REQUIRE(QFile::setPermissions(QFileInfo(shelf).absolutePath(), readable | QFileDevice::WriteOwner));
    for (const char *verb : {"info", "check", "schedule list"}) {
        QStringList args = QString::fromLatin1(verb).split(QLatin1Char(' ')) << path;
        const Run r = ::geteuid() == 0
            ? runProgram(QStringLiteral("/usr/bin/setpriv"),
                         QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                                     QStringLiteral(QDF_CLI)} + args)
            : qdfRun(args);
        INFO(verb << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
    }
    REQUIRE(QFile::setPermissions(shelf, readable | QFileDevice::WriteOwner));
    CHECK(fileHash(path) == before);
    CHECK(QDir(shelf).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("An author's name with terminal escape codes or a right-to-left override cannot rewrite what qdf merge shows", "[hostile]")
{
    Folder folder;
    const QString master = folder.path(QStringLiteral("master.qdf"));
    const QString dafydd = folder.path(QStringLiteral("dafydd.qdf"));
    {
        auto m = newMaster(master);
        need(createParticipant(dafydd, kParticipant, master));
    }
    const QString bundle = folder.path(QStringLiteral("b.qdfsync"));
    REQUIRE(qdfRun({QStringLiteral("answer"), dafydd, QStringLiteral("activities"), QStringLiteral("reason"), QStringLiteral("--text"),
                    QStringLiteral("Fewer people wait.")})
                .exitCode == 0);
    REQUIRE(qdfRun({QStringLiteral("bundle"), QStringLiteral("export"), dafydd, QStringLiteral("--open"), QStringLiteral("-o"), bundle}).exitCode == 0);
    sync::Bundle forged = need(sync::readBundle(bundle));
    forged.manifest.author.name = QStringLiteral("Dafydd\x1b[2J\x1b[1;1HAll clear \u202Egnp.exe");
    need(sync::writeBundle(bundle, forged, signedAs(*need(Workbook::open(dafydd)))));
    const Run r = qdfRun({QStringLiteral("merge"), master, bundle});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK_FALSE(r.out.contains(QChar(0x1b)));
    CHECK_FALSE(r.out.contains(QChar(0x202E)));
    CHECK(r.out.contains(QStringLiteral("⟨U+001B⟩[2J")));
    CHECK(r.out.contains(QStringLiteral("⟨U+202E⟩gnp.exe")));
}

TEST_CASE("In a terminal, qdf shows the escape codes and overrides in names, titles and file names instead of obeying them",
          "[hostile]")
{
    Folder folder;
    const QString master = folder.path(QStringLiteral("master.qdf"));
    const QString dafydd = folder.path(QStringLiteral("dafydd.qdf"));
    const QString hostile = QStringLiteral("\x1b]0;pwned\x07\x1b[2JAll clear \u202Egnp.exe");
    {
        auto m = need(createMaster(master, Owner{QStringLiteral("Rhian ") + hostile, QStringLiteral("Production team"), QString()},
                                   QStringLiteral("Test programme")));
        const Section section = need(SectionStore(*m).byKey(QStringLiteral("care-standards")));
        need(ScheduleStore(*m).add(section.id, QStringLiteral("Title ") + hostile, QStringLiteral("Body")));
        need(createParticipant(dafydd, kParticipant, master));
    }
    REQUIRE(qdfRun({QStringLiteral("answer"), dafydd, QStringLiteral("activities"), QStringLiteral("reason"), QStringLiteral("--text"),
                    QStringLiteral("Fewer people wait.")})
                .exitCode == 0);
    // Two bundles, so the merge shows its progress line with each file's name.
    const QString named = folder.path(QStringLiteral("from \x1b[2J\u202Egnp.qdfsync"));
    const QString other = folder.path(QStringLiteral("other.qdfsync"));
    REQUIRE(qdfRun({QStringLiteral("bundle"), QStringLiteral("export"), dafydd, QStringLiteral("--open"), QStringLiteral("-o"), named}).exitCode == 0);
    REQUIRE(qdfRun({QStringLiteral("bundle"), QStringLiteral("export"), dafydd, QStringLiteral("--open"), QStringLiteral("-o"), other}).exitCode == 0);

    const auto expectShown = [](const Run &r, const QString &shown) {
        INFO(r.out.toStdString());
        CHECK_FALSE(r.out.contains(QStringLiteral("\x1b]0;")));
        CHECK_FALSE(r.out.contains(QStringLiteral("\x1b[2J")));
        CHECK_FALSE(r.out.contains(QChar(0x202E)));
        CHECK(r.out.contains(shown));
    };
    expectShown(qdfInTerminal({QStringLiteral("info"), master}), QStringLiteral("⟨U+001B⟩]0;pwned⟨U+0007⟩⟨U+001B⟩[2JAll clear ⟨U+202E⟩gnp.exe"));
    const Run json = qdfInTerminal({QStringLiteral("info"), master, QStringLiteral("--json")});
    expectShown(json, QStringLiteral("\\u001b[2JAll clear \\u202egnp.exe"));
    expectShown(qdfInTerminal({QStringLiteral("schedule"), QStringLiteral("list"), master}), QStringLiteral("Title ⟨U+001B⟩]0;pwned"));
    const Run merged = qdfInTerminal({QStringLiteral("merge"), master, named, other});
    CHECK(merged.exitCode == 0);
    expectShown(merged, QStringLiteral("from ⟨U+001B⟩[2J⟨U+202E⟩gnp.qdfsync"));
    // To a pipe, the JSON is exact for the program that reads it.
    const Run piped = qdfRun({QStringLiteral("info"), master, QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(piped.outBytes).object().value(QStringLiteral("owner")).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Rhian ") + hostile);
}
