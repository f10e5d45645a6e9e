#include "TestSupport.h"

#include "core/review/ReviewStore.h"
#include "core/review/ReviewSummary.h"

#include <algorithm>

using namespace qdf;
using namespace qdf::review;
using namespace qdf::test;

namespace {

Review draft(const QStringList &checklists, int model = 1)
{
    Review r;
    r.title = QStringLiteral("Home care procurement 2027");
    r.subject = QStringLiteral("Home care framework agreement");
    r.subjectKind = QStringLiteral("procurement");
    r.model = model;
    r.checklists = checklists;
    return r;
}

} // namespace

TEST_CASE("A review keeps its model, checklists and ratings, and refuses what is not acceptable", "[review]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    QString id;
    {
        auto wb = newMaster(path);
        ReviewStore store(*wb);
        const Review r = need(store.create(draft({QStringLiteral("procurement"), QStringLiteral("cips")}, 2)));
        id = r.uuid;
        need(store.rate(r, need(store.resolveItem(r, QStringLiteral("governance"))), QStringLiteral("met"), QStringLiteral("Board minutes")));
        // "risk" is in both checklists: the item must be named with its checklist.
        CHECK(store.resolveItem(r, QStringLiteral("risk")).error().message.contains(QStringLiteral("CHECKLIST/risk")));
        need(store.rate(r, need(store.resolveItem(r, QStringLiteral("cips/risk"))), QStringLiteral("partly-met")));
        need(store.rate(r, need(store.resolveItem(r, QStringLiteral("governance"))), QStringLiteral("partly-met"),
                        QStringLiteral("Minutes, but no terms of reference")));  // replaces the earlier rating

        CHECK(store.create(draft({QStringLiteral("procurement")}, 4)).error().code == Error::Code::NotAllowed);
        CHECK(store.create(draft({QStringLiteral("nursing")})).error().code == Error::Code::NotAllowed);
        CHECK(store.create(draft({})).error().code == Error::Code::NotAllowed);
        CHECK(store.rate(r, {QStringLiteral("procurement"), QStringLiteral("ethics")}, QStringLiteral("great")).error().code
              == Error::Code::NotAllowed);
        CHECK(store.rate(r, {QStringLiteral("step-change"), QStringLiteral("design-service")}, QStringLiteral("done")).error().code
              == Error::Code::NotAllowed);  // not one of this review's checklists
        CHECK(store.resolveItem(r, QStringLiteral("nursing")).error().code == Error::Code::NotAllowed);
    }
    auto wb = need(Workbook::open(path));
    ReviewStore store(*wb);
    const Review r = need(store.review(QStringLiteral("Home care procurement 2027")));
    CHECK(r.uuid == id);
    CHECK(r.model == 2);
    CHECK(r.checklists == QStringList{QStringLiteral("procurement"), QStringLiteral("cips")});
    const auto responses = need(store.responses(r));
    REQUIRE(responses.size() == 2);
    CHECK(responses[0].item.path() == QStringLiteral("procurement/governance"));
    CHECK(responses[0].rating == QStringLiteral("partly-met"));
    CHECK(responses[0].note == QStringLiteral("Minutes, but no terms of reference"));
}

