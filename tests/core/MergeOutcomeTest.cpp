// The whole outcome of one merge, pinned: every item, version, contribution, conflict, proposal
// and author a set of bundles leaves in the master, then what undoing one import in the middle
// leaves. Work on how a merge is done (issue 16: reading, deciding and writing faster) must leave
// all of it as it was; tests/data/merge-outcome.txt is what the program left before that work.
// With QDF_WRITE_MERGE_OUTCOME=FILE set, the test writes what it found there (to look at a diff,
// or, for a change that means to alter an outcome, as the new expected file).

#include "TestSupport.h"

#include "core/Search.h"
#include "core/catalyst/CatalystStore.h"
#include "core/review/ReviewPack.h"
#include "core/review/ReviewStore.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Items.h"
#include "core/sync/Sync.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace qdf;
using namespace qdf::sync;
using namespace qdf::test;

namespace {

const QString kVisits = QStringLiteral(
    "Nurses visit on weekdays between nine and five.\n\n"
    "Every visit is recorded in the shared record by the end of the day.\n\n"
    "Evening visits are arranged through the district team when a carer asks.\n\n"
    "A family may ask for a named nurse at the first visit.");
const QString kTransport = QStringLiteral("Transport to clinics is booked two days ahead.\n\nVolunteer drivers cover the rural areas.");
const QString kNights = QStringLiteral("Night care is provided by the rapid response team.");

// Replaces one word of a text.
QString withWord(const QString &text, const QString &word, const QString &by)
{
    QString out = text;
    const qsizetype at = out.indexOf(word);
    REQUIRE(at >= 0);
    return out.replace(at, word.size(), by);
}

// The programme: a master with three Schedules (one signed off once the participants have their
// copies), a working example and a Catalyst round; six participants whose work meets in every way
// a merge knows (new, fast-forward, a clean word merge, the same change twice, an overlap, a
// deletion against an edit, a maturity moved and a signed Schedule edited: both held back, answers
// kept as contributions, the same answer sent twice), and a second bundle from one of them.
struct Scenario {
    Folder folder;
    QString masterPath = folder.path(QStringLiteral("master.qdf"));
    std::unique_ptr<Workbook> master = newMaster(masterPath);
    QMap<QString, QString> names;  // uuid -> what the outcome calls it (uuids differ from run to run)
    QStringList bundles;
    Schedule visits, transport, nights;
    QString example;

    qint64 section(Workbook &wb, const char *key) { return need(SectionStore(wb).byKey(QLatin1String(key))).id; }
    Question question(Workbook &wb, const char *section, const char *key)
    {
        return need(SectionStore(wb).question(QLatin1String(section), QLatin1String(key)));
    }
    void send(Workbook &wb, const QString &file)
    {
        const QString path = folder.path(file);
        need(SyncStore(wb).exportContribution(path));
        bundles << path;
    }

