// The command line in Welsh: from LANGUAGE or LANG, or --lang; every verb's help and its errors.
#include "cli/QdfRun.h"
#include "TestSupport.h"

#include "core/i18n/PackTranslation.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace qdf::test;

namespace {

const RunIn kWelsh{{}, {QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES")}, {QStringLiteral("LANGUAGE=cy"), QStringLiteral("LANG=cy_GB.UTF-8")}};
const RunIn kEnglish{{}, {QStringLiteral("LANGUAGE"), QStringLiteral("LC_ALL"), QStringLiteral("LC_MESSAGES")}, {QStringLiteral("LANG=C.UTF-8")}};

// The verbs and sub-verbs `qdf help --all` lists ("merge", "schedule add"…).
QStringList allVerbs()
{
    const Run all = qdfRun({QStringLiteral("help"), QStringLiteral("--all")}, {}, kEnglish);
    REQUIRE(all.exitCode == 0);
    QStringList verbs;
    static const QRegularExpression usage(QStringLiteral("^Usage: qdf ((?:[a-z-]+ ?)+?) (?:\\[|[A-Z]|$)"),
                                          QRegularExpression::MultilineOption);
    for (auto m = usage.globalMatch(all.out); m.hasNext();)
        verbs << m.next().captured(1).trimmed();
    verbs.removeDuplicates();
    return verbs;
}

} // namespace

TEST_CASE("LANGUAGE=cy qdf --help is Welsh, and so is --lang cy, while --lang en keeps English", "[cli][i18n]")
{
    const Run english = qdfRun({QStringLiteral("--help")}, {}, kEnglish);
    const Run welsh = qdfRun({QStringLiteral("--help")}, {}, kWelsh);
    const Run option = qdfRun({QStringLiteral("--lang"), QStringLiteral("cy"), QStringLiteral("--help")}, {}, kEnglish);
    const Run back = qdfRun({QStringLiteral("--lang=en"), QStringLiteral("--help")}, {}, kWelsh);
    REQUIRE(english.exitCode == 0);
    REQUIRE(welsh.exitCode == 0);
    CHECK(english.out.startsWith(QStringLiteral("Usage: qdf")));
    CHECK(welsh.out.startsWith(QStringLiteral("Defnydd: qdf")));
    CHECK(welsh.out.contains(QStringLiteral("llyfr")));
    CHECK(option.out == welsh.out);
    CHECK(back.out == english.out);
}

TEST_CASE("Every verb's help is Welsh under LANGUAGE=cy", "[cli][i18n]")
{
    const QStringList verbs = allVerbs();
    REQUIRE(verbs.size() > 30);
    for (const QString &verb : verbs) {
        QStringList args = verb.split(QLatin1Char(' '));
        args << QStringLiteral("--help");
        const Run english = qdfRun(args, {}, kEnglish);
        const Run welsh = qdfRun(args, {}, kWelsh);
        INFO(verb.toStdString());
        CHECK(english.exitCode == 0);
        CHECK(welsh.exitCode == 0);
        CHECK(welsh.out.startsWith(QStringLiteral("Defnydd: qdf ") + verb));
        // Its description too, not only the usage line.
        CHECK(welsh.out.section(QLatin1Char('\n'), 1) != english.out.section(QLatin1Char('\n'), 1));
    }
}

TEST_CASE("An error from a verb is Welsh, and a wrong --lang is a usage error", "[cli][i18n]")
{
    Folder folder;
    const QString missing = folder.path(QStringLiteral("nowhere.qdf"));
    const Run english = qdfRun({QStringLiteral("info"), missing}, {}, kEnglish);
    const Run welsh = qdfRun({QStringLiteral("info"), missing}, {}, kWelsh);
    CHECK(english.exitCode == 2);
    CHECK(welsh.exitCode == 2);
    CHECK_FALSE(welsh.err.isEmpty());
    CHECK(welsh.err != english.err);
    CHECK(welsh.err.contains(QStringLiteral("nowhere.qdf")));
    const Run unknownVerb = qdfRun({QStringLiteral("frobnicate")}, {}, kWelsh);
    CHECK(unknownVerb.exitCode == 1);
    CHECK(unknownVerb.err != qdfRun({QStringLiteral("frobnicate")}, {}, kEnglish).err);
    const Run wrong = qdfRun({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")}, {}, kEnglish);
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("cy")));
}

TEST_CASE("A Framework published under Welsh has Welsh fixed text and a Welsh date, also with --lang cy", "[cli][i18n]")
{
    Folder folder;
    REQUIRE(qdfRun({QStringLiteral("demo"), folder.path(QStringLiteral("demo"))}).exitCode == 0);
    const QString master = folder.path(QStringLiteral("demo/afon-vale-master.qdf"));
    const QString month = QLocale(QLocale::Welsh).toString(QDate::currentDate(), QStringLiteral("MMMM"));
    const QString englishMonth = QLocale(QLocale::English).toString(QDate::currentDate(), QStringLiteral("MMMM"));
    const Run welsh = qdfRun({QStringLiteral("--lang"), QStringLiteral("cy"), QStringLiteral("publish"), master, QStringLiteral("--format"),
                              QStringLiteral("html"), QStringLiteral("-o"), QStringLiteral("-")}, {}, kEnglish);
    const Run english = qdfRun({QStringLiteral("publish"), master, QStringLiteral("--format"), QStringLiteral("html"),
                                QStringLiteral("-o"), QStringLiteral("-")}, {}, kEnglish);
    REQUIRE(welsh.exitCode == 0);
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.contains(englishMonth));
    CHECK(welsh.out.contains(month));
    CHECK_FALSE(welsh.out.contains(QStringLiteral("Contents")));
    CHECK(english.out.contains(QStringLiteral("Contents")));
}

TEST_CASE("LANGUAGE=cy qdf catalyst elements and qdf review checklists give the Welsh where it ships, and say so where not",
          "[cli][i18n]")
{
    struct Listing {
        QStringList verb;
        QString list;
        QString pack;
    };
    for (const Listing &l : {Listing{{QStringLiteral("catalyst"), QStringLiteral("elements")}, QStringLiteral("drivers"), QStringLiteral("catalyst")},
                             Listing{{QStringLiteral("review"), QStringLiteral("checklists")}, QStringLiteral("checklists"), QStringLiteral("review")}}) {
        INFO(l.verb.join(QLatin1Char(' ')).toStdString());
        const Run welsh = qdfRun(l.verb + QStringList{QStringLiteral("--json=2")}, {}, kWelsh);
        const Run english = qdfRun(l.verb + QStringList{QStringLiteral("--json=2")}, {}, kEnglish);
        REQUIRE(welsh.exitCode == 0);
        REQUIRE(english.exitCode == 0);
        const QJsonObject cy = QJsonDocument::fromJson(welsh.outBytes).object();
        const QJsonObject en = QJsonDocument::fromJson(english.outBytes).object();
        CHECK(en.value(QStringLiteral("language")).toString() == QStringLiteral("en"));
        CHECK(english.err.isEmpty());
        const QJsonArray cyList = cy.value(l.list).toArray(), enList = en.value(l.list).toArray();
        REQUIRE(cyList.size() == enList.size());
        REQUIRE_FALSE(enList.isEmpty());
        for (int i = 0; i < enList.size(); ++i)
            CHECK(cyList[i].toObject().value(QStringLiteral("key")) == enList[i].toObject().value(QStringLiteral("key")));
        if (QFile::exists(qdf::packs::packResource(l.pack, QStringLiteral("cy")))) {
            CHECK(cy.value(QStringLiteral("language")).toString() == QStringLiteral("cy"));
            CHECK(cyList[0].toObject().value(QStringLiteral("name")) != enList[0].toObject().value(QStringLiteral("name")));
            CHECK(welsh.err.isEmpty());
        } else {
            // Not translated yet: English, and said to be, in Welsh.
            CHECK(cy.value(QStringLiteral("language")).toString() == QStringLiteral("en"));
            CHECK(cyList[0].toObject().value(QStringLiteral("name")) == enList[0].toObject().value(QStringLiteral("name")));
            CHECK(welsh.err.contains(QStringLiteral("Cymraeg")));
        }
        // Version 1 stays the bare list it always was.
        const Run v1 = qdfRun(l.verb + QStringList{QStringLiteral("--json")}, {}, kEnglish);
        CHECK(QJsonDocument::fromJson(v1.outBytes).isArray());
    }
}

TEST_CASE("qdf new --master in Welsh makes a Welsh workbook, and --content-lang chooses the other language", "[cli][i18n]")
{
    Folder folder;
    const QString cyPath = folder.path(QStringLiteral("cy.qdf")), enPath = folder.path(QStringLiteral("en.qdf"));
    const QStringList master{QStringLiteral("--owner"), QStringLiteral("Rhian Morgan"), QStringLiteral("--master"),
                             QStringLiteral("--programme"), QStringLiteral("Afon")};
    REQUIRE(qdfRun(QStringList{QStringLiteral("--lang"), QStringLiteral("cy"), QStringLiteral("new"), cyPath} + master, {}, kEnglish)
                .exitCode == 0);
    REQUIRE(qdfRun(QStringList{QStringLiteral("new"), enPath} + master + QStringList{QStringLiteral("--content-lang"), QStringLiteral("en")},
                   {}, kWelsh)
                .exitCode == 0);
    const auto info = [](const QString &path) {
        const Run r = qdfRun({QStringLiteral("info"), path, QStringLiteral("--json")}, {}, kEnglish);
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.outBytes).object();
    };
    const QJsonObject cy = info(cyPath), en = info(enPath);
    CHECK(cy.value(QStringLiteral("pack")).toObject().value(QStringLiteral("language")).toString() == QStringLiteral("cy"));
    CHECK(en.value(QStringLiteral("pack")).toObject().value(QStringLiteral("language")).toString() == QStringLiteral("en"));
    CHECK(cy.value(QStringLiteral("sections")).toArray().at(0).toObject().value(QStringLiteral("title")).toString() ==
          QStringLiteral("Safonau gofal"));
    CHECK(en.value(QStringLiteral("sections")).toArray().at(0).toObject().value(QStringLiteral("title")).toString() ==
          QStringLiteral("Care standards"));
    const Run wrong = qdfRun(QStringList{QStringLiteral("new"), folder.path(QStringLiteral("x.qdf"))} + master +
                                 QStringList{QStringLiteral("--content-lang"), QStringLiteral("fr")}, {}, kEnglish);
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("--content-lang fr")));
    CHECK_FALSE(QFile::exists(folder.path(QStringLiteral("x.qdf"))));
}
