#include "TestSupport.h"

#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

using namespace qdf;
using namespace qdf::test;

namespace {

qint64 sectionId(Workbook &wb, const char *key)
{
    return need(SectionStore(wb).byKey(QString::fromLatin1(key))).id;
}

} // namespace

TEST_CASE("Only the allowed maturity moves are accepted", "[schedule]")
{
    const Maturity all[] = {Maturity::Draft, Maturity::Ready, Maturity::SignedOff, Maturity::Adopted};
    int allowed = 0;
    for (Maturity from : all) {
        for (Maturity to : all)
            allowed += isAllowedMove(from, to) ? 1 : 0;
    }
    CHECK(allowed == 4);
    CHECK(isAllowedMove(Maturity::Draft, Maturity::Ready));
    CHECK(isAllowedMove(Maturity::Ready, Maturity::Draft));
    CHECK(isAllowedMove(Maturity::Ready, Maturity::SignedOff));
    CHECK(isAllowedMove(Maturity::SignedOff, Maturity::Adopted));
    CHECK_FALSE(isAllowedMove(Maturity::Draft, Maturity::SignedOff));
    CHECK_FALSE(isAllowedMove(Maturity::Adopted, Maturity::Draft));
    for (Maturity m : all)
        CHECK(maturityFromSlug(maturitySlug(m)) == m);
}

TEST_CASE("Schedules are numbered by section and keep every version", "[schedule]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    ScheduleStore store(*wb);
    const Schedule a = need(store.add(sectionId(*wb, "activities"), QStringLiteral("A"), QStringLiteral("v1")));
    const Schedule b = need(store.add(sectionId(*wb, "activities"), QStringLiteral("B"), QString()));
    const Schedule c = need(store.add(sectionId(*wb, "evaluation"), QStringLiteral("C"), QString()));
    CHECK(a.number == QStringLiteral("2.1"));
    CHECK(b.number == QStringLiteral("2.2"));
    CHECK(c.number == QStringLiteral("7.1"));
    need(store.edit(a.uuid, QStringLiteral("A"), QStringLiteral("v2")));
    const auto versions = need(store.versions(a.uuid));
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].body == QStringLiteral("v2"));
    CHECK(versions[1].body == QStringLiteral("v1"));
    CHECK(need(store.find(QStringLiteral("2.1"))).uuid == a.uuid);
    CHECK(store.add(sectionId(*wb, "qdf-index"), QStringLiteral("X"), QString()).error().code
          == Error::Code::InvalidArgument);
    CHECK(store.add(sectionId(*wb, "activities"), QStringLiteral("  "), QString()).error().code
          == Error::Code::InvalidArgument);
}

TEST_CASE("Signing off needs a Schedule ready for sign-off and a sign-off of its current version", "[schedule]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    ScheduleStore store(*wb);
    const QString id = need(store.add(sectionId(*wb, "care-standards"), QStringLiteral("S"), QStringLiteral("b"))).uuid;
    CHECK(store.sign(id).error().code == Error::Code::NotAllowed);  // still a draft
    CHECK(store.move(id, Maturity::SignedOff).error().code == Error::Code::NotAllowed);
    need(store.move(id, Maturity::Ready));
    CHECK(store.move(id, Maturity::SignedOff).error().code == Error::Code::NotAllowed);  // nobody signed
    const SignOff so = need(store.sign(id));
    CHECK(so.signer.name == kProducer.name);
    CHECK(so.version == 1);
    CHECK(store.sign(id).error().code == Error::Code::NotAllowed);  // once per person and version
    need(store.move(id, Maturity::SignedOff));
    need(store.move(id, Maturity::Adopted));
    CHECK(need(store.find(id)).maturity == Maturity::Adopted);
    CHECK(need(store.signOffs(id)).size() == 1);
}

TEST_CASE("A signed-off Schedule is read-only to a participant and adoption happens in the master only", "[schedule]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("m.qdf"));
    QString id;
    {
        auto master = newMaster(masterPath);
        ScheduleStore store(*master);
        id = need(store.add(sectionId(*master, "care-standards"), QStringLiteral("S"), QStringLiteral("b"))).uuid;
        need(store.move(id, Maturity::Ready));
        need(store.sign(id));
        need(store.move(id, Maturity::SignedOff));
    }
    auto p = need(createParticipant(folder.path(QStringLiteral("p.qdf")), kParticipant, masterPath));
    ScheduleStore store(*p);
    const auto edit = store.edit(id, QStringLiteral("S"), QStringLiteral("changed"));
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().code == Error::Code::NotAllowed);
    CHECK(edit.error().message.contains(QStringLiteral("production team")));
    CHECK(store.move(id, Maturity::Adopted).error().code == Error::Code::NotAllowed);
    CHECK(need(store.find(id)).body == QStringLiteral("b"));
}

TEST_CASE("A change to a signed-off Schedule in the master starts a new draft version, the signed one stays", "[schedule]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    ScheduleStore store(*wb);
    const QString id = need(store.add(sectionId(*wb, "care-standards"), QStringLiteral("S"), QStringLiteral("signed"))).uuid;
    need(store.move(id, Maturity::Ready));
    need(store.sign(id));
    need(store.move(id, Maturity::SignedOff));
    const Schedule changed = need(store.edit(id, QStringLiteral("S"), QStringLiteral("revised")));
    CHECK(changed.version == 2);
    CHECK(changed.maturity == Maturity::Draft);
    const auto versions = need(store.versions(id));
    REQUIRE(versions.size() == 2);
    CHECK(versions[1].body == QStringLiteral("signed"));
    const auto signs = need(store.signOffs(id));
    REQUIRE(signs.size() == 1);
    CHECK(signs[0].version == 1);
    // The old sign-off does not count for the new version.
    need(store.move(id, Maturity::Ready));
    CHECK(store.move(id, Maturity::SignedOff).error().code == Error::Code::NotAllowed);
}
