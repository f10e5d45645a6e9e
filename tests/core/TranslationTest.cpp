// Texts in Welsh, English or both (schema 17): the translation-status rule of core/Translation.h,
// through an edit in each store, a merge of a contribution and an update, and old bundles.

#include "TestSupport.h"

#include "core/Clock.h"
#include "core/IntegrityCheck.h"
#include "core/Translation.h"
#include "core/WorkbookCreation.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Bundle.h"
#include "core/sync/BundleCheck.h"
#include "core/sync/ItemKinds.h"
#include "core/sync/Items.h"
#include "core/sync/Merge.h"
#include "core/sync/Sync.h"

#include <QDir>
#include <QLocale>

using namespace qdf;
using namespace qdf::test;
using translation::State;

namespace {

const Language En = Language::English;
const Language Cy = Language::Welsh;

const QString kVisitsEn = QStringLiteral("Nurses visit on weekdays between nine and five.");
const QString kVisitsCy = QStringLiteral("Mae nyrsys yn ymweld ar ddyddiau'r wythnos rhwng naw a phump.");

QDateTime day(int d)
{
    return QDateTime(QDate(2027, 3, d), QTime(10, 0), Qt::UTC);
}

State stateOf(const Bilingual &texts, Language l)
{
    return translation::stateOf(texts, l);
}

qint64 sectionIdOf(Workbook &wb, const char *key)
{
    return need(SectionStore(wb).byKey(QLatin1String(key))).id;
}

Question question(Workbook &wb, const char *section, const char *key)
{
    return need(SectionStore(wb).question(QLatin1String(section), QLatin1String(key)));
}

Bilingual answerTexts(Workbook &wb, qint64 questionId)
{
    const auto a = need(AnswerStore(wb).current(questionId));
    REQUIRE(a);
    return a->texts;
}

} // namespace

TEST_CASE("The rule: a language written beside another is not yet marked, and once marked an edit of one puts the other out of date", "[translation]")
{
    Bilingual t = translation::edited({}, En, {}, kVisitsEn, day(1));
    CHECK(stateOf(t, En) == State::Only);
    CHECK(stateOf(t, Cy) == State::Missing);

    t = translation::edited(t, Cy, {}, QStringLiteral("Mae nyrsys"), day(2));
    CHECK(stateOf(t, Cy) == State::NotMarked);
    CHECK(stateOf(t, En) == State::UpToDate);  // the English is what the Welsh is being made from
    // Typing on at the translation (saved at each pause) never puts the English out of date.
    t = translation::edited(t, Cy, {}, kVisitsCy, day(2));
    CHECK(stateOf(t, Cy) == State::NotMarked);
    CHECK(stateOf(t, En) == State::UpToDate);

    t = translation::markedTranslated(t);
    CHECK(stateOf(t, Cy) == State::UpToDate);
    CHECK(stateOf(t, En) == State::UpToDate);
    CHECK_FALSE(translation::needsAttention(t));

    // The English changes: the Welsh is out of date, and says since when.
    const Bilingual marked = t;
    t = translation::edited(t, En, {}, kVisitsEn + QStringLiteral(" Weekends too."), day(3));
    CHECK(stateOf(t, Cy) == State::OutOfDate);
    CHECK(stateOf(t, En) == State::UpToDate);
    CHECK(translation::describe(t, Cy, QLocale(QLocale::English, QLocale::UnitedKingdom))
          == QStringLiteral("Welsh out of date: the English changed on 3 March 2027"));
    // Work on the Welsh while it is behind is translation: the English stays in step with it.
    t = translation::edited(t, Cy, {}, kVisitsCy + QStringLiteral(" Penwythnosau hefyd."), day(4));
    CHECK(stateOf(t, Cy) == State::OutOfDate);
    CHECK(stateOf(t, En) == State::UpToDate);
    t = translation::markedTranslated(t);
    CHECK(stateOf(t, Cy) == State::UpToDate);

    // And the reverse: the Welsh changes on its own, the English is out of date.
    t = translation::edited(t, Cy, {}, kVisitsCy + QStringLiteral(" Bob dydd."), day(5));
    CHECK(stateOf(t, En) == State::OutOfDate);
    CHECK(stateOf(t, Cy) == State::UpToDate);
    CHECK(translation::describe(t, En, QLocale(QLocale::English, QLocale::UnitedKingdom))
          == QStringLiteral("English out of date: the Welsh changed on 5 March 2027"));

    // An edit undone puts the state back with the words (versions are the words, not counters).
    const Bilingual undone = translation::edited(translation::edited(marked, En, {}, QStringLiteral("changed"), day(6)), En, {},
                                                 kVisitsEn, day(7));
    CHECK(stateOf(undone, Cy) == State::UpToDate);

    // Versions are of the words as sync compares them: a Windows line end changes nothing.
    CHECK(translation::versionOf({{}, QStringLiteral("a\r\nb"), {}, {}}) == translation::versionOf({{}, QStringLiteral("a\nb"), {}, {}}));
    // Emptied, a language is gone, and the other stands alone.
    const Bilingual gone = translation::edited(marked, Cy, {}, QString(), day(8));
    CHECK(stateOf(gone, Cy) == State::Missing);
    CHECK(stateOf(gone, En) == State::Only);
}

