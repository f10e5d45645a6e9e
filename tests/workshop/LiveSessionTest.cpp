// The live session itself, without HTTP: who may join and score, the drivers' phases, the reveal,
// and what lands in the round.
#include "WorkshopSupport.h"

#include <QSignalSpy>

using namespace qdf;
using namespace qdf::test;
using namespace qdf::workshop;
using catalyst::CatalystStore;

namespace {

const QString kDafydd = QStringLiteral("Dafydd Price");
const QString kSioned = QStringLiteral("Sioned Evans");
const QString kFirst = QStringLiteral("building-partnerships-1");
const QString kSecond = QStringLiteral("building-partnerships-2");
const QString kLater = QStringLiteral("encouraging-innovation-1");

struct Room {
    Folder folder;
    QString path = folder.path(QStringLiteral("master.qdf"));
    std::unique_ptr<Workbook> master = newMaster(path);
    catalyst::Round round = need(CatalystStore(*master).addRound(QStringLiteral("Workshop"), QString()));
    std::unique_ptr<LiveSession> session = start();

    std::unique_ptr<LiveSession> start()
    {
        LiveSession::Options options;
        options.people = {kDafydd, kSioned};
        return need(LiveSession::start(*master, QStringLiteral("Workshop"), options));
    }
    QString join(const QString &name)
    {
        const auto joined = session->join(session->code(), name);
        INFO(joined.refusal().message.toStdString());
        REQUIRE(joined);
        return joined->token;
    }
};

} // namespace

