// The quick readers of a bundle's outside (sync/EnvelopeJson.h) against the general ones they
// stand in for: on every file they accept they give exactly what nlohmann's parser and Qt's
// base64 decoder give, and what they do not accept is left to those (and their refusals).

#include "TestSupport.h"

#include "core/keys/Crypto.h"
#include "core/sync/Envelope.h"
#include "core/Sha256.h"
#include "core/sync/Bundle.h"
#include "core/sync/EnvelopeJson.h"
#include "core/sync/PayloadJson.h"

#include <QJsonDocument>

#include <QDirIterator>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

using namespace qdf;
using namespace qdf::sync;
using namespace qdf::test;

namespace {

using json = nlohmann::json;

// What the general parser makes of the bytes (nullopt: it refuses them).
std::optional<json> general(const QByteArray &bytes)
{
    try {
        return json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::exception &) {
        return std::nullopt;
    }
}

// Same document, same types all the way down (json's == calls 1 and 1u equal).
bool identical(const json &a, const json &b)
{
    if (a.type() != b.type())
        return false;
    if (a.is_object()) {
        if (a.size() != b.size())
            return false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            const auto other = b.find(it.key());
            if (other == b.end() || !identical(it.value(), *other))
                return false;
        }
        return true;
    }
    if (a.is_array()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!identical(a[i], b[i]))
                return false;
        }
        return true;
    }
    return a == b;
}

void checkAgainstGeneral(const QByteArray &bytes)
{
    const auto quick = quickEnvelopeJson(bytes);
    if (!quick)
        return;
    const auto full = general(bytes);
    INFO(bytes.left(300).toStdString());
    REQUIRE(full);
    CHECK(identical(*quick, *full));
}

QByteArray mutated(QByteArray bytes, QRandomGenerator &random)
{
    static const QByteArray pieces[] = {"\"", "\\", " ", "{", "}", "[", "]", ",", ":", "0", "-", "1.5", "e3", "\\u00e9",
                                        "\xc3\xa9", "\xff", "\x01", "\n", "true", "null", "\"k\":1,", "\xef\xbb\xbf"};
    switch (random.bounded(4)) {
    case 0: bytes.truncate(random.bounded(int(bytes.size()) + 1)); break;
    case 1: bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256)); break;
    case 2: bytes.insert(random.bounded(int(bytes.size()) + 1), pieces[random.bounded(int(std::size(pieces)))]); break;
    default: bytes.remove(random.bounded(int(bytes.size())), 1 + random.bounded(3)); break;
    }
    return bytes;
}

} // namespace

TEST_CASE("The quick envelope reader reads the envelopes this program writes, and any file it reads it reads as the general parser does", "[sync][hostile]")
{
    const keys::KeyPair key = keys::generate();
    const keys::KeyPair reader = keys::generate();
    Envelope e;
    e.kind = QStringLiteral("contribution");
    e.programmeId = QStringLiteral("b3232bac-3088-49d1-8153-e7e215227134");
    e.programmeName = QStringLiteral("Cwm Afon: gofal yn y cartref, \"Tŷ\" \\ 2027");
    e.payload = QByteArray(R"({"body":{"changes":[]},"manifest":{"kind":"contribution"}})");
    QVector<QByteArray> files{need(writeEnvelope(e, key, {})), need(writeEnvelope(e, key, {reader.publicKey}))};
    for (const QByteArray &file : files) {
        const auto quick = quickEnvelopeJson(file);
        REQUIRE(quick);  // the fast way is the one taken for the program's own files
        CHECK(identical(*quick, *general(file)));
        Envelope back = need(readEnvelope(file, QStringLiteral("x.qdfsync")));
        CHECK(back.programmeName == e.programmeName);
        if (back.sealed)
            need(openEnvelope(back, reader, QStringLiteral("x.qdfsync")));
        CHECK(back.payload == e.payload);
        need(verifyEnvelope(back, QStringLiteral("x.qdfsync")));
    }
    // The hostile files kept for the command line, and files beside the envelopes.
    QDirIterator bad(QStringLiteral(QDF_SOURCE_DIR "/tests/data/bad"), {QStringLiteral("*.qdfsync")});
    while (bad.hasNext())
        files << readAll(bad.next());
    files << QByteArray("{}") << QByteArray(" { \"a\" : -0 , \"b\":[] } ") << QByteArray("{\"a\":1,\"a\":2}")
          << QByteArray("{\"a\":{\"b\":[\"x\",\"y\"]}}") << QByteArray("{\"a\":01}") << QByteArray("{\"a\":\"\\ud800\"}");
    QRandomGenerator random(2026);
    for (const QByteArray &file : files) {
        checkAgainstGeneral(file);
        for (int i = 0; i < 300; ++i) {
            QByteArray bytes = file;
            for (int n = 1 + random.bounded(3); n > 0 && !bytes.isEmpty(); --n)
                bytes = mutated(bytes, random);
            checkAgainstGeneral(bytes);
        }
    }
}