TEST_CASE("An answer in two languages: each version is of one language, the state follows every edit, restore and mark", "[translation]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("master.qdf")));
    const Question q = question(*wb, "activities", "reason");
    AnswerStore answers(*wb);

    need(answers.set(q.id, QStringLiteral("Fewer people wait at home.")));
    need(answers.setIn(q.id, Cy, QStringLiteral("Mae llai o bobl yn aros gartref.")));
    auto a = *need(answers.current(q.id));
    CHECK(a.language == En);  // first written in English
    CHECK(a.text == QStringLiteral("Fewer people wait at home."));
    CHECK(a.version == 2);
    CHECK(stateOf(a.texts, Cy) == State::NotMarked);

    need(answers.markTranslated(q.id));
    CHECK(need(answers.current(q.id))->version == 2);  // marking is no new version of the words
    CHECK(stateOf(answerTexts(*wb, q.id), Cy) == State::UpToDate);

    need(answers.set(q.id, QStringLiteral("Fewer people wait at home for a visit.")));
    CHECK(stateOf(answerTexts(*wb, q.id), Cy) == State::OutOfDate);
    CHECK(stateOf(answerTexts(*wb, q.id), En) == State::UpToDate);

    const auto history = need(answers.history(q.id));
    REQUIRE(history.size() == 3);
    CHECK(history[0].language == En);
    CHECK(history[1].language == Cy);
    CHECK(history[1].text == QStringLiteral("Mae llai o bobl yn aros gartref."));

    // Restoring the first English version brings the English back, and with it the Welsh's state.
    need(answers.restore(q.id, 1));
    a = *need(answers.current(q.id));
    CHECK(a.texts.english.body == QStringLiteral("Fewer people wait at home."));
    CHECK(a.texts.welsh.body == QStringLiteral("Mae llai o bobl yn aros gartref."));
    CHECK(stateOf(a.texts, Cy) == State::UpToDate);
    CHECK(checkIntegrity(*wb).isEmpty());

    // An answer written in Welsh alone carries its language.
    const Question other = question(*wb, "activities", "work-undertaken");
    need(answers.setIn(other.id, Cy, QStringLiteral("Cynllun peilot yng Nghwm Afon.")));
    a = *need(answers.current(other.id));
    CHECK(a.language == Cy);
    CHECK(a.text == QStringLiteral("Cynllun peilot yng Nghwm Afon."));
    CHECK(stateOf(a.texts, En) == State::Missing);
    CHECK(checkIntegrity(*wb).isEmpty());
}

