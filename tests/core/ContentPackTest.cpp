#include "TestSupport.h"

#include "core/ContentPack.h"

#include <QRegularExpression>

using namespace qdf;
using namespace qdf::test;

namespace {

// The CAREMORE seed (shared/seeds beside the clone). The pack must be checked against its
// source, not assumed right: where the seeds are, a missing or changed one fails the test; a
// clone without them skips these tests and says so (QDF_NEEDS_SEEDS).
QString seed()
{
    const QString path = QStringLiteral(QDF_SEEDS_DIR "/000_4fbb426cabe25f2c.txt");
    QFile file(path);
    INFO("seed " << path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The seed lists the seven products as "NameOne-line purpose" on one line each.
QVector<QPair<QString, QString>> seedProducts(const QString &text)
{
    const int from = text.indexOf(QStringLiteral("methodology:"));
    const int to = text.indexOf(QStringLiteral("Production Process"));
    REQUIRE(from > 0);
    REQUIRE(to > from);
    static const QRegularExpression line(QStringLiteral("^(.*?[a-z])((?:An?|The) .*)$"));
    QVector<QPair<QString, QString>> products;
    for (const QString &l : text.mid(from, to - from).split(QLatin1Char('\n'))) {
        const auto m = line.match(l.trimmed());
        if (m.hasMatch())
            products.push_back({m.captured(1), m.captured(2)});
    }
    return products;
}

} // namespace

TEST_CASE("Every product the seed names is a section of the pack, in order, with the seed's purpose", "[seeds][pack]")
{
    QDF_NEEDS_SEEDS();
    const auto products = seedProducts(seed());
    const ContentPack &pack = ContentPack::caremore();
    REQUIRE(products.size() == 7);
    REQUIRE(pack.sections.size() == 7);
    for (int i = 0; i < 7; ++i) {
        INFO(products[i].first.toStdString());
        CHECK(pack.sections[i].title.compare(products[i].first, Qt::CaseInsensitive) == 0);
        CHECK(pack.sections[i].purpose == products[i].second);
    }
    const QStringList keys{QStringLiteral("care-standards"), QStringLiteral("activities"), QStringLiteral("resource-envelope"),
                           QStringLiteral("model-of-care"), QStringLiteral("operational-arrangements"),
                           QStringLiteral("review-of-performance"), QStringLiteral("evaluation")};
    for (int i = 0; i < 7; ++i)
        CHECK(pack.sections[i].key == keys[i]);
}

TEST_CASE("Each section asks the seed's six standard open questions, starting with the intended product", "[seeds][pack]")
{
    QDF_NEEDS_SEEDS();
    const QString text = seed();
    // The seed's bullets, cut where it leaves the section's name open ("…" or "(the section)").
    const QStringList stems{QStringLiteral("What is the intended product?"), QStringLiteral("What is the reason for defining"),
                            QStringLiteral("What are the guiding principles in developing"),
                            QStringLiteral("What work has been undertaken on"),
                            QStringLiteral("What are the key questions to understand"),
                            QStringLiteral("What else should be considered within")};
    for (const QString &stem : stems)
        REQUIRE(text.contains(stem));
    for (const SectionTemplate &s : ContentPack::caremore().sections) {
        INFO(s.key.toStdString());
        REQUIRE(s.questions.size() == stems.size());
        CHECK(s.questions.first().key == QStringLiteral("intended-product"));
        for (int i = 0; i < stems.size(); ++i) {
            CHECK(s.questions[i].text.startsWith(stems[i]));
            if (i > 0)
                CHECK(s.questions[i].text.contains(s.title.section(QLatin1Char(' '), -1).toLower()));
        }
    }
    for (const char *part : {"Working Examples", "Draft Schedules"}) {
        REQUIRE(text.contains(QString::fromLatin1(part)));
        bool found = false;
        for (const SectionPart &p : ContentPack::caremore().parts)
            found = found || p.title == QString::fromLatin1(part);
        CHECK(found);
    }
}

TEST_CASE("The pack carries the seed's three initial production documents", "[seeds][pack]")
{
    QDF_NEEDS_SEEDS();
    const QString text = seed();
    const ContentPack &pack = ContentPack::caremore();
    REQUIRE(pack.documents.size() == 3);
    for (const SectionTemplate &d : pack.documents) {
        INFO(d.title.toStdString());
        CHECK(text.contains(d.title));
    }
    const SectionTemplate *baseline = pack.section(QStringLiteral("baseline-questionnaire"));
    REQUIRE(baseline);
    // A prompt for every CAREMORE section, each naming a section that exists.
    for (const SectionTemplate &s : pack.sections) {
        const bool prompted = std::any_of(baseline->questions.cbegin(), baseline->questions.cend(),
                                          [&](const QuestionTemplate &q) { return q.aboutSectionKey == s.key; });
        CHECK(prompted);
    }
    for (const QuestionTemplate &q : baseline->questions) {
        if (!q.aboutSectionKey.isEmpty())
            CHECK(pack.section(q.aboutSectionKey) != nullptr);
    }
}

TEST_CASE("Plan on a Page has the seed's three stages, milestones and outline timescales", "[seeds][pack]")
{
    QDF_NEEDS_SEEDS();
    const QString text = seed();
    const SectionTemplate *plan = ContentPack::caremore().section(QStringLiteral("plan-on-a-page"));
    REQUIRE(plan);
    REQUIRE(plan->stages.size() == 3);
    for (const PlanStageTemplate &stage : plan->stages) {
        INFO("stage " << stage.number);
        CHECK(text.contains(stage.outcome));
        if (stage.number < 3) {
            for (const QString &m : stage.milestones)
                CHECK(text.contains(m));
            CHECK(text.contains(QStringLiteral("Outline timescale for Stage %1 is %2").arg(stage.number).arg(stage.timescale),
                                Qt::CaseInsensitive));
        }
    }
}

TEST_CASE("A malformed content pack is an error, not a crash", "[pack]")
{
    for (const char *json : {"", "[]", "{", "{\"pack\":1}", "{\"pack\":\"x\",\"version\":1,\"title\":\"t\",\"sections\":[{}]}",
                             "{\"pack\":\"x\",\"version\":1,\"title\":\"t\",\"sections\":[]}"}) {
        INFO(json);
        const auto r = ContentPack::fromJson(QByteArray(json));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.startsWith(QStringLiteral("content pack")));
    }
}
