#include "TestSupport.h"

#include "core/stores/AnswerStore.h"
#include "core/stores/SectionStore.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace qdf;
using namespace qdf::test;

namespace {

// Opens `path`, expects `code`, and checks that the file is byte for byte what it was.
void expectRefused(const QString &path, Error::Code code, const char *wordsInMessage)
{
    const bool existed = QFileInfo(path).isFile();
    const QByteArray before = existed ? fileHash(path) : QByteArray();
    auto r = Workbook::open(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == code);
    INFO(r.error().message.toStdString());
    CHECK(r.error().message.contains(path));
    CHECK(r.error().message.contains(QString::fromUtf8(wordsInMessage)));
    if (existed)
        CHECK(fileHash(path) == before);
    else if (code == Error::Code::NotFound)
        CHECK_FALSE(QFileInfo::exists(path));
}

// A closed, checkpointed workbook (no -wal beside it) to tamper with.
QString closedMaster(const Folder &folder, const char *name)
{
    const QString path = folder.path(QString::fromLatin1(name));
    auto wb = newMaster(path);
    const Question q = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("reason")));
    need(AnswerStore(*wb).set(q.id, QString(20000, QLatin1Char('x'))));  // a few pages of data
    return path;
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("A path that does not exist is refused and not created", "[bad-input]")
{
    Folder folder;
    expectRefused(folder.path(QStringLiteral("missing.qdf")), Error::Code::NotFound, "no such file");
}

TEST_CASE("An empty file is refused as not a workbook", "[bad-input]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("empty.qdf"));
    writeAll(path, {});
    expectRefused(path, Error::Code::NotAWorkbook, "empty");
}

TEST_CASE("A file that is not SQLite is refused as not a workbook", "[bad-input]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("notes.qdf"));
    writeAll(path, QByteArray("# Meeting notes\n\nThis is a Markdown file, not a workbook.\n").repeated(20));
    expectRefused(path, Error::Code::NotAWorkbook, "not an SQLite database");
}

TEST_CASE("Another program's SQLite database is refused", "[bad-input]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("other.sqlite"));
    rawExec(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
    expectRefused(path, Error::Code::NotAWorkbook, "another program");
}

TEST_CASE("A workbook from a newer schema version is refused with both versions named", "[bad-input]")
{
    Folder folder;
    const QString path = closedMaster(folder, "newer.qdf");
    rawExec(path, "PRAGMA user_version = 99;");
    expectRefused(path, Error::Code::NewerSchema, "schema 99");
}

TEST_CASE("A truncated workbook is refused at every cut", "[bad-input]")
{
    Folder folder;
    const QString original = closedMaster(folder, "whole.qdf");
    const QByteArray bytes = readAll(original);
    REQUIRE(bytes.size() > 16384);
    for (qint64 cut : {qint64(60), qint64(4096), qint64(bytes.size() / 2), qint64(bytes.size() - 4096)}) {
        DYNAMIC_SECTION("cut at " << cut) {
            const QString path = folder.path(QStringLiteral("cut-%1.qdf").arg(cut));
            writeAll(path, bytes.left(cut));
            auto r = Workbook::open(path);
            REQUIRE_FALSE(r.ok());
            CHECK((r.error().code == Error::Code::Damaged || r.error().code == Error::Code::NotAWorkbook));
            CHECK(readAll(path) == bytes.left(cut));
        }
    }
}

TEST_CASE("A workbook with damaged pages is refused as damaged", "[bad-input]")
{
    Folder folder;
    const QString path = closedMaster(folder, "damaged.qdf");
    QByteArray bytes = readAll(path);
    // Scribble over the second page (the first table's b-tree) and the middle of the file.
    for (int i = 4096; i < 4096 + 200; ++i)
        bytes[i] = char(0xA5);
    for (qint64 i = bytes.size() / 2; i < bytes.size() / 2 + 300; ++i)
        bytes[i] = char(0x5A);
    writeAll(path, bytes);
    expectRefused(path, Error::Code::Damaged, "damaged");
}

TEST_CASE("A read-only workbook opens read-only, says so, and refuses changes without touching the file", "[bad-input]")
{
    Folder folder;
    const QString path = closedMaster(folder, "readonly.qdf");
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileHash(path);
    {
        auto wb = need(Workbook::open(path));
        CHECK(wb->isReadOnly());
        const Question q = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("reason")));
        CHECK(need(AnswerStore(*wb).current(q.id))->text.size() == 20000);
        const auto r = AnswerStore(*wb).set(q.id, QStringLiteral("new text"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::ReadOnly);
        CHECK(r.error().message.contains(QStringLiteral("read-only")));
    }
    CHECK(fileHash(path) == before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("A workbook whose creation never finished is refused as unfinished", "[bad-input]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("half.qdf"));
    rawExec(path, "PRAGMA application_id = 1363428951; CREATE TABLE t (x);");  // 0x51444657, schema 0
    expectRefused(path, Error::Code::Damaged, "unfinished");
}

TEST_CASE("A folder is not a workbook", "[bad-input]")
{
    Folder folder;
    QDir().mkpath(folder.path(QStringLiteral("dir.qdf")));
    expectRefused(folder.path(QStringLiteral("dir.qdf")), Error::Code::NotAWorkbook, "folder");
}

TEST_CASE("A workbook deleted while open refuses further edits instead of losing them", "[bad-input]")
{
    Folder folder;
    const QString path = closedMaster(folder, "gone.qdf");
    auto wb = need(Workbook::open(path));
    REQUIRE(QFile::remove(path));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("reason")));
    const auto r = AnswerStore(*wb).set(q.id, QStringLiteral("typed after the file went"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Error::Code::NotFound);
    CHECK(r.error().message.contains(QStringLiteral("moved or deleted")));
}
