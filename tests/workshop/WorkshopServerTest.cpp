// The participants' interface over real HTTP on loopback (docs/workshop.md, "The routes"), and
// what it refuses: each refusal leaves the file as it was.
#include "WorkshopSupport.h"

#include "core/ContentPack.h"
#include "core/stores/LiveAnswerStore.h"

using namespace qdf;
using namespace qdf::test;
using namespace qdf::workshop;

namespace {

const QString kDafydd = QStringLiteral("Dafydd Price");
const QString kSioned = QStringLiteral("Sioned Evans");
const QString kFirst = QStringLiteral("building-partnerships-1");

QJsonObject codeAndName(const QString &code, const QString &name)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
}

void checkHeaders(const Reply &r)
{
    INFO(r.status << " " << r.body.toStdString());
    CHECK(r.header("cache-control") == "no-store");
    CHECK(r.header("x-content-type-options") == "nosniff");
    const QByteArray policy = r.header("content-security-policy");
    CHECK(policy.contains("default-src 'none'"));
    CHECK(policy.contains("script-src 'self'"));
    CHECK(policy.contains("require-trusted-types-for 'script'"));
    CHECK_FALSE(policy.contains("unsafe-inline"));
    CHECK(r.header("x-frame-options") == "DENY");
    CHECK(r.header("referrer-policy") == "no-referrer");
}

