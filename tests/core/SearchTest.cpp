#include "TestSupport.h"

#include "core/IntegrityCheck.h"
#include "core/Search.h"
#include "core/i18n/WelshMutations.h"
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

namespace {

// One answer per question of a section, so that each hit says which sentence matched.
QStringList answerKeysFound(const Workbook &wb, const QString &typed)
{
    QStringList keys;
    for (const SearchHit &h : need(search(wb, typed)))
        keys << h.questionKey;
    keys.sort();
    return keys;
}

void answer(Workbook &wb, const QString &question, const QString &text)
{
    const Question q = need(SectionStore(wb).question(QStringLiteral("care-standards"), question));
    need(AnswerStore(wb).set(q.id, text));
}

} // namespace

TEST_CASE("A Welsh word's forms are its radicals and their soft, nasal and aspirate mutations and h-", "[search][i18n]")
{
    const auto has = [](const QString &word, const QStringList &forms) {
        const QStringList found = welsh::mutatedForms(word);
        INFO(word.toStdString() << " → " << found.join(QLatin1Char(' ')).toStdString());
        for (const QString &f : forms)
            CHECK(found.contains(f));
        CHECK(found.first() == word.toLower());
    };
    has(QStringLiteral("Caerdydd"), {QStringLiteral("gaerdydd"), QStringLiteral("nghaerdydd"), QStringLiteral("chaerdydd")});
    has(QStringLiteral("Nghaerdydd"), {QStringLiteral("caerdydd"), QStringLiteral("gaerdydd"), QStringLiteral("chaerdydd")});
    has(QStringLiteral("tân"), {QStringLiteral("dân"), QStringLiteral("nhân"), QStringLiteral("thân")});
    has(QStringLiteral("thân"), {QStringLiteral("tân"), QStringLiteral("nhân")});
    has(QStringLiteral("pobl"), {QStringLiteral("bobl"), QStringLiteral("mhobl"), QStringLiteral("phobl")});
    has(QStringLiteral("bobl"), {QStringLiteral("pobl"), QStringLiteral("mhobl")});
    has(QStringLiteral("gwaith"), {QStringLiteral("waith"), QStringLiteral("ngwaith")});
    has(QStringLiteral("waith"), {QStringLiteral("gwaith"), QStringLiteral("ngwaith")});
    has(QStringLiteral("bwrdd"), {QStringLiteral("fwrdd"), QStringLiteral("mwrdd")});
    has(QStringLiteral("dydd"), {QStringLiteral("ddydd"), QStringLiteral("nydd")});
    has(QStringLiteral("llyfr"), {QStringLiteral("lyfr")});
    has(QStringLiteral("mam"), {QStringLiteral("fam")});
    has(QStringLiteral("rhaglen"), {QStringLiteral("raglen")});
    has(QStringLiteral("enw"), {QStringLiteral("henw")});
    has(QStringLiteral("henw"), {QStringLiteral("enw")});
    CHECK(welsh::mutatedForms(QStringLiteral("ei")) == QStringList{QStringLiteral("ei")});
    CHECK_FALSE(welsh::mutatedForms(QStringLiteral("llyfr")).contains(QStringLiteral("lllyfr")));
}

