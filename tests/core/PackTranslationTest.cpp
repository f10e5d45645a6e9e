// The content packs in Welsh: each resources/content/cy/X.json has its English's structure, keys,
// numbers and identifiers, and every text people read in Welsh; a text with no Welsh is shown in
// English marked as such; a workbook made in Welsh is in Welsh and says so.
#include "TestSupport.h"

#include "core/ContentPack.h"
#include "core/catalyst/CatalystPack.h"
#include "core/i18n/PackTranslation.h"
#include "core/review/ReviewPack.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Bundle.h"
#include "core/sync/Sync.h"
#include "core/WorkbookCreation.h"

#include <QFile>

using namespace qdf;
using namespace qdf::test;

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString lines(const QStringList &list)
{
    return list.mid(0, 40).join(QLatin1Char('\n')) + (list.size() > 40 ? QStringLiteral("\n… and %1 more").arg(list.size() - 40) : QString());
}

// The pack's Welsh, as shipped, against its English: the one check for every pack. A pack whose
// Welsh is not in this tree yet is skipped, saying so (its translation is on its way); `required`
// packs fail instead.
void checkWelsh(const QString &name, bool required)
{
    const packs::PackFields *fields = packs::packFields(name);
    REQUIRE(fields);
    const QByteArray english = resource(packs::packResource(name, QStringLiteral("en")));
    const QByteArray welsh = resource(packs::packResource(name, QStringLiteral("cy")));
    REQUIRE_FALSE(english.isEmpty());
    if (welsh.isEmpty()) {
        REQUIRE_FALSE(required);
        QDF_SKIP("resources/content/cy/" << name.toStdString()
                                         << ".json is not in this tree yet: the pack is shown in English, and said to be");
    }
    const auto laid = packs::overlay(english, welsh, *fields, packs::untranslatedMarker());
    REQUIRE(laid.ok());
    INFO("where the Welsh's structure differs from the English's:\n" << lines(laid->differences).toStdString());
    CHECK(laid->differences.isEmpty());
    INFO("texts with no Welsh:\n" << lines(laid->untranslated).toStdString());
    CHECK(laid->untranslated.isEmpty());
    INFO("texts the Welsh leaves in English (add a name or an abbreviation to packs::sameInEveryLanguage):\n"
         << lines(laid->unchanged).toStdString());
    CHECK(laid->unchanged.isEmpty());
}

const packs::PackFields kTestFields{QStringLiteral("test"), {QStringLiteral("key")}};

} // namespace

TEST_CASE("The CAREMORE pack's Welsh has every key and element of the English, in the same structure, all in Welsh",
          "[pack][i18n]")
{
    checkWelsh(QStringLiteral("caremore"), true);
}

TEST_CASE("The Catalyst pack's Welsh has every key and element of the English, in the same structure, all in Welsh",
          "[pack][i18n][catalyst]")
{
    checkWelsh(QStringLiteral("catalyst"), false);
}

TEST_CASE("The review pack's Welsh has every key and element of the English, in the same structure, all in Welsh",
          "[pack][i18n][review]")
{
    checkWelsh(QStringLiteral("review"), false);
}

TEST_CASE("Every shipped pack names its identifier fields in one list, and each has a key field", "[pack][i18n]")
{
    QStringList names;
    for (const packs::PackFields &p : packs::shippedPacks()) {
        names << p.name;
        CHECK(p.identifiers.contains(QStringLiteral("key")));
        CHECK_FALSE(resource(packs::packResource(p.name, QStringLiteral("en"))).isEmpty());
    }
    CHECK(names == QStringList{QStringLiteral("caremore"), QStringLiteral("catalyst"), QStringLiteral("review")});
}

TEST_CASE("A text with no translation stays in English, marked and listed, never silently", "[pack][i18n]")
{
    const QByteArray english = R"({"key": "a", "title": "Care standards", "items": [{"key": "x", "name": "Risk"},
                                   {"key": "y", "name": "Cost"}], "empty": ""})";
    const QByteArray welsh = R"({"key": "a", "title": "", "items": [{"key": "x", "name": "Risg"}, {"key": "y"}], "empty": ""})";
    const auto laid = packs::overlay(english, welsh, kTestFields, QStringLiteral("[English] %1"));
    REQUIRE(laid.ok());
    QStringList untranslated = laid->untranslated;
    untranslated.sort();
    CHECK(untranslated == QStringList{QStringLiteral("/items/1/name"), QStringLiteral("/title")});
    const QString json = QString::fromUtf8(laid->json);
    CHECK(json.contains(QStringLiteral("\"title\":\"[English] Care standards\"")));
    CHECK(json.contains(QStringLiteral("\"name\":\"Risg\"")));
    CHECK(json.contains(QStringLiteral("\"name\":\"[English] Cost\"")));
    CHECK(laid->differences == QStringList{QStringLiteral("/items/1/name: missing from the translation")});
}

