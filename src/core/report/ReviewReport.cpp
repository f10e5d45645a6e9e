#include "core/report/ReviewReport.h"

#include "core/Csv.h"
#include "core/Workbook.h"
#include "core/report/ActionPlanReport.h"
#include "core/review/ReviewSummary.h"

#include <QCoreApplication>

namespace qdf::report {
namespace {

using namespace qdf::review;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("qdf::report", text, disambiguation, n);
}

// Everything recorded about a review, gathered once for the table and the report.
struct ReviewData {
    Review review;
    QHash<QString, Response> responses;              // by item path
    QHash<QString, QStringList> subQuestions;        // by item path, in order
    QHash<QString, QStringList> evidence;            // file names by item path
    QVector<Action> actions;
    Summary summary;
};

Result<ReviewData> gather(Workbook &workbook, const QString &reviewId)
{
    const ReviewStore store(workbook);
    ReviewData d;
    auto review = store.review(reviewId);
    if (!review)
        return review.error();
    d.review = *review;
    auto responses = store.responses(d.review);
    auto questions = store.subQuestions(d.review);
    auto evidence = store.evidence(d.review);
    auto summary = summarise(store, d.review);
    if (!responses || !questions || !evidence || !summary)
        return !responses ? responses.error() : !questions ? questions.error() : !evidence ? evidence.error() : summary.error();
    for (const Response &r : *responses)
        d.responses.insert(r.item.path(), r);
    for (const SubQuestion &q : *questions)
        d.subQuestions[q.item.path()] << q.text;
    for (const Evidence &e : *evidence)
        d.evidence[e.item.path()] << e.fileName;
    d.summary = *summary;
    d.actions = summary->actions;
    return d;
}

// An item nobody has rated is "not yet reviewed", whatever the checklist's scale starts with.
QString ratingOf(const ReviewData &d, const ItemRef &ref)
{
    const auto found = d.responses.constFind(ref.path());
    return found == d.responses.cend() ? tr("Not yet reviewed") : ratingName(found->rating);
}

QString pbrVerdict(const Summary &summary)
{
    return summary.pbrVerdict ? verdictText(*summary.pbrVerdict) : noVerdictText(summary.pbrUnanswered);
}

QStringList actionsFor(const ReviewData &d, const QString &path)
{
    QStringList lines;
    for (const Action &a : d.actions) {
        if (a.subjectKey == path)
            lines << (a.byWhen.isEmpty() ? a.achieve : tr("%1 (by %2)").arg(a.achieve, a.byWhen));
    }
    return lines;
}

QString bullets(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out << QStringLiteral("• %1").arg(line);
    return out.join(QLatin1Char('\n'));
}

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("procurement"))
        return tr("a procurement exercise");
    if (kind == QLatin1String("contract"))
        return tr("a contract");
    return tr("a commissioning system");
}

// The ratings given, and how many items wait: nothing claimed about an item not yet looked at.
QString countsText(const ChecklistSummary &c)
{
    QStringList parts;
    for (const QString &rating : ratingScale(c.checklistKey)) {
        if (c.counts.value(rating) > 0)
            parts << QStringLiteral("%1 %2").arg(ratingName(rating)).arg(c.counts.value(rating));
    }
    if (c.unanswered > 0)
        parts << tr("not yet reviewed %1").arg(c.unanswered);
    return parts.join(QStringLiteral(" · "));
}