TEST_CASE("Welsh search finds a word whatever its initial mutation, with or without circumflexes, in real sentences",
          "[search][i18n]")
{
    Folder folder;
    auto wb = need(createMaster(folder.path(QStringLiteral("cy.qdf")), kProducer, QStringLiteral("Rhaglen Afon"),
                                ContentPack::caremore(QStringLiteral("cy"))));
    answer(*wb, QStringLiteral("intended-product"), QStringLiteral("Mae'r gwasanaeth nyrsio cymunedol yng Nghaerdydd yn cefnogi pobl hŷn."));
    answer(*wb, QStringLiteral("reason"), QStringLiteral("Aeth y tîm i Gaerdydd i weld sut mae'r bobl leol yn cael gofal."));
    answer(*wb, QStringLiteral("guiding-principles"), QStringLiteral("Mae angen larymau mwg a thân ym mhob cartref gofal."));
    answer(*wb, QStringLiteral("work-undertaken"), QStringLiteral("Ni chafodd fy nhân ei gynnau; roedd y gwasanaeth tân yn brysur."));
    answer(*wb, QStringLiteral("key-questions"), QStringLiteral("Sut mae gwrando ar fy mhobl i a rhoi llais i'w teuluoedd?"));
    answer(*wb, QStringLiteral("other-considerations"), QStringLiteral("Beth yw ei henw hi, a phwy sy'n rhoi dŵr iddi?"));

    CHECK(answerKeysFound(*wb, QStringLiteral("Caerdydd")) == QStringList{QStringLiteral("intended-product"), QStringLiteral("reason")});
    CHECK(answerKeysFound(*wb, QStringLiteral("Nghaerdydd")) == QStringList{QStringLiteral("intended-product"), QStringLiteral("reason")});
    CHECK(answerKeysFound(*wb, QStringLiteral("tân")) == QStringList{QStringLiteral("guiding-principles"), QStringLiteral("work-undertaken")});
    CHECK(answerKeysFound(*wb, QStringLiteral("tan")) == QStringList{QStringLiteral("guiding-principles"), QStringLiteral("work-undertaken")});
    CHECK(answerKeysFound(*wb, QStringLiteral("pobl")) ==
          QStringList{QStringLiteral("intended-product"), QStringLiteral("key-questions"), QStringLiteral("reason")});
    CHECK(answerKeysFound(*wb, QStringLiteral("enw")) == QStringList{QStringLiteral("other-considerations")});
    CHECK(answerKeysFound(*wb, QStringLiteral("dwr")) == QStringList{QStringLiteral("other-considerations")});
    // Every word must still occur: the forms of one word are one choice, the words all needed.
    CHECK(answerKeysFound(*wb, QStringLiteral("pobl Caerdydd")) == QStringList{QStringLiteral("intended-product"), QStringLiteral("reason")});
    CHECK(answerKeysFound(*wb, QStringLiteral("gwasanaeth tân")) == QStringList{QStringLiteral("work-undertaken")});
    CHECK(checkIntegrity(*wb).isEmpty());
}

TEST_CASE("English search is unchanged: only words that look Welsh are sought in their mutated forms", "[search][i18n]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("en.qdf")));
    REQUIRE(wb->info().contentLanguage == QStringLiteral("en"));
    answer(*wb, QStringLiteral("intended-product"), QStringLiteral("Then the dentist called the thin nurse."));
    answer(*wb, QStringLiteral("reason"), QStringLiteral("A blank form was sent to the gate."));
    answer(*wb, QStringLiteral("guiding-principles"), QStringLiteral("Ten visits a day; the plan is agreed in Nghaerdydd."));
    CHECK(answerKeysFound(*wb, QStringLiteral("ten")) == QStringList{QStringLiteral("guiding-principles")});
    CHECK(answerKeysFound(*wb, QStringLiteral("tin")).isEmpty());
    CHECK(answerKeysFound(*wb, QStringLiteral("plan")) == QStringList{QStringLiteral("guiding-principles")});
    CHECK(answerKeysFound(*wb, QStringLiteral("cate")).isEmpty());
    // A word whose spelling is Welsh is found in its forms in any workbook.
    CHECK(answerKeysFound(*wb, QStringLiteral("Caerdydd")) == QStringList{QStringLiteral("guiding-principles")});
    CHECK(ftsQuery(QStringLiteral("insulin visits")) == QStringLiteral("\"insulin\"* AND \"visits\"*"));
    CHECK(ftsQuery(QStringLiteral("ten")) == QStringLiteral("\"ten\"*"));
    CHECK(ftsQuery(QStringLiteral("ten"), true) != QStringLiteral("\"ten\"*"));
    CHECK(welsh::looksWelsh(QStringLiteral("pobl")));
    CHECK(welsh::looksWelsh(QStringLiteral("Caerdydd")));
    CHECK(welsh::looksWelsh(QStringLiteral("dŵr")));
    for (const char *english : {"ten", "plan", "care", "add", "address", "then", "blank", "system", "design"})
        CHECK_FALSE(welsh::looksWelsh(QString::fromLatin1(english)));
}