TEST_CASE("The summary counts ratings per checklist, lists the gaps with their actions, and judges PbR", "[review]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    ReviewStore store(*wb);
    const Review r = need(store.create(draft({QStringLiteral("procurement"), QStringLiteral("pbr-suitability")})));
    const ItemRef cost{QStringLiteral("procurement"), QStringLiteral("cost")};
    const ItemRef risk{QStringLiteral("procurement"), QStringLiteral("risk")};
    need(store.rate(r, cost, QStringLiteral("not-met"), QStringLiteral("Over budget by 12%")));
    need(store.rate(r, risk, QStringLiteral("partly-met")));
    need(store.rate(r, {QStringLiteral("procurement"), QStringLiteral("ethics")}, QStringLiteral("met")));
    Action a;
    a.achieve = QStringLiteral("A costed contract management plan");
    a.lead = QStringLiteral("Finance lead");
    a.byWhen = QStringLiteral("2027-06-30");
    const Action action = need(store.addAction(r, cost, a));
    CHECK(action.subjectKey == QStringLiteral("procurement/cost"));
    CHECK(action.source == Action::Source::Review);
    // The same action plan as the Catalyst panel: one table, one model.
    CHECK(need(ActionStore(*wb).byUuid(action.uuid)).achieve == a.achieve);

    Summary s = need(summarise(store, r));
    REQUIRE(s.checklists.size() == 2);
    CHECK(s.checklists[0].items == 11);
    CHECK(s.checklists[0].counts.value(QStringLiteral("met")) == 1);
    CHECK(s.checklists[0].counts.value(QStringLiteral("not-met")) == 1);
    CHECK(s.checklists[0].counts.value(QStringLiteral("partly-met")) == 1);
    // The eight not looked at are counted apart, never as "Not yet reviewed" ratings.
    CHECK(s.checklists[0].counts.value(QStringLiteral("not-reviewed")) == 0);
    CHECK(s.checklists[0].unanswered == 8);
    REQUIRE(s.gaps.size() == 2);
    CHECK(s.gaps[0].item.itemKey == QStringLiteral("cost"));  // in the checklist's order
    CHECK(s.gaps[0].note == QStringLiteral("Over budget by 12%"));
    REQUIRE(s.gaps[0].actions.size() == 1);
    CHECK(s.gaps[1].actions.isEmpty());
    // No PbR feature is answered yet: no verdict, and how many wait.
    CHECK_FALSE(s.pbrVerdict);
    CHECK(s.pbrUnanswered == 8);

    const Checklist *pbr = Pack::shipped().checklist(QStringLiteral("pbr-suitability"));
    for (const Item &i : pbr->items)
        need(store.rate(r, {pbr->key, i.key}, QStringLiteral("yes")));
    CHECK(*need(summarise(store, r)).pbrVerdict == QStringLiteral("appropriate"));
    need(store.rate(r, {pbr->key, QStringLiteral("counterfactual")}, QStringLiteral("no")));
    CHECK(*need(summarise(store, r)).pbrVerdict == QStringLiteral("not-appropriate"));
}

TEST_CASE("Tailoring: a review's own sub-questions under a domain, and evidence files", "[review]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    ReviewStore store(*wb);
    const Review r = need(store.create(draft({QStringLiteral("procurement")})));
    const ItemRef benefits{QStringLiteral("procurement"), QStringLiteral("effectiveness-benefits")};
    const QStringList suggestions = Pack::shipped().suggestions.value(benefits.itemKey);
    REQUIRE(suggestions.size() == 6);
    const SubQuestion first = need(store.addSubQuestion(r, benefits, suggestions[1]));
    const SubQuestion second = need(store.addSubQuestion(r, benefits, QStringLiteral("Are visits on time in Cwm Afon?")));
    CHECK(second.position == first.position + 1);
    need(store.editSubQuestion(first.uuid, QStringLiteral("Are there fewer complaints about missed calls?")));
    auto questions = need(store.subQuestions(r));
    REQUIRE(questions.size() == 2);
    CHECK(questions[0].text == QStringLiteral("Are there fewer complaints about missed calls?"));
    need(store.removeSubQuestion(second.uuid));
    CHECK(need(store.subQuestions(r)).size() == 1);
    CHECK(store.addSubQuestion(r, benefits, QStringLiteral("  ")).error().code == Error::Code::NotAllowed);

    need(store.attachEvidence(r, benefits, QStringLiteral("complaints-2026.csv"), QByteArray("month,count\n1,4\n"),
                              QStringLiteral("From the complaints team")));
    const auto files = need(store.evidence(r));
    REQUIRE(files.size() == 1);
    CHECK(files[0].fileName == QStringLiteral("complaints-2026.csv"));
    CHECK(files[0].size == 16);
}

