// qdf catalyst round add | rate | agree | scores | elements | action add | actions | export (| report, in PublishCommands)

#include "cli/Cli.h"
#include "cli/TableOutput.h"
#include "cli/Commands.h"

#include "core/catalyst/CatalystStore.h"
#include "core/report/CatalystReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace qdf::cli {
namespace {

using namespace qdf::catalyst;

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

const QCommandLineOption roundOption{QStringLiteral("round"), QStringLiteral("The round's name or id."), QStringLiteral("R")};
const QCommandLineOption elementOption{QStringLiteral("element"), QStringLiteral("The element's key (see 'qdf catalyst elements')."),
                                       QStringLiteral("KEY")};
const QCommandLineOption levelOption{QStringLiteral("level"), QStringLiteral("The level, 1-4."), QStringLiteral("N")};
const QCommandLineOption noteOption{QStringLiteral("note"), QStringLiteral("Evidence, or a note of the discussion."),
                                    QStringLiteral("T")};

QJsonObject systemJson(const SystemScore &score)
{
    QJsonArray drivers;
    for (const DriverScore &d : score.drivers) {
        drivers.append(QJsonObject{{QStringLiteral("key"), d.driverKey},
                                   {QStringLiteral("name"), Pack::shipped().driver(d.driverKey)->name},
                                   {QStringLiteral("total"), d.total},
                                   {QStringLiteral("rated"), d.rated},
                                   {QStringLiteral("complete"), d.complete},
                                   {QStringLiteral("band"), d.band ? QJsonValue(bandKey(*d.band)) : QJsonValue()}});
    }
    return {{QStringLiteral("drivers"), drivers},
            {QStringLiteral("averageElementScore"),
             score.averageElementScore ? QJsonValue(*score.averageElementScore) : QJsonValue()},
            {QStringLiteral("weakestDrivers"), QJsonArray::fromStringList(score.weakestDrivers)}};
}

int rateOrAgree(const QStringList &arguments, bool agree)
{
    VerbParser verb(agree ? QStringLiteral("catalyst agree") : QStringLiteral("catalyst rate"),
                    agree ? tr("record the level the group agreed for an element after discussion.")
                          : tr("record a participant's rating of an element."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption(roundOption);
    if (!agree)
        verb.parser().addOption({QStringLiteral("participant"), tr("Who rated."), QStringLiteral("P")});
    verb.parser().addOption(elementOption);
    verb.parser().addOption(levelOption);
    verb.parser().addOption(noteOption);
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    CatalystStore store(*wb);
    const Round round = orExit(*wb, store.round(verb.parser().value(roundOption)));
    const QString element = verb.parser().value(elementOption);
    // "2.5" or "three" is not a level: say so, rather than read it as 0.
    bool whole = false;
    const QString given = verb.parser().value(levelOption);
    const int level = given.trimmed().toInt(&whole);
    if (!whole)
        failExit(*wb, makeError(Error::Code::NotAllowed, tr("--level %1 is not a level: give 1, 2, 3 or 4").arg(given)));
    const QString note = verb.parser().value(noteOption);
    orExit(*wb, agree ? store.agree(round, element, level, note)
                      : store.rate(round, verb.parser().value(QStringLiteral("participant")), element, level, note));
    return Ok;
}

QJsonObject actionJson(const Action &a)
{
    QJsonArray points;
    for (const ReviewPoint &p : a.reviewPoints)
        points.append(QJsonObject{{QStringLiteral("due"), p.due},
                                  {QStringLiteral("expected"), p.expected},
                                  {QStringLiteral("achieved"), p.achieved},
                                  {QStringLiteral("learning"), p.learning}});
    return {{QStringLiteral("id"), a.uuid},
            {QStringLiteral("subject"), a.subjectKey},
            {QStringLiteral("subjectName"), Pack::shipped().subjectName(a.subjectKey)},
            {QStringLiteral("achieve"), a.achieve},
            {QStringLiteral("soThat"), a.soThat},
            {QStringLiteral("steps"), QJsonArray::fromStringList(a.steps)},
            {QStringLiteral("byWhen"), a.byWhen},
            {QStringLiteral("involving"), a.involving},
            {QStringLiteral("criticality"), a.criticality},
            {QStringLiteral("resources"), a.resources},
            {QStringLiteral("purpose"), a.purpose},
            {QStringLiteral("lead"), a.lead},
            {QStringLiteral("support"), a.support},
            {QStringLiteral("difference"), a.difference},
            {QStringLiteral("reviewPoints"), points}};
}

} // namespace

int catalystRoundAdd(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("catalyst round add"), tr("start a dated round of the self-assessment; prints its id."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("NAME"), tr("The round's name, e.g. \"Spring 2027\"."));
    verb.parser().addOption({QStringLiteral("date"), tr("Date completed, YYYY-MM-DD."), QStringLiteral("YYYY-MM-DD")});
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    out(orExit(*wb, CatalystStore(*wb).addRound(verb.positionals().at(1), verb.parser().value(QStringLiteral("date")))).uuid);
    return Ok;
}

int catalystScores(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("catalyst scores"), tr("driver totals and bands of a round: agreed, and per participant."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption(roundOption);
    verb.addJsonOption();
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    CatalystStore store(*wb);
    const Round round = orExit(*wb, store.round(verb.parser().value(roundOption)));
    const SystemScore agreed = scoreSystem(Pack::shipped(), orExit(*wb, store.agreed(round)));
    const auto byParticipant = orExit(*wb, store.ratingsByParticipant(round));
    if (!verb.json()) {
        for (const DriverScore &d : agreed.drivers) {
            out(QStringLiteral("%1 %2 %3").arg(Pack::shipped().driver(d.driverKey)->name.leftJustified(36))
                    .arg(d.total, 3)
                    .arg(d.band ? Pack::shipped().levelTitles[*d.band - 1] : tr("incomplete (%1 of 5 rated)").arg(d.rated)));
        }
        return Ok;
    }
    QJsonArray participants;
    for (auto it = byParticipant.cbegin(); it != byParticipant.cend(); ++it) {
        QJsonObject p = systemJson(scoreSystem(Pack::shipped(), it.value()));
        p.insert(QStringLiteral("name"), it.key());
        participants.append(p);
    }
    const QJsonObject doc{{QStringLiteral("round"), QJsonObject{{QStringLiteral("id"), round.uuid},
                                                                {QStringLiteral("name"), round.name},
                                                                {QStringLiteral("date"), round.completedOn}}},
                          {QStringLiteral("agreed"), systemJson(agreed)},
                          {QStringLiteral("participants"), participants}};
    writeJson(doc);
    return Ok;
}

int catalystElements(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("catalyst elements"), tr("the drivers and elements of the self-assessment, with their keys."));
    verb.addJsonOption();
    verb.parse(arguments);
    const Pack &pack = Pack::shipped();
    notePackLanguage(pack.language);
    QJsonArray drivers;
    for (const Driver &d : pack.drivers) {
        QJsonArray els;
        for (const Element &e : d.elements) {
            els.append(QJsonObject{{QStringLiteral("key"), e.key}, {QStringLiteral("name"), e.name}});
            if (!verb.json())
                out(QStringLiteral("%1  %2").arg(e.key.leftJustified(36), e.name));
        }
        drivers.append(QJsonObject{{QStringLiteral("key"), d.key}, {QStringLiteral("name"), d.name}, {QStringLiteral("elements"), els}});
    }
    if (verb.json())
        writePackJson(verb, QStringLiteral("drivers"), drivers, pack.language);
    return Ok;
}

int catalystActionAdd(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("catalyst action add"),
                    tr("add an action to a round's action plan; prints its id."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption(roundOption);
    verb.parser().addOption({QStringLiteral("subject"), tr("The driver or element it improves (a key)."), QStringLiteral("KEY")});
    verb.parser().addOption({QStringLiteral("achieve"), tr("We need to achieve..."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("so-that"), tr("So that we can..."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("step"), tr("By doing... (up to three, in order)."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("by-when"), tr("By when..."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("involving"), tr("Involving..."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("criticality"), tr("How critical, how well."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("resources"), tr("Resources needed..."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("lead"), tr("Lead person for delivery."), QStringLiteral("T")});
    verb.parse(arguments);
    if (verb.parser().values(QStringLiteral("step")).size() > 3)
        usageExit(QStringLiteral("catalyst action add"), tr("at most three --step"));
    auto wb = openOrExit(verb.positionals().at(0));
    CatalystStore store(*wb);
    const Round round = orExit(*wb, store.round(verb.parser().value(roundOption)));
    Action a;
    a.subjectKey = verb.parser().value(QStringLiteral("subject"));
    a.achieve = verb.parser().value(QStringLiteral("achieve"));
    a.soThat = verb.parser().value(QStringLiteral("so-that"));
    a.steps = verb.parser().values(QStringLiteral("step"));
    a.byWhen = verb.parser().value(QStringLiteral("by-when"));
    a.involving = verb.parser().value(QStringLiteral("involving"));
    a.criticality = verb.parser().value(QStringLiteral("criticality"));
    a.resources = verb.parser().value(QStringLiteral("resources"));
    a.lead = verb.parser().value(QStringLiteral("lead"));
    out(orExit(*wb, store.addAction(round, a)).uuid);
    return Ok;
}

int catalystActions(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("catalyst actions"), tr("a round's action plan."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption(roundOption);
    verb.addJsonOption();
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    CatalystStore store(*wb);
    const auto plan = orExit(*wb, store.actions(orExit(*wb, store.round(verb.parser().value(roundOption)))));
    QJsonArray list;
    for (const Action &a : plan) {
        list.append(actionJson(a));
        if (!verb.json())
            out(QStringLiteral("%1  %2 — %3").arg(a.uuid, Pack::shipped().subjectName(a.subjectKey), a.achieve));
    }
    if (verb.json())
        writeJson(verb, QStringLiteral("actions"), list);
    return Ok;
}

int catalystExport(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("catalyst export"),
                    tr("a round's final scores, group view or action plan as CSV (UTF-8) or XLSX."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption(roundOption);
    verb.parser().addOption({QStringLiteral("table"), tr("final-scores, group or action-plan."), QStringLiteral("T")});
    verb.parser().addOption({QStringLiteral("anonymous"), tr("Name participants Person A, B, ... in the group view.")});
    addTableOutputOptions(verb.parser());
    verb.parse(arguments);
    const auto table = report::catalystTableFromSlug(verb.parser().value(QStringLiteral("table")));
    if (!table)
        usageExit(QStringLiteral("catalyst export"), tr("--table must be final-scores, group or action-plan"));
    const auto format = tableFormatOrExit(verb.parser(), QStringLiteral("catalyst export"));
    auto wb = openOrExit(verb.positionals().at(0));
    const QString round = verb.parser().value(roundOption);
    const auto rows = orExit(*wb, report::catalystTable(*wb, round, *table, verb.parser().isSet(QStringLiteral("anonymous"))));
    return writeTable(verb.parser(), *wb, rows, format, QStringLiteral("%1 %2").arg(round, report::catalystTableSlug(*table)));
}

int catalystRate(const QStringList &arguments)
{
    return rateOrAgree(arguments, false);
}

int catalystAgree(const QStringList &arguments)
{
    return rateOrAgree(arguments, true);
}

} // namespace qdf::cli
