#include "TestSupport.h"

#include "core/Sql.h"
#include "core/sync/ItemState.h"
#include "core/sync/KeptBlob.h"
#include "core/sync/SyncSupport.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace qdf;
using namespace qdf::sync;
using namespace qdf::test;

namespace {

// A state as a conflict keeps it: a multi-page text and a few fields.
ItemState pagesState()
{
    QString pages;
    for (int i = 0; i < 200; ++i)
        pages += QStringLiteral("## Part %1\n\nThe provider reports monthly on visits made and missed, Ŵyr Siân.\n").arg(i);
    ItemState s;
    s.id = QStringLiteral("example:6a0f0e64-55f4-4d8f-9a0d-2c3f1b1e0001");
    s.fields = QJsonObject{{QStringLiteral("title"), QStringLiteral("Visits")}, {QStringLiteral("body"), pages}, {QStringLiteral("position"), 3}};
    s.author = QStringLiteral("Dafydd Price");
    return s;
}

QByteArray jsonOf(const ItemState &s)
{
    return QJsonDocument(toJson(s)).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("A kept state is compressed by zstd, and one kept by qCompress before schema 21 still reads", "[sync][kept]")
{
    const QByteArray json = jsonOf(pagesState());
    const QByteArray packed = keptblob::pack(json);
    REQUIRE(packed.size() > 4);
    CHECK(packed.startsWith(QByteArray("\x28\xb5\x2f\xfd", 4)));  // a zstd frame
    CHECK(packed.size() < json.size() / 3);
    REQUIRE(keptblob::unpack(packed, QStringLiteral("test")));
    CHECK(*keptblob::unpack(packed, QStringLiteral("test")) == json);
    // The form of schemas 9 to 20.
    REQUIRE(keptblob::unpack(qCompress(json), QStringLiteral("test")));
    CHECK(*keptblob::unpack(qCompress(json), QStringLiteral("test")) == json);
    // Damage is said, never read as something else.
    CHECK_FALSE(keptblob::unpack(QByteArray(), QStringLiteral("test")));
    CHECK_FALSE(keptblob::unpack(packed.left(packed.size() / 2), QStringLiteral("test")));
    QByteArray flipped = packed;
    flipped[packed.size() / 2] = char(flipped[packed.size() / 2] ^ 0x55);
    const auto read = keptblob::unpack(flipped, QStringLiteral("test"));
    CHECK((!read || *read != json));
    CHECK_FALSE(keptblob::unpack(QByteArray("not a kept state at all"), QStringLiteral("test")));
}

TEST_CASE("A workbook reads the states it keeps in either form, by their hash", "[sync][kept]")
{
    QTemporaryDir dir;
    auto wb = newMaster(dir.filePath(QStringLiteral("master.qdf")));
    const ItemState state = pagesState();
    const QSqlDatabase db = wb->database();
    // Written now: zstd.
    QVariant kept;
    need(wb->write([&](const Change &) -> Status {
        auto stored = detail::stored(db, state);
        if (!stored)
            return stored.error();
        kept = *stored;
        return Status::success();
    }));
    REQUIRE(kept.toString().startsWith(QStringLiteral("blob:")));
    const QString hash = kept.toString().mid(5);
    auto data = sql::scalar(db, QStringLiteral("SELECT data FROM sync_blob WHERE hash = ?"), {hash});
    REQUIRE(data);
    CHECK(data->toByteArray().startsWith(QByteArray("\x28\xb5\x2f\xfd", 4)));
    auto loaded = detail::loaded(db, kept);
    REQUIRE(loaded);
    REQUIRE(*loaded);
    CHECK(sameContent(**loaded, state));
    // As a file of schema 20 holds it: the same state under the same hash, zlib.
    need(wb->write([&](const Change &) {
        return sql::exec(db, QStringLiteral("UPDATE sync_blob SET data = ? WHERE hash = ?"), {qCompress(jsonOf(state)), hash});
    }));
    auto old = detail::loaded(db, kept);
    REQUIRE(old);
    REQUIRE(*old);
    CHECK(sameContent(**old, state));
    // A damaged one is refused as damage.
    need(wb->write([&](const Change &) {
        return sql::exec(db, QStringLiteral("UPDATE sync_blob SET data = ? WHERE hash = ?"), {QByteArray("\x28\xb5\x2f\xfd garbage", 12), hash});
    }));
    auto damaged = detail::loaded(db, kept);
    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().code == Error::Code::Damaged);
}
