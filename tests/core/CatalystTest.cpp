#include "TestSupport.h"

#include "core/catalyst/CatalystPack.h"
#include "core/catalyst/CatalystStore.h"
#include "core/catalyst/Scoring.h"

using namespace qdf;
using namespace qdf::catalyst;

namespace {

QStringList seedLines()
{
    QFile file(QStringLiteral(QDF_SEEDS_DIR "/003_2c6865771e343115.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

// The seed's summary grid: for each driver, the five rows after its "Elements" header.
QMap<QString, QStringList> seedGrid(const QStringList &lines, QMap<QString, QVector<QStringList>> *descriptors = nullptr)
{
    QMap<QString, QStringList> grid;
    for (int i = 0; i + 6 < lines.size(); ++i) {
        if (!lines[i + 1].startsWith(QLatin1String("Elements\t")))
            continue;
        const QString driver = lines[i].section(QLatin1Char('\t'), 0, 0).trimmed();
        for (int r = i + 2; r < i + 7; ++r) {
            const QStringList cells = lines[r].split(QLatin1Char('\t'));
            grid[driver] << cells[0].trimmed();
            if (descriptors)
                (*descriptors)[driver] << QStringList{cells[1].trimmed(), cells[2].trimmed(), cells[3].trimmed(), cells[4].trimmed()};
        }
    }
    return grid;
}

} // namespace

TEST_CASE("The Catalyst pack has the seed's 6 drivers and 30 element names, in the summary grid's words", "[catalyst][pack]")
{
    QMap<QString, QVector<QStringList>> descriptors;
    const auto grid = seedGrid(seedLines(), &descriptors);
    const Pack &pack = Pack::shipped();
    REQUIRE(grid.size() == 6);
    REQUIRE(pack.drivers.size() == 6);
    int elements = 0;
    for (const Driver &d : pack.drivers) {
        INFO(d.name.toStdString());
        REQUIRE(grid.contains(d.name));
        REQUIRE(d.elements.size() == 5);
        for (int i = 0; i < 5; ++i) {
            CHECK(d.elements[i].name == grid[d.name][i]);
            for (int l = 0; l < 4; ++l) {
                CHECK(d.elements[i].levels[l].descriptor == descriptors[d.name][i][l]);
                CHECK_FALSE(d.elements[i].levels[l].indicators.isEmpty());
                CHECK_FALSE(d.elements[i].levels[l].approaches.isEmpty());
            }
            ++elements;
        }
    }
    CHECK(elements == 30);
    CHECK(pack.levelTitles == QStringList{QStringLiteral("Consolidating the basics"), QStringLiteral("Thinking differently"),
                                          QStringLiteral("Developing strategically"),
                                          QStringLiteral("Sustaining high performance")});
}

TEST_CASE("The pack's 24 threshold bands are the seed's final scores table, driver by driver", "[catalyst][pack]")
{
    const QStringList lines = seedLines();
    int header = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(QLatin1String("Driver\tYour overall Driver scores")))
            header = i;
    }
    REQUIRE(header > 0);
    int bands = 0;
    for (int r = header + 1; r <= header + 6; ++r) {
        const QStringList cells = lines[r].split(QLatin1Char('\t'));
        const Driver *d = nullptr;
        for (const Driver &candidate : Pack::shipped().drivers) {
            if (candidate.name == cells[0].trimmed())
                d = &candidate;
        }
        INFO(cells[0].toStdString());
        REQUIRE(d);
        for (int l = 0; l < 4; ++l) {
            const QStringList range = cells[2 + l].trimmed().split(QChar(0x2013));  // an en dash
            CHECK(d->bands[l].from == range[0].toInt());
            CHECK(d->bands[l].to == range[1].toInt());
            ++bands;
        }
    }
    CHECK(bands == 24);
}

TEST_CASE("Every total from 5 to 20 falls in exactly one band of each driver, at the seed's boundaries", "[catalyst][scoring]")
{
    for (const Driver &d : Pack::shipped().drivers) {
        INFO(d.name.toStdString());
        CHECK_FALSE(bandFor(d, 4).has_value());
        CHECK_FALSE(bandFor(d, 21).has_value());
        for (const Band &b : d.bands) {
            CHECK(bandFor(d, b.from) == b.level);
            CHECK(bandFor(d, b.to) == b.level);
            if (b.from > 5)
                CHECK(bandFor(d, b.from - 1) == b.level - 1);
        }
        for (int total = 5; total <= 20; ++total)
            CHECK(bandFor(d, total).has_value());
    }
}

TEST_CASE("A driver's total is the sum of its levels; with an element unrated it is incomplete and has no band",
          "[catalyst][scoring]")
{
    const Pack &pack = Pack::shipped();
    const Driver &innovation = *pack.driver(QStringLiteral("encouraging-innovation"));
    Ratings r;
    for (int i = 1; i <= 4; ++i)
        r.insert(QStringLiteral("encouraging-innovation-%1").arg(i), 3);
    DriverScore s = scoreDriver(innovation, r);
    CHECK(s.total == 12);
    CHECK(s.rated == 4);
    CHECK_FALSE(s.complete);
    CHECK_FALSE(s.band.has_value());
    r.insert(QStringLiteral("encouraging-innovation-5"), 1);
    s = scoreDriver(innovation, r);
    CHECK(s.total == 13);
    CHECK(s.complete);
    CHECK(s.band == 3);  // Encouraging innovation: 13-15 is "Developing strategically"
    // The same total is another band for another driver: Building partnerships' 11-14.
    Ratings bp;
    for (int i = 1; i <= 5; ++i)
        bp.insert(QStringLiteral("building-partnerships-%1").arg(i), i == 5 ? 1 : 3);
    CHECK(scoreDriver(*pack.driver(QStringLiteral("building-partnerships")), bp).band == 2);
}

TEST_CASE("The whole-system view averages the rated elements and names the weakest complete drivers", "[catalyst][scoring]")
{
    const Pack &pack = Pack::shipped();
    Ratings r;
    for (const Driver &d : pack.drivers) {
        for (const Element &e : d.elements)
            r.insert(e.key, d.key == QLatin1String("understanding-the-market") ? 1 : 3);
    }
    r.remove(QStringLiteral("commissioning-and-contracting-5"));
    const SystemScore s = scoreSystem(pack, r);
    REQUIRE(s.drivers.size() == 6);
    REQUIRE(s.averageElementScore.has_value());
    CHECK(*s.averageElementScore == Approx((24 * 3 + 5 * 1) / 29.0));
    CHECK(s.weakestDrivers == QStringList{QStringLiteral("understanding-the-market")});
    CHECK_FALSE(s.drivers[5].complete);
    CHECK_FALSE(scoreSystem(pack, {}).averageElementScore.has_value());
}

TEST_CASE("The group view lists the elements where people disagree most first", "[catalyst][scoring]")
{
    QMap<QString, Ratings> byParticipant;
    byParticipant[QStringLiteral("Ann")] = {{QStringLiteral("building-partnerships-1"), 1},
                                            {QStringLiteral("building-partnerships-2"), 2},
                                            {QStringLiteral("encouraging-innovation-3"), 1}};
    byParticipant[QStringLiteral("Bob")] = {{QStringLiteral("building-partnerships-1"), 2},
                                            {QStringLiteral("building-partnerships-2"), 2},
                                            {QStringLiteral("encouraging-innovation-3"), 4}};
    byParticipant[QStringLiteral("Cai")] = {{QStringLiteral("building-partnerships-1"), 3},
                                            {QStringLiteral("encouraging-innovation-3"), 4}};
    const auto s = spreads(Pack::shipped(), byParticipant);
    REQUIRE(s.size() == 3);
    CHECK(s[0].elementKey == QStringLiteral("encouraging-innovation-3"));
    CHECK(s[0].spread() == 3);
    CHECK(s[0].median == 4);
    CHECK(s[1].elementKey == QStringLiteral("building-partnerships-1"));
    CHECK(s[1].median == 2);
    CHECK(s[2].spread() == 0);
    CHECK(s[2].median == 2);
    CHECK(s[2].levels.size() == 2);
}

TEST_CASE("Rounds keep participants' ratings, agreed levels and targets, and refuse what is not acceptable",
          "[catalyst][store]")
{
    test::Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = test::newMaster(path);
        CatalystStore store(*wb);
        const Round spring = test::need(store.addRound(QStringLiteral("Spring 2027"), QStringLiteral("2027-04-01")));
        test::need(store.addRound(QStringLiteral("Autumn 2027"), QString()));
        CHECK(store.addRound(QStringLiteral("Spring 2027"), QString()).error().code == Error::Code::NotAllowed);
        CHECK(store.addRound(QStringLiteral("Bad date"), QStringLiteral("1 April")).error().code == Error::Code::NotAllowed);
        test::need(store.rate(spring, QStringLiteral("Ann"), QStringLiteral("building-partnerships-1"), 2, QStringLiteral("evidence")));
        test::need(store.rate(spring, QStringLiteral("Ann"), QStringLiteral("building-partnerships-1"), 3));  // replaces
        test::need(store.rate(spring, QStringLiteral("Bob"), QStringLiteral("building-partnerships-1"), 1));
        test::need(store.agree(spring, QStringLiteral("building-partnerships-1"), 2, QStringLiteral("after discussion")));
        test::need(store.setTarget(spring, QStringLiteral("building-partnerships"), QStringLiteral("Share data monthly")));
        CHECK(store.rate(spring, QStringLiteral("Ann"), QStringLiteral("building-partnerships-1"), 0).error().code
              == Error::Code::NotAllowed);
        CHECK(store.rate(spring, QStringLiteral("Ann"), QStringLiteral("building-partnerships-1"), 5).error().code
              == Error::Code::NotAllowed);
        CHECK(store.rate(spring, QStringLiteral("Ann"), QStringLiteral("nursing-1"), 2).error().code == Error::Code::NotAllowed);
        CHECK(store.agree(spring, QStringLiteral("nursing-1"), 2).error().code == Error::Code::NotAllowed);
        CHECK(store.setTarget(spring, QStringLiteral("nursing"), QStringLiteral("x")).error().code == Error::Code::NotAllowed);
        CHECK(store.round(QStringLiteral("Winter")).error().code == Error::Code::NotAllowed);
    }
    auto wb = test::need(Workbook::open(path));
    CatalystStore store(*wb);
    const auto rounds = test::need(store.rounds());
    REQUIRE(rounds.size() == 2);
    CHECK(rounds[0].completedOn == QStringLiteral("2027-04-01"));
    const auto byParticipant = test::need(store.ratingsByParticipant(rounds[0]));
    CHECK(byParticipant.size() == 2);
    CHECK(byParticipant[QStringLiteral("Ann")].value(QStringLiteral("building-partnerships-1")) == 3);
    CHECK(test::need(store.agreed(rounds[0])).value(QStringLiteral("building-partnerships-1")) == 2);
    CHECK(test::need(store.targets(rounds[0])).value(QStringLiteral("building-partnerships")) == QStringLiteral("Share data monthly"));
    CHECK(test::need(store.ratingsByParticipant(rounds[1])).isEmpty());  // rounds stay apart
}
