// qdf review new | list | rate | summary | checklists | action add | export (| report, in PublishCommands)

#include "cli/Cli.h"
#include "cli/TableOutput.h"
#include "cli/Commands.h"

#include "core/report/ReviewReport.h"
#include "core/review/ReviewPack.h"
#include "core/review/ReviewSummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace qdf::cli {
namespace {

using namespace qdf::review;

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

int reviewChecklists(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("review checklists"), tr("the review checklists and their items, with their keys."));
    verb.addJsonOption();
    verb.parse(arguments);
    const bool json = verb.json();
    const Pack &pack = Pack::shipped();
    notePackLanguage(pack.language);
    QJsonArray lists;
    for (const Checklist &c : pack.checklists) {
        QJsonArray items;
        if (!json)
            out(QStringLiteral("%1  %2").arg(c.key.leftJustified(26), c.name));
        for (const Item &i : c.items) {
            QJsonObject item{{QStringLiteral("key"), i.key}, {QStringLiteral("name"), i.name}};
            if (!i.stageKey.isEmpty())
                item.insert(QStringLiteral("stage"), i.stageKey);
            items.append(item);
            if (!json)
                out(QStringLiteral("  %1  %2").arg(i.key.leftJustified(32), i.name));
        }
        lists.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("name"), c.name}, {QStringLiteral("items"), items}});
    }
    if (json)
        writePackJson(verb, QStringLiteral("checklists"), lists, pack.language);
    return Ok;
}