QByteArray rawPost(const QUrl &url, const QByteArray &path, const QByteArray &token, const QByteArray &body,
                   const QByteArray &extraHeaders = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(url.port()) + "\r\nAuthorization: Bearer " + token
        + "\r\nContent-Type: application/json\r\n" + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

TEST_CASE("A phone joins with the code, reads the open driver, scores it, and sees only its own scores until the reveal",
          "[workshop][server]")
{
    LiveRoom room;
    Client &c = *room.client;
    const Reply page = c.get(QStringLiteral("/"));
    CHECK(page.status == 200);
    CHECK(page.header("content-type").startsWith("text/html"));
    CHECK(page.body.contains("<script src=\"/workshop.js\" defer></script>"));
    CHECK(page.body.count("<script") == 1);  // no inline script: the policy would refuse one anyway
    checkHeaders(page);

    const Reply people = c.post(QStringLiteral("/api/people"), {{QStringLiteral("code"), room.session->code()}});
    REQUIRE(people.status == 200);
    CHECK(people.json().value(QStringLiteral("people")).toArray() == QJsonArray{kDafydd, kSioned});
    CHECK(people.json().value(QStringLiteral("round")).toObject().value(QStringLiteral("name")) == QStringLiteral("Workshop"));

    const QString dafydd = c.join(room.session->code(), kDafydd);
    const QString sioned = c.join(room.session->code(), kSioned);
    Reply state = c.get(QStringLiteral("/api/state"), dafydd);
    REQUIRE(state.status == 200);
    QJsonObject s = state.json();
    CHECK(s.value(QStringLiteral("round")).toObject().value(QStringLiteral("name")) == QStringLiteral("Workshop"));
    CHECK(s.value(QStringLiteral("you")).toObject().value(QStringLiteral("name")) == kDafydd);
    const QJsonObject driver = s.value(QStringLiteral("driver")).toObject();
    CHECK(driver.value(QStringLiteral("key")) == QStringLiteral("building-partnerships"));
    const QJsonArray elements = driver.value(QStringLiteral("elements")).toArray();
    REQUIRE(elements.size() == 5);
    CHECK(elements[0].toObject().value(QStringLiteral("key")) == kFirst);
    CHECK_FALSE(elements[0].toObject().value(QStringLiteral("name")).toString().isEmpty());
    CHECK(elements[0].toObject().value(QStringLiteral("descriptors")).toArray().size() == 4);
    CHECK(s.value(QStringLiteral("ratings")).toObject().isEmpty());

    CHECK(c.rate(dafydd, kFirst, 3).status == 204);
    CHECK(c.rate(sioned, kFirst, 1).status == 204);
    CHECK(c.rate(sioned, QStringLiteral("building-partnerships-2"), QStringLiteral("not sure")).status == 204);
    state = c.get(QStringLiteral("/api/state"), dafydd);
    CHECK(state.json().value(QStringLiteral("ratings")).toObject() == QJsonObject{{kFirst, 3}});
    CHECK_FALSE(state.body.contains(kSioned.toUtf8()));  // nothing of anyone else's
    CHECK(c.get(QStringLiteral("/api/state"), sioned).json().value(QStringLiteral("ratings")).toObject()
          == QJsonObject({{kFirst, 1}, {QStringLiteral("building-partnerships-2"), QStringLiteral("not sure")}}));

    const Reply early = c.get(QStringLiteral("/api/results"), dafydd);
    CHECK(early.status == 403);
    CHECK(early.error() == QStringLiteral("not-revealed"));
    checkHeaders(early);

    CHECK(c.post(QStringLiteral("/api/facilitator/reveal"), {}, room.facilitator()).status == 200);
    const Reply results = c.get(QStringLiteral("/api/results"), dafydd);
    REQUIRE(results.status == 200);
    const QJsonObject top = results.json().value(QStringLiteral("elements")).toArray().at(0).toObject();
    CHECK(top.value(QStringLiteral("key")) == kFirst);
    CHECK(top.value(QStringLiteral("counts")).toObject() == QJsonObject({{"1", 1}, {"2", 0}, {"3", 1}, {"4", 0}}));
    CHECK(top.value(QStringLiteral("spread")).toInt() == 2);
    CHECK_FALSE(results.body.contains(kSioned.toUtf8()));
    CHECK_FALSE(results.body.contains(kDafydd.toUtf8()));
    CHECK(c.rate(dafydd, kFirst, 4).status == 409);  // closed for good

    // In the file: each their own rating, written by them, marked as given live.
    CHECK(room.inFile("SELECT COUNT(*) FROM catalyst_rating WHERE source = 'live-phone' AND changed_by = participant") == 2);
    CHECK(room.inFile("SELECT level FROM catalyst_rating WHERE participant = 'Dafydd Price'") == 3);
}

TEST_CASE("Every response carries no-store, nosniff and the strict policy: a refusal and a page not found too",
          "[workshop][server][security]")
{
    LiveRoom room;
    Client &c = *room.client;
    for (const Reply &r : {c.get(QStringLiteral("/workshop.js")), c.get(QStringLiteral("/workshop.css")),
                           c.get(QStringLiteral("/no-such-page")), c.get(QStringLiteral("/api/state")),
                           c.post(QStringLiteral("/api/join"), codeAndName(QStringLiteral("AAAAAA"), kDafydd)),
                           c.get(QStringLiteral("/api/facilitator/state"), room.facilitator())})
        checkHeaders(r);
    CHECK(c.get(QStringLiteral("/no-such-page")).status == 404);
    CHECK(c.get(QStringLiteral("/workshop.js")).header("content-type").startsWith("text/javascript"));
    // The page's script builds nothing from markup.
    const QByteArray script = c.get(QStringLiteral("/workshop.js")).body;
    for (const char *sink : {"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("})
        CHECK_FALSE(script.contains(sink));
}

TEST_CASE("A wrong code is refused, and given again and again from one address it is throttled: nothing is written",
          "[workshop][server][security]")
{
    LiveRoom room;
    Client &c = *room.client;
    const qint64 before = room.revision();
    for (int i = 0; i < 5; ++i) {
        const Reply r = c.post(QStringLiteral("/api/join"), codeAndName(QStringLiteral("WRONG%1").arg(i), kDafydd));
        CHECK(r.status == 403);
        CHECK(r.error() == QStringLiteral("wrong-code"));
    }
    CHECK(c.post(QStringLiteral("/api/people"), {{QStringLiteral("code"), QStringLiteral("ZZZZZZ")}}).status == 403);
    // Now the address waits, whatever it sends, the right code too.
    const Reply throttled = c.post(QStringLiteral("/api/join"), codeAndName(room.session->code(), kDafydd));
    CHECK(throttled.status == 429);
    CHECK(throttled.header("retry-after").toInt() >= 1);
    CHECK(room.session->seats().isEmpty());
    room.now += 3000;  // the first wait is two seconds
    CHECK(c.post(QStringLiteral("/api/join"), codeAndName(room.session->code(), kDafydd)).status == 201);
    CHECK(c.post(QStringLiteral("/api/join"), codeAndName(QStringLiteral("WRONG9"), kDafydd)).status == 403);
    CHECK(c.post(QStringLiteral("/api/join"), codeAndName(room.session->code(), kSioned)).status == 429);  // longer now
    CHECK(room.revision() == before);
    CHECK(room.ratingRows() == 0);
}

TEST_CASE("A token acts only for its own person: a body cannot name another, and without a known token nothing is done",
          "[workshop][server][security]")
{
    LiveRoom room;
    Client &c = *room.client;
    const QString dafydd = c.join(room.session->code(), kDafydd);
    c.join(room.session->code(), kSioned);
    const qint64 before = room.revision();

    const Reply none = c.rate(QString(), kFirst, 2);
    CHECK(none.status == 401);
    CHECK(none.header("www-authenticate") == "Bearer");
    CHECK(c.rate(QStringLiteral("Zm9yZ2VkLXRva2VuLWZvcmdlZC10b2tlbi1mb3JnZWQtdG9rZW4"), kFirst, 2).status == 401);
    CHECK(c.get(QStringLiteral("/api/state")).status == 401);
    CHECK(c.get(QStringLiteral("/api/results")).status == 401);
    // The facilitator's token scores for nobody; a participant's moves nothing on.
    CHECK(c.rate(room.facilitator(), kFirst, 2).status == 403);
    CHECK(c.post(QStringLiteral("/api/facilitator/next"), {}, dafydd).status == 403);
    CHECK(c.post(QStringLiteral("/api/facilitator/reveal"), {}, dafydd).status == 403);
    CHECK(c.get(QStringLiteral("/api/facilitator/state"), dafydd).status == 403);
    CHECK(c.post(QStringLiteral("/api/facilitator/reveal"), {}).status == 401);
    CHECK(room.session->openDriver() == QStringLiteral("building-partnerships"));
    CHECK(room.revision() == before);

    // Naming Sioned in the body changes nothing: the token says who.
    const Reply r = c.post(QStringLiteral("/api/rate"),
                           {{QStringLiteral("element"), kFirst}, {QStringLiteral("level"), 4},
                            {QStringLiteral("participant"), kSioned}, {QStringLiteral("name"), kSioned}},
                           dafydd);
    CHECK(r.status == 204);
    CHECK(room.inFile("SELECT COUNT(*) FROM catalyst_rating WHERE participant = 'Sioned Evans'") == 0);
    CHECK(room.inFile("SELECT COUNT(*) FROM catalyst_rating WHERE participant = 'Dafydd Price' AND level = 4") == 1);
}

TEST_CASE("Oversized and malformed bodies are refused before anything is written", "[workshop][server][security]")
{
    LiveRoom room;
    Client &c = *room.client;
    const QString dafydd = c.join(room.session->code(), kDafydd);
    const qint64 before = room.revision();
    const auto post = [&](const QByteArray &body, const QByteArray &type = "application/json") {
        return c.send("POST", QStringLiteral("/api/rate"), body, dafydd, type);
    };

    // Over 4 KiB, though well-formed: 413 from the route.
    const QByteArray padded = "{\"element\": \"" + kFirst.toUtf8() + "\", \"level\": 2, \"pad\": \"" + QByteArray(5000, 'x') + "\"}";
    const Reply large = post(padded);
    CHECK(large.status == 413);
    checkHeaders(large);
    for (const QByteArray &bad : {QByteArray("not json"), QByteArray("[1, 2]"), QByteArray("{\"level\": 2}"),
                                  QByteArray("{\"element\": 7, \"level\": 2}"), QByteArray("{\"element\": \"x\""),
                                  QByteArray("{\"element\": \"bad\xff\xfe\", \"level\": 2}"), QByteArray("{}")}) {
        INFO(bad.toStdString());
        const Reply r = post(bad);
        CHECK(r.status == 400);
        CHECK(r.error() == QStringLiteral("bad-request"));
    }
    for (const QByteArray &level : {QByteArray("\"three\""), QByteArray("2.5"), QByteArray("0"), QByteArray("5"), QByteArray("null"),
                                    QByteArray("\"2\"")}) {
        INFO(level.toStdString());
        const Reply r = post("{\"element\": \"" + kFirst.toUtf8() + "\", \"level\": " + level + "}");
        CHECK(r.status == 400);
        CHECK(r.error() == QStringLiteral("bad-level"));
    }
    CHECK(post("{\"element\": \"" + kFirst.toUtf8() + "\", \"level\": 2}", "text/plain").status == 415);
    CHECK(post("{\"element\": \"nursing-1\", \"level\": 2}").status == 400);

    // A megabyte is never read whole: the guard answers 413 and closes once 16 KiB have come.
    QByteArray response;
    const QByteArray huge(1024 * 1024, 'x');
    CHECK(c.raw(rawPost(room.server->url(), "/api/rate", dafydd.toLatin1(), huge), &response) == 413);
    CHECK(response.contains("Connection: close"));
    CHECK(response.contains("nosniff"));
    // So is one that says it is huge and sends it in chunks.
    QByteArray chunked = "POST /api/rate HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + dafydd.toLatin1()
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 40; ++i)
        chunked += "400\r\n" + QByteArray(1024, 'y') + "\r\n";
    CHECK(c.raw(chunked) == 413);
    // Headers alone can be too large.
    CHECK(c.raw("GET /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + QByteArray(20000, 'z') + "\r\n\r\n") == 413);
    // Not HTTP at all: the connection is closed, nothing answered or written.
    CHECK(c.raw("\x16\x03\x01\x02\x01 garbage without a request line\r\n\r\n") == 0);

    CHECK(room.revision() == before);
    CHECK(room.ratingRows() == 0);
    CHECK(c.rate(dafydd, kFirst, 2).status == 204);  // and the server goes on
}

TEST_CASE("A request that never finishes arriving is cut off, and a connection that sends nothing is closed",
          "[workshop][server][security]")
{
    LiveRoom room;
    Client &c = *room.client;
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, room.server->port());
    REQUIRE(waitFor([&] { return slow.state() == QAbstractSocket::ConnectedState; }));
    slow.write("POST /api/rate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000\r\n\r\n{\"element\"");
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, room.server->port());
    REQUIRE(waitFor([&] { return silent.state() == QAbstractSocket::ConnectedState; }));
    waitFor([] { return false; }, 300);
    room.now += 11000;  // past the ten seconds a request has to arrive
    QByteArray got;
    CHECK(waitFor([&] {
        got += slow.readAll();
        return slow.state() == QAbstractSocket::UnconnectedState;
    }));
    CHECK(got.startsWith("HTTP/1.1 408 "));
    CHECK(waitFor([&] { return silent.state() == QAbstractSocket::UnconnectedState; }));
    CHECK(c.get(QStringLiteral("/")).status == 200);
}