TEST_CASE("Sub-questions reorder and come back where they were, and evidence comes back with its bytes", "[review]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    ReviewStore store(*wb);
    const Review r = need(store.create(draft({QStringLiteral("procurement")})));
    const ItemRef benefits{QStringLiteral("procurement"), QStringLiteral("effectiveness-benefits")};
    const ItemRef risk{QStringLiteral("procurement"), QStringLiteral("risk")};
    QStringList texts{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    for (const QString &t : texts)
        need(store.addSubQuestion(r, benefits, t));
    need(store.addSubQuestion(r, risk, QStringLiteral("Elsewhere")));  // another item's list is untouched
    auto textsOf = [&](const ItemRef &item) {
        QStringList out;
        for (const SubQuestion &q : need(store.subQuestions(r))) {
            if (q.item.path() == item.path())
                out << q.text;
        }
        return out;
    };
    auto questions = need(store.subQuestions(r));
    const SubQuestion c = *std::find_if(questions.begin(), questions.end(), [](const SubQuestion &q) { return q.text == QLatin1String("C"); });
    need(store.moveSubQuestion(c.uuid, 0));
    CHECK(textsOf(benefits) == QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")});
    need(store.moveSubQuestion(c.uuid, 99));  // past the end: last
    CHECK(textsOf(benefits) == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});

    questions = need(store.subQuestions(r));
    const SubQuestion b = *std::find_if(questions.begin(), questions.end(), [](const SubQuestion &q) { return q.text == QLatin1String("B"); });
    need(store.removeSubQuestion(b.uuid));
    CHECK(textsOf(benefits) == QStringList{QStringLiteral("A"), QStringLiteral("C")});
    need(store.restoreSubQuestion(r, b));
    CHECK(textsOf(benefits) == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    CHECK(textsOf(risk) == QStringList{QStringLiteral("Elsewhere")});

    const QByteArray bytes("month,count\n1,4\n\0binary", 22);
    const Evidence e = need(store.attachEvidence(r, risk, QStringLiteral("register.csv"), bytes));
    CHECK(need(store.evidenceData(e.uuid)) == bytes);
    need(store.removeEvidence(e.uuid));
    CHECK(need(store.evidence(r)).isEmpty());
    CHECK(store.evidenceData(e.uuid).error().code == Error::Code::NotAllowed);
    need(store.restoreEvidence(r, e, bytes));
    CHECK(need(store.evidence(r)).value(0).uuid == e.uuid);
    CHECK(need(store.evidenceData(e.uuid)) == bytes);
}

TEST_CASE("A review is compared with the earlier review of the same subject, item by item", "[review]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("m.qdf")));
    ReviewStore store(*wb);
    Review first = draft({QStringLiteral("contract-management")});
    first.title = QStringLiteral("2025");
    first.subject = QStringLiteral("Home care contract");
    Review other = first;
    other.title = QStringLiteral("Another subject");
    other.subject = QStringLiteral("Day services contract");
    Review second = first;
    second.title = QStringLiteral("2026");
    second.subject = QStringLiteral("  home care CONTRACT ");  // the same subject, however typed
    second.checklists << QStringLiteral("step-change");
    first = need(store.create(first));
    other = need(store.create(other));
    second = need(store.create(second));
    need(store.rate(first, {QStringLiteral("contract-management"), QStringLiteral("risk-management")}, QStringLiteral("not-met")));
    need(store.rate(first, {QStringLiteral("contract-management"), QStringLiteral("activity")}, QStringLiteral("met")));
    need(store.rate(second, {QStringLiteral("contract-management"), QStringLiteral("risk-management")}, QStringLiteral("partly-met")));
    need(store.rate(second, {QStringLiteral("contract-management"), QStringLiteral("activity")}, QStringLiteral("met")));
    need(store.rate(second, {QStringLiteral("contract-management"), QStringLiteral("quality")}, QStringLiteral("met")));
    need(store.rate(second, {QStringLiteral("step-change"), QStringLiteral("design-service")}, QStringLiteral("done")));

    const QVector<Review> earlier = earlierReviews(need(store.reviews()), second);
    REQUIRE(earlier.size() == 1);
    CHECK(earlier[0].title == QStringLiteral("2025"));
    CHECK(earlierReviews(need(store.reviews()), first).isEmpty());
    const QVector<RatingChange> changes = need(compare(store, first, second));
    REQUIRE(changes.size() == 2);  // the unchanged item and the checklist only one review uses are left out
    CHECK(changes[0].item.itemKey == QStringLiteral("risk-management"));
    CHECK(changes[0].before == QStringLiteral("not-met"));
    CHECK(changes[0].after == QStringLiteral("partly-met"));
    CHECK(changes[1].item.itemKey == QStringLiteral("quality"));
    CHECK(changes[1].before == QStringLiteral("not-reviewed"));
    CHECK(Pack::shipped().subjectName(QStringLiteral("contract-management/quality"))
          == QStringLiteral("Contract management review › Quality"));
}
