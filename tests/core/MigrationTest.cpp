#include "TestSupport.h"

#include "core/IntegrityCheck.h"
#include "core/Migrations.h"
#include "core/Search.h"
#include "core/Sql.h"
#include "core/WorkbookSchema.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/SectionStore.h"

#include <QSqlQuery>

using namespace qdf;
using namespace qdf::test;

namespace {

// Writes a workbook as schema `version` would have: the migrations up to it, then content
// inserted with plain SQL (the stores of today may use newer tables).
QString workbookAtVersion(const Folder &folder, int version)
{
    const QString path = folder.path(QStringLiteral("v%1.qdf").arg(version));
    auto connection = need(workbookfile::connect(path, false));
    const QSqlDatabase &db = connection.database();
    need(sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(workbookfile::kApplicationId)));
    need(migrations::migrate(db, 0, version));
    need(workbookfile::trustSchema(db));  // the schema this program made
    const QStringList script{
        QStringLiteral("INSERT INTO workbook VALUES (1, 'wb', 'master', 'prog', 'Old programme', 'Ann', 'Org', 'Lead',"
                       " 3, NULL, 'caremore', 1, '2025-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO section (uuid, key, kind, position, title, changed_by, changed_at, rev)"
                       " VALUES ('s1', 'care-standards', 'caremore', 1, 'Care standards', 'Ann', '2025-01-01T00:00:00.000Z', 1)"),
        QStringLiteral("INSERT INTO question (uuid, section_id, key, position, text, changed_by, changed_at, rev)"
                       " VALUES ('q1', 1, 'intended-product', 1, 'What is the intended product?', 'Ann',"
                       " '2025-01-01T00:00:00.000Z', 1)"),
        QStringLiteral("INSERT INTO answer (uuid, question_id, text, version, changed_by, changed_at, rev)"
                       " VALUES ('a1', 1, 'Standards for continence care', 1, 'Ann', '2025-01-01T00:00:00.000Z', 2)"),
        QStringLiteral("INSERT INTO answer_revision (answer_id, version, text, changed_by, changed_at, rev)"
                       " VALUES (1, 1, 'Standards for continence care', 'Ann', '2025-01-01T00:00:00.000Z', 2)"),
    };
    for (const QString &statement : script)
        need(sql::exec(db, statement));
    return path;
}

} // namespace

TEST_CASE("Migrations are numbered from 1 without gaps", "[migration]")
{
    CHECK(migrations::latestVersion() >= 2);
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() == migrations::latestVersion());
    for (int i = 0; i < files.size(); ++i)
        CHECK(files[i].left(4).toInt() == i + 1);
}

TEST_CASE("A workbook of every older schema version opens, is upgraded, and keeps its content", "[migration]")
{
    for (int version = 1; version < migrations::latestVersion(); ++version) {
        DYNAMIC_SECTION("from schema " << version) {
            Folder folder;
            const QString path = workbookAtVersion(folder, version);
            REQUIRE(need(workbookfile::inspect(path)).userVersion == version);
            auto wb = need(Workbook::open(path));
            CHECK(wb->info().schemaVersion == migrations::latestVersion());
            CHECK(wb->info().programme.name == QStringLiteral("Old programme"));
            const Question q = need(SectionStore(*wb).question(QStringLiteral("care-standards"),
                                                               QStringLiteral("intended-product")));
            CHECK(need(AnswerStore(*wb).current(q.id))->text == QStringLiteral("Standards for continence care"));
            // Version 2 indexed what was already there.
            const auto hits = need(search(*wb, QStringLiteral("continence")));
            REQUIRE(hits.size() == 1);
            CHECK(hits[0].itemUuid == QStringLiteral("a1"));
            wb.reset();
            CHECK(need(workbookfile::inspect(path)).userVersion == migrations::latestVersion());
        }
    }
}

TEST_CASE("An older read-only workbook is not upgraded and says why", "[migration]")
{
    Folder folder;
    const QString path = workbookAtVersion(folder, 1);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray before = fileHash(path);
    auto r = Workbook::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Code::ReadOnly);
    CHECK(fileHash(path) == before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("Schema 18 makes the contribution table again with every contribution kept, as from a bundle, in its language", "[migration]")
{
    Folder folder;
    const QString path = workbookAtVersion(folder, 17);
    {
        auto connection = need(workbookfile::connect(path, false));
        const QSqlDatabase &db = connection.database();
        need(workbookfile::trustSchema(db));
        need(sql::exec(db, QStringLiteral("INSERT INTO sync_import (id, bundle_uuid, kind, source_uuid, author, sequence, new_revision,"
                                          " content_hash, file_name, backup_path, imported_by, imported_at, rev)"
                                          " VALUES (1, 'b1', 'contribution', 'p1', 'Dafydd Price', 1, 3, 'h', 'p.qdfsync', '',"
                                          " 'Ann', '2025-01-02T00:00:00.000Z', 3)")));
        need(sql::exec(db, QStringLiteral("INSERT INTO contribution (uuid, item_id, text, author, written_at, import_id, status, rev,"
                                          " language) VALUES ('c1', 'answer:q1', 'Gofal yn agos i adref', 'Dafydd Price',"
                                          " '2025-01-02T00:00:00.000Z', 1, 'used', 3, 'cy')")));
    }
    auto wb = need(Workbook::open(path));
    const QSqlDatabase db = wb->database();
    CHECK(need(sql::scalar(db, QStringLiteral("SELECT source || ' ' || import_id || ' ' || status || ' ' || language || ' ' ||"
                                              " text FROM contribution WHERE uuid = 'c1'")))
              .toString()
          == QStringLiteral("bundle 1 used cy Gofal yn agos i adref"));
    // The rebuilt table's rules hold: a live one has no import, a bundle's has one.
    CHECK_FALSE(sql::exec(db, QStringLiteral("INSERT INTO contribution (uuid, item_id, text, author, written_at, rev, source)"
                                             " VALUES ('c2', 'answer:q1', 'x', 'Ann', '', 4, 'bundle')")));
    CHECK_FALSE(sql::exec(db, QStringLiteral("INSERT INTO contribution (uuid, item_id, text, author, written_at, import_id, rev, source)"
                                             " VALUES ('c3', 'answer:q1', 'x', 'Ann', '', 1, 4, 'live-phone')")));
    CHECK(need(sql::scalar(db, QStringLiteral("PRAGMA integrity_check"))).toString() == QStringLiteral("ok"));
    CHECK_FALSE(need(sql::run(db, QStringLiteral("PRAGMA foreign_key_check"))).next());
}
