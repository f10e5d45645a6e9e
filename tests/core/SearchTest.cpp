#include "TestSupport.h"

#include "core/IntegrityCheck.h"
#include "core/Search.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

using namespace qdf;
using namespace qdf::test;

TEST_CASE("Search finds answers, examples, Schedules and reference notes, and follows edits", "[search]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    SectionStore sections(*wb);
    const Question q = need(sections.question(QStringLiteral("activities"), QStringLiteral("reason")));
    const qint64 sid = need(sections.byKey(QStringLiteral("activities"))).id;
    need(AnswerStore(*wb).set(q.id, QStringLiteral("Evening demand for insulin visits")));
    need(MaterialStore(*wb).addExample(sid, QStringLiteral("Insulin pens"), QStringLiteral("Delegated to support workers")));
    const QString sched = need(ScheduleStore(*wb).add(sid, QStringLiteral("Delegation"), QStringLiteral("insulin tasks"))).uuid;
    need(MaterialStore(*wb).attach(sid, QStringLiteral("audit.csv"), "a,b", QStringLiteral("Insulin audit 2025")));

    auto hits = need(search(*wb, QStringLiteral("insul")));
    CHECK(hits.size() == 4);
    QStringList kinds;
    for (const SearchHit &h : hits) {
        kinds << searchHitKindSlug(h.kind);
        CHECK(h.sectionKey == QStringLiteral("activities"));
    }
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("answer"), QStringLiteral("reference-material"), QStringLiteral("schedule"),
                               QStringLiteral("working-example")});

    need(ScheduleStore(*wb).edit(sched, QStringLiteral("Delegation"), QStringLiteral("eye drops only")));
    hits = need(search(*wb, QStringLiteral("insulin")));
    CHECK(hits.size() == 3);
    CHECK(need(search(*wb, QStringLiteral("eye drops"))).size() == 1);
    CHECK(checkIntegrity(*wb).isEmpty());
}

TEST_CASE("Whatever a person types is a valid search", "[search]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    for (const char *typed : {"\"", "AND OR NOT", "(", "*", "col:value", "NEAR(a b)", "'); DROP TABLE answer; --", "  "}) {
        auto r = search(*wb, QString::fromUtf8(typed));
        INFO(typed);
        CHECK(r.ok());
    }
}