TEST_CASE("A translation whose identifiers, numbers or lists differ keeps the English there and says where", "[pack][i18n]")
{
    const QByteArray english = R"({"key": "a", "version": 1, "list": ["one", "two"], "sub": {"key": "b", "text": "Yes"}})";
    const QByteArray welsh = R"({"key": "A", "version": 2, "list": ["un"], "sub": {"key": "b", "text": "Yes"}, "extra": 1})";
    const auto laid = packs::overlay(english, welsh, kTestFields, QStringLiteral("[English] %1"));
    REQUIRE(laid.ok());
    CHECK(laid->differences.size() == 4);
    const QString all = laid->differences.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("/key: the identifier \"a\" is \"A\" in the translation")));
    CHECK(all.contains(QStringLiteral("/version: 1 in the English, 2 in the translation")));
    CHECK(all.contains(QStringLiteral("/list: 2 elements in the English, 1 in the translation")));
    CHECK(all.contains(QStringLiteral("/extra: in the translation, not in the English")));
    CHECK(laid->untranslated == QStringList{QStringLiteral("/list/0"), QStringLiteral("/list/1")});
    CHECK(laid->unchanged == QStringList{QStringLiteral("/sub/text")});
    const QString json = QString::fromUtf8(laid->json);
    CHECK(json.contains(QStringLiteral("\"key\":\"a\"")));
    CHECK(json.contains(QStringLiteral("\"version\":1")));
    CHECK_FALSE(packs::overlay(english, "{not json", kTestFields, QStringLiteral("%1")).ok());
}

TEST_CASE("The CAREMORE pack in Welsh has the English's keys and Welsh words, and says it is Welsh", "[pack][i18n]")
{
    const ContentPack &en = ContentPack::caremore(QStringLiteral("en"));
    const ContentPack &cy = ContentPack::caremore(QStringLiteral("cy"));
    CHECK(en.language == QStringLiteral("en"));
    CHECK(cy.language == QStringLiteral("cy"));
    CHECK(cy.untranslated.isEmpty());
    REQUIRE(cy.sections.size() == en.sections.size());
    REQUIRE(cy.documents.size() == en.documents.size());
    for (int i = 0; i < en.sections.size(); ++i) {
        CHECK(cy.sections[i].key == en.sections[i].key);
        CHECK(cy.sections[i].title != en.sections[i].title);
        REQUIRE(cy.sections[i].questions.size() == en.sections[i].questions.size());
        for (int q = 0; q < en.sections[i].questions.size(); ++q)
            CHECK(cy.sections[i].questions[q].key == en.sections[i].questions[q].key);
    }
    CHECK(cy.section(QStringLiteral("care-standards"))->title == QStringLiteral("Safonau gofal"));
    CHECK(cy.section(QStringLiteral("baseline-questionnaire"))->questions[1].aboutSectionKey == QStringLiteral("care-standards"));
    CHECK(cy.parts[0].title == QStringLiteral("Enghreifftiau Gwaith"));
    // The program speaks English here: the pack it reads by default is the English.
    CHECK(&ContentPack::caremore() == &en);
}

TEST_CASE("The Catalyst and review packs in Welsh keep every key, and say which language their texts are in", "[pack][i18n]")
{
    const catalyst::Pack &en = catalyst::Pack::shipped(QStringLiteral("en"));
    const catalyst::Pack &cy = catalyst::Pack::shipped(QStringLiteral("cy"));
    const bool welshShips = !resource(packs::packResource(QStringLiteral("catalyst"), QStringLiteral("cy"))).isEmpty();
    CHECK(cy.language == (welshShips ? QStringLiteral("cy") : QStringLiteral("en")));
    REQUIRE(cy.drivers.size() == en.drivers.size());
    for (int d = 0; d < en.drivers.size(); ++d) {
        CHECK(cy.drivers[d].key == en.drivers[d].key);
        REQUIRE(cy.drivers[d].elements.size() == en.drivers[d].elements.size());
        for (int e = 0; e < en.drivers[d].elements.size(); ++e)
            CHECK(cy.drivers[d].elements[e].key == en.drivers[d].elements[e].key);
    }
    const review::Pack &ren = review::Pack::shipped(QStringLiteral("en"));
    const review::Pack &rcy = review::Pack::shipped(QStringLiteral("cy"));
    const bool reviewShips = !resource(packs::packResource(QStringLiteral("review"), QStringLiteral("cy"))).isEmpty();
    CHECK(rcy.language == (reviewShips ? QStringLiteral("cy") : QStringLiteral("en")));
    REQUIRE(rcy.checklists.size() == ren.checklists.size());
    for (int c = 0; c < ren.checklists.size(); ++c) {
        CHECK(rcy.checklists[c].key == ren.checklists[c].key);
        REQUIRE(rcy.checklists[c].items.size() == ren.checklists[c].items.size());
        for (int i = 0; i < ren.checklists[c].items.size(); ++i)
            CHECK(rcy.checklists[c].items[i].key == ren.checklists[c].items[i].key);
    }
}

