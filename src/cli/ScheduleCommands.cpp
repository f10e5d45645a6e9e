// qdf schedule add | edit | move | sign | list

#include "cli/Cli.h"
#include "cli/Commands.h"

#include "core/Translation.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace qdf::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// The verbs about one Schedule take PATH ID.
void scheduleArguments(VerbParser &verb)
{
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("ID"), tr("The Schedule's id or number."));
}

Schedule scheduleOrExit(const Workbook &wb, ScheduleStore &store, const VerbParser &verb)
{
    return orExit(wb, store.find(verb.positionals().at(1)));
}

} // namespace

int scheduleAdd(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("schedule add"), tr("add a draft Schedule to a section; prints its id."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption({QStringLiteral("section"), tr("The section's key."), QStringLiteral("KEY")});
    verb.parser().addOption({QStringLiteral("title"), tr("The Schedule's title."), QStringLiteral("T")});
    addTextOptions(verb.parser());
    addTextLanguageOption(verb.parser());
    verb.parse(arguments);
    const QString body = textOrExit(verb.parser(), QStringLiteral("schedule add"));
    const auto language = textLanguageOrExit(verb.parser(), QStringLiteral("schedule add"));
    auto wb = openOrExit(verb.positionals().at(0));
    const Section section = orExit(*wb, SectionStore(*wb).byKey(verb.parser().value(QStringLiteral("section"))));
    const Language in = language.value_or(translation::fromCode(wb->info().contentLanguage).value_or(Language::English));
    out(orExit(*wb, ScheduleStore(*wb).add(section.id, verb.parser().value(QStringLiteral("title")), body, in)).uuid);
    return Ok;
}

int scheduleEdit(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("schedule edit"), tr("save a new version of a Schedule's body (and title)."));
    scheduleArguments(verb);
    verb.parser().addOption({QStringLiteral("title"), tr("A new title."), QStringLiteral("T")});
    addTextOptions(verb.parser());
    addTextLanguageOption(verb.parser());
    verb.parse(arguments);
    const QString body = textOrExit(verb.parser(), QStringLiteral("schedule edit"));
    const auto language = textLanguageOrExit(verb.parser(), QStringLiteral("schedule edit"));
    auto wb = openOrExit(verb.positionals().at(0));
    ScheduleStore store(*wb);
    const Schedule found = scheduleOrExit(*wb, store, verb);
    const Language in = language.value_or(found.language);
    const QString title = verb.parser().isSet(QStringLiteral("title")) ? verb.parser().value(QStringLiteral("title"))
                                                                      : found.texts.in(in).title;
    orExit(*wb, store.editIn(found.uuid, in, title, body));
    return Ok;
}

int scheduleMove(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("schedule move"), tr("move a Schedule to another maturity (only the allowed moves)."));
    scheduleArguments(verb);
    verb.parser().addOption({QStringLiteral("to"), tr("draft, ready, signed-off or adopted."), QStringLiteral("M")});
    verb.parse(arguments);
    const auto to = maturityFromSlug(verb.parser().value(QStringLiteral("to")));
    if (!to)
        usageExit(QStringLiteral("schedule move"), tr("--to must be draft, ready, signed-off or adopted"));
    auto wb = openOrExit(verb.positionals().at(0));
    ScheduleStore store(*wb);
    orExit(*wb, store.move(scheduleOrExit(*wb, store, verb).uuid, *to));
    return Ok;
}

int scheduleSign(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("schedule sign"), tr("sign off the current version of a Schedule that is ready "
                                                        "for sign-off, as the workbook's owner."));
    scheduleArguments(verb);
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    ScheduleStore store(*wb);
    orExit(*wb, store.sign(scheduleOrExit(*wb, store, verb).uuid));
    return Ok;
}

int scheduleList(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("schedule list"), tr("list the Schedules in QDF Index order."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.addJsonOption();
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const bool json = verb.json();
    QJsonArray array;
    for (const Schedule &s : orExit(*wb, ScheduleStore(*wb).list())) {
        if (!json) {
            out(QStringLiteral("%1  %2  %3  (%4, v%5)").arg(s.number.leftJustified(5), s.uuid, s.title,
                                                             maturityTitle(s.maturity)).arg(s.version));
            continue;
        }
        array.append(QJsonObject{{QStringLiteral("id"), s.uuid},
                                 {QStringLiteral("number"), s.number},
                                 {QStringLiteral("section"), s.sectionKey},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("maturity"), maturitySlug(s.maturity)},
                                 {QStringLiteral("version"), s.version},
                                 {QStringLiteral("changedBy"), s.change.by},
                                 {QStringLiteral("changedAt"), Clock::format(s.change.at)}});
    }
    if (json)
        writeJson(verb, QStringLiteral("schedules"), array);
    return Ok;
}

} // namespace qdf::cli