void addChecklist(Report &r, const ReviewData &d, const Checklist &c)
{
    r.add(Block::Kind::Heading, c.name, 2);
    const int model = d.review.model;
    if (c.key == QLatin1String("step-change")) {
        r.add(Block::Kind::Note, tr("Steps from time and task towards model %1, with the guidance for that model.").arg(model));
        QVector<QStringList> rows;
        for (const Item &item : c.items) {
            const ItemRef ref{c.key, item.key};
            rows << QStringList{item.name, item.guidance.value(model), ratingOf(d, ref),
                                d.responses.value(ref.path()).note};
        }
        r.addTable({tr("Step"), tr("Guidance for model %1").arg(model), tr("Status"), tr("Notes")}, rows, {20, 46, 14, 20});
        return;
    }
    if (c.key == QLatin1String("pbr-suitability")) {
        QVector<QStringList> rows;
        for (const Item &item : c.items) {
            const ItemRef ref{c.key, item.key};
            rows << QStringList{item.name, ratingOf(d, ref), d.responses.value(ref.path()).note};
        }
        r.addTable({tr("Feature"), tr("In place?"), tr("Notes")}, rows, {50, 14, 36});
        if (!c.sourceNote.isEmpty())
            r.add(Block::Kind::Note, c.sourceNote);
        r.add(Block::Kind::Paragraph, pbrVerdict(d.summary));
        return;
    }
    QVector<QStringList> rows;
    for (const Item &item : c.items) {
        const ItemRef ref{c.key, item.key};
        QString evidence = d.responses.value(ref.path()).note;
        if (const QStringList q = d.subQuestions.value(ref.path()); !q.isEmpty())
            evidence += (evidence.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Also asked:\n%1").arg(bullets(q));
        if (const QStringList files = d.evidence.value(ref.path()); !files.isEmpty())
            evidence += (evidence.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Evidence: %1").arg(files.join(QStringLiteral(", ")));
        rows << QStringList{item.name, ratingOf(d, ref), evidence};
    }
    r.addTable({tr("Domain"), tr("Rating"), tr("Evidence and notes")}, rows, {24, 16, 60});
}

} // namespace

Result<Table> reviewTable(Workbook &workbook, const QString &reviewId)
{
    auto d = gather(workbook, reviewId);
    if (!d)
        return d.error();
    const Pack &pack = Pack::shipped();
    Table t;
    t.headers = {tr("Checklist"), tr("Item"), tr("Rating"), tr("Evidence notes"), tr("Sub-questions"), tr("Evidence files"),
                 tr("Actions")};
    for (const QString &key : d->review.checklists) {
        const Checklist *c = pack.checklist(key);
        for (const Item &item : c->items) {
            const ItemRef ref{key, item.key};
            t.rows << QStringList{c->name,
                                  item.name,
                                  ratingOf(*d, ref),
                                  d->responses.value(ref.path()).note,
                                  d->subQuestions.value(ref.path()).join(QLatin1Char('\n')),
                                  d->evidence.value(ref.path()).join(QLatin1Char('\n')),
                                  actionsFor(*d, ref.path()).join(QLatin1Char('\n'))};
        }
    }
    return t;
}

Result<QByteArray> reviewCsv(Workbook &workbook, const QString &reviewId)
{
    auto table = reviewTable(workbook, reviewId);
    if (!table)
        return table.error();
    return toCsv(table->headers, table->rows);
}

Result<Report> reviewReport(Workbook &workbook, const QString &reviewId)
{
    auto d = gather(workbook, reviewId);
    if (!d)
        return d.error();
    const Pack &pack = Pack::shipped();
    const Review &rv = d->review;
    const Model *model = pack.model(rv.model);
    Report r;
    r.title = tr("Commissioning review");
    r.runningNote = tr("%1 · %2").arg(workbook.info().programme.name, rv.title);
    r.add(Block::Kind::Title, rv.title);
    r.add(Block::Kind::Subtitle, tr("Commissioning review · %1").arg(workbook.info().programme.name));
    QVector<QStringList> details{{tr("What is reviewed"), rv.subject.isEmpty() ? kindName(rv.subjectKind)
                                                                               : tr("%1 (%2)").arg(rv.subject, kindName(rv.subjectKind))},
                                 {tr("Date"), rv.reviewedOn},
                                 {tr("Reviewers"), rv.reviewers},
                                 {tr("Outcome-based model"), tr("%1. %2").arg(rv.model).arg(model ? model->name : QString())}};
    r.addTable({tr("Review"), QString()}, details, {28, 72});
    if (model && !model->reviewGuidance.isEmpty())
        r.add(Block::Kind::Note, model->reviewGuidance);
    r.add(Block::Kind::Contents, {});

    r.add(Block::Kind::Heading, tr("Summary"));
    QVector<QStringList> counts;
    for (const ChecklistSummary &c : d->summary.checklists)
        counts << QStringList{pack.checklist(c.checklistKey)->name, QString::number(c.items), countsText(c)};
    r.addTable({tr("Checklist"), tr("Items"), tr("Ratings")}, counts, {34, 10, 56});
    if (rv.checklists.contains(QStringLiteral("pbr-suitability")))
        r.add(Block::Kind::Paragraph, pbrVerdict(d->summary));
    r.add(Block::Kind::Heading, tr("Gaps"), 2);
    if (d->summary.gaps.isEmpty()) {
        r.add(Block::Kind::Paragraph, tr("No item is rated Not met or Partly met."));
    } else {
        QVector<QStringList> gaps;
        for (const Gap &g : d->summary.gaps) {
            const QStringList actions = actionsFor(*d, g.item.path());
            gaps << QStringList{pack.subjectName(g.item.path()), ratingName(g.rating), g.note,
                                actions.isEmpty() ? tr("none yet") : bullets(actions)};
        }
        r.addTable({tr("Item"), tr("Rating"), tr("Notes"), tr("Actions")}, gaps, {26, 12, 31, 31});
    }
    const ReviewStore store(workbook);
    const QVector<Review> earlier = earlierReviews(store.reviews().valueOr({}), rv);
    if (!earlier.isEmpty()) {
        r.add(Block::Kind::Heading, tr("Since %1").arg(earlier.first().title), 2);
        const QVector<RatingChange> changes = compare(store, earlier.first(), rv).valueOr({});
        QVector<QStringList> rows;
        for (const RatingChange &c : changes)
            rows << QStringList{pack.subjectName(c.item.path()), ratingName(c.before), ratingName(c.after)};
        if (rows.isEmpty())
            r.add(Block::Kind::Paragraph, tr("No rating has changed."));
        else
            r.addTable({tr("Item"), earlier.first().reviewedOn.isEmpty() ? tr("Before") : earlier.first().reviewedOn,
                        rv.reviewedOn.isEmpty() ? tr("Now") : rv.reviewedOn},
                       rows, {50, 25, 25});
    }

    r.add(Block::Kind::Heading, tr("Checklists"));
    for (const QString &key : rv.checklists)
        addChecklist(r, *d, *pack.checklist(key));

    addActionPlan(r, d->actions,
                  actionPlanTable(d->actions, [&pack](const QString &key) { return pack.subjectName(key); }, tr("Item")));
    return r;
}

} // namespace qdf::report