TEST_CASE("A workbook made in Welsh has Welsh sections and questions, records its language and passes it to participants",
          "[pack][i18n]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("m.qdf"));
    auto master = need(createMaster(masterPath, kProducer, QStringLiteral("Rhaglen Afon"), ContentPack::caremore(QStringLiteral("cy"))));
    CHECK(master->info().contentLanguage == QStringLiteral("cy"));
    const Section care = need(SectionStore(*master).byKey(QStringLiteral("care-standards")));
    CHECK(care.title == QStringLiteral("Safonau gofal"));
    const Question reason = need(SectionStore(*master).question(QStringLiteral("activities"), QStringLiteral("reason")));
    CHECK(reason.text == QStringLiteral("Beth yw'r rheswm dros ddiffinio gweithgareddau?"));
    master.reset();

    auto reopened = need(Workbook::open(masterPath));
    CHECK(reopened->info().contentLanguage == QStringLiteral("cy"));
    reopened.reset();
    auto participant = need(createParticipant(folder.path(QStringLiteral("p.qdf")), kParticipant, masterPath));
    CHECK(participant->info().contentLanguage == QStringLiteral("cy"));
    CHECK(need(SectionStore(*participant).byKey(QStringLiteral("evaluation"))).title == QStringLiteral("Gwerthuso"));

    auto english = need(createMaster(folder.path(QStringLiteral("e.qdf")), kProducer, QStringLiteral("Afon")));
    CHECK(english->info().contentLanguage == QStringLiteral("en"));
    CHECK(need(SectionStore(*english).byKey(QStringLiteral("care-standards"))).title == QStringLiteral("Care standards"));
}

TEST_CASE("A workbook joined from a Welsh master's update is laid out in Welsh, and an update naming an unknown language is refused",
          "[pack][i18n][sync]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("m.qdf"));
    auto master = need(createMaster(masterPath, kProducer, QStringLiteral("Rhaglen Afon"), ContentPack::caremore(QStringLiteral("cy"))));
    const QString update = folder.path(QStringLiteral("u.qdfupdate"));
    const sync::Bundle published = need(sync::SyncStore(*master).exportUpdate(update));
    CHECK(published.manifest.contentLanguage == QStringLiteral("cy"));
    CHECK(need(sync::readBundle(update, {})).manifest.contentLanguage == QStringLiteral("cy"));
    auto joined = need(joinFromUpdate(folder.path(QStringLiteral("j.qdf")), kParticipant, update));
    CHECK(joined->info().contentLanguage == QStringLiteral("cy"));
    CHECK(need(SectionStore(*joined).byKey(QStringLiteral("evaluation"))).title == QStringLiteral("Gwerthuso"));
    joined.reset();
    // An English master's update says so; a joiner of it is English.
    auto english = need(createMaster(folder.path(QStringLiteral("e.qdf")), kProducer, QStringLiteral("Afon")));
    CHECK(need(sync::SyncStore(*english).exportUpdate(folder.path(QStringLiteral("e.qdfupdate")))).manifest.contentLanguage
          == QStringLiteral("en"));
    CHECK(need(joinFromUpdate(folder.path(QStringLiteral("je.qdf")), kParticipant, folder.path(QStringLiteral("e.qdfupdate"))))
              ->info().contentLanguage == QStringLiteral("en"));
    // A language the program cannot lay content out in is the file's fault, said as such.
    CHECK_FALSE(sync::knownContentLanguage(QStringLiteral("fr")));
    CHECK_FALSE(sync::knownContentLanguage(QStringLiteral("cy\u202e")));
    CHECK(sync::knownContentLanguage(QString()));
}

TEST_CASE("A workbook made before the content language was recorded is English", "[pack][i18n]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("old.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("Afon"), ContentPack::caremore(QStringLiteral("cy")))).reset();
    asAnotherProgram(path, {QStringLiteral("DELETE FROM sync_state")});
    CHECK(need(Workbook::open(path))->info().contentLanguage == QStringLiteral("en"));
}