TEST_CASE("A Schedule in two languages: a version holds both, marking adds none, a signed-off one is read-only in either", "[translation]")
{
    Folder folder;
    auto master = newMaster(folder.path(QStringLiteral("master.qdf")));
    ScheduleStore store(*master);
    const Schedule added = need(store.add(sectionIdOf(*master, "activities"), QStringLiteral("Visits"), kVisitsEn));
    need(store.editIn(added.uuid, Cy, QStringLiteral("Ymweliadau"), kVisitsCy));
    need(store.markTranslated(added.uuid));
    Schedule s = need(store.find(added.uuid));
    CHECK(s.version == 2);
    CHECK(s.title == QStringLiteral("Visits"));
    CHECK(s.texts.welsh.title == QStringLiteral("Ymweliadau"));
    CHECK(stateOf(s.texts, Cy) == State::UpToDate);

    // Several edits of each language: the older versions keep both bodies, as deltas.
    for (int i = 1; i <= 3; ++i) {
        need(store.edit(added.uuid, QStringLiteral("Visits"), kVisitsEn + QStringLiteral(" Change %1.").arg(i)));
        need(store.editIn(added.uuid, Cy, QStringLiteral("Ymweliadau"), kVisitsCy + QStringLiteral(" Newid %1.").arg(i)));
    }
    const auto versions = need(store.versions(added.uuid));
    REQUIRE(versions.size() == 8);
    CHECK(versions[0].texts.welsh.body == kVisitsCy + QStringLiteral(" Newid 3."));
    CHECK(versions[1].texts.welsh.body == kVisitsCy + QStringLiteral(" Newid 2."));
    CHECK(versions[1].texts.english.body == kVisitsEn + QStringLiteral(" Change 3."));
    CHECK(versions[6].texts.welsh.body == kVisitsCy);
    CHECK(versions[7].texts.welsh.body.isEmpty());
    CHECK(versions[7].texts.english.body == kVisitsEn);
    s = need(store.find(added.uuid));
    // Both were edited in turn, each while the other was out of date: translation work, still to mark.
    CHECK(translation::needsAttention(s.texts));
    need(store.markTranslated(added.uuid));

    // One sitting in the editor is one version, in either language.
    const qint64 sitting = master->info().revision;
    need(store.amendIn(added.uuid, Cy, QStringLiteral("Ymweliadau"), kVisitsCy + QStringLiteral(" Un."), sitting));
    need(store.amendIn(added.uuid, Cy, QStringLiteral("Ymweliadau"), kVisitsCy + QStringLiteral(" Un, dau."), sitting));
    CHECK(need(store.versions(added.uuid)).size() == 9);
    CHECK(need(store.versions(added.uuid))[1].texts.welsh.body == kVisitsCy + QStringLiteral(" Newid 3."));
    CHECK(stateOf(need(store.find(added.uuid)).texts, En) == State::OutOfDate);  // the Welsh changed on its own
    CHECK(checkIntegrity(*master).isEmpty());

    // Signed off in the master and sent: the participant can change neither language, nor mark it.
    need(store.markTranslated(added.uuid));
    need(store.move(added.uuid, Maturity::Ready));
    need(store.sign(added.uuid));
    need(store.move(added.uuid, Maturity::SignedOff));
    auto dafydd = need(createParticipant(folder.path(QStringLiteral("dafydd.qdf")), kParticipant, folder.path(QStringLiteral("master.qdf"))));
    ScheduleStore theirs(*dafydd);
    CHECK(theirs.editIn(added.uuid, Cy, QStringLiteral("Ymweliadau"), QStringLiteral("x")).error().code == Error::Code::NotAllowed);
    // In the master, editing the Welsh of a signed-off Schedule starts a new draft, as the English does.
    need(store.editIn(added.uuid, Cy, QStringLiteral("Ymweliadau"), kVisitsCy));
    CHECK(need(store.find(added.uuid)).maturity == Maturity::Draft);
}

