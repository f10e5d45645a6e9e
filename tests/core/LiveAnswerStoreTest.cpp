// Answers posted from phones to a live workshop's open question (core/stores/LiveAnswerStore.h):
// stored as they arrive, and kept by the facilitator as contributions with their provenance.
#include "TestSupport.h"

#include "core/Sql.h"
#include "core/privacy/Erasure.h"
#include "core/privacy/People.h"
#include "core/stores/LiveAnswerStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"

using namespace qdf;
using namespace qdf::test;

namespace {

const QString kSession = QStringLiteral("5f0c1f7e-0000-4000-8000-000000000001");
const QString kDafydd = QStringLiteral("Dafydd Price");

qint64 count(Workbook &wb, const QString &query)
{
    return need(sql::scalar(wb.database(), query)).toLongLong();
}

} // namespace

TEST_CASE("A live answer is stored as it arrives, keeping it writes one contribution with its provenance, and a "
          "second keep writes nothing",
          "[live][core]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("care-standards"), QStringLiteral("intended-product")));
    LiveAnswerStore store(*wb);

    const LiveAnswer posted = need(store.post(kSession, q.uuid, kDafydd, QStringLiteral("  Fewer handovers\r\nat night  "),
                                              Language::Welsh));
    CHECK(posted.text == QStringLiteral("Fewer handovers\nat night"));
    CHECK_FALSE(posted.kept());
    const QVector<LiveAnswer> all = need(store.answers(q.uuid));
    REQUIRE(all.size() == 1);
    CHECK(all[0].participant == kDafydd);
    CHECK(all[0].session == kSession);
    CHECK(all[0].language == Language::Welsh);
    CHECK(need(store.answers(q.uuid, QStringLiteral("another session"))).isEmpty());
    // Written by the participant, as its own unit of work.
    CHECK(count(*wb, QStringLiteral("SELECT COUNT(*) FROM revision_log WHERE changed_by = 'Dafydd Price'")) >= 1);
    CHECK(count(*wb, QStringLiteral("SELECT COUNT(*) FROM contribution")) == 0);

    const QString contribution = need(store.keep(posted.uuid));
    const auto kept = need(sync::SyncStore(*wb).contributions(QStringLiteral("answer:") + q.uuid));
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].uuid == contribution);
    CHECK(kept[0].source == QStringLiteral("live-phone"));
    CHECK(kept[0].author == kDafydd);
    CHECK(kept[0].text == posted.text);
    CHECK(kept[0].language == Language::Welsh);
    CHECK(kept[0].status == QStringLiteral("open"));
    CHECK(kept[0].bundleId.isEmpty());
    CHECK(kept[0].writtenAt == Clock::format(posted.postedAt));
    CHECK(count(*wb, QStringLiteral("SELECT COUNT(*) FROM contribution WHERE source = 'live-phone' AND import_id IS NULL")) == 1);
    CHECK(need(store.answer(posted.uuid)).contributionUuid == contribution);

    // Again: the same contribution, nothing written, not even a revision.
    const qint64 revision = wb->info().revision;
    CHECK(need(store.keep(posted.uuid)) == contribution);
    CHECK(wb->info().revision == revision);
    CHECK(count(*wb, QStringLiteral("SELECT COUNT(*) FROM contribution")) == 1);

    // Composed from as a bundle's contribution is: the answer becomes it, and it is used.
    need(sync::SyncStore(*wb).useContribution(contribution));
    CHECK(need(sync::SyncStore(*wb).contributions())[0].status == QStringLiteral("used"));
    CHECK(need(sync::SyncStore(*wb).status()).openContributions == 0);
}

