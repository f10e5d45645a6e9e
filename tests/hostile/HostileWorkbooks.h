#pragma once

// The hostile workbook corpus: each case is a genuine workbook that an attacker then changed
// with a plain SQLite connection (no defensive mode, writable_schema allowed), as anyone holding
// the file can. Built in code, so the corpus follows the schema as it grows. Used by the core
// tests (Workbook::open) and the CLI tests (qdf check).

#include "TestSupport.h"

#include <sqlite3.h>

#include <functional>
#include <vector>

namespace qdf::test::hostile {

struct WorkbookCase {
    const char *name;
    std::function<QString(sqlite3 *)> attack;  // returns the SQL run, for the failure message
    const char *namedInMessage;                // the object (or word) the refusal must name
};

inline QString run(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    INFO(sql.toStdString() << ": " << (message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
    return sql;
}

inline QString firstName(sqlite3 *db, const char *type)
{
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name", -1, &stmt, nullptr)
            == SQLITE_OK);
    sqlite3_bind_text(stmt, 1, type, -1, SQLITE_STATIC);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return name;
}

inline const std::vector<WorkbookCase> &workbookCases()
{
    static const std::vector<WorkbookCase> cases = {
        {"extra-trigger",
         [](sqlite3 *db) {
             return run(db, QStringLiteral("CREATE TRIGGER evil AFTER UPDATE ON answer BEGIN"
                                           " UPDATE workbook SET owner_name = 'pwned'; END"));
         },
         "evil"},
        {"recursive-trigger",
         [](sqlite3 *db) {
             return run(db, QStringLiteral("CREATE TRIGGER slow AFTER INSERT ON answer_revision BEGIN SELECT COUNT(*) FROM"
                                           " (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 300000000)"
                                           " SELECT x FROM c); END"));
         },
         "slow"},
        {"extra-view",
         [](sqlite3 *db) { return run(db, QStringLiteral("CREATE VIEW peek AS SELECT text FROM answer")); },
         "peek"},
        {"extra-index",
         [](sqlite3 *db) { return run(db, QStringLiteral("CREATE INDEX by_text ON answer (text)")); },
         "by_text"},
        {"extra-table",
         [](sqlite3 *db) { return run(db, QStringLiteral("CREATE TABLE stash (x)")); },
         "stash"},
        {"altered-table",
         [](sqlite3 *db) { return run(db, QStringLiteral("ALTER TABLE answer ADD COLUMN leak TEXT DEFAULT 'x'")); },
         "answer"},
        {"dropped-trigger",
         [](sqlite3 *db) { return run(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(firstName(db, "trigger"))); },
         "missing"},
        {"writable-schema-check",
         [](sqlite3 *db) {
             run(db, QStringLiteral("PRAGMA writable_schema = ON"));
             return run(db, QStringLiteral("UPDATE sqlite_schema SET sql = substr(sql, 1, length(sql) - 1) || ', CHECK (1))'"
                                           " WHERE name = 'workbook'"));
         },
         "workbook"},
        {"writable-schema-trigger",
         [](sqlite3 *db) {
             run(db, QStringLiteral("PRAGMA writable_schema = ON"));
             return run(db, QStringLiteral("INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES ('trigger',"
                                           " 'smuggled', 'answer', 0, 'CREATE TRIGGER smuggled AFTER INSERT ON answer BEGIN"
                                           " DELETE FROM schedule; END')"));
         },
         "smuggled"},
        {"writable-schema-rootpage",
         [](sqlite3 *db) {
             run(db, QStringLiteral("PRAGMA writable_schema = ON"));
             return run(db, QStringLiteral("UPDATE sqlite_schema SET rootpage = (SELECT rootpage FROM sqlite_schema WHERE name ="
                                           " 'workbook') WHERE name = 'answer'"));
         },
         "answer"},
        {"lying-user-version",
         [](sqlite3 *db) { return run(db, QStringLiteral("PRAGMA user_version = 5")); },
         "schema 5"},
    };
    return cases;
}

// A closed master (no -wal beside it) attacked as `c` says; returns its path.
inline QString hostileWorkbook(const Folder &folder, const WorkbookCase &c)
{
    const QString path = folder.path(QStringLiteral("%1.qdf").arg(QLatin1String(c.name)));
    newMaster(path).reset();
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    c.attack(db);
    sqlite3_close(db);
    REQUIRE_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    return path;
}

} // namespace qdf::test::hostile