TEST_CASE("A working example in two languages: added in Welsh, translated, its English edited", "[translation]")
{
    Folder folder;
    auto wb = newMaster(folder.path(QStringLiteral("master.qdf")));
    MaterialStore materials(*wb);
    const qint64 activities = sectionIdOf(*wb, "activities");
    const WorkingExample e = need(materials.addExample(activities, QStringLiteral("Rownd gyda'r nos"),
                                                       QStringLiteral("Peilot yng Nghwm Afon."), Cy));
    need(materials.editExampleIn(e.uuid, En, QStringLiteral("Evening round"), QStringLiteral("A pilot in Cwm Afon.")));
    need(materials.markExampleTranslated(e.uuid));
    need(materials.editExample(e.uuid, QStringLiteral("Rownd gyda'r nos"), QStringLiteral("Peilot ledled y sir.")));
    const WorkingExample now = need(materials.examples(activities)).first();
    CHECK(now.language == Cy);
    CHECK(now.texts.english.title == QStringLiteral("Evening round"));
    CHECK(stateOf(now.texts, En) == State::OutOfDate);
    CHECK(stateOf(now.texts, Cy) == State::UpToDate);
    CHECK(materials.editExampleIn(e.uuid, En, QString(), QStringLiteral("words without a title")).error().code
          == Error::Code::InvalidArgument);
}

TEST_CASE("A merge: a change to one language never conflicts with the other, and the states meet", "[translation][sync]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    auto master = newMaster(masterPath);
    ScheduleStore store(*master);
    const QString uuid = need(store.add(sectionIdOf(*master, "activities"), QStringLiteral("Visits"), kVisitsEn)).uuid;
    need(store.editIn(uuid, Cy, QStringLiteral("Ymweliadau"), kVisitsCy));
    need(store.markTranslated(uuid));
    auto dafydd = need(createParticipant(folder.path(QStringLiteral("dafydd.qdf")), kParticipant, masterPath));

    // The master changes the English; Dafydd, meanwhile, the Welsh.
    need(store.edit(uuid, QStringLiteral("Visits"), kVisitsEn + QStringLiteral(" Weekends too.")));
    need(ScheduleStore(*dafydd).editIn(uuid, Cy, QStringLiteral("Ymweliadau"), kVisitsCy + QStringLiteral(" Gyda'r nos hefyd.")));
    const QString bundle = folder.path(QStringLiteral("dafydd.qdfsync"));
    need(sync::SyncStore(*dafydd).exportContribution(bundle));
    const sync::ImportReport r = need(sync::SyncStore(*master).importFile(bundle));
    CHECK(r.count(sync::Outcome::Merged) == 1);
    CHECK(r.count(sync::Outcome::Conflict) == 0);
    const Schedule merged = need(store.find(uuid));
    CHECK(merged.texts.english.body == kVisitsEn + QStringLiteral(" Weekends too."));
    CHECK(merged.texts.welsh.body == kVisitsCy + QStringLiteral(" Gyda'r nos hefyd."));
    // Each changed on its own side since they were in step: each is out of date with the other.
    CHECK(stateOf(merged.texts, Cy) == State::OutOfDate);
    CHECK(stateOf(merged.texts, En) == State::OutOfDate);

    // Both sides mark it translated as they each see it: bookkeeping, never a conflict.
    need(store.markTranslated(uuid));
    need(ScheduleStore(*dafydd).markTranslated(uuid));
    const QString second = folder.path(QStringLiteral("dafydd-2.qdfsync"));
    need(sync::SyncStore(*dafydd).exportContribution(second));
    const sync::ImportReport r2 = need(sync::SyncStore(*master).importFile(second));
    CHECK(r2.count(sync::Outcome::Conflict) == 0);
    CHECK_FALSE(translation::needsAttention(need(store.find(uuid)).texts));  // the master's marks match its words

    // The pure merge, field by field: the state that matches the merged other language wins.
    sync::ItemState base{QStringLiteral("answer:q"), {{QStringLiteral("text"), QStringLiteral("one")},
                                                      {QStringLiteral("textCy"), QStringLiteral("un")}}};
    Bilingual b;
    b.english.body = QStringLiteral("one");
    b.welsh.body = QStringLiteral("un");
    b = translation::markedTranslated(b);
    base.fields.insert(QStringLiteral("enFrom"), b.english.from);
    base.fields.insert(QStringLiteral("cyFrom"), b.welsh.from);
    sync::ItemState ours = base, theirs = base;
    ours.fields.insert(QStringLiteral("text"), QStringLiteral("one two"));  // ours edits the English
    Bilingual t = translation::markedTranslated(translation::edited(b, Cy, {}, QStringLiteral("un dau"), day(9)));
    theirs.fields.insert(QStringLiteral("textCy"), t.welsh.body);  // theirs edits the Welsh and marks it
    theirs.fields.insert(QStringLiteral("enFrom"), t.english.from);
    theirs.fields.insert(QStringLiteral("cyFrom"), t.welsh.from);
    const sync::MergeResult m = sync::mergeItem(base, ours, theirs);
    REQUIRE(m.outcome == sync::Outcome::Merged);
    CHECK(m.result.fields.value(QStringLiteral("text")).toString() == QStringLiteral("one two"));
    CHECK(m.result.fields.value(QStringLiteral("textCy")).toString() == QStringLiteral("un dau"));
    Bilingual result = sync::detail::bilingualOf(m.result, false);
    CHECK(stateOf(result, Cy) == State::OutOfDate);  // their Welsh was of the English before ours changed it
    CHECK(stateOf(result, En) == State::UpToDate);
}

