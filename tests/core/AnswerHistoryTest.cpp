#include "TestSupport.h"

#include "core/stores/AnswerStore.h"
#include "core/stores/SectionStore.h"

using namespace qdf;
using namespace qdf::test;

TEST_CASE("Every saved version of an answer is kept, newest first, with who and when", "[history]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    FixedClock clock(QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC));
    wb->setClock(clock);
    const Question q = need(SectionStore(*wb).question(QStringLiteral("evaluation"), QStringLiteral("reason")));
    AnswerStore answers(*wb);
    CHECK_FALSE(need(answers.current(q.id)).has_value());
    need(answers.set(q.id, QStringLiteral("one")));
    clock.advanceSeconds(60);
    need(answers.set(q.id, QStringLiteral("two")));
    clock.advanceSeconds(60);
    const Answer three = need(answers.set(q.id, QStringLiteral("three")));
    CHECK(three.version == 3);

    const auto history = need(answers.history(q.id));
    REQUIRE(history.size() == 3);
    CHECK(history[0].text == QStringLiteral("three"));
    CHECK(history[1].text == QStringLiteral("two"));
    CHECK(history[2].text == QStringLiteral("one"));
    CHECK(history[2].change.at == QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC));
    CHECK(history[0].change.by == kProducer.name);
}

TEST_CASE("Saving the same text again adds no version", "[history]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("evaluation"), QStringLiteral("reason")));
    AnswerStore answers(*wb);
    need(answers.set(q.id, QStringLiteral("same")));
    const qint64 revision = wb->info().revision;
    need(answers.set(q.id, QStringLiteral("same")));
    CHECK(need(answers.history(q.id)).size() == 1);
    CHECK(wb->info().revision == revision);
}

TEST_CASE("Restoring an earlier version is itself a new version, so nothing is lost", "[history]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("evaluation"), QStringLiteral("reason")));
    AnswerStore answers(*wb);
    need(answers.set(q.id, QStringLiteral("first draft")));
    need(answers.set(q.id, QStringLiteral("second draft")));
    const Answer restored = need(answers.restore(q.id, 1));
    CHECK(restored.text == QStringLiteral("first draft"));
    CHECK(restored.version == 3);
    const auto history = need(answers.history(q.id));
    REQUIRE(history.size() == 3);
    REQUIRE(history[0].restoredFrom.has_value());
    CHECK(*history[0].restoredFrom == 1);
    CHECK(history[1].text == QStringLiteral("second draft"));
    CHECK(answers.restore(q.id, 9).error().code == Error::Code::InvalidArgument);
}