TEST_CASE("At most so many connections at once: one more is answered 503 and closed", "[workshop][server][security]")
{
    WorkshopServer::Limits limits;
    limits.connections.maxConnections = 2;
    LiveRoom room(limits);
    QTcpSocket a, b;
    for (QTcpSocket *s : {&a, &b}) {
        s->connectToHost(QHostAddress::LocalHost, room.server->port());
        REQUIRE(waitFor([s] { return s->state() == QAbstractSocket::ConnectedState; }));
    }
    waitFor([] { return false; }, 200);
    QByteArray got;
    CHECK(room.client->raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", &got) == 503);
    a.abort();
    b.abort();
    waitFor([] { return false; }, 200);
    CHECK(room.client->raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n") == 200);
}

TEST_CASE("Each token has its own allowance of requests: past it, 429 until it refills", "[workshop][server][security]")
{
    LiveRoom room;
    Client &c = *room.client;
    const QString dafydd = c.join(room.session->code(), kDafydd);
    const QString sioned = c.join(room.session->code(), kSioned);
    int allowed = 0;
    Reply last;
    for (int i = 0; i < 70; ++i) {
        last = c.get(QStringLiteral("/api/state"), dafydd);
        if (last.status != 200)
            break;
        ++allowed;
    }
    CHECK(allowed == 60);
    CHECK(last.status == 429);
    CHECK(last.header("retry-after") == "1");
    CHECK(c.rate(dafydd, kFirst, 2).status == 429);
    CHECK(c.get(QStringLiteral("/api/state"), sioned).status == 200);  // others are not held back
    room.now += 1000;
    CHECK(c.get(QStringLiteral("/api/state"), dafydd).status == 200);
    CHECK(room.ratingRows() == 0);
}

TEST_CASE("A request naming the server by another host name (DNS rebinding), or with the wrong method, is refused",
          "[workshop][server][security]")
{
    LiveRoom room;
    Client &c = *room.client;
    QByteArray got;
    CHECK(c.raw("GET / HTTP/1.1\r\nHost: attacker.example:8080\r\nConnection: close\r\n\r\n", &got) == 421);
    CHECK(got.contains("wrong-host"));
    CHECK(c.raw("GET / HTTP/1.1\r\nConnection: close\r\n\r\n") == 421);  // no host at all
    CHECK(c.raw("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n") == 200);
    const Reply wrong = c.get(QStringLiteral("/api/join"));
    CHECK(wrong.status == 405);
    CHECK(wrong.header("allow") == "POST");
    checkHeaders(wrong);
    CHECK(c.send("DELETE", QStringLiteral("/api/state"), {}, {}, {}).status == 405);
}

TEST_CASE("A name with script in it is kept as text, sent as JSON with nosniff, never as markup", "[workshop][server][security]")
{
    LiveRoom room;
    Client &c = *room.client;
    const QString hostile = QStringLiteral("<script>alert('x')</script><img src=x onerror=alert(1)>");
    const Reply joined = c.post(QStringLiteral("/api/join"), codeAndName(room.session->code(), hostile));
    REQUIRE(joined.status == 201);
    CHECK(joined.json().value(QStringLiteral("confirmed")) == false);  // a typed name waits
    const Reply view = c.get(QStringLiteral("/api/facilitator/state"), room.facilitator());
    CHECK(view.header("content-type") == "application/json");
    CHECK(view.header("x-content-type-options") == "nosniff");
    const QJsonArray seats = view.json().value(QStringLiteral("seats")).toArray();
    REQUIRE(seats.size() == 1);
    CHECK(seats[0].toObject().value(QStringLiteral("name")).toString() == hostile);  // the same text back, nothing run
    CHECK(seats[0].toObject().value(QStringLiteral("typed")).toBool());
    CHECK(room.ratingRows() == 0);
}

TEST_CASE("The facilitator's token moves the session on and sees who answered what, never a level before the reveal",
          "[workshop][server]")
{
    LiveRoom room;
    Client &c = *room.client;
    const QString f = room.facilitator();
    const QString dafydd = c.join(room.session->code(), kDafydd);
    const Reply typed = c.post(QStringLiteral("/api/join"), codeAndName(room.session->code(), QStringLiteral("Gwen Ellis")));
    const QString gwen = typed.json().value(QStringLiteral("token")).toString();
    CHECK(c.rate(gwen, kFirst, 2).status == 403);
    CHECK(c.get(QStringLiteral("/api/state"), gwen).json().value(QStringLiteral("driver")).isNull());
    const QString seat = typed.json().value(QStringLiteral("seat")).toString();
    CHECK(c.post(QStringLiteral("/api/facilitator/confirm"), {{QStringLiteral("seat"), seat}}, f).status == 200);
    CHECK(c.rate(gwen, kFirst, 2).status == 204);
    CHECK(c.rate(dafydd, kFirst, 4).status == 204);

    const Reply view = c.get(QStringLiteral("/api/facilitator/state"), f);
    REQUIRE(view.status == 200);
    const QJsonObject v = view.json();
    CHECK(v.value(QStringLiteral("code")) == room.session->code());
    CHECK(v.value(QStringLiteral("driver")) == QStringLiteral("building-partnerships"));
    QJsonArray participants = v.value(QStringLiteral("participants")).toArray();
    REQUIRE(participants.size() == 2);
    CHECK(participants[0].toObject().value(QStringLiteral("answered")).toArray() == QJsonArray{kFirst});
    CHECK_FALSE(view.body.contains("\"level\""));
    CHECK(participants[0].toObject().keys() == QStringList{QStringLiteral("answered"), QStringLiteral("name")});  // no levels

    const Reply next = c.post(QStringLiteral("/api/facilitator/next"), {}, f);
    CHECK(next.json().value(QStringLiteral("driver")) == QStringLiteral("encouraging-innovation"));
    CHECK(c.post(QStringLiteral("/api/facilitator/open"), {{QStringLiteral("driver"), QStringLiteral("nursing")}}, f).status == 409);
    CHECK(c.post(QStringLiteral("/api/facilitator/open"), {{QStringLiteral("driver"), QStringLiteral("understanding-the-market")}}, f)
              .json()
              .value(QStringLiteral("driver"))
          == QStringLiteral("understanding-the-market"));
    CHECK(c.post(QStringLiteral("/api/facilitator/close"), {}, f).json().value(QStringLiteral("driver")).isNull());
    CHECK(c.post(QStringLiteral("/api/facilitator/refuse"), {{QStringLiteral("seat"), seat}}, f).status == 200);
    CHECK(c.get(QStringLiteral("/api/state"), gwen).status == 401);
    CHECK(c.post(QStringLiteral("/api/facilitator/confirm"), {{QStringLiteral("seat"), QStringLiteral("42")}}, f).status == 404);
    CHECK(c.post(QStringLiteral("/api/facilitator/reveal"), {}, f).status == 200);
    CHECK(c.post(QStringLiteral("/api/facilitator/reveal"), {}, f).status == 409);
}

TEST_CASE("Responses go out in the order their requests came on a connection, a score's once it is saved", "[workshop][server]")
{
    LiveRoom room;
    const QString dafydd = room.client->join(room.session->code(), kDafydd);
    const QByteArray token = dafydd.toLatin1();
    const QByteArray body = "{\"element\": \"" + kFirst.toUtf8() + "\", \"level\": 3}";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, room.server->port());
    REQUIRE(waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    // Pipelined: the score, then the state, in one write.
    socket.write(rawPost(room.server->url(), "/api/rate", token, body) + "GET /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                 + token + "\r\n\r\n");
    QByteArray got;
    REQUIRE(waitFor([&] {
        got += socket.readAll();
        return got.contains("\"version\"");
    }));
    const qsizetype saved = got.indexOf("HTTP/1.1 204"), state = got.indexOf("HTTP/1.1 200");
    CHECK(saved >= 0);
    CHECK(state > saved);
    CHECK(got.mid(state).contains("\"ratings\":{\"" + kFirst.toUtf8() + "\":3}"));
}

TEST_CASE("A phone that asks in Welsh gets the round's texts in Welsh, and textLanguage says which it got",
          "[workshop][server][language]")
{
    LiveRoom room;
    Client &c = *room.client;
    const QString dafydd = c.join(room.session->code(), kDafydd);
    const catalyst::Pack &welsh = catalyst::Pack::shipped(QStringLiteral("cy"));
    const catalyst::Pack &english = catalyst::Pack::shipped(QStringLiteral("en"));
    REQUIRE(welsh.language == QStringLiteral("cy"));
    const catalyst::Element *cy = welsh.element(kFirst);
    const catalyst::Element *en = english.element(kFirst);
    REQUIRE(cy->name != en->name);

    const auto firstElement = [](const Reply &r) {
        return r.json().value(QStringLiteral("driver")).toObject().value(QStringLiteral("elements")).toArray().at(0).toObject();
    };
    // Asked by the page's own choice, ?lang=cy: the element, its descriptors, the driver and the level titles in Welsh.
    Reply state = c.get(QStringLiteral("/api/state?lang=cy"), dafydd);
    REQUIRE(state.status == 200);
    CHECK(state.json().value(QStringLiteral("textLanguage")) == QStringLiteral("cy"));
    QJsonObject element = firstElement(state);
    CHECK(element.value(QStringLiteral("key")) == kFirst);
    CHECK(element.value(QStringLiteral("name")) == cy->name);
    CHECK(element.value(QStringLiteral("descriptors")).toArray().at(0) == cy->levels.at(0).descriptor);
    CHECK(state.json().value(QStringLiteral("driver")).toObject().value(QStringLiteral("name")) == welsh.drivers.first().name);
    CHECK(state.json().value(QStringLiteral("drivers")).toArray().at(0).toObject().value(QStringLiteral("name"))
          == welsh.drivers.first().name);
    CHECK(state.json().value(QStringLiteral("levels")).toArray().at(0) == welsh.levelTitles.first());

    // Without it, the browser's Accept-Language in its order of preference; then the program's language (English here).
    state = c.get(QStringLiteral("/api/state"), dafydd, {{"Accept-Language", "fr-FR, cy-GB;q=0.8, en;q=0.5"}});
    CHECK(state.json().value(QStringLiteral("textLanguage")) == QStringLiteral("cy"));
    CHECK(firstElement(state).value(QStringLiteral("name")) == cy->name);
    state = c.get(QStringLiteral("/api/state"), dafydd, {{"Accept-Language", "en-GB, cy;q=0.9"}});
    CHECK(state.json().value(QStringLiteral("textLanguage")) == QStringLiteral("en"));
    CHECK(firstElement(state).value(QStringLiteral("name")) == en->name);
    // ?lang wins over the header; a language the program does not ship is not one.
    state = c.get(QStringLiteral("/api/state?lang=en"), dafydd, {{"Accept-Language", "cy"}});
    CHECK(firstElement(state).value(QStringLiteral("name")) == en->name);
    state = c.get(QStringLiteral("/api/state?lang=fr"), dafydd);
    CHECK(state.json().value(QStringLiteral("textLanguage")) == QStringLiteral("en"));
    CHECK(firstElement(state).value(QStringLiteral("name")) == en->name);

    // The same for the group's spread after the reveal.
    CHECK(c.rate(dafydd, kFirst, 2).status == 204);
    CHECK(c.post(QStringLiteral("/api/facilitator/reveal"), {}, room.facilitator()).status == 200);
    const Reply results = c.get(QStringLiteral("/api/results?lang=cy"), dafydd);
    REQUIRE(results.status == 200);
    CHECK(results.json().value(QStringLiteral("textLanguage")) == QStringLiteral("cy"));
    QJsonObject top;
    for (const QJsonValue &e : results.json().value(QStringLiteral("elements")).toArray()) {
        if (e.toObject().value(QStringLiteral("key")) == kFirst)
            top = e.toObject();
    }
    CHECK(top.value(QStringLiteral("name")) == cy->name);
    CHECK(top.value(QStringLiteral("driverName")) == welsh.drivers.first().name);
    CHECK(c.get(QStringLiteral("/api/results"), dafydd).json().value(QStringLiteral("textLanguage")) == QStringLiteral("en"));
}

namespace {

const QString kSection = QStringLiteral("care-standards");
const QString kQuestion = QStringLiteral("intended-product");

QJsonObject theQuestion()
{
    return {{QStringLiteral("section"), kSection}, {QStringLiteral("question"), kQuestion}};
}

Reply postAnswer(Client &c, const QString &token, const QString &text, const QString &lang = {})
{
    return c.post(QStringLiteral("/api/answer") + (lang.isEmpty() ? QString() : QStringLiteral("?lang=") + lang),
                  {{QStringLiteral("text"), text}}, token);
}

qint64 liveAnswers(const LiveRoom &room)
{
    return room.inFile("SELECT COUNT(*) FROM live_answer");
}

} // namespace

TEST_CASE("An open question takes answers from the phones, each saved at once, each phone shown its own, and the "
          "facilitator keeps one as a contribution, once",
          "[workshop][server][question]")
{
    LiveRoom room;
    Client &c = *room.client;
    const QString dafydd = c.join(room.session->code(), kDafydd);
    const QString sioned = c.join(room.session->code(), kSioned);
    CHECK(c.get(QStringLiteral("/api/state"), dafydd).json().value(QStringLiteral("question")).isNull());

    const Reply opened = c.post(QStringLiteral("/api/facilitator/question"), theQuestion(), room.facilitator());
    REQUIRE(opened.status == 200);
    CHECK(opened.json().value(QStringLiteral("question")).toObject().value(QStringLiteral("key")) == kQuestion);

    // The question in the phone's language: the shipped pack's wording, as the workbook has not changed it.
    const SectionTemplate *en = ContentPack::caremore(QStringLiteral("en")).section(kSection);
    const SectionTemplate *cy = ContentPack::caremore(QStringLiteral("cy")).section(kSection);
    REQUIRE(cy->questions.first().key == kQuestion);
    REQUIRE(cy->questions.first().text != en->questions.first().text);
    QJsonObject q = c.get(QStringLiteral("/api/state"), dafydd).json().value(QStringLiteral("question")).toObject();
    CHECK(q.value(QStringLiteral("text")) == en->questions.first().text);
    CHECK(q.value(QStringLiteral("textLanguage")) == QStringLiteral("en"));
    q = c.get(QStringLiteral("/api/state?lang=cy"), dafydd).json().value(QStringLiteral("question")).toObject();
    CHECK(q.value(QStringLiteral("text")) == cy->questions.first().text);
    CHECK(q.value(QStringLiteral("textLanguage")) == QStringLiteral("cy"));

    const QString mine = QStringLiteral("One plan for each person, agreed with them");
    CHECK(postAnswer(c, dafydd, mine).status == 204);
    CHECK(postAnswer(c, dafydd, QStringLiteral("Cynllun i bawb"), QStringLiteral("cy")).status == 204);
    CHECK(postAnswer(c, sioned, QStringLiteral("Fewer handovers")).status == 204);
    CHECK(liveAnswers(room) == 3);  // in the file before the reply
    CHECK(room.inFile("SELECT COUNT(*) FROM live_answer WHERE participant = 'Dafydd Price' AND language = 'cy'") == 1);

    // Each phone sees its own answers, nobody else's.
    const Reply state = c.get(QStringLiteral("/api/state"), dafydd);
    const QJsonArray own = state.json().value(QStringLiteral("answers")).toArray();
    REQUIRE(own.size() == 2);
    CHECK(own[0].toObject().value(QStringLiteral("text")) == mine);
    CHECK(own[0].toObject().value(QStringLiteral("kept")) == false);
    CHECK_FALSE(state.body.contains("Fewer handovers"));
    CHECK_FALSE(state.body.contains(kSioned.toUtf8()));

    // The facilitator sees them all, with names, and keeps one.
    const QJsonArray all = c.get(QStringLiteral("/api/facilitator/state"), room.facilitator()).json().value(QStringLiteral("answers")).toArray();
    REQUIRE(all.size() == 3);
    CHECK(all[2].toObject().value(QStringLiteral("name")) == kSioned);
    const QString id = all[0].toObject().value(QStringLiteral("id")).toString();
    for (int i = 0; i < 2; ++i) {
        const Reply kept = c.post(QStringLiteral("/api/facilitator/keep"), {{QStringLiteral("answer"), id}}, room.facilitator());
        CHECK(kept.status == 200);
        CHECK(kept.json().value(QStringLiteral("answers")).toArray().at(0).toObject().value(QStringLiteral("kept")) == true);
    }
    CHECK(room.inFile("SELECT COUNT(*) FROM contribution") == 1);
    CHECK(room.inFile("SELECT COUNT(*) FROM contribution WHERE source = 'live-phone' AND author = 'Dafydd Price'"
                      " AND import_id IS NULL AND status = 'open'") == 1);
    CHECK(c.get(QStringLiteral("/api/state"), dafydd).json().value(QStringLiteral("answers")).toArray().at(0).toObject().value(
              QStringLiteral("kept")) == true);

    // Closed: the phones are told, and answers are refused.
    CHECK(c.post(QStringLiteral("/api/facilitator/close-question"), {}, room.facilitator()).status == 200);
    CHECK(c.get(QStringLiteral("/api/state"), dafydd).json().value(QStringLiteral("question")).isNull());
    const Reply late = postAnswer(c, dafydd, QStringLiteral("too late"));
    CHECK(late.status == 409);
    CHECK(late.error() == QStringLiteral("no-question"));
    CHECK(liveAnswers(room) == 3);
}

TEST_CASE("An answer too long, with control characters, malformed, from an unconfirmed or unknown token, or with no "
          "question open is refused, and nothing is written",
          "[workshop][server][question][security]")
{
    LiveRoom room;
    Client &c = *room.client;
    const QString dafydd = c.join(room.session->code(), kDafydd);
    const QString typed = c.join(room.session->code(), QStringLiteral("Someone Typed"));
    CHECK(postAnswer(c, dafydd, QStringLiteral("no question yet")).error() == QStringLiteral("no-question"));
    CHECK(c.post(QStringLiteral("/api/facilitator/question"), theQuestion(), dafydd).status == 403);  // not the facilitator
    const Reply unknown = c.post(QStringLiteral("/api/facilitator/question"),
                                 {{QStringLiteral("section"), kSection}, {QStringLiteral("question"), QStringLiteral("no-such")}},
                                 room.facilitator());
    CHECK(unknown.status == 404);
    CHECK(unknown.error() == QStringLiteral("unknown-question"));
    REQUIRE(c.post(QStringLiteral("/api/facilitator/question"), theQuestion(), room.facilitator()).status == 200);
    const qint64 revision = room.revision();

    const Reply tooLong = postAnswer(c, dafydd, QString(LiveAnswerStore::kMaxLength + 1, QLatin1Char('a')));
    CHECK(tooLong.status == 400);
    CHECK(tooLong.error() == QStringLiteral("bad-answer"));
    CHECK(postAnswer(c, dafydd, QStringLiteral("bell\x07")).error() == QStringLiteral("bad-answer"));
    CHECK(postAnswer(c, dafydd, QStringLiteral("right\u202Eto left")).error() == QStringLiteral("bad-answer"));
    CHECK(postAnswer(c, dafydd, QStringLiteral("   ")).error() == QStringLiteral("bad-answer"));
    CHECK(postAnswer(c, dafydd, QString(3000, QChar(0x0175))).status == 413);  // over the body's 4 KiB
    CHECK(c.post(QStringLiteral("/api/answer"), {{QStringLiteral("words"), QStringLiteral("x")}}, dafydd).error()
          == QStringLiteral("bad-request"));
    CHECK(c.post(QStringLiteral("/api/answer"), {{QStringLiteral("text"), 42}}, dafydd).error() == QStringLiteral("bad-request"));
    CHECK(c.send("POST", QStringLiteral("/api/answer"), "text=hello", dafydd, "application/x-www-form-urlencoded").status == 415);
    CHECK(postAnswer(c, QStringLiteral("not-a-token"), QStringLiteral("hello")).status == 401);
    CHECK(postAnswer(c, QString(), QStringLiteral("hello")).status == 401);
    CHECK(postAnswer(c, room.facilitator(), QStringLiteral("hello")).error() == QStringLiteral("not-participant"));
    CHECK(postAnswer(c, typed, QStringLiteral("hello")).error() == QStringLiteral("awaiting-confirmation"));
    const Reply keep = c.post(QStringLiteral("/api/facilitator/keep"), {{QStringLiteral("answer"), QStringLiteral("nope")}},
                              room.facilitator());
    CHECK(keep.status == 404);
    CHECK(keep.error() == QStringLiteral("unknown-answer"));
    CHECK(liveAnswers(room) == 0);
    CHECK(room.inFile("SELECT COUNT(*) FROM contribution") == 0);
    CHECK(room.revision() == revision);

    // The longest answer allowed fits in a body.
    CHECK(postAnswer(c, dafydd, QString(LiveAnswerStore::kMaxLength, QChar(0x0175))).status == 204);
}

TEST_CASE("Script in an answer is kept as text, as it was typed, and sent as JSON with nosniff, never as markup",
          "[workshop][server][question][security]")
{
    LiveRoom room;
    Client &c = *room.client;
    const QString dafydd = c.join(room.session->code(), kDafydd);
    REQUIRE(c.post(QStringLiteral("/api/facilitator/question"), theQuestion(), room.facilitator()).status == 200);
    const QString script = QStringLiteral("<script>alert(1)</script><img src=x onerror=\"alert(2)\">&amp;");
    CHECK(postAnswer(c, dafydd, script).status == 204);
    const auto stored = need(LiveAnswerStore(*room.master).answers(room.session->question()->question.uuid));
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].text == script);  // the text itself, neither run nor mangled
    for (const Reply &r : {c.get(QStringLiteral("/api/state"), dafydd), c.get(QStringLiteral("/api/facilitator/state"), room.facilitator())}) {
        CHECK(r.header("content-type") == "application/json");
        checkHeaders(r);
        CHECK(r.json().value(QStringLiteral("answers")).toArray().at(0).toObject().value(QStringLiteral("text")) == script);
    }
    // The page sets it as text: the answers' list is built with textContent, never markup.
    const QByteArray page = c.get(QStringLiteral("/workshop.js")).body;
    CHECK(page.contains("el('li', { text: answer.text })"));
}