TEST_CASE("A session has a six-character code and a facilitator's token from the system's randomness, and opens the first driver",
          "[workshop][session]")
{
    Room a, b;
    CHECK(a.session->code().size() == 6);
    CHECK(a.session->code() != b.session->code());  // 1 in 2^30 to fail
    for (QChar c : a.session->code())
        CHECK(QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789").contains(c));
    CHECK(a.session->facilitatorToken().size() >= 43);  // 256 bits in base64url
    CHECK(a.session->facilitatorToken() != b.session->facilitatorToken());
    CHECK(a.session->isCode(a.session->code().toLower()));
    CHECK(a.session->isCode(a.session->code().left(3) + QStringLiteral(" ") + a.session->code().mid(3)));
    CHECK_FALSE(a.session->isCode(a.session->code().left(5)));
    CHECK_FALSE(a.session->isCode(b.session->code()));
    CHECK(a.session->openDriver() == QStringLiteral("building-partnerships"));
    CHECK(a.session->people() == QStringList{kDafydd, kSioned});
    CHECK(LiveSession::start(*a.master, QStringLiteral("No such round")).ok() == false);
}

TEST_CASE("The programme's people are everyone rated in a round and every participant whose workbook the master knows",
          "[workshop][session]")
{
    Room room;
    need(CatalystStore(*room.master).rate(room.round, QStringLiteral("Aled Hughes"), kFirst, 2));
    need(createParticipant(room.folder.path(QStringLiteral("p.qdf")), Owner{QStringLiteral("Nia Jones"), {}, {}}, room.path));
    auto session = need(LiveSession::start(*room.master, QStringLiteral("Workshop")));
    CHECK(session->people() == QStringList{QStringLiteral("Aled Hughes")});  // Nia's workbook has sent nothing yet
    LiveSession::Options options;
    options.people = {QStringLiteral("aled hughes"), QStringLiteral("  Bethan   Rees ")};
    session = need(LiveSession::start(*room.master, QStringLiteral("Workshop"), options));
    CHECK(session->people() == QStringList{QStringLiteral("Aled Hughes"), QStringLiteral("Bethan Rees")});
}

TEST_CASE("A picked name joins at once in its own spelling, a typed one or a second join waits for the facilitator",
          "[workshop][session]")
{
    Room room;
    QSignalSpy joined(room.session.get(), &LiveSession::joined);
    const auto dafydd = room.session->join(room.session->code(), QStringLiteral("  dafydd   PRICE "));
    REQUIRE(dafydd);
    CHECK(dafydd->seat.person == kDafydd);
    CHECK(dafydd->seat.confirmed);
    CHECK_FALSE(dafydd->seat.typed);
    CHECK(joined.count() == 1);

    const auto typed = room.session->join(room.session->code(), QStringLiteral("Gwen Ellis"));
    REQUIRE(typed);
    CHECK_FALSE(typed->seat.confirmed);
    CHECK(typed->seat.typed);
    CHECK(room.session->answer(typed->token, kFirst, 2).refusal == Refusal::AwaitingConfirmation);
    CHECK(room.session->joinedPeople() == QStringList{kDafydd});

    // Someone else picking Dafydd's name (or Dafydd on a second device) waits too.
    const auto again = room.session->join(room.session->code(), kDafydd);
    REQUIRE(again);
    CHECK_FALSE(again->seat.confirmed);

    CHECK(room.session->confirm(typed->seat.id));
    CHECK(room.session->answer(typed->token, kFirst, 2));
    CHECK(room.session->joinedPeople() == QStringList{kDafydd, QStringLiteral("Gwen Ellis")});
    // Refused: its token stops working; the other seat of the same name goes on.
    CHECK(room.session->refuse(again->seat.id));
    CHECK(room.session->answer(again->token, kFirst, 3).refusal == Refusal::UnknownToken);
    CHECK(room.session->answer(dafydd->token, kFirst, 3));
    CHECK(room.session->confirm(QStringLiteral("99")).refusal == Refusal::UnknownSeat);
}

TEST_CASE("A join needs the code and a name without control characters, of a sensible length, while seats remain",
          "[workshop][session]")
{
    Room room;
    const QString code = room.session->code();
    CHECK(room.session->join(QStringLiteral("AAAAAA"), kDafydd).refusal().refusal == Refusal::WrongCode);
    CHECK(room.session->join(QString(), kDafydd).refusal().refusal == Refusal::WrongCode);
    CHECK(room.session->join(code, QStringLiteral("   ")).refusal().refusal == Refusal::BadName);
    CHECK(room.session->join(code, QString(81, QLatin1Char('x'))).refusal().refusal == Refusal::BadName);
    CHECK(room.session->join(code, QStringLiteral("Evil\x1b[2JName")).refusal().refusal == Refusal::BadName);
    CHECK(room.session->join(code, QStringLiteral("gnp\u202Eexe")).refusal().refusal == Refusal::BadName);
    CHECK(room.session->seats().isEmpty());

    LiveSession::Options small;
    small.maxSeats = 2;
    auto session = need(LiveSession::start(*room.master, QStringLiteral("Workshop"), small));
    CHECK(session->join(session->code(), QStringLiteral("A")));
    CHECK(session->join(session->code(), QStringLiteral("B")));
    CHECK(session->join(session->code(), QStringLiteral("C")).refusal().refusal == Refusal::SessionFull);
}

TEST_CASE("An answer lands in the round as the participant's own rating, written by them, live, with no undo step",
          "[workshop][session]")
{
    Room room;
    const QString dafydd = room.join(kDafydd);
    // A note the facilitator typed beside Dafydd's earlier rating stays.
    need(CatalystStore(*room.master).rate(room.round, kDafydd, kSecond, 1, QStringLiteral("from the paper form")));
    QSignalSpy answered(room.session.get(), &LiveSession::answeredElement);
    CHECK(room.session->answer(dafydd, kFirst, 3));
    CHECK(room.session->answer(dafydd, kSecond, 4));
    CHECK(answered.count() == 2);
    CHECK(answered.at(0).size() == 2);  // the person and the element: never the level
    CatalystStore store(*room.master);
    const auto first = need(store.ratingRecord(room.round, kDafydd, kFirst));
    REQUIRE(first);
    CHECK(first->level == 3);
    CHECK(first->source == catalyst::RatingSource::LivePhone);
    CHECK(first->change.by == kDafydd);
    CHECK(need(store.ratingRecord(room.round, kDafydd, kSecond))->note == QStringLiteral("from the paper form"));
    CHECK(room.session->answered(kDafydd) == QSet<QString>{kFirst, kSecond});

    // Revised until the driver closes; "not sure" takes the rating away.
    CHECK(room.session->answer(dafydd, kFirst, 2));
    CHECK(need(store.rating(room.round, kDafydd, kFirst)) == 2);
    CHECK(room.session->answer(dafydd, kFirst, kNotSure));
    CHECK(need(store.rating(room.round, kDafydd, kFirst)) == 0);
    const auto own = room.session->ownAnswers(dafydd);
    REQUIRE(own);
    CHECK(own->value(kFirst, -1) == kNotSure);
    CHECK(own->value(kSecond) == 4);
    CHECK(room.session->answered(kDafydd).contains(kFirst));
}

TEST_CASE("Only the open driver takes answers: not before it opens, never after it closes, and only levels 1-4 or not sure",
          "[workshop][session]")
{
    Room room;
    const QString dafydd = room.join(kDafydd);
    CHECK(room.session->answer(dafydd, kLater, 2).refusal == Refusal::NotOpen);
    CHECK(room.session->answer(dafydd, kFirst, 5).refusal == Refusal::BadLevel);
    CHECK(room.session->answer(dafydd, kFirst, -1).refusal == Refusal::BadLevel);
    CHECK(room.session->answer(dafydd, QStringLiteral("nursing-1"), 2).refusal == Refusal::UnknownElement);
    CHECK(room.session->answer(room.session->facilitatorToken(), kFirst, 2).refusal == Refusal::NotParticipant);
    CHECK(room.session->answer(QStringLiteral("not-a-token"), kFirst, 2).refusal == Refusal::UnknownToken);
    CHECK(room.session->answer(QString(), kFirst, 2).refusal == Refusal::UnknownToken);
    CHECK(need(CatalystStore(*room.master).ratingsByParticipant(room.round)).isEmpty());

    QSignalSpy opened(room.session.get(), &LiveSession::driverOpened);
    QSignalSpy closed(room.session.get(), &LiveSession::driverClosed);
    CHECK(room.session->next());
    CHECK(closed.count() == 1);
    CHECK(opened.count() == 1);
    CHECK(room.session->phase(QStringLiteral("building-partnerships")) == DriverPhase::Closed);
    CHECK(room.session->answer(dafydd, kFirst, 2).refusal == Refusal::NotOpen);
    CHECK(room.session->answer(dafydd, kLater, 2));
    CHECK(room.session->open(QStringLiteral("building-partnerships")).refusal == Refusal::NothingToOpen);  // scored: stays closed
    CHECK(room.session->open(QStringLiteral("commissioning-and-contracting")));
    CHECK(room.session->phase(QStringLiteral("encouraging-innovation")) == DriverPhase::Closed);
    CHECK(room.session->closeDriver());
    CHECK(room.session->closeDriver().refusal == Refusal::NothingToOpen);
    // next opens the drivers not yet scored, in order, and after the last leaves none open.
    QStringList order;
    while (room.session->next())
        order << room.session->openDriver();
    CHECK(order == QStringList{QStringLiteral("maximising-use-of-resources"), QStringLiteral("understanding-the-market"),
                               QStringLiteral("creating-viable-market-conditions"), QString()});
    CHECK(room.session->next().refusal == Refusal::NothingToOpen);
}

TEST_CASE("Before the reveal nobody sees a level, after it the group's spread, biggest differences first, and no names",
          "[workshop][session]")
{
    Room other;
    const QString d = other.join(kDafydd), s = other.join(kSioned);
    CHECK(other.session->answer(d, kFirst, 1));
    CHECK(other.session->answer(s, kFirst, 4));
    CHECK(other.session->answer(d, kSecond, 2));
    CHECK(other.session->answer(s, kSecond, 2));
    CHECK(other.session->answer(s, QStringLiteral("building-partnerships-3"), kNotSure));
    CHECK(other.session->results().refusal().refusal == Refusal::NotRevealed);
    // The participant's own answers are all a phone gets before the reveal.
    CHECK(other.session->ownAnswers(d)->size() == 2);
    QSignalSpy revealed(other.session.get(), &LiveSession::revealed);
    CHECK(other.session->reveal());
    REQUIRE(revealed.count() == 1);
    CHECK(revealed.at(0).at(0).toStringList() == QStringList{QStringLiteral("building-partnerships")});
    const auto results = other.session->results();
    REQUIRE(results);
    REQUIRE(results->size() == 5);  // the revealed driver's five elements, rated or not
    CHECK(results->at(0).elementKey == kFirst);
    CHECK(results->at(0).spread() == 3);
    CHECK(results->at(0).counts[0] == 1);
    CHECK(results->at(0).counts[3] == 1);
    CHECK(results->at(1).elementKey == kSecond);
    CHECK(results->at(1).counts[1] == 2);
    const auto notSure = std::find_if(results->begin(), results->end(),
                                      [](const ElementResult &r) { return r.elementKey == QStringLiteral("building-partnerships-3"); });
    CHECK(notSure->notSure == 1);
    CHECK(notSure->rated == 0);
    CHECK(other.session->reveal().refusal == Refusal::NothingToReveal);
    // A revealed driver's scores are closed for good.
    CHECK(other.session->answer(d, kFirst, 3).refusal == Refusal::NotOpen);
    CHECK(other.session->open(QStringLiteral("building-partnerships")).refusal == Refusal::NothingToOpen);
}

TEST_CASE("Answers that arrive together are saved in one transaction, each the participant's own, before the facilitator's next step",
          "[workshop][session]")
{
    Room room;
    const QString dafydd = room.join(kDafydd), sioned = room.join(kSioned);
    need(room.master->refresh());
    const qint64 before = room.master->info().revision;
    QStringList told;
    room.session->submit(dafydd, kFirst, 2, [&](const Outcome &o) { told << (o ? QStringLiteral("dafydd") : o.message); });
    room.session->submit(sioned, kFirst, 4, [&](const Outcome &o) { told << (o ? QStringLiteral("sioned") : o.message); });
    room.session->submit(sioned, kLater, 4, [&](const Outcome &o) { told << (o ? QStringLiteral("wrong") : QStringLiteral("refused")); });
    CHECK(told == QStringList{QStringLiteral("refused")});  // checked at once; the others wait for the save
    CHECK(room.session->next());  // saves what came before it, then closes the driver
    CHECK(told == QStringList{QStringLiteral("refused"), QStringLiteral("dafydd"), QStringLiteral("sioned")});
    need(room.master->refresh());
    CHECK(room.master->info().revision == before + 1);  // one flush to disk for both
    CatalystStore store(*room.master);
    CHECK(need(store.ratingRecord(room.round, kDafydd, kFirst))->change.by == kDafydd);
    CHECK(need(store.ratingRecord(room.round, kSioned, kFirst))->change.by == kSioned);
    CHECK(need(store.rating(room.round, kSioned, kFirst)) == 4);
}
