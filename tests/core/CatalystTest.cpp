#include "TestSupport.h"

#include "core/catalyst/Anonymity.h"
#include "core/catalyst/CatalystPack.h"
#include "core/catalyst/CatalystStore.h"
#include "core/catalyst/Scoring.h"
#include "core/Csv.h"
#include "core/actions/ActionStore.h"
#include "core/report/CatalystReport.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace qdf;
using namespace qdf::catalyst;
using namespace qdf::test;

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

TEST_CASE("The Catalyst pack has the seed's 6 drivers and 30 element names, in the summary grid's words", "[seeds][catalyst][pack]")
{
    QDF_NEEDS_SEEDS();
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

TEST_CASE("The pack's 24 threshold bands are the seed's final scores table, driver by driver", "[seeds][catalyst][pack]")
{
    QDF_NEEDS_SEEDS();
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

TEST_CASE("A driver's total is the sum of its levels, and with an element unrated it is incomplete and has no band",
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

namespace {

// Every element of each driver at the levels given, in element order (a driver left out is
// unrated).
Ratings levels(const QHash<QString, QVector<int>> &byDriver)
{
    Ratings r;
    for (const Driver &d : Pack::shipped().drivers) {
        const QVector<int> given = byDriver.value(d.key);
        for (int i = 0; i < given.size() && i < d.elements.size(); ++i)
            r.insert(d.elements[i].key, given[i]);
    }
    return r;
}

} // namespace

TEST_CASE("The weakest drivers are those in the lowest band by their own thresholds, then the lowest total, and none when all tie",
          "[catalyst][scoring][weakest]")
{
    const Pack &pack = Pack::shipped();
    const QVector<int> ten{2, 2, 2, 2, 2}, eight{2, 2, 2, 1, 1}, twelve{3, 3, 2, 2, 2}, twenty{4, 4, 4, 4, 4};
    // Building partnerships at 10 is "Consolidating the basics"; 8 for innovation and the
    // market is already "Thinking differently": the lower totals are not the weaker drivers.
    SystemScore s = scoreSystem(pack, levels({{QStringLiteral("building-partnerships"), ten},
                                              {QStringLiteral("encouraging-innovation"), eight},
                                              {QStringLiteral("understanding-the-market"), eight},
                                              {QStringLiteral("maximising-use-of-resources"), twelve},
                                              {QStringLiteral("creating-viable-market-conditions"), twelve},
                                              {QStringLiteral("commissioning-and-contracting"), twelve}}));
    CHECK(s.weakestDrivers == QStringList{QStringLiteral("building-partnerships")});
    CHECK(describeSystem(pack, s).contains(QStringLiteral("Weakest: Building partnerships (Consolidating the basics, 10).")));
    // Within one band the lower total is weaker, and equal totals are both named.
    s = scoreSystem(pack, levels({{QStringLiteral("building-partnerships"), twelve},
                                  {QStringLiteral("encouraging-innovation"), eight},
                                  {QStringLiteral("understanding-the-market"), eight},
                                  {QStringLiteral("maximising-use-of-resources"), twelve},
                                  {QStringLiteral("creating-viable-market-conditions"), twelve},
                                  {QStringLiteral("commissioning-and-contracting"), twelve}}));
    CHECK(s.weakestDrivers == QStringList{QStringLiteral("encouraging-innovation"), QStringLiteral("understanding-the-market")});
    // At 20 out of 20 everywhere nothing is weakest; nor is a driver that is the only one complete.
    QHash<QString, QVector<int>> all;
    for (const Driver &d : pack.drivers)
        all.insert(d.key, twenty);
    s = scoreSystem(pack, levels(all));
    CHECK(s.weakestDrivers.isEmpty());
    CHECK_FALSE(describeSystem(pack, s).contains(QStringLiteral("Weakest")));
    CHECK(scoreSystem(pack, levels({{QStringLiteral("building-partnerships"), ten}})).weakestDrivers.isEmpty());
    // An incomplete driver is never named, however low its levels.
    s = scoreSystem(pack, levels({{QStringLiteral("building-partnerships"), {1, 1, 1, 1}},
                                  {QStringLiteral("encouraging-innovation"), eight},
                                  {QStringLiteral("understanding-the-market"), twelve}}));
    CHECK(s.weakestDrivers == QStringList{QStringLiteral("encouraging-innovation")});
}

TEST_CASE("The average says when it leaves drivers out", "[catalyst][scoring]")
{
    const Pack &pack = Pack::shipped();
    SystemScore s = scoreSystem(pack, levels({{QStringLiteral("building-partnerships"), {2, 2, 2, 2, 2}},
                                              {QStringLiteral("encouraging-innovation"), {3, 3}}}));
    CHECK(s.ratedElements == 7);
    CHECK(s.incompleteDrivers == 5);
    CHECK(describeSystem(pack, s)
              == QStringLiteral("Average element score 2.3 of 4. It is over the elements rated so far (7 of 30); 5 of the 6 "
                                "drivers are not complete yet."));
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

TEST_CASE("Actions keep every field of the planning table and the detailed sheet, in order, and refuse what is not acceptable",
          "[catalyst][actions]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    CatalystStore store(*wb);
    const Round spring = need(store.addRound(QStringLiteral("Spring"), QString()));
    const Round autumn = need(store.addRound(QStringLiteral("Autumn"), QString()));
    Action a;
    a.subjectKey = QStringLiteral("understanding-the-market-2");
    a.achieve = QStringLiteral("Rhaglen ar gyfer y farchnad — “quoted”, with, commas");
    a.soThat = QStringLiteral("providers can plan");
    a.steps = {QStringLiteral("Map"), QStringLiteral("Talk"), QStringLiteral("Publish")};
    a.byWhen = QStringLiteral("June 2027");
    a.lead = QStringLiteral("Sioned Evans");
    a.reviewPoints = {{QStringLiteral("Jan"), QStringLiteral("Map done"), QStringLiteral("Half"), QStringLiteral("Visit rural providers")},
                      {QStringLiteral("Apr"), QStringLiteral("Draft"), QString(), QString()}};
    const Action first = need(store.addAction(spring, a));
    Action second = a;
    second.subjectKey = QStringLiteral("building-partnerships");
    second.achieve = QStringLiteral("Share data");
    second.reviewPoints.clear();
    need(store.addAction(spring, second));
    need(store.addAction(autumn, second));

    const auto plan = need(store.actions(spring));
    REQUIRE(plan.size() == 2);
    CHECK(plan[0].uuid == first.uuid);
    CHECK(plan[0].achieve == a.achieve);
    CHECK(plan[0].steps == a.steps);
    CHECK(plan[0].lead == QStringLiteral("Sioned Evans"));
    CHECK(plan[0].reviewPoints == a.reviewPoints);
    CHECK(plan[0].source == Action::Source::Catalyst);
    CHECK(plan[1].achieve == QStringLiteral("Share data"));
    CHECK(need(store.actions(autumn)).size() == 1);  // each round has its own plan

    Action edited = plan[0];
    edited.reviewPoints[1].achieved = QStringLiteral("Draft agreed");
    edited.support = QStringLiteral("BI team");
    need(ActionStore(*wb).update(edited));
    const Action back = need(ActionStore(*wb).byUuid(first.uuid));
    CHECK(back.reviewPoints[1].achieved == QStringLiteral("Draft agreed"));
    CHECK(back.support == QStringLiteral("BI team"));

    // Removed and put back as it was, in its place.
    need(ActionStore(*wb).remove(first.uuid));
    CHECK(need(store.actions(spring)).size() == 1);
    need(ActionStore(*wb).restore(back));
    const auto restored = need(store.actions(spring));
    REQUIRE(restored.size() == 2);
    CHECK(restored[0].uuid == first.uuid);
    CHECK(restored[0].reviewPoints.size() == 2);

    Action unknown = a;
    unknown.subjectKey = QStringLiteral("nursing");
    CHECK(store.addAction(spring, unknown).error().code == Error::Code::NotAllowed);
    Action empty = a;
    empty.achieve = QStringLiteral("   ");
    CHECK(store.addAction(spring, empty).error().code == Error::Code::NotAllowed);
    CHECK(ActionStore(*wb).remove(QStringLiteral("no-such-action")).error().code == Error::Code::NotAllowed);
}

TEST_CASE("The round's tables: final scores mark the band reached, the group view names nobody when anonymous, CSV quotes",
          "[catalyst][export]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    CatalystStore store(*wb);
    const Round round = need(store.addRound(QStringLiteral("Spring"), QString()));
    for (int i = 1; i <= 5; ++i)
        need(store.agree(round, QStringLiteral("creating-viable-market-conditions-%1").arg(i), 2));  // 10: 10-13
    need(store.setTarget(round, QStringLiteral("creating-viable-market-conditions"), QStringLiteral("Grow, \"locally\"")));
    need(store.rate(round, QStringLiteral("Zoë"), QStringLiteral("building-partnerships-1"), 1));
    need(store.rate(round, QStringLiteral("Alun"), QStringLiteral("building-partnerships-1"), 4));
    Action a;
    a.subjectKey = QStringLiteral("creating-viable-market-conditions");
    a.achieve = QStringLiteral("Local providers");
    a.steps = {QStringLiteral("One"), QString(), QStringLiteral("Three")};
    need(store.addAction(round, a));

    const auto final = need(report::catalystTable(*wb, QStringLiteral("Spring"), report::CatalystTable::FinalScores));
    REQUIRE(final.rows.size() == 6);
    CHECK(final.rows[4][1] == QStringLiteral("10"));
    CHECK(final.rows[4][3] == QStringLiteral("✓ 10–13"));
    CHECK(final.rows[4][2] == QStringLiteral("5–9"));
    CHECK(final.rows[0][1] == QStringLiteral("incomplete (0 of 5)"));
    CHECK(final.rows[4][6] == QStringLiteral("Grow, \"locally\""));

    const auto named = need(report::catalystTable(*wb, QStringLiteral("Spring"), report::CatalystTable::Group));
    CHECK(named.headers.mid(2, 2) == QStringList{QStringLiteral("Alun"), QStringLiteral("Zoë")});
    CHECK(named.rows[0].mid(2, 3) == QStringList{QStringLiteral("4"), QStringLiteral("1"), QStringLiteral("1–4")});
    const auto anonymous = need(report::catalystTable(*wb, QStringLiteral("Spring"), report::CatalystTable::Group, true));
    CHECK(anonymous.headers.mid(2, 2) == QStringList{QStringLiteral("Person A"), QStringLiteral("Person B")});
    CHECK_FALSE(anonymous.headers.join(QString()).contains(QStringLiteral("Zoë")));
    // Person A is the first of the round's anonymised order, with that person's levels.
    const QString first = anonymousOrder(round.uuid, {QStringLiteral("Alun"), QStringLiteral("Zoë")}).first();
    CHECK(anonymous.rows[0][2] == (first == QStringLiteral("Alun") ? QStringLiteral("4") : QStringLiteral("1")));

    const auto plan = need(report::catalystTable(*wb, QStringLiteral("Spring"), report::CatalystTable::ActionPlan));
    REQUIRE(plan.rows.size() == 1);
    CHECK(plan.rows[0][3] == QStringLiteral("1. One\n3. Three"));

    const QByteArray csv = need(report::catalystCsv(*wb, QStringLiteral("Spring"), report::CatalystTable::FinalScores));
    CHECK(csv.startsWith("\xEF\xBB\xBF" "Driver,Score,"));
    CHECK(csv.contains("\"Grow, \"\"locally\"\"\"\r\n"));
    CHECK(toCsv({QStringLiteral("a")}, {{QStringLiteral("two\nlines")}}) == QByteArray("\xEF\xBB\xBF" "a\r\n\"two\nlines\"\r\n"));
    CHECK(report::anonymousLabel(0) == QStringLiteral("Person A"));
    CHECK(report::anonymousLabel(26) == QStringLiteral("Person AA"));
    CHECK(report::catalystTable(*wb, QStringLiteral("Winter"), report::CatalystTable::Group).error().code
          == Error::Code::NotAllowed);
}

TEST_CASE("Every indicator and approach to change is the seed's text, with the seed's slips corrected and listed here",
          "[seeds][catalyst][pack][source]")
{
    // The seed's lists: each item after a ■ (indicators) or ✓ (approaches to change).
    QSet<QString> seed;
    for (const QString &line : seedLines()) {
        if (!line.startsWith(QLatin1String("Indicator\t")) && !line.startsWith(QLatin1String("Approaches to change\t")))
            continue;
        QString text = line;
        text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
        text.replace(QLatin1Char('\t'), QChar(0x25A0));
        for (const QString &item : text.split(QRegularExpression(QStringLiteral("[■✓]")), Qt::SkipEmptyParts))
            seed << item.simplified();
    }
    REQUIRE(seed.size() > 300);
    // Where the pack corrects the seed: a quotation that lost its opening mark, a word cut
    // short; and opening apostrophes with no quotation to open (a stray mark before 18 items
    // of the predictive-modelling element), which are dropped.
    const QHash<QString, QString> corrected{
        {QStringLiteral("'Open accounting' rules applied to all information relating to service provision and service development"),
         QStringLiteral("Open accounting' rules applied to all information relating to service provision and service development")},
        {QStringLiteral("Development of generic approaches to service provision"),
         QStringLiteral("Develop of generic approaches to service provision")},
    };
    int checked = 0;
    for (const Driver &d : Pack::shipped().drivers) {
        for (const Element &e : d.elements) {
            for (const LevelText &l : e.levels) {
                for (const QString &text : l.indicators + l.approaches) {
                    INFO(text.toStdString());
                    const QString source = corrected.value(text, text);
                    CHECK((seed.contains(source) || seed.contains(QLatin1Char('\'') + source)));
                    // An apostrophe that opens an item opens a quotation that closes.
                    if (text.startsWith(QLatin1Char('\'')))
                        CHECK(QRegularExpression(QStringLiteral("^'[^']+'")).match(text).hasMatch());
                    ++checked;
                }
            }
        }
    }
    CHECK(checked > 300);
}

TEST_CASE("The anonymised order of a round is the same each time, not the names' order, and another round's differs",
          "[catalyst][export]")
{
    QStringList names;
    for (const char *name : {"Aled Hughes", "Bethan Jones", "Carys Lloyd", "Dafydd Price", "Eleri Morgan", "Ffion Davies",
                             "Gareth Evans", "Huw Roberts", "Iolo Thomas", "Lowri Owen"})
        names << QString::fromUtf8(name);
    const QString round = QStringLiteral("5b0c2f7e-8d7a-4c1e-9a55-0f3d1e2a7b64");
    const QStringList order = anonymousOrder(round, names);
    CHECK(order != names);  // the names are given in their own order
    CHECK(QSet<QString>(order.begin(), order.end()) == QSet<QString>(names.begin(), names.end()));
    // The same whatever order the names arrive in, and the same the next time.
    QStringList reversed = names;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(anonymousOrder(round, reversed) == order);
    CHECK(anonymousOrder(round, names) == order);
    CHECK(anonymousOrder(QStringLiteral("0e9d6f1a-3b2c-4d5e-8f70-1a2b3c4d5e6f"), names) != order);
    // Someone joining moves along only the people after them.
    QStringList more = names;
    more << QStringLiteral("Zoë Parry");
    QStringList without = anonymousOrder(round, more);
    without.removeAll(QStringLiteral("Zoë Parry"));
    CHECK(without == order);
}
