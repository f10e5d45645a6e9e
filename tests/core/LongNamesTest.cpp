// Workbooks whose file names are as long as a disk allows (255 bytes): SQLite's journal and WAL,
// the lock and the backups beside them cannot take "NAME-journal", "NAME.qdf.lock"… and take
// short names of their own instead (core/SiblingNames.h).

#include "TestSupport.h"

#include "core/SiblingNames.h"
#include "core/Sql.h"
#include "core/WorkbookCreation.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"

#include <QDir>
#include <QFileInfo>

using namespace qdf;
using namespace qdf::test;

namespace {

// A name of exactly `bytes` bytes of UTF-8 ending in ".qdf", with Welsh letters in it.
QString nameOf(int bytes, const QString &start = QStringLiteral("Rhaglen gofal ŵyr "))
{
    QString name = start;
    while (name.toUtf8().size() < bytes - 4)
        name += QLatin1Char('x');
    name += QStringLiteral(".qdf");
    REQUIRE(name.toUtf8().size() == bytes);
    return name;
}

int longestName(const QString &folder)
{
    int longest = 0;
    for (const QString &name : QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        longest = qMax(longest, int(name.toUtf8().size()));
    return longest;
}

QString journalMode(Workbook &wb)
{
    return need(sql::scalar(wb.database(), QStringLiteral("PRAGMA journal_mode"))).toString();
}

} // namespace

TEST_CASE("A sibling keeps its plain name while it fits, and otherwise a short one of its own, the same every time",
          "[long-names]")
{
    Folder folder;
    const QString shortPath = folder.path(QStringLiteral("m.qdf"));
    CHECK(siblings::sibling(shortPath, QStringLiteral(".lock")) == shortPath + QStringLiteral(".lock"));
    CHECK(siblings::walFits(shortPath));
    const QString longPath = folder.path(nameOf(255));
    const QString lock = siblings::sibling(longPath, QStringLiteral(".lock"));
    const QString journal = siblings::sibling(longPath, QStringLiteral("-journal"));
    CHECK(QFileInfo(lock).absolutePath() == QFileInfo(longPath).absolutePath());
    CHECK(QFileInfo(lock).fileName().toUtf8().size() <= 255);
    CHECK(QFileInfo(lock).fileName().endsWith(QStringLiteral(".lock")));
    CHECK(QFileInfo(journal).fileName().endsWith(QStringLiteral(".journal")));  // no '-': see SiblingNames.cpp
    CHECK(QFileInfo(journal).fileName().startsWith(QStringLiteral("Rhaglen gofal ŵyr ")));
    CHECK(siblings::sibling(longPath, QStringLiteral(".lock")) == lock);  // the same for every program that asks
    CHECK(siblings::sibling(folder.path(nameOf(255, QStringLiteral("Rhaglen gofal ŵyr 2 "))), QStringLiteral(".lock")) != lock);
    CHECK_FALSE(siblings::walFits(longPath));
    // 249 bytes: room for -wal and -shm, not for -journal.
    const QString middle = folder.path(nameOf(249));
    CHECK(siblings::walFits(middle));
    CHECK(siblings::sibling(middle, QStringLiteral("-journal")) != middle + QStringLiteral("-journal"));
}

TEST_CASE("A workbook named with 255 bytes is made, written, read again, and takes a contribution in, with a backup",
          "[long-names]")
{
    Folder folder;
    const QString master = folder.path(nameOf(255));
    const QString participant = folder.path(nameOf(253, QStringLiteral("Cyfraniad Dafydd ")));
    QString bundle = folder.path(QStringLiteral("d.qdfsync"));
    {
        auto wb = need(createMaster(master, kProducer, QStringLiteral("Long names")));
        CHECK(journalMode(*wb) == QStringLiteral("delete"));  // no room for -shm beside it
        const Question q = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("reason")));
        // While a write is under way its journal is beside it, under its short name.
        need(wb->write([&](const Change &) -> Status {
            if (auto a = AnswerStore(*wb).set(q.id, QStringLiteral("Fewer people wait.")); !a)
                return a.error();
            CHECK(QFileInfo::exists(siblings::sibling(master, QStringLiteral("-journal"))));
            return Status::success();
        }));
        CHECK(QFileInfo::exists(siblings::sibling(master, QStringLiteral(".lock"))));  // the writer's lock
        auto p = need(createParticipant(participant, kParticipant, master));
        need(AnswerStore(*p).set(q.id, QStringLiteral("Fewer people wait longer than a day.")));
        need(sync::SyncStore(*p).exportContribution(bundle));
    }
    CHECK(longestName(folder.path(QString())) <= 255);
    auto wb = need(Workbook::open(master));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("reason")));
    CHECK(need(AnswerStore(*wb).current(q.id))->text == QStringLiteral("Fewer people wait."));
    const sync::ImportReport report = need(sync::SyncStore(*wb).importFile(bundle));
    CHECK_FALSE(report.backupPath.isEmpty());
    CHECK(QFileInfo::exists(report.backupPath));
    CHECK(QFileInfo(report.backupPath).absolutePath().toUtf8().size() > 0);
    CHECK(QFileInfo(QFileInfo(report.backupPath).absolutePath()).fileName().endsWith(QStringLiteral(".backups")));
    CHECK(report.contributions == 1);  // Dafydd's answer, offered beside the master's
    CHECK(need(sync::SyncStore(*wb).contributions()).size() == 1);
    CHECK(longestName(folder.path(QString())) <= 255);
    wb.reset();
    // Closed, nothing is left beside it but the backups.
    QStringList left = QDir(folder.path(QString())).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    left.removeAll(QFileInfo(master).fileName());
    left.removeAll(QFileInfo(participant).fileName());
    left.removeAll(QStringLiteral("d.qdfsync"));
    CHECK(left.size() == 1);
    CHECK(left.value(0).endsWith(QStringLiteral(".backups")));
}

