// The corpus of bad files in tests/data/bad: each is refused with the exit status and message
// expected.json gives, and leaves every file on disk as it was.
#include "Attacker.h"
#include "TestSupport.h"
#include "cli/QdfRun.h"

#include "core/Sql.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace qdf;
using namespace qdf::sync;
using namespace qdf::test;

namespace {

const QString kCorpus = QStringLiteral(QDF_SOURCE_DIR "/tests/data/bad");

// Every file under `folder` (and the corpus itself) by path, with its SHA-256.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &root : {folder, kCorpus}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            files.insert(path, fileHash(path));
        }
    }
    return files;
}

// The programme the cases run against: a master with one import done (the replayed bundle's).
struct Scene {
    Folder folder;
    QString master = folder.path(QStringLiteral("master.qdf"));
    QString participant = folder.path(QStringLiteral("participant.qdf"));
    QString replayed = folder.path(QStringLiteral("replayed.qdfsync"));

    Scene()
    {
        auto m = newMaster(master);
        auto p = need(createParticipant(participant, kParticipant, master));
        need(AnswerStore(*p).set(need(SectionStore(*p).question(QStringLiteral("activities"), QStringLiteral("reason"))).id,
                                 QStringLiteral("Care close to home.")));
        Bundle huge = need(SyncStore(*p).pendingContribution());
        need(SyncStore(*p).exportContribution(replayed));
        need(SyncStore(*m).importFile(replayed));
        // A bundle whose one answer is longer than any text a workbook keeps (hash intact).
        huge.manifest.bundleId = QStringLiteral("a-bundle-with-a-huge-text");
        huge.changes[0].state.fields.insert(QStringLiteral("text"), QString(17 * 1024 * 1024, QLatin1Char('x')));
        need(writeBundle(folder.path(QStringLiteral("huge-text.qdfsync")), huge, signedAs(*p)));
        writeAll(folder.path(QStringLiteral("huge.txt")), QByteArray("care ").repeated(4 * 1024 * 1024));
        const QByteArray whole = readAll(master);
        writeAll(folder.path(QStringLiteral("truncated-half.qdf")), whole.left(whole.size() / 2));
        writeAll(folder.path(QStringLiteral("truncated-last-byte.qdf")), whole.left(whole.size() - 1));
        writeDamaged(*m, folder.path(QStringLiteral("damaged-page.qdf")));
    }

    // A whole copy of the workbook with the first page of its search index overwritten: the
    // header is sound, so only reading that page (or verifying the file) finds the damage.
    static void writeDamaged(const Workbook &from, const QString &path)
    {
        need(sql::exec(from.database(), QStringLiteral("VACUUM INTO ?"), {path}));
        qint64 page = 0, pageSize = 0;
        {
            auto copy = need(Workbook::open(path, {true}));
            page = need(sql::scalar(copy->database(), QStringLiteral(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'search_index_data'"))).toLongLong();
            pageSize = need(sql::scalar(copy->database(), QStringLiteral("PRAGMA page_size"))).toLongLong();
        }
        REQUIRE(page > 1);
        QByteArray bytes = readAll(path);
        bytes.replace((page - 1) * pageSize, 64, QByteArray(64, '\xff'));
        writeAll(path, bytes);
    }
};

} // namespace

TEST_CASE("Every bad file in the corpus is refused with its exit status and message, and no file changes", "[cli][bad-input]")
{
    const QJsonObject expected = QJsonDocument::fromJson(readAll(kCorpus + QStringLiteral("/expected.json"))).object();
    const QJsonArray cases = expected.value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() >= 15);
    Scene p;
    QDir().mkpath(p.folder.path(QStringLiteral("work")));
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        const bool generated = c.contains(QStringLiteral("generated"));
        const QString name = c.value(generated ? QStringLiteral("generated") : QStringLiteral("file")).toString();
        // A corpus file is used from a copy: a program that writes to it must not touch the tree.
        const QString file = generated ? p.folder.path(name) : p.folder.path(QStringLiteral("work/") + name);
        if (!generated) {
            QFile::remove(file);
            REQUIRE(QFile::copy(kCorpus + QLatin1Char('/') + name, file));
        }
        QStringList args;
        for (const QJsonValue &a : c.value(QStringLiteral("args")).toArray())
            args << a.toString()
                        .replace(QStringLiteral("{file}"), file)
                        .replace(QStringLiteral("{master}"), p.master)
                        .replace(QStringLiteral("{participant}"), p.participant)
                        .replace(QStringLiteral("{folder}"), p.folder.path(QStringLiteral("work")));
        const auto before = snapshot(p.folder.path(QString()));
        const Run r = qdfRun(args);
        INFO(name.toStdString() << ": qdf " << args.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString()
                                << r.err.toStdString());
        CHECK(r.exitCode == c.value(QStringLiteral("exit")).toInt());
        CHECK((r.err + r.out).contains(c.value(QStringLiteral("message")).toString()));
        if (r.exitCode != 0)
            CHECK(r.err.contains(QFileInfo(file).fileName()));  // the message names the file
        CHECK(snapshot(p.folder.path(QString())) == before);
    }
}