TEST_CASE("Base64 in its canonical form is decoded quickly and exactly as Qt decodes it, and anything else is left to Qt", "[sync][hostile]")
{
    QRandomGenerator random(16);
    for (int n = 0; n < 400; ++n) {
        QByteArray data(random.bounded(70), Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        const QByteArray text = data.toBase64();
        const auto quick = quickBase64(text);
        REQUIRE(quick);
        CHECK(*quick == data);
        // Changed: where the quick decoder still decodes it, Qt decodes it the same.
        QByteArray bad = text;
        if (!bad.isEmpty())
            bad[random.bounded(int(bad.size()))] = "A=+/ \n*-_"[random.bounded(9)];
        if (random.bounded(3) == 0)
            bad.chop(1);
        if (const auto q = quickBase64(bad)) {
            const auto qt = QByteArray::fromBase64Encoding(bad, QByteArray::AbortOnBase64DecodingErrors);
            REQUIRE(qt);
            CHECK(*q == *qt);
        }
    }
}

namespace {

// Both readers of a payload give the same bundle, or refuse it with the same words.
void checkPayload(const QByteArray &payload)
{
    const auto fast = parsePayload(payload, QStringLiteral("x.qdfsync"));
    const auto general = parsePayloadGeneral(payload, QStringLiteral("x.qdfsync"));
    INFO(payload.left(400).toStdString());
    REQUIRE(fast.ok() == general.ok());
    if (!fast) {
        CHECK(fast.error().message == general.error().message);
        return;
    }
    const Manifest &a = fast->manifest;
    const Manifest &b = general->manifest;
    CHECK((a.kind == b.kind && a.bundleId == b.bundleId && a.programmeId == b.programmeId && a.programmeName == b.programmeName
           && a.sourceWorkbookId == b.sourceWorkbookId && a.author.name == b.author.name && a.author.organisation == b.author.organisation
           && a.author.role == b.author.role && a.baseRevision == b.baseRevision && a.newRevision == b.newRevision
           && a.sequence == b.sequence && a.createdAt == b.createdAt && a.contentHash == b.contentHash));
    REQUIRE(fast->changes.size() == general->changes.size());
    const auto same = [](const ItemState &x, const ItemState &y) {
        return x.id == y.id && x.deleted == y.deleted && x.author == y.author && x.changedAt == y.changedAt && x.fields == y.fields
            && x.hash() == y.hash() && QJsonDocument(toJson(x)).toJson() == QJsonDocument(toJson(y)).toJson();
    };
    for (qsizetype i = 0; i < fast->changes.size(); ++i) {
        const ItemChange &x = fast->changes[i];
        const ItemChange &y = general->changes[i];
        CHECK(same(x.state, y.state));
        REQUIRE(bool(x.base) == bool(y.base));
        if (x.base)
            CHECK(same(*x.base, *y.base));
    }
}

// The payload as this program writes it: sorted, compact, the body's hash in the manifest.
QByteArray written(json payload)
{
    payload["manifest"]["contentHash"] = sha256Hex(QByteArray::fromStdString(payload["body"].dump()) ).toStdString();
    return QByteArray::fromStdString(payload.dump());
}

json randomValue(QRandomGenerator &random)
{
    static const char *texts[] = {"plain words", "two\nlines", "tab\there", "quote \" and \\ backslash", "café ŵ 𝄞", "a/b",
                                  "\x01 control", "\x7f", "", "ends with \\"};
    switch (random.bounded(9)) {
    case 0: return texts[random.bounded(int(std::size(texts)))];
    case 1: return int(random.bounded(10));
    case 2: return -int(random.bounded(10));
    case 3: return 2.5;
    case 4: return std::uint64_t(1) << 60;
    case 5: return random.bounded(2) == 0;
    case 6: return nullptr;
    case 7: return json::array({"x", 3});
    default: return json::object({{"k", "v"}});
    }
}

} // namespace

TEST_CASE("The quick payload reader makes the bundle the general reader makes, or leaves the payload to it", "[sync][hostile]")
{
    QRandomGenerator random(400);
    for (const char *name : {"contribution.json", "update.json"}) {
        const QByteArray original = readAll(QStringLiteral(QDF_SOURCE_DIR "/tests/data/payloads/") + QLatin1String(name));
        REQUIRE(quickPayloadJson(original));  // the program's own payloads are read the quick way
        checkPayload(original);
        const json doc = json::parse(original.constBegin(), original.constEnd());
        for (int n = 0; n < 150; ++n) {
            // A value changed as a signer could change it, the hash made again: the quick way reads it
            // (or declines to), and what it reads is what the general reader reads.
            json changed = doc;
            json &changes = changed["body"]["changes"];
            json &change = changes[random.bounded(int(changes.size()))];
            json &state = change["state"];
            switch (random.bounded(5)) {
            case 0: state["fields"]["text"] = randomValue(random); break;
            case 1: state["fields"][random.bounded(2) ? "position" : "level"] = randomValue(random); break;
            case 2: state["author"] = randomValue(random); break;
            case 3: change["base"] = random.bounded(2) ? json(nullptr) : json(state); break;
            default: changed["manifest"]["sequence"] = randomValue(random); break;
            }
            checkPayload(written(changed));
            // And its bytes disturbed: a copy the hash no longer fits, or no JSON at all.
            checkPayload(mutated(written(changed), random));
        }
    }
}