TEST_CASE("A workbook named with 249 bytes keeps its WAL, and its journal takes a short name while it is made",
          "[long-names]")
{
    Folder folder;
    const QString path = folder.path(nameOf(249));
    auto wb = need(createMaster(path, kProducer, QStringLiteral("Long names")));
    CHECK(journalMode(*wb) == QStringLiteral("wal"));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("reason")));
    need(AnswerStore(*wb).set(q.id, QStringLiteral("Kept.")));
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    wb.reset();
    CHECK(need(AnswerStore(*need(Workbook::open(path))).current(q.id))->text == QStringLiteral("Kept."));
}

TEST_CASE("A WAL workbook renamed to a 255-byte name opens, read-only on disk or not, and keeps a rollback journal",
          "[long-names]")
{
    Folder folder;
    const QString before = folder.path(QStringLiteral("m.qdf"));
    qint64 question = 0;
    {
        auto wb = newMaster(before);
        question = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("reason"))).id;
        need(AnswerStore(*wb).set(question, QStringLiteral("Written before the rename.")));
        CHECK(journalMode(*wb) == QStringLiteral("wal"));
    }
    const QString after = folder.path(nameOf(255));
    REQUIRE(QFile::rename(before, after));
    {
        // Read-only on disk: read as it is (nobody may write it), nothing changed.
        const QFileDevice::Permissions writable = QFile::permissions(after);
        REQUIRE(QFile::setPermissions(after, QFileDevice::ReadOwner | QFileDevice::ReadUser));
        const QByteArray hash = fileHash(after);
        auto reader = need(Workbook::open(after));
        CHECK(reader->isReadOnly());
        CHECK(need(AnswerStore(*reader).current(question))->text == QStringLiteral("Written before the rename."));
        reader.reset();
        CHECK(fileHash(after) == hash);
        REQUIRE(QFile::setPermissions(after, writable));
    }
    // Writable: switched to a rollback journal as it opens, even to be read, so that every
    // program after it opens it as any other.
    auto reader = need(Workbook::open(after, Workbook::OpenOptions{true}));
    CHECK(need(AnswerStore(*reader).current(question))->text == QStringLiteral("Written before the rename."));
    CHECK(journalMode(*reader) == QStringLiteral("delete"));
    auto wb = need(Workbook::open(after));
    need(AnswerStore(*wb).set(question, QStringLiteral("Written after it.")));
    CHECK(journalMode(*wb) == QStringLiteral("delete"));
    // The reader opened before beside it reads the new text: nothing holds the file exclusively.
    CHECK(need(AnswerStore(*reader).current(question))->text == QStringLiteral("Written after it."));
    CHECK(longestName(folder.path(QString())) <= 255);
}