TEST_CASE("An update: the master's English changes and the participant's Welsh shows it out of date, then in step", "[translation][sync]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    auto master = newMaster(masterPath);
    const Question q = question(*master, "activities", "reason");
    need(AnswerStore(*master).set(q.id, QStringLiteral("Fewer people wait.")));
    need(AnswerStore(*master).setIn(q.id, Cy, QStringLiteral("Llai o bobl yn aros.")));
    need(AnswerStore(*master).markTranslated(q.id));
    MaterialStore materials(*master);
    const QString example = need(materials.addExample(sectionIdOf(*master, "activities"), QStringLiteral("Evening round"),
                                                      QStringLiteral("A pilot.")))
                                .uuid;
    need(materials.editExampleIn(example, Cy, QStringLiteral("Rownd gyda'r nos"), QStringLiteral("Peilot.")));
    need(materials.markExampleTranslated(example));
    auto dafydd = need(createParticipant(folder.path(QStringLiteral("dafydd.qdf")), kParticipant, masterPath));

    need(AnswerStore(*master).set(q.id, QStringLiteral("Fewer people wait at home.")));
    need(materials.editExample(example, QStringLiteral("Evening round"), QStringLiteral("A pilot, now county-wide.")));
    const QString update = folder.path(QStringLiteral("update.qdfupdate"));
    need(sync::SyncStore(*master).exportUpdate(update));
    need(sync::SyncStore(*dafydd).importFile(update));
    const Bilingual answer = answerTexts(*dafydd, q.id);
    CHECK(answer.english.body == QStringLiteral("Fewer people wait at home."));
    CHECK(stateOf(answer, Cy) == State::OutOfDate);
    const WorkingExample e = need(MaterialStore(*dafydd).examples(sectionIdOf(*dafydd, "activities"))).first();
    CHECK(e.texts.welsh.title == QStringLiteral("Rownd gyda'r nos"));
    CHECK(stateOf(e.texts, Cy) == State::OutOfDate);

    // The master's translator catches up and marks it: the next update brings the Welsh in step.
    need(AnswerStore(*master).setIn(q.id, Cy, QStringLiteral("Llai o bobl yn aros gartref.")));
    need(AnswerStore(*master).markTranslated(q.id));
    need(materials.markExampleTranslated(example));
    const QString update2 = folder.path(QStringLiteral("update-2.qdfupdate"));
    need(sync::SyncStore(*master).exportUpdate(update2));
    need(sync::SyncStore(*dafydd).importFile(update2));
    CHECK(answerTexts(*dafydd, q.id).welsh.body == QStringLiteral("Llai o bobl yn aros gartref."));
    CHECK_FALSE(translation::needsAttention(answerTexts(*dafydd, q.id)));
    CHECK_FALSE(translation::needsAttention(need(MaterialStore(*dafydd).examples(sectionIdOf(*dafydd, "activities"))).first().texts));
    CHECK(checkIntegrity(*dafydd).isEmpty());

    // A participant's Welsh answer reaches the master as a contribution in Welsh.
    const Question own = question(*dafydd, "activities", "work-undertaken");
    need(AnswerStore(*dafydd).setIn(own.id, Cy, QStringLiteral("Gwaith a wnaed eisoes.")));
    const QString bundle = folder.path(QStringLiteral("dafydd.qdfsync"));
    need(sync::SyncStore(*dafydd).exportContribution(bundle));
    need(sync::SyncStore(*master).importFile(bundle));
    const auto contributions = need(sync::SyncStore(*master).contributions(QStringLiteral("answer:") + own.uuid));
    REQUIRE(contributions.size() == 1);
    CHECK(contributions[0].language == Cy);
    need(sync::SyncStore(*master).useContribution(contributions[0].uuid));
    CHECK(need(AnswerStore(*master).current(own.id))->texts.welsh.body == QStringLiteral("Gwaith a wnaed eisoes."));
}

