#include "TestSupport.h"
#include "hostile/HostileWorkbooks.h"

#include "core/Csv.h"
#include "core/IntegrityCheck.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/SectionStore.h"
#include "core/WorkbookSchema.h"

using namespace qdf;
using namespace qdf::test;

TEST_CASE("Every hostile workbook is refused on opening, naming what was changed, and the file is left as it was",
          "[hostile]")
{
    for (const hostile::WorkbookCase &c : hostile::workbookCases()) {
        DYNAMIC_SECTION(c.name)
        {
            Folder folder;
            const QString path = hostile::hostileWorkbook(folder, c);
            const QByteArray before = fileHash(path);
            for (const auto verify : {Workbook::Verify::OnOpen, Workbook::Verify::OnDamage}) {
                auto opened = Workbook::open(path, {false, verify});
                INFO(c.name << ": " << opened.error().message.toStdString());
                REQUIRE_FALSE(opened.ok());
                CHECK(opened.error().code == Error::Code::Damaged);
                CHECK(opened.error().message.startsWith(path));
                CHECK(opened.error().message.contains(QString::fromUtf8(c.namedInMessage)));
                CHECK(opened.error().message.contains(QStringLiteral("nothing in the file was run")));
            }
            CHECK(fileHash(path) == before);
            CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
        }
    }
}

TEST_CASE("A genuine workbook passes the schema check, and an upgraded one is checked at its own version", "[hostile]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    auto wb = newMaster(path);
    CHECK(checkIntegrity(*wb).isEmpty());
}

TEST_CASE("The schema each version leaves, as the build recorded it, is what the migrations make when run here", "[hostile]")
{
    // Every file opened is compared with the build's record first: were it wrong, each would pay
    // for running the migrations again, and a test of a genuine file would not notice.
    CHECK(workbookfile::snapshotDifferences().isEmpty());
}

TEST_CASE("A trigger added while the workbook is open is reported by the integrity check", "[hostile]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    auto wb = newMaster(path);
    asAnotherProgram(path, {QStringLiteral("CREATE TRIGGER late AFTER UPDATE ON answer BEGIN SELECT 1; END")});
    const QStringList problems = checkIntegrity(*wb);
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("late")));
}

TEST_CASE("A trigger added while the workbook is open is checked before the next write, which is refused", "[hostile]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    auto wb = newMaster(path);
    const Question q = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("reason")));
    need(AnswerStore(*wb).set(q.id, QStringLiteral("first")));
    asAnotherProgram(path, {QStringLiteral("CREATE TRIGGER meanwhile AFTER UPDATE ON answer BEGIN"
                                           " UPDATE workbook SET owner_name = 'pwned'; END")});
    const auto s = AnswerStore(*wb).set(q.id, QStringLiteral("second"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("meanwhile")));
    need(wb->refresh());
    CHECK(wb->info().owner.name == kProducer.name);
}

TEST_CASE("Every connection is defensive: the schema cannot be written and no extension loads", "[hostile]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    auto wb = newMaster(path);
    {
        // Until its schema is checked, a connection trusts nothing in the file.
        auto raw = need(workbookfile::connect(path, true));
        CHECK(sql::scalar(raw.database(), QStringLiteral("PRAGMA trusted_schema")).valueOr(1).toInt() == 0);
    }
    const QSqlDatabase db = wb->database();
    (void)sql::exec(db, QStringLiteral("PRAGMA writable_schema = ON"));
    CHECK_FALSE(sql::exec(db, QStringLiteral("UPDATE sqlite_schema SET sql = 'x' WHERE name = 'answer'")).ok());
    CHECK_FALSE(sql::run(db, QStringLiteral("SELECT load_extension('/tmp/nothing.so')")).ok());
    // Triggers of our own still run under these settings: an answer is saved and searchable.
    const Question q = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("reason")));
    need(AnswerStore(*wb).set(q.id, QStringLiteral("searchable words")));
    CHECK(checkIntegrity(*wb).isEmpty());
}

TEST_CASE("A CSV cell that a spreadsheet would run as a formula is written as text, and numbers keep their sign", "[hostile]")
{
    const QByteArray csv = toCsv({QStringLiteral("a")}, {{QStringLiteral("=HYPERLINK(\"http://x\")")}, {QStringLiteral("+1+cmd")},
                                                       {QStringLiteral("@SUM(A1)")}, {QStringLiteral("-2")}, {QStringLiteral("-x")}});
    CHECK(csv == QByteArray("\xEF\xBB\xBF" "a\r\n\"'=HYPERLINK(\"\"http://x\"\")\"\r\n'+1+cmd\r\n'@SUM(A1)\r\n-2\r\n'-x\r\n"));
}