TEST_CASE("An answer empty, too long or holding control characters is refused, and nothing is written", "[live][core]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("care-standards"), QStringLiteral("intended-product")));
    LiveAnswerStore store(*wb);
    const qint64 revision = wb->info().revision;
    for (const QString &text : {QStringLiteral("   "), QString(LiveAnswerStore::kMaxLength + 1, QLatin1Char('a')),
                                QStringLiteral("bell\x07"), QStringLiteral("over\u202Eride"), QStringLiteral("nul") + QChar(0)}) {
        INFO(text.left(20).toStdString());
        CHECK_FALSE(LiveAnswerStore::refusal(text) == std::nullopt);
        CHECK(store.post(kSession, q.uuid, kDafydd, text, Language::English).error().code == Error::Code::InvalidArgument);
    }
    // A question the workbook does not have.
    CHECK_FALSE(store.post(kSession, QStringLiteral("no-such-question"), kDafydd, QStringLiteral("fine"), Language::English));
    CHECK(wb->info().revision == revision);
    CHECK(count(*wb, QStringLiteral("SELECT COUNT(*) FROM live_answer")) == 0);
    // Tabs and line breaks are a person's; the longest answer is taken.
    CHECK(LiveAnswerStore::refusal(QStringLiteral("a\tb\nc")) == std::nullopt);
    CHECK(store.post(kSession, q.uuid, kDafydd, QString(LiveAnswerStore::kMaxLength, QLatin1Char('a')), Language::English));
}

TEST_CASE("Answers from a live workshop are kept only in a master copy", "[live][core]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("m.qdf"));
    newMaster(masterPath);
    auto mine = need(createParticipant(folder.path(QStringLiteral("p.qdf")), Owner{kDafydd, QString(), QString()}, masterPath));
    const Question q = need(SectionStore(*mine).question(QStringLiteral("care-standards"), QStringLiteral("intended-product")));
    const LiveAnswer posted = need(LiveAnswerStore(*mine).post(kSession, q.uuid, kDafydd, QStringLiteral("mine"), Language::English));
    CHECK(LiveAnswerStore(*mine).keep(posted.uuid).error().code == Error::Code::NotAllowed);
    CHECK(count(*mine, QStringLiteral("SELECT COUNT(*) FROM contribution")) == 0);
}

TEST_CASE("A participant's workbook made from the master takes none of the master's live answers", "[live][core][privacy]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("m.qdf"));
    {
        auto master = newMaster(masterPath);
        const Question q = need(SectionStore(*master).question(QStringLiteral("care-standards"), QStringLiteral("intended-product")));
        const LiveAnswer posted = need(LiveAnswerStore(*master).post(kSession, q.uuid, QStringLiteral("Sioned Evans"),
                                                                     QStringLiteral("someone else's"), Language::English));
        need(LiveAnswerStore(*master).keep(posted.uuid));
        CHECK(count(*master, QStringLiteral("SELECT COUNT(*) FROM live_answer")) == 1);
    }
    auto mine = need(createParticipant(folder.path(QStringLiteral("p.qdf")), Owner{kDafydd, QString(), QString()}, masterPath));
    CHECK(count(*mine, QStringLiteral("SELECT COUNT(*) FROM live_answer")) == 0);
    CHECK(count(*mine, QStringLiteral("SELECT COUNT(*) FROM contribution")) == 0);
}

TEST_CASE("Erasing a person from the master leaves their live answers and the contribution kept from one under the role, "
          "never their name",
          "[live][core][privacy]")
{
    Folder folder;
    auto master = newMaster(folder.path(QStringLiteral("m.qdf")));
    const Question q = need(SectionStore(*master).question(QStringLiteral("care-standards"), QStringLiteral("intended-product")));
    LiveAnswerStore store(*master);
    const LiveAnswer kept = need(store.post(kSession, q.uuid, kDafydd, QStringLiteral("As Dafydd Price said, one plan"), Language::English));
    need(store.post(kSession, q.uuid, kDafydd, QStringLiteral("Fewer handovers"), Language::English));
    need(store.keep(kept.uuid));
    // Found among the people by their live answers alone.
    const auto everyone = need(privacy::people(*master));
    CHECK(std::any_of(everyone.cbegin(), everyone.cend(), [](const privacy::Person &p) { return p.name == kDafydd; }));
    need(privacy::ErasureStore(*master).erase(kDafydd));
    CHECK(count(*master, QStringLiteral("SELECT COUNT(*) FROM live_answer WHERE participant = 'Dafydd Price'")) == 0);
    CHECK(count(*master, QStringLiteral("SELECT COUNT(*) FROM live_answer WHERE instr(text, 'Dafydd') > 0")) == 0);
    CHECK(count(*master, QStringLiteral("SELECT COUNT(*) FROM contribution WHERE author = 'Dafydd Price'")) == 0);
}