TEST_CASE("Old bundles still read: items without the Welsh fields are checked, taken in, and hash as before", "[translation][sync]")
{
    // Files made before schema 17, kept in tests/data/signed: an update (sections and questions) and
    // a contribution (an answer and a Schedule).
    bool anyAnswerOrSchedule = false;
    for (const char *name : {"update", "open-contribution"}) {
        const QString path = QStringLiteral(QDF_SOURCE_DIR "/tests/data/signed/%1.qdfsync").arg(QLatin1String(name));
        const sync::Bundle old = need(sync::readBundle(path));
        for (const sync::ItemChange &c : old.changes) {
            CHECK_FALSE(c.state.fields.contains(QStringLiteral("textCy")));
            anyAnswerOrSchedule |= c.state.kind() == QLatin1String("answer") || c.state.kind() == QLatin1String("schedule");
        }
        need(sync::checkChanges(old.changes, old.manifest.kind, old.manifest.author.name, path));
    }
    CHECK(anyAnswerOrSchedule);
    const QString update = QStringLiteral(QDF_SOURCE_DIR "/tests/data/signed/update.qdfsync");
    Folder folder;
    auto joined = need(joinFromUpdate(folder.path(QStringLiteral("nia.qdf")), kParticipant, update));
    CHECK(checkIntegrity(*joined).isEmpty());

    // An English-only item reads with exactly the fields it had, so every base kept before schema 17
    // still compares equal: nothing looks changed that was not.
    auto wb = newMaster(folder.path(QStringLiteral("master.qdf")));
    const Question q = question(*wb, "activities", "reason");
    need(AnswerStore(*wb).set(q.id, QStringLiteral("Fewer people wait.")));
    need(ScheduleStore(*wb).add(sectionIdOf(*wb, "activities"), QStringLiteral("Visits"), kVisitsEn));
    for (const sync::ItemState &s : need(sync::readItems(*wb, {})).values()) {
        if (s.kind() == QLatin1String("answer"))
            CHECK(s.fields.keys() == QStringList{QStringLiteral("text")});
        if (s.kind() == QLatin1String("schedule"))
            CHECK(s.fields.keys()
                  == (QStringList{QStringLiteral("body"), QStringLiteral("maturity"), QStringLiteral("number"), QStringLiteral("section"),
                                  QStringLiteral("title")}));
    }
}
