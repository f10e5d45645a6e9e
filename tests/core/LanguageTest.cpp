// The language: chosen from the option or the person's environment, its catalogue found whatever
// context name a message was looked up under, its locale used for dates.
#include "core/Maturity.h"
#include "core/i18n/CatalogueTranslator.h"
#include "core/i18n/Language.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QLocale>

using namespace qdf;

namespace {

// Sets environment variables for one test and puts them back.
struct Environment {
    explicit Environment(std::initializer_list<std::pair<const char *, const char *>> values)
    {
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            saved.emplace_back(name, qgetenv(name));
            qunsetenv(name);
        }
        for (const auto &[name, value] : values)
            qputenv(name, value);
    }
    ~Environment()
    {
        for (const auto &[name, value] : saved) {
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        }
    }
    std::vector<std::pair<const char *, QByteArray>> saved;
};

} // namespace

TEST_CASE("The language follows --lang, then LANGUAGE, LC_ALL, LC_MESSAGES and LANG, else English", "[i18n]")
{
    {
        Environment env{{"LANG", "cy_GB.UTF-8"}};
        CHECK(language::choose() == QStringLiteral("cy"));
        CHECK(language::choose(QStringLiteral("en")) == QStringLiteral("en"));
    }
    {
        Environment env{{"LANGUAGE", "fr:cy"}, {"LANG", "en_GB.UTF-8"}};
        CHECK(language::choose() == QStringLiteral("cy"));
    }
    {
        Environment env{{"LC_ALL", "C.UTF-8"}, {"LANGUAGE", ""}};
        CHECK(language::choose() == QStringLiteral("en"));
        CHECK(language::choose(QStringLiteral("cy-GB")) == QStringLiteral("cy"));
        CHECK(language::choose(QStringLiteral("xx")) == QStringLiteral("en"));
    }
}

TEST_CASE("The option --lang is taken out of the arguments before a verb sees them, and a wrong one is said", "[i18n]")
{
    char prog[] = "qdf", info[] = "info", lang[] = "--lang", cy[] = "cy", file[] = "a.qdf", eq[] = "--lang=xx";
    char *argv[] = {prog, info, lang, cy, file, nullptr};
    int argc = 5;
    bool bad = true;
    CHECK(language::takeLanguageOption(argc, argv, &bad) == QStringLiteral("cy"));
    CHECK_FALSE(bad);
    REQUIRE(argc == 3);
    CHECK(QByteArray(argv[1]) == "info");
    CHECK(QByteArray(argv[2]) == "a.qdf");
    char *wrong[] = {prog, eq, nullptr};
    int wrongCount = 2;
    language::takeLanguageOption(wrongCount, wrong, &bad);
    CHECK(bad);
    CHECK(wrongCount == 1);
}

TEST_CASE("A Welsh message is found even when looked up under another context than lupdate recorded", "[i18n]")
{
    language::CatalogueTranslator welsh;
    REQUIRE(welsh.loadCatalogue(QStringLiteral("cy")));
    // lupdate records maturityTitle()'s words under the namespace; a helper may ask under its own name.
    const QString draft = welsh.translate("no::such::Context", "Draft");
    CHECK(draft == QStringLiteral("Drafft"));
    CHECK(welsh.translate("no::such::Context", "a message no one wrote").isNull());
    QFile ts(QStringLiteral(":/i18n/qdfworkbench_cy.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    CHECK(language::CatalogueTranslator::contextsOf(ts.readAll()).size() > 500);
}

TEST_CASE("Installing Welsh translates the core's words and makes dates Welsh", "[i18n]")
{
    const QLocale before;
    REQUIRE(language::install(*QCoreApplication::instance(), QStringLiteral("cy")) == QStringLiteral("cy"));
    const QString draft = maturityTitle(Maturity::Draft);
    const QString month = QLocale().toString(QDate(2027, 6, 1), QStringLiteral("MMMM"));
    // Back to English for the other tests.
    language::install(*QCoreApplication::instance(), QStringLiteral("en"));
    QLocale::setDefault(before);
    CHECK(maturityTitle(Maturity::Draft) == QStringLiteral("Draft"));
    CHECK(draft == QStringLiteral("Drafft"));
    CHECK(month == QStringLiteral("Mehefin"));
}
