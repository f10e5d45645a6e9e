// qdf schedule add | edit | move | sign | list

#include "cli/Cli.h"
#include "cli/Commands.h"

#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qdf::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int add(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("schedule add"), tr("add a draft Schedule to a section; prints its id."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption({QStringLiteral("section"), tr("The section's key."), QStringLiteral("KEY")});
    verb.parser().addOption({QStringLiteral("title"), tr("The Schedule's title."), QStringLiteral("T")});
    addTextOptions(verb.parser());
    if (!verb.parse(arguments))
        return Usage;
    int code = Ok;
    const auto body = readText(verb.parser(), QStringLiteral("schedule add"), code);
    if (!body)
        return code;
    auto wb = open(verb.positionals().at(0), code);
    if (!wb)
        return code;
    auto section = SectionStore(*wb).byKey(verb.parser().value(QStringLiteral("section")));
    if (!section)
        return fail(wb->path(), section.error());
    auto added = ScheduleStore(*wb).add(section->id, verb.parser().value(QStringLiteral("title")), *body);
    if (!added)
        return fail(wb->path(), added.error());
    out(added->uuid);
    return Ok;
}

int edit(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("schedule edit"), tr("save a new version of a Schedule's body (and title)."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("ID"), tr("The Schedule's id or number."));
    verb.parser().addOption({QStringLiteral("title"), tr("A new title."), QStringLiteral("T")});
    addTextOptions(verb.parser());
    if (!verb.parse(arguments))
        return Usage;
    int code = Ok;
    const auto body = readText(verb.parser(), QStringLiteral("schedule edit"), code);
    if (!body)
        return code;
    auto wb = open(verb.positionals().at(0), code);
    if (!wb)
        return code;
    ScheduleStore store(*wb);
    auto found = store.find(verb.positionals().at(1));
    if (!found)
        return fail(wb->path(), found.error());
    const QString title = verb.parser().isSet(QStringLiteral("title")) ? verb.parser().value(QStringLiteral("title"))
                                                                      : found->title;
    auto edited = store.edit(found->uuid, title, *body);
    return edited ? Ok : fail(wb->path(), edited.error());
}

int move(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("schedule move"), tr("move a Schedule to another maturity (only the allowed moves)."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("ID"), tr("The Schedule's id or number."));
    verb.parser().addOption({QStringLiteral("to"), tr("draft, ready, signed-off or adopted."), QStringLiteral("M")});
    if (!verb.parse(arguments))
        return Usage;
    const auto to = maturityFromSlug(verb.parser().value(QStringLiteral("to")));
    if (!to)
        return usage(QStringLiteral("schedule move"), tr("--to must be draft, ready, signed-off or adopted"));
    int code = Ok;
    auto wb = open(verb.positionals().at(0), code);
    if (!wb)
        return code;
    ScheduleStore store(*wb);
    auto found = store.find(verb.positionals().at(1));
    if (!found)
        return fail(wb->path(), found.error());
    auto moved = store.move(found->uuid, *to);
    return moved ? Ok : fail(wb->path(), moved.error());
}

int sign(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("schedule sign"), tr("sign off the current version of a Schedule that is ready "
                                                        "for sign-off, as the workbook's owner."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("ID"), tr("The Schedule's id or number."));
    if (!verb.parse(arguments))
        return Usage;
    int code = Ok;
    auto wb = open(verb.positionals().at(0), code);
    if (!wb)
        return code;
    ScheduleStore store(*wb);
    auto found = store.find(verb.positionals().at(1));
    if (!found)
        return fail(wb->path(), found.error());
    auto signedOff = store.sign(found->uuid);
    return signedOff ? Ok : fail(wb->path(), signedOff.error());
}

int list(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("schedule list"), tr("list the Schedules in QDF Index order."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!verb.parse(arguments))
        return Usage;
    int code = Ok;
    auto wb = open(verb.positionals().at(0), code);
    if (!wb)
        return code;
    auto all = ScheduleStore(*wb).list();
    if (!all)
        return fail(wb->path(), all.error());
    QJsonArray array;
    for (const Schedule &s : *all) {
        array.append(QJsonObject{{QStringLiteral("id"), s.uuid},
                                 {QStringLiteral("number"), s.number},
                                 {QStringLiteral("section"), s.sectionKey},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("maturity"), maturitySlug(s.maturity)},
                                 {QStringLiteral("version"), s.version},
                                 {QStringLiteral("changedBy"), s.change.by},
                                 {QStringLiteral("changedAt"), Clock::format(s.change.at)}});
        if (!verb.parser().isSet(QStringLiteral("json")))
            out(QStringLiteral("%1  %2  %3  (%4, v%5)").arg(s.number.leftJustified(5), s.uuid, s.title,
                                                             maturityTitle(s.maturity)).arg(s.version));
    }
    if (verb.parser().isSet(QStringLiteral("json")))
        writeBytes(QJsonDocument(array).toJson());
    return Ok;
}

} // namespace

int schedule(QStringList arguments)
{
    const QString sub = subverb(arguments, {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("move"),
                                            QStringLiteral("sign"), QStringLiteral("list")});
    if (sub == QLatin1String("add"))
        return add(arguments);
    if (sub == QLatin1String("edit"))
        return edit(arguments);
    if (sub == QLatin1String("move"))
        return move(arguments);
    if (sub == QLatin1String("sign"))
        return sign(arguments);
    if (sub == QLatin1String("list"))
        return list(arguments);
    return Usage;
}

} // namespace qdf::cli