    Scenario()
    {
        visits = need(ScheduleStore(*master).add(section(*master, "activities"), QStringLiteral("Visits"), kVisits));
        transport = need(ScheduleStore(*master).add(section(*master, "resource-envelope"), QStringLiteral("Transport"), kTransport));
        nights = need(ScheduleStore(*master).add(section(*master, "model-of-care"), QStringLiteral("Nights"), kNights));
        example = need(MaterialStore(*master).addExample(section(*master, "activities"), QStringLiteral("Home visits"),
                                                         QStringLiteral("A visit plan agreed with the family.")))
                      .uuid;
        const catalyst::Round round = need(catalyst::CatalystStore(*master).addRound(QStringLiteral("Baseline"), QString()));
        names[visits.uuid] = QStringLiteral("Visits");
        names[transport.uuid] = QStringLiteral("Transport");
        names[nights.uuid] = QStringLiteral("Nights");
        names[example] = QStringLiteral("Home visits example");
        names[round.uuid] = QStringLiteral("Baseline round");
        for (const Section &s : need(SectionStore(*master).list())) {
            names[s.uuid] = QStringLiteral("section ") + s.key;
            for (const Question &q : need(SectionStore(*master).questions(s.id)))
                names[q.uuid] = s.key + QLatin1Char('/') + q.key;
        }

        const QStringList people{QStringLiteral("Aled"), QStringLiteral("Bethan"), QStringLiteral("Carys"), QStringLiteral("Dafydd"),
                                 QStringLiteral("Eirlys"), QStringLiteral("Ffion")};
        std::vector<std::unique_ptr<Workbook>> wb;
        for (const QString &who : people)
            wb.push_back(need(createParticipant(folder.path(who + QStringLiteral(".qdf")), Owner{who, QStringLiteral("Health board"), {}},
                                                masterPath)));
        // The production team settles the Nights Schedule after the participants took their copies.
        need(ScheduleStore(*master).move(nights.uuid, Maturity::Ready));
        names[need(ScheduleStore(*master).sign(nights.uuid)).uuid] = QStringLiteral("Nights sign-off");
        need(ScheduleStore(*master).move(nights.uuid, Maturity::SignedOff));

        const auto &elements = catalyst::Pack::shipped().drivers.front().elements;
        const auto rate = [&](Workbook &w, const QString &who, int element, int level) {
            catalyst::CatalystStore store(w);
            need(store.rate(need(store.round(QStringLiteral("Baseline"))), who, elements.at(element).key, level));
        };
        const auto edit = [&](Workbook &w, const Schedule &s, const QString &title, const QString &body) {
            need(ScheduleStore(w).edit(s.uuid, title, body));
        };
        const auto answer = [&](Workbook &w, const char *key, const QString &text) {
            need(AnswerStore(w).set(question(w, "activities", key).id, text));
        };

        // Aled: a word in the first paragraph, an answer, ratings, a review, an example of his own.
        Workbook &aled = *wb[0];
        edit(aled, visits, QStringLiteral("Visits"), withWord(kVisits, QStringLiteral("weekdays"), QStringLiteral("every day")));
        answer(aled, "reason", QStringLiteral("People want care close to home."));
        rate(aled, people[0], 0, 2);
        rate(aled, people[0], 1, 3);
        {
            review::ReviewStore reviews(aled);
            review::Review draft;
            draft.title = QStringLiteral("Aled's review");
            draft.subject = QStringLiteral("Home care contract");
            draft.subjectKind = QStringLiteral("contract");
            draft.checklists = {QStringLiteral("procurement")};
            const review::Review made = need(reviews.create(draft));
            names[made.uuid] = made.title;
            const QStringList scale = review::ratingScale(QStringLiteral("procurement"));
            const auto &items = review::Pack::shipped().checklist(QStringLiteral("procurement"))->items;
            for (int i = 0; i < 3; ++i)
                need(reviews.rate(made, {QStringLiteral("procurement"), items.at(i).key}, scale.at(i % scale.size()),
                                  QStringLiteral("Note %1").arg(i)));
        }
        const WorkingExample own = need(MaterialStore(aled).addExample(section(aled, "activities"), QStringLiteral("Aled's example"),
                                                                       QStringLiteral("Shared notes at the door.")));
        names[own.uuid] = own.title;
        send(aled, QStringLiteral("aled-1.qdfsync"));

        // Bethan: a word in the third paragraph (merges with Aled's), Transport moved on, the example edited.
        Workbook &bethan = *wb[1];
        edit(bethan, visits, QStringLiteral("Visits"), withWord(kVisits, QStringLiteral("district"), QStringLiteral("locality")));
        edit(bethan, transport, QStringLiteral("Transport"), withWord(kTransport, QStringLiteral("two"), QStringLiteral("three")));
        need(ScheduleStore(bethan).move(transport.uuid, Maturity::Ready));
        need(MaterialStore(bethan).editExample(example, QStringLiteral("Home visits"), QStringLiteral("A visit plan agreed with the family and the GP.")));
        answer(bethan, "reason", QStringLiteral("Fewer admissions."));
        rate(bethan, people[1], 0, 4);
        send(bethan, QStringLiteral("bethan-1.qdfsync"));

        // Carys: the word Aled changed, changed otherwise (an overlap); the signed Nights edited
        // before her copy knew it was signed; the example deleted (against Bethan's edit).
        Workbook &carys = *wb[2];
        edit(carys, visits, QStringLiteral("Visits"), withWord(kVisits, QStringLiteral("weekdays"), QStringLiteral("weekends")));
        edit(carys, nights, QStringLiteral("Nights"), kNights + QStringLiteral(" A nurse is on call."));
        need(MaterialStore(carys).removeExample(example));
        rate(carys, people[2], 2, 1);
        send(carys, QStringLiteral("carys-1.qdfsync"));

        // Dafydd: Aled's very change, made against the first version; Aled's answer word for word.
        Workbook &dafydd = *wb[3];
        edit(dafydd, visits, QStringLiteral("Visits"), withWord(kVisits, QStringLiteral("weekdays"), QStringLiteral("every day")));
        answer(dafydd, "reason", QStringLiteral("People want care close to home."));
        answer(dafydd, "intended-product", QStringLiteral("A shared plan."));
        send(dafydd, QStringLiteral("dafydd-1.qdfsync"));

        // Eirlys: the title and the last paragraph of Visits; Transport's other paragraph.
        Workbook &eirlys = *wb[4];
        edit(eirlys, visits, QStringLiteral("Home visits"), withWord(kVisits, QStringLiteral("named"), QStringLiteral("known")));
        edit(eirlys, transport, QStringLiteral("Transport"), withWord(kTransport, QStringLiteral("rural"), QStringLiteral("upland")));
        rate(eirlys, people[4], 0, 3);
        send(eirlys, QStringLiteral("eirlys-1.qdfsync"));

        // Ffion: Eirlys's very change to Transport (taken once, both recorded).
        Workbook &ffion = *wb[5];
        edit(ffion, transport, QStringLiteral("Transport"), withWord(kTransport, QStringLiteral("rural"), QStringLiteral("upland")));
        send(ffion, QStringLiteral("ffion-1.qdfsync"));

        // Aled again: a new answer, then his first one again (kept once), a rating changed.
        answer(aled, "reason", QStringLiteral("People want care close to home, and fewer journeys."));
        send(aled, QStringLiteral("aled-2.qdfsync"));
        answer(aled, "reason", QStringLiteral("People want care close to home."));
        rate(aled, people[0], 1, 4);
        send(aled, QStringLiteral("aled-3.qdfsync"));
    }

