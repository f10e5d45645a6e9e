#include "core/stores/StoreSupport.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QThread>
#include <QUuid>

using namespace qdf;

TEST_CASE("Rows an import writes get UUID v7 ids: valid, distinct, in the order made", "[store][uuid]")
{
    // Time-ordered so that each row's entry in a uuid index lands beside the last one's
    // (store::newRowUuid; docs/performance.md, issue 16).
    QStringList made;
    for (int i = 0; i < 2000; ++i) {
        made << store::newRowUuid();
        if (i % 500 == 0)
            QThread::msleep(2);
    }
    QSet<QString> distinct(made.cbegin(), made.cend());
    CHECK(distinct.size() == made.size());
    for (const QString &id : std::as_const(made)) {
        const QUuid uuid = QUuid::fromString(id);
        REQUIRE_FALSE(uuid.isNull());
        CHECK(id.at(14) == QLatin1Char('7'));  // the version (Qt 6.4's QUuid::version() knows 1 to 5)
        CHECK(QStringLiteral("89ab").contains(id.at(19)));  // the RFC's variant
        CHECK(uuid.variant() == QUuid::DCE);
        CHECK(id == id.toLower());
        CHECK(id.size() == 36);
    }
    // Made a few milliseconds apart, later ids sort after earlier ones.
    CHECK(made.at(1) > made.at(0));
    CHECK(made.at(1999) > made.at(501));
    CHECK(made.at(501) > made.at(1));
}
