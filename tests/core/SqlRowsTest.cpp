#include "core/Allocator.h"
#include "core/Sql.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <memory>

using namespace qdf;

namespace {

// A real SQLite file behind a Qt connection of its own, closed as the program closes one.
struct Connection {
    Connection()
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rows-test"));
        db.setDatabaseName(dir.filePath(QStringLiteral("rows.sqlite")));
        REQUIRE(db.open());
    }
    ~Connection()
    {
        sql::forgetStatements(db);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("rows-test"));
    }
    QTemporaryDir dir;
    QSqlDatabase db;
};

} // namespace

TEST_CASE("Rows read through SQLite's own interface give the values Qt's driver gave", "[sql]")
{
    // sql::Rows reads SQLite's statement itself (UTF-8, no row cache); every reader in the
    // program was written against what QSqlQuery returns, so these are the same.
    Connection c;
    REQUIRE(sql::exec(c.db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, s TEXT, b BLOB)")));
    const QString welsh = QStringLiteral("Ŵyr Siân: “diolch” 🙂");
    REQUIRE(sql::exec(c.db, QStringLiteral("INSERT INTO t (n, r, s, b) VALUES (?, ?, ?, ?)"),
                      {qlonglong(1) << 40, 2.5, welsh, QByteArray("\x00\x01\xff", 3)}));
    REQUIRE(sql::exec(c.db, QStringLiteral("INSERT INTO t (n, r, s, b) VALUES (NULL, NULL, '', NULL)")));

    auto rows = sql::run(c.db, QStringLiteral("SELECT n, r, s, b FROM t ORDER BY id"));
    REQUIRE(rows);
    CHECK(rows->columnCount() == 4);
    REQUIRE(rows->next());
    CHECK(rows->value(0).typeId() == QMetaType::LongLong);
    CHECK(rows->value(0).toLongLong() == qlonglong(1) << 40);
    CHECK(rows->value(1).typeId() == QMetaType::Double);
    CHECK(rows->value(1).toDouble() == 2.5);
    CHECK(rows->value(2).typeId() == QMetaType::QString);
    CHECK(rows->value(2).toString() == welsh);
    CHECK(rows->value(3).typeId() == QMetaType::QByteArray);
    CHECK(rows->value(3).toByteArray() == QByteArray("\x00\x01\xff", 3));
    CHECK_FALSE(rows->isNull(0));
    REQUIRE(rows->next());
    // NULL reads as a null QString, whatever the column; '' as an empty text that is not null.
    for (int i : {0, 1, 3}) {
        CHECK(rows->isNull(i));
        CHECK(rows->value(i).typeId() == QMetaType::QString);
        CHECK(rows->value(i).toString().isNull());
    }
    CHECK_FALSE(rows->isNull(2));
    CHECK(rows->value(2).toString().isEmpty());
    CHECK_FALSE(rows->value(2).toString().isNull());
    CHECK_FALSE(rows->value(9).isValid());  // no such column
    CHECK_FALSE(rows->next());
    CHECK_FALSE(rows->next());
}

TEST_CASE("The same SQL read twice at once gets two statements, and each is handed back for the next", "[sql]")
{
    Connection c;
    REQUIRE(sql::exec(c.db, QStringLiteral("CREATE TABLE t (n INTEGER)")));
    for (int i = 1; i <= 3; ++i)
        REQUIRE(sql::exec(c.db, QStringLiteral("INSERT INTO t VALUES (?)"), {i}));
    const QString select = QStringLiteral("SELECT n FROM t WHERE n >= ? ORDER BY n");
    auto outer = sql::run(c.db, select, {1});
    REQUIRE(outer);
    int pairs = 0;
    while (outer->next()) {
        auto inner = sql::run(c.db, select, {outer->value(0).toInt()});
        REQUIRE(inner);
        while (inner->next())
            ++pairs;
    }
    CHECK(pairs == 3 + 2 + 1);
    // A statement that failed to bind or step is handed back too: the next run works.
    CHECK_FALSE(sql::run(c.db, QStringLiteral("SELECT n FROM no_such_table")));
    auto again = sql::run(c.db, select, {3});
    REQUIRE(again);
    REQUIRE(again->next());
    CHECK(again->value(0).toInt() == 3);
}

TEST_CASE("A write run through sql::run says how many rows it changed", "[sql]")
{
    Connection c;
    REQUIRE(sql::exec(c.db, QStringLiteral("CREATE TABLE t (n INTEGER)")));
    for (int i = 1; i <= 3; ++i)
        REQUIRE(sql::exec(c.db, QStringLiteral("INSERT INTO t VALUES (?)"), {i}));
    auto two = sql::run(c.db, QStringLiteral("UPDATE t SET n = n + 10 WHERE n >= ?"), {2});
    REQUIRE(two);
    CHECK(two->rowsChanged() == 2);
    auto none = sql::run(c.db, QStringLiteral("UPDATE t SET n = 0 WHERE n = ?"), {99});
    REQUIRE(none);
    CHECK(none->rowsChanged() == 0);
}

TEST_CASE("Rows still held when the connection forgets its statements read as ended, and the connection closes", "[sql]")
{
    auto c = std::make_unique<Connection>();
    REQUIRE(sql::exec(c->db, QStringLiteral("CREATE TABLE t (n INTEGER)")));
    REQUIRE(sql::exec(c->db, QStringLiteral("INSERT INTO t VALUES (1), (2)")));
    auto rows = sql::run(c->db, QStringLiteral("SELECT n FROM t"));
    REQUIRE(rows);
    REQUIRE(rows->next());
    sql::forgetStatements(c->db);
    CHECK_FALSE(rows->next());
    CHECK_FALSE(rows->value(0).isValid());
    // SQLite refuses to close a connection with a statement left (Qt's driver says so in its error).
    c->db.close();
    CHECK(c->db.lastError().type() == QSqlError::NoError);
    c.reset();
    // `rows` goes last, after its connection: it has nothing left to reset.
}

#if defined(__GLIBC__)
TEST_CASE("Freed memory is kept by the allocator, not handed back and faulted in for every bundle", "[sql][memory]")
{
    // keepFreedMemory() (core/Allocator.h) is called by each program's main(); a test's main does
    // not, so this calls it. A block the size of a bundle comes from the heap, not a mapping of its own.
    keepFreedMemory();
    const auto mapped = [] { return mallinfo2().hblks; };
    const std::size_t before = mapped();
    auto block = std::make_unique<char[]>(4 * 1024 * 1024);
    block[0] = 1;
    CHECK(mapped() == before);
    block.reset();
}
#endif