    // Any uuid in a text by its name, and the clock's times as "(time)".
    QString named(QString text) const
    {
        static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        static const QRegularExpression time(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z"));
        text.replace(time, QStringLiteral("(time)"));
        QRegularExpressionMatch m;
        qsizetype from = 0;
        while ((m = uuid.match(text, from)).hasMatch()) {
            const QString name = names.value(m.captured(0), QStringLiteral("(unnamed)"));
            text.replace(m.capturedStart(), m.capturedLength(), name);
            from = m.capturedStart() + name.size();
        }
        return text;
    }
    QString state(const std::optional<ItemState> &s) const
    {
        if (!s)
            return QStringLiteral("none");
        if (s->deleted)
            return QStringLiteral("deleted by ") + s->author;
        return named(QString::fromUtf8(QJsonDocument(s->fields).toJson(QJsonDocument::Compact))) + QStringLiteral(" by ") + s->author;
    }

    // Everything the master holds that a merge decides, uuids by name, in an order of their own.
    QStringList outcome()
    {
        QStringList lines;
        QStringList items;
        // What contributions carry (the sections and questions are the production team's, untouched).
        for (const ItemState &s : need(readItems(*master, {false, false, {}})))
            items << named(s.id) + QStringLiteral(": ") + state(s) + QStringLiteral("; authors ")
                         + need(SyncStore(*master).authors(s.id)).join(QStringLiteral(", "));
        items.sort();
        lines << items;
        for (const QString &uuid : {visits.uuid, transport.uuid, nights.uuid}) {
            for (const ScheduleVersion &v : need(ScheduleStore(*master).versions(uuid)))
                lines << QStringLiteral("%1 version %2 (%3, %4): %5 | %6")
                             .arg(names[uuid])
                             .arg(v.version)
                             .arg(maturitySlug(v.maturity), v.change.by, v.title, v.body);
        }
        QStringList contributions;
        for (const Contribution &c : need(SyncStore(*master).contributions()))
            contributions << QStringLiteral("contribution to %1 by %2 (%3): %4").arg(named(c.itemId), c.author, c.status, c.text);
        contributions.sort();
        lines << contributions;
        QStringList conflicts;
        for (const Conflict &c : need(SyncStore(*master).conflicts(false)))
            conflicts << QStringLiteral("%1 on %2 from %3 (%4%5): base %6; ours %7; theirs %8; suggestion %9")
                             .arg(c.reason, named(c.itemId), c.theirAuthor, c.status,
                                  c.detail.isEmpty() ? QString() : QStringLiteral(": ") + named(c.detail), state(c.base), state(c.ours),
                                  state(c.theirs), state(c.suggestion));
        conflicts.sort();
        lines << conflicts;
        return lines;
    }
};

QString counts(const ImportReport &r)
{
    return QStringLiteral("%1: new %2, fast-forward %3, merged %4, conflicts %5, already had %6, held %7, contributions %8%9")
        .arg(r.file)
        .arg(r.count(Outcome::New))
        .arg(r.count(Outcome::FastForward))
        .arg(r.count(Outcome::Merged))
        .arg(r.count(Outcome::Conflict))
        .arg(r.count(Outcome::AlreadyHad))
        .arg(r.count(Outcome::Held))
        .arg(r.contributions)
        .arg(r.alreadyImported ? QStringLiteral(" (already imported)") : QString());
}

} // namespace

TEST_CASE("A merge of bundles that meet in every way leaves exactly the outcome pinned before the merge was made faster, and so does undoing one import", "[sync][outcome]")
{
    Scenario p;
    QStringList lines;
    {
        SyncStore store(*p.master);
        for (const QString &file : p.bundles)
            lines << counts(need(store.importFile(file)));
    }
    lines << p.outcome();
    // Taken in again: nothing changes.
    lines << QStringLiteral("again: ") + counts(need(SyncStore(*p.master).importFile(p.bundles.at(1))));
    // Carys's import undone, in the middle of the others.
    lines << QStringLiteral("undone: ") + need(SyncStore(*p.master).undoImport(need(SyncStore(*p.master).read(p.bundles.at(2))).manifest.bundleId));
    lines << p.outcome();
    // And taken in once more: it is a new import now.
    lines << QStringLiteral("once more: ") + counts(need(SyncStore(*p.master).importFile(p.bundles.at(2))));
    lines << p.outcome();

    const QString found = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (const QByteArray out = qgetenv("QDF_WRITE_MERGE_OUTCOME"); !out.isEmpty())
        writeAll(QString::fromLocal8Bit(out), found.toUtf8());
    const QStringList expected = QString::fromUtf8(readAll(QStringLiteral(QDF_SOURCE_DIR "/tests/data/merge-outcome.txt")))
                                     .split(QLatin1Char('\n'));
    const QStringList got = found.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(expected.size(), got.size()); ++i) {
        INFO("line " << i + 1);
        CHECK(got.value(i) == expected.value(i));
    }
}

