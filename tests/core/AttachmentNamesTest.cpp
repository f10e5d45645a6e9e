// An attachment's name as someone else wrote it: kept exactly (what the window shows, made
// visible), and one a disk can take without harm wherever it becomes a file (core/SafeText.h's
// safeFileName), whichever way it came in.

#include "TestSupport.h"

#include "core/SafeText.h"
#include "core/WorkbookCreation.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"

using namespace qdf;
using namespace qdf::test;

namespace {

const QStringList &hostileNames()
{
    static const QStringList names{
        QStringLiteral("../../.bashrc"),
        QStringLiteral("/etc/cron.d/evil"),
        QStringLiteral("/"),
        QStringLiteral("report") + QChar(0) + QStringLiteral(".pdf"),
        QStringLiteral("report\u202Efdp.exe"),
        QStringLiteral("evil.desktop"),
        QStringLiteral("run.sh"),
        QStringLiteral("CON.txt"),
        QString(300, QLatin1Char('x')) + QStringLiteral(".pdf"),
    };
    return names;
}

QStringList namesIn(Workbook &wb)
{
    QStringList names;
    for (const ReferenceMaterial &r : need(MaterialStore(wb).allReferences()))
        names << r.fileName;
    names.sort();  // the order they arrive in is the bundle's
    return names;
}

void expectSafeOnDisk(const QString &name)
{
    INFO(name.toStdString());
    const QString safe = safeFileName(name);
    CHECK_FALSE(safe.isEmpty());
    CHECK_FALSE(safe.contains(QLatin1Char('/')));
    CHECK_FALSE(safe.startsWith(QLatin1Char('.')));
    CHECK_FALSE(needsShowingSafely(safe, false));
    CHECK(safe.toUtf8().size() <= kSafeFileNameBytes);
}

} // namespace

TEST_CASE("Attachment names arrive exactly as sent, by a contribution and by an update, and each has a safe name for a disk",
          "[hostile][attachments][sync]")
{
    Folder folder;
    const QString master = folder.path(QStringLiteral("master.qdf"));
    const QString dafydd = folder.path(QStringLiteral("dafydd.qdf"));
    {
        auto m = newMaster(master);
        need(createParticipant(dafydd, kParticipant, master));
    }
    const QString bundle = folder.path(QStringLiteral("d.qdfsync"));
    {
        auto p = need(Workbook::open(dafydd));
        const qint64 section = need(SectionStore(*p).byKey(QStringLiteral("activities"))).id;
        for (const QString &name : hostileNames())
            need(MaterialStore(*p).attach(section, name, name.toUtf8(), QString()));
        need(sync::SyncStore(*p).exportContribution(bundle));
    }
    auto m = need(Workbook::open(master));
    need(sync::SyncStore(*m).importFile(bundle));
    QStringList sent = hostileNames();
    sent.sort();
    CHECK(namesIn(*m) == sent);
    for (const QString &name : namesIn(*m))
        expectSafeOnDisk(name);

    // And back to another participant by the master's update.
    const QString update = folder.path(QStringLiteral("r.qdfupdate"));
    need(sync::SyncStore(*m).exportUpdate(update));
    m.reset();
    auto aled = need(joinFromUpdate(folder.path(QStringLiteral("aled.qdf")), Owner{QStringLiteral("Aled Hughes"), {}, {}}, update));
    CHECK(namesIn(*aled) == sent);
}
