// The command line in Welsh: from LANGUAGE or LANG, or --lang; every verb's help and its errors.
#include "cli/QdfRun.h"
#include "TestSupport.h"

#include <QDate>
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