TEST_CASE("Bundles taken in while the search index is held leave the outcome, the index and every search as taken in one by one", "[sync][outcome][search]")
{
    Scenario one, batch;
    {
        SyncStore store(*one.master);
        for (const QString &file : one.bundles)
            (void)need(store.importFile(file));
    }
    {
        SearchIndexHold hold(*batch.master);
        need(hold.taken());
        SyncStore store(*batch.master);
        for (const QString &file : batch.bundles)
            (void)need(store.importFile(file));
        need(hold.release());
    }
    CHECK(batch.outcome() == one.outcome());
    const auto index = [](const Workbook &wb) {
        QStringList lines;
        auto rows = need(sql::run(wb.database(), QStringLiteral("SELECT rowid, title, body FROM search_index ORDER BY rowid")));
        while (rows.next())
            lines << QStringLiteral("%1 | %2 | %3").arg(rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString());
        for (const char *typed : {"visit", "every day", "locality", "upland", "nurse", "transport three"}) {
            for (const SearchHit &h : need(search(wb, QString::fromUtf8(typed))))
                lines << QStringLiteral("%1: %2 %3 %4").arg(QString::fromUtf8(typed), searchHitKindSlug(h.kind), h.title, h.snippet);
        }
        return lines;
    };
    CHECK(index(*batch.master) == index(*one.master));
    CHECK(index(*batch.master).filter(QStringLiteral("locality")).size() > 1);  // the merged words are found
    CHECK(batch.master->info().revision == one.master->info().revision);
}