int reviewNew(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("review new"), tr("start a commissioning review; prints its id."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption({QStringLiteral("title"), tr("The review's title."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("model"), tr("The outcome-based model in use: 1, 2 or 3."), QStringLiteral("N")});
    verb.parser().addOption({QStringLiteral("checklist"), tr("A checklist to use (repeat; see 'qdf review checklists')."),
                             QStringLiteral("KEY")});
    verb.parser().addOption({QStringLiteral("subject"), tr("What is reviewed."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("kind"), tr("procurement, contract or system (default)."), QStringLiteral("K"),
                             QStringLiteral("system")});
    verb.parser().addOption({QStringLiteral("date"), tr("Date of the review, YYYY-MM-DD."), QStringLiteral("YYYY-MM-DD")});
    verb.parser().addOption({QStringLiteral("reviewers"), tr("Who reviews."), QStringLiteral("T")});
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    Review r;
    r.title = verb.parser().value(QStringLiteral("title"));
    r.model = verb.parser().value(QStringLiteral("model")).toInt();
    r.checklists = verb.parser().values(QStringLiteral("checklist"));
    r.subject = verb.parser().value(QStringLiteral("subject"));
    r.subjectKind = verb.parser().value(QStringLiteral("kind"));
    r.reviewedOn = verb.parser().value(QStringLiteral("date"));
    r.reviewers = verb.parser().value(QStringLiteral("reviewers"));
    out(orExit(*wb, ReviewStore(*wb).create(r)).uuid);
    return Ok;
}

int reviewRate(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("review rate"), tr("rate an item of a review's checklists."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("REVIEW"), tr("The review's id or title."));
    verb.positional(QStringLiteral("ITEM"), tr("The item's key, or CHECKLIST/ITEM where two checklists share it."));
    verb.parser().addOption({QStringLiteral("rating"),
                             tr("met, partly-met, not-met, not-applicable or not-reviewed (step-change: not-started, "
                                "in-progress, done, not-applicable; pbr-suitability: yes, no, unsure)."),
                             QStringLiteral("R")});
    verb.parser().addOption({QStringLiteral("note"), tr("Evidence notes."), QStringLiteral("N")});
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    ReviewStore store(*wb);
    const Review review = orExit(*wb, store.review(verb.positionals().at(1)));
    const ItemRef item = orExit(*wb, store.resolveItem(review, verb.positionals().at(2)));
    orExit(*wb, store.rate(review, item, verb.parser().value(QStringLiteral("rating")), verb.parser().value(QStringLiteral("note"))));
    return Ok;
}

int reviewSummary(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("review summary"), tr("counts per rating per checklist, the gaps and the actions."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("REVIEW"), tr("The review's id or title."));
    verb.addJsonOption();
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    ReviewStore store(*wb);
    const Review review = orExit(*wb, store.review(verb.positionals().at(1)));
    const Summary s = orExit(*wb, summarise(store, review));
    QJsonArray lists;
    for (const ChecklistSummary &c : s.checklists) {
        QJsonObject counts;
        for (auto it = c.counts.cbegin(); it != c.counts.cend(); ++it)
            counts.insert(it.key(), it.value());
        lists.append(QJsonObject{{QStringLiteral("key"), c.checklistKey}, {QStringLiteral("items"), c.items},
                                 {QStringLiteral("counts"), counts}, {QStringLiteral("unanswered"), c.unanswered}});
        if (!verb.json()) {
            QStringList parts;
            for (auto it = c.counts.cbegin(); it != c.counts.cend(); ++it)
                parts << QStringLiteral("%1 %2").arg(it.value()).arg(ratingName(it.key()));
            parts << QStringLiteral("%1 unanswered").arg(c.unanswered);
            out(QStringLiteral("%1: %2").arg(c.checklistKey, parts.join(QStringLiteral(", "))));
        }
    }
    QJsonArray gaps;
    for (const Gap &g : s.gaps) {
        QJsonArray ids;
        for (const Action &a : g.actions)
            ids.append(a.uuid);
        gaps.append(QJsonObject{{QStringLiteral("checklist"), g.item.checklistKey}, {QStringLiteral("item"), g.item.itemKey},
                                {QStringLiteral("rating"), g.rating}, {QStringLiteral("note"), g.note},
                                {QStringLiteral("actions"), ids}});
        if (!verb.json())
            out(QStringLiteral("gap: %1 (%2), %3 action(s)").arg(g.item.path(), ratingName(g.rating)).arg(g.actions.size()));
    }
    QJsonArray actions;
    for (const Action &a : s.actions)
        actions.append(QJsonObject{{QStringLiteral("id"), a.uuid}, {QStringLiteral("item"), a.subjectKey},
                                   {QStringLiteral("what"), a.achieve}, {QStringLiteral("who"), a.lead},
                                   {QStringLiteral("byWhen"), a.byWhen}});
    if (verb.json()) {
        QJsonObject doc{{QStringLiteral("review"), QJsonObject{{QStringLiteral("id"), review.uuid},
                                                               {QStringLiteral("title"), review.title},
                                                               {QStringLiteral("model"), review.model}}},
                        {QStringLiteral("checklists"), lists}, {QStringLiteral("gaps"), gaps}, {QStringLiteral("actions"), actions}};
        if (s.pbrVerdict)
            doc.insert(QStringLiteral("pbrVerdict"), *s.pbrVerdict);
        if (review.checklists.contains(QStringLiteral("pbr-suitability")))
            doc.insert(QStringLiteral("pbrUnanswered"), s.pbrUnanswered);
        writeJson(doc);
    } else if (s.pbrVerdict) {
        out(QStringLiteral("Payment by Results: %1").arg(*s.pbrVerdict));
    } else if (review.checklists.contains(QStringLiteral("pbr-suitability"))) {
        out(QStringLiteral("Payment by Results: no verdict yet (%1 unanswered)").arg(s.pbrUnanswered));
    }
    return Ok;
}

int reviewList(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("review list"), tr("the workbook's reviews, oldest first."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.addJsonOption();
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    QJsonArray reviews;
    for (const Review &r : orExit(*wb, ReviewStore(*wb).reviews())) {
        reviews.append(QJsonObject{{QStringLiteral("id"), r.uuid},
                                   {QStringLiteral("title"), r.title},
                                   {QStringLiteral("subject"), r.subject},
                                   {QStringLiteral("kind"), r.subjectKind},
                                   {QStringLiteral("date"), r.reviewedOn},
                                   {QStringLiteral("reviewers"), r.reviewers},
                                   {QStringLiteral("model"), r.model},
                                   {QStringLiteral("checklists"), QJsonArray::fromStringList(r.checklists)}});
        if (!verb.json())
            out(QStringLiteral("%1  %2  model %3  %4").arg(r.uuid, r.reviewedOn.leftJustified(10)).arg(r.model).arg(r.title));
    }
    if (verb.json())
        writeJson(verb, QStringLiteral("reviews"), reviews);
    return Ok;
}

int reviewActionAdd(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("review action add"),
                    tr("add an action for an item of a review to the action plan; prints its id."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("REVIEW"), tr("The review's id or title."));
    verb.positional(QStringLiteral("ITEM"), tr("The item's key, or CHECKLIST/ITEM."));
    verb.parser().addOption({QStringLiteral("what"), tr("What we need to achieve."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("who"), tr("Lead person for delivery."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("by-when"), tr("By when."), QStringLiteral("T")});
    verb.parse(arguments);
    if (verb.parser().value(QStringLiteral("what")).trimmed().isEmpty())
        usageExit(QStringLiteral("review action add"), tr("--what is required"));
    auto wb = openOrExit(verb.positionals().at(0));
    ReviewStore store(*wb);
    const Review review = orExit(*wb, store.review(verb.positionals().at(1)));
    const ItemRef item = orExit(*wb, store.resolveItem(review, verb.positionals().at(2)));
    Action draft;
    draft.achieve = verb.parser().value(QStringLiteral("what"));
    draft.lead = verb.parser().value(QStringLiteral("who"));
    draft.byWhen = verb.parser().value(QStringLiteral("by-when"));
    out(orExit(*wb, store.addAction(review, item, draft)).uuid);
    return Ok;
}

int reviewExport(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("review export"),
                    tr("a review as CSV (UTF-8) or XLSX: every item with rating, notes, sub-questions, evidence files and actions."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("REVIEW"), tr("The review's id or title."));
    addTableOutputOptions(verb.parser());
    verb.parse(arguments);
    const auto format = tableFormatOrExit(verb.parser(), QStringLiteral("review export"));
    auto wb = openOrExit(verb.positionals().at(0));
    const auto rows = orExit(*wb, report::reviewTable(*wb, verb.positionals().at(1)));
    return writeTable(verb.parser(), *wb, rows, format, verb.positionals().at(1));
}

} // namespace qdf::cli
