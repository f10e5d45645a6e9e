#include "TestSupport.h"

#include "core/review/ReviewPack.h"

#include <QRegularExpression>

using namespace qdf;
using namespace qdf::review;

namespace {

// A seed as one line of text: the PDF extraction breaks lines inside table cells.
QString seedText(const char *name)
{
    QFile file(QStringLiteral(QDF_SEEDS_DIR "/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QStringList names(const Checklist &c)
{
    QStringList result;
    for (const Item &i : c.items)
        result << i.name;
    return result;
}

// The pack's text starts as the seed's does (the seed is the authority; the pack may mend a
// scanning error further on, or join a cell split across pages).
void startsInSeed(const QString &text, const QString &seed)
{
    INFO(text.toStdString());
    CHECK_FALSE(text.isEmpty());
    // A word the scan broke at a line end ("provider- related") is mended in the pack.
    QString joined = seed;
    joined.replace(QRegularExpression(QStringLiteral("(\\w)- (\\w)")), QStringLiteral("\\1-\\2"));
    CHECK((seed.contains(text.left(30)) || joined.contains(text.left(30))));
}

} // namespace

TEST_CASE("The review pack has the seeds' three models, with what each means for a review", "[seeds][review][pack]")
{
    QDF_NEEDS_SEEDS();
    const QString tool20 = seedText("001_aa875edc7a381034.txt");
    const Pack &pack = Pack::shipped();
    REQUIRE(pack.models.size() == 3);
    CHECK(pack.model(1)->name == QStringLiteral("Outcome Based Care Planning"));
    CHECK(pack.model(2)->name == QStringLiteral("Reward for Achieving Outcomes and customer satisfaction"));
    CHECK(pack.model(3)->name == QStringLiteral("Population based accountability for Outcomes"));
    for (const Model &m : pack.models) {
        CHECK(tool20.contains(QStringLiteral("Model %1: %2").arg(m.number).arg(m.name)));
        CHECK(tool20.contains(m.reviewGuidance));
    }
    const Item *outcomes = pack.checklist(QStringLiteral("procurement"))->item(QStringLiteral("outcomes-focus"));
    REQUIRE(outcomes);
    CHECK(outcomes->guidance.value(2).contains(QStringLiteral("Perverse incentives")));
}

TEST_CASE("Procurement: the two sub-areas and the 11 domains, each with its description and review question", "[seeds][review][pack]")
{
    QDF_NEEDS_SEEDS();
    const QString tool20 = seedText("001_aa875edc7a381034.txt");
    const Checklist *c = Pack::shipped().checklist(QStringLiteral("procurement"));
    REQUIRE(c);
    CHECK(names(*c) == QStringList{QStringLiteral("Outcomes focus"), QStringLiteral("Governance"), QStringLiteral("Compliance"),
                                   QStringLiteral("Robustness"), QStringLiteral("Sustainability"), QStringLiteral("Cost"),
                                   QStringLiteral("Effectiveness/Benefits"), QStringLiteral("Ethics"), QStringLiteral("Timeliness"),
                                   QStringLiteral("Risk"), QStringLiteral("Co-production")});
    for (const Item &i : c->items) {
        CHECK(tool20.contains(i.name + QLatin1Char(' ')));
        startsInSeed(i.description.mid(i.key == QLatin1String("cost") ? 3 : 0), tool20);
        startsInSeed(i.question, tool20);
    }
    REQUIRE(c->subAreas.size() == 2);
    CHECK(tool20.contains(c->subAreas[0].name));
    CHECK(tool20.contains(c->subAreas[1].name));
    CHECK(c->item(QStringLiteral("governance")));
    CHECK(c->item(QStringLiteral("co-production")));
    // The seed's own examples of tailoring, offered as ready sub-questions.
    const QStringList suggestions = Pack::shipped().suggestions.value(QStringLiteral("effectiveness-benefits"));
    REQUIRE(suggestions.size() == 6);
    for (const QString &s : suggestions)
        CHECK(tool20.contains(s));
}

TEST_CASE("Contract management: the 8 domains, the NAO framework's 11 areas and the 10 CIPS items", "[seeds][review][pack]")
{
    QDF_NEEDS_SEEDS();
    const QString tool20 = seedText("001_aa875edc7a381034.txt");
    const Pack &pack = Pack::shipped();
    const Checklist *cm = pack.checklist(QStringLiteral("contract-management"));
    REQUIRE(cm);
    CHECK(names(*cm) == QStringList{QStringLiteral("Administration and arrangements"), QStringLiteral("Risk management"),
                                    QStringLiteral("Outcomes"), QStringLiteral("Activity"), QStringLiteral("Performance"),
                                    QStringLiteral("Quality"), QStringLiteral("Quality assurance"), QStringLiteral("Timescales/milestones")});
    for (const Item &i : cm->items) {
        startsInSeed(i.description, tool20);
        startsInSeed(i.question, tool20);
    }
    const Checklist *nao = pack.checklist(QStringLiteral("nao-contract-management"));
    REQUIRE(nao);
    REQUIRE(nao->items.size() == 11);
    const Checklist *cips = pack.checklist(QStringLiteral("cips"));
    REQUIRE(cips);
    REQUIRE(cips->items.size() == 10);
    for (const Checklist *c : {nao, cips}) {
        for (const Item &i : c->items)
            startsInSeed(i.name, tool20);
    }
}

TEST_CASE("Step change: four stages of three steps, guidance for each model, and PbR's 8 features, and the cycle's activities",
          "[seeds][review][pack]")
{
    QDF_NEEDS_SEEDS();
    const QString tool5 = seedText("002_e806bdbde4177f56.txt");
    const Pack &pack = Pack::shipped();
    const Checklist *step = pack.checklist(QStringLiteral("step-change"));
    REQUIRE(step);
    REQUIRE(step->stages.size() == 4);
    CHECK(step->stages[0].name == QStringLiteral("Analyse"));
    CHECK(step->stages[3].name == QStringLiteral("Review"));
    const QStringList expected{QStringLiteral("Resource analysis"), QStringLiteral("Assess individual needs/outcomes"),
                               QStringLiteral("Analyse providers/market"), QStringLiteral("Commissioning strategy/prospectus"),
                               QStringLiteral("Develop specification"), QStringLiteral("Design service"),
                               QStringLiteral("Secure service"), QStringLiteral("Contract management"),
                               QStringLiteral("Manage providers’ relationships"), QStringLiteral("Review individual outcomes"),
                               QStringLiteral("Review market performance"), QStringLiteral("Evaluation of services")};
    CHECK(names(*step) == expected);
    for (const Item &i : step->items) {
        CHECK(tool5.contains(i.name, Qt::CaseInsensitive));
        REQUIRE(i.guidance.size() == 3);
        for (int model = 1; model <= 3; ++model)
            startsInSeed(i.guidance.value(model), tool5);
    }
    const Checklist *pbr = pack.checklist(QStringLiteral("pbr-suitability"));
    REQUIRE(pbr);
    REQUIRE(pbr->items.size() == 8);
    for (const Item &i : pbr->items) {
        startsInSeed(i.name, tool5);
        startsInSeed(i.whyItMatters, tool5);
    }
    const QString cycleSeed = seedText("004_ea907b3f713b30ee.txt");
    const Checklist *cycle = pack.checklist(QStringLiteral("commissioning-cycle"));
    REQUIRE(cycle);
    REQUIRE(cycle->stages.size() == 4);
    for (const Item &i : cycle->items) {
        // The seed's diagram splits "Assess … individual needs" around its other labels.
        if (i.key == QLatin1String("assess-individual-needs"))
            CHECK(QRegularExpression(QStringLiteral("Assess[\\s\\S]{0,80}individual needs")).match(cycleSeed).hasMatch());
        else
            CHECK(cycleSeed.contains(i.name));
    }
    // Every activity the seed's cycle names is in the pack.
    for (const char *named : {"strategic-commissioning-priorities", "data-on-resources", "assess-individual-needs",
                              "successful-experience", "population-needs-analysis", "review-the-whole-system"})
        CHECK(cycle->item(QString::fromLatin1(named)));
    // The PbR table is garbled in its source: the pack says so, to be shown beside it.
    CHECK(pack.checklist(QStringLiteral("pbr-suitability"))->sourceNote.contains(QStringLiteral("garbled")));
}

TEST_CASE("A malformed review pack is refused with the reason", "[review][pack]")
{
    CHECK(Pack::fromJson("{").error().code == Error::Code::InvalidArgument);
    CHECK(Pack::fromJson(R"({"version":1,"models":[],"checklists":[]})").error().message.contains(QStringLiteral("three models")));
    const auto twice = Pack::fromJson(R"({"version":1,"models":[{"number":1,"name":"a"},{"number":2,"name":"b"},{"number":3,"name":"c"}],
        "checklists":[{"key":"x","name":"X","items":[{"key":"k","name":"K"},{"key":"k","name":"K2"}]}]})");
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("twice")));
}
