#include "Generator.h"

#include "core/Sql.h"
#include "core/WorkbookCreation.h"
#include "core/catalyst/CatalystStore.h"
#include "core/review/ReviewStore.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Sync.h"

#include <QDir>
#include <QRandomGenerator>

#include <cstdio>
#include <cstdlib>

namespace qdf::bench {
namespace {

const QStringList kWords = QStringLiteral(
    "care people nurse visit home service team district record plan family carer support health "
    "social community week evening hours referral assessment medicines pressure wound safety review "
    "outcome quality budget staff training contract provider commissioner board patient night "
    "dignity choice independence access waiting times rural travel shared information partner")
                               .split(QLatin1Char(' '));

template <typename T>
T need(Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "qdf-bench: %s: %s\n", what, qPrintable(r.error().message));
        std::exit(2);
    }
    return std::move(r).value();
}

void need(const Status &s, const char *what)
{
    if (!s) {
        std::fprintf(stderr, "qdf-bench: %s: %s\n", what, qPrintable(s.error().message));
        std::exit(2);
    }
}

QString sentence(QRandomGenerator &rng, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << kWords.at(int(rng.bounded(quint32(kWords.size()))));
    out.first()[0] = out.first()[0].toUpper();
    return out.join(QLatin1Char(' ')) + QLatin1Char('.');
}

QString paragraph(QRandomGenerator &rng, int sentences)
{
    QStringList out;
    for (int i = 0; i < sentences; ++i)
        out << sentence(rng, 8 + int(rng.bounded(10u)));
    return out.join(QLatin1Char(' '));
}

// A few paragraphs of Markdown: a heading, paragraphs and a short list.
QString markdownAnswer(QRandomGenerator &rng)
{
    return QStringLiteral("## %1\n\n%2\n\n- %3\n- %4\n\n%5")
        .arg(sentence(rng, 4), paragraph(rng, 4), sentence(rng, 6), sentence(rng, 7), paragraph(rng, 3));
}

// A Schedule of a few pages: numbered sections of paragraphs.
QString scheduleBody(QRandomGenerator &rng)
{
    QStringList parts;
    for (int i = 1; i <= 12; ++i)
        parts << QStringLiteral("### %1. %2\n\n%3").arg(i).arg(sentence(rng, 3), paragraph(rng, 6));
    return parts.join(QStringLiteral("\n\n"));
}

// A participant's edit: one word changed in one paragraph, chosen so that several people touch
// each paragraph (some merge cleanly, some overlap).
QString edited(const QString &body, int participant, int schedule)
{
    QStringList paragraphs = body.split(QStringLiteral("\n\n"));
    const int p = 1 + 2 * ((participant + schedule) % (int(paragraphs.size()) / 2));
    QStringList words = paragraphs[p].split(QLatin1Char(' '));
    const int w = (participant * 7 + schedule * 3) % int(words.size());
    words[w] = QStringLiteral("edited-by-%1").arg(participant);
    paragraphs[p] = words.join(QLatin1Char(' '));
    return paragraphs.join(QStringLiteral("\n\n"));
}

// The generator writes tens of thousands of edits; durability is the program's business, not
// the generator's.
void fast(Workbook &wb)
{
    need(sql::exec(wb.database(), QStringLiteral("PRAGMA synchronous = OFF")), "pragma");
}

} // namespace

Programme generate(const QString &folder, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    Programme p;
    p.folder = folder;
    QDir().mkpath(folder);
    p.master = QDir(folder).filePath(QStringLiteral("master.qdf"));
    QStringList scheduleIds;
    QString roundName = QStringLiteral("Baseline 2026");
    {
        auto master = need(createMaster(p.master, Owner{QStringLiteral("Production team"), QStringLiteral("Afon Vale"), {}},
                                        QStringLiteral("Benchmark programme")),
                           "master");
        fast(*master);
        const auto sections = need(SectionStore(*master).list(), "sections");
        for (int i = 0; i < 10; ++i) {
            const Section &s = sections.at(i % 7);
            scheduleIds << need(ScheduleStore(*master).add(s.id, sentence(rng, 3), scheduleBody(rng)), "schedule").uuid;
        }
        need(catalyst::CatalystStore(*master).addRound(roundName, QStringLiteral("2026-11-01")), "round");
        // The master's own answers: what the Framework publishes.
        for (const Section &s : sections) {
            if (s.kind != SectionKind::Caremore)
                continue;
            for (const Question &q : need(SectionStore(*master).questions(s.id), "questions"))
                need(AnswerStore(*master).set(q.id, markdownAnswer(rng)), "answer");
        }
    }
    const auto &drivers = catalyst::Pack::shipped().drivers;
    const review::Pack &reviews = review::Pack::shipped();
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("Participant %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const QString path = QDir(folder).filePath(QStringLiteral("participant-%1.qdf").arg(i + 1, 3, 10, QLatin1Char('0')));
        auto wb = need(createParticipant(path, Owner{name, QStringLiteral("Organisation %1").arg(i % 9), {}}, p.master), "participant");
        fast(*wb);
        SectionStore sections(*wb);
        for (const Section &s : need(sections.list(), "sections")) {
            if (s.kind != SectionKind::Caremore)
                continue;
            for (const Question &q : need(sections.questions(s.id), "questions"))
                need(AnswerStore(*wb).set(q.id, markdownAnswer(rng)), "answer");
        }
        ScheduleStore schedules(*wb);
        for (int s = 0; s < scheduleIds.size(); ++s) {
            const Schedule x = need(schedules.find(scheduleIds[s]), "schedule");
            need(schedules.edit(x.uuid, x.title, edited(x.body, i, s)), "edit");
        }
        catalyst::CatalystStore catalyst(*wb);
        const catalyst::Round round = need(catalyst.round(roundName), "round");
        for (const auto &d : drivers) {
            for (const auto &e : d.elements)
                need(catalyst.rate(round, name, e.key, 1 + int(rng.bounded(4u))), "rating");
        }
        review::ReviewStore store(*wb);
        for (int r = 0; r < 2; ++r) {
            review::Review draft;
            draft.title = QStringLiteral("%1 review %2").arg(name).arg(r + 1);
            draft.subject = QStringLiteral("Home care contract");
            draft.subjectKind = QStringLiteral("contract");
            draft.model = 1 + r;
            draft.checklists = {QStringLiteral("procurement"), QStringLiteral("contract-management")};
            const review::Review made = need(store.create(draft), "review");
            for (const QString &key : made.checklists) {
                const QStringList scale = review::ratingScale(key);
                for (const auto &item : reviews.checklist(key)->items)
                    need(store.rate(made, review::ItemRef{key, item.key}, scale.at(int(rng.bounded(quint32(scale.size())))),
                                    sentence(rng, 12)),
                         "review rating");
            }
        }
        // The export figure starts from this state each run: a copy before the bundle moves the base.
        const QString pristine = QDir(folder).filePath(QStringLiteral("pristine-%1.qdf").arg(i + 1, 3, 10, QLatin1Char('0')));
        need(sql::exec(wb->database(), QStringLiteral("VACUUM INTO ?"), {pristine}), "copy");
        p.participants << pristine;
        const QString bundle = path + QStringLiteral("sync");
        need(sync::SyncStore(*wb).exportContribution(bundle), "bundle");
        p.bundles << bundle;
    }
    return p;
}

} // namespace qdf::bench