namespace {

// What the index holds, row by row, and what a few searches find (English and Welsh words).
QStringList indexAndHits(const Workbook &wb)
{
    QStringList lines;
    auto rows = need(sql::run(wb.database(), QStringLiteral("SELECT rowid, title, body FROM search_index ORDER BY rowid")));
    while (rows.next())
        lines << QStringLiteral("%1 | %2 | %3").arg(rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString());
    for (const char *typed : {"insulin", "Caerdydd", "Nghaerdydd", "tân", "nights", "eye"}) {
        for (const SearchHit &h : need(search(wb, QString::fromUtf8(typed))))
            lines << QStringLiteral("%1: %2 %3 %4").arg(QString::fromUtf8(typed), searchHitKindSlug(h.kind), h.title, h.snippet);
    }
    return lines;
}

qint64 pendingRows(const Workbook &wb)
{
    return need(sql::scalar(wb.database(), QStringLiteral("SELECT COUNT(*) FROM search_pending"))).toLongLong();
}

// The same edits, on a workbook made the same way: with `hold`, the texts' changes are made while
// the index is held (what a batch of imports does).
struct Edits {
    Folder folder;
    std::unique_ptr<Workbook> wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    qint64 section = need(SectionStore(*wb).byKey(QStringLiteral("activities"))).id;
    QString schedule = need(ScheduleStore(*wb).add(section, QStringLiteral("Delegation"), QStringLiteral("insulin tasks"))).uuid;
    QString example = need(MaterialStore(*wb).addExample(section, QStringLiteral("Insulin pens"), QStringLiteral("Delegated"))).uuid;
    QString gone = need(MaterialStore(*wb).addExample(section, QStringLiteral("Eye drops"), QStringLiteral("Insulin too"))).uuid;

    void edit()
    {
        need(ScheduleStore(*wb).edit(schedule, QStringLiteral("Delegation"), QStringLiteral("Mae'r tîm yng Nghaerdydd")));
        need(ScheduleStore(*wb).edit(schedule, QStringLiteral("Delegation"), QStringLiteral("Mae'r tîm yng Nghaerdydd a'r gwasanaeth tân")));
        need(MaterialStore(*wb).editExample(example, QStringLiteral("Insulin pens"), QStringLiteral("Delegated at night")));
        need(ScheduleStore(*wb).add(section, QStringLiteral("Nights"), QStringLiteral("Night visits")));
        need(MaterialStore(*wb).removeExample(gone));
    }
};

} // namespace

TEST_CASE("A held search index notes changed texts and indexes each once when let go, as if never held", "[search][sync]")
{
    Edits plain;
    plain.edit();

    Edits held;
    {
        SearchIndexHold hold(*held.wb);
        need(hold.taken());
        held.edit();
        // Meanwhile the changed texts are found by their words from before; additions and
        // deletions are immediate; each changed item is noted once.
        CHECK(need(search(*held.wb, QStringLiteral("Caerdydd"))).isEmpty());
        CHECK(need(search(*held.wb, QStringLiteral("insulin"))).size() == 2);
        CHECK(need(search(*held.wb, QStringLiteral("nights"))).size() == 1);
        CHECK(need(search(*held.wb, QStringLiteral("eye"))).isEmpty());
        CHECK(pendingRows(*held.wb) == 2);
        CHECK(checkIntegrity(*held.wb).isEmpty());
        need(hold.release());
    }
    CHECK(pendingRows(*held.wb) == 0);
    CHECK(need(search(*held.wb, QStringLiteral("Nghaerdydd"))).size() == 1);
    CHECK(indexAndHits(*held.wb) == indexAndHits(*plain.wb));
    CHECK(need(sql::scalar(held.wb->database(), QStringLiteral("SELECT COUNT(*) FROM search_hold"))).toInt() == 0);
    CHECK(checkIntegrity(*held.wb).isEmpty());
    // Holding and letting go made no revision: nothing anyone could undo.
    CHECK(held.wb->info().revision == plain.wb->info().revision);
}

TEST_CASE("A hold of the search index never let go (its program stopped) is let go by the next writer", "[search][sync]")
{
    Edits left;
    const QString path = left.wb->path();
    left.wb.reset();
    // The batch's program took the hold and changed a text, then stopped.
    asAnotherProgram(path, {QStringLiteral("INSERT INTO search_hold (id, writer) VALUES (1, 'a program that stopped')"),
                            QStringLiteral("UPDATE schedule SET body = 'Mae''r tîm yng Nghaerdydd'")});
    auto wb = need(Workbook::open(path));
    CHECK(need(search(*wb, QStringLiteral("Nghaerdydd"))).isEmpty());
    CHECK(pendingRows(*wb) == 1);
    need(ScheduleStore(*wb).add(left.section, QStringLiteral("Nights"), QStringLiteral("Night visits")));
    CHECK(pendingRows(*wb) == 0);
    CHECK(need(search(*wb, QStringLiteral("Nghaerdydd"))).size() == 1);
    CHECK(need(search(*wb, QStringLiteral("insulin"))).size() == 2);  // the two examples, not the Schedule's old words
}
