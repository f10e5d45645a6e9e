// qdf new, info, export, check, search, demo: verbs about a workbook as a whole.

#include "cli/Cli.h"
#include "cli/Commands.h"

#include "core/Demo.h"
#include "core/IntegrityCheck.h"
#include "core/Search.h"
#include "core/WorkbookCreation.h"
#include "core/WorkbookJson.h"
#include "core/i18n/Language.h"
#include "core/stores/SectionStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace qdf::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

int newWorkbook(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("new"),
                    tr("create a workbook: the master of a new programme (--master --programme NAME) or a "
                       "participant workbook of an existing master (--from-master MASTER, or --from-update FILE)."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook file to create (.qdf); it must not exist."));
    auto &p = verb.parser();
    p.addOption({QStringLiteral("owner"), tr("The owner's name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("organisation"), tr("The owner's organisation."), QStringLiteral("ORG")});
    p.addOption({QStringLiteral("role"), tr("The owner's role."), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("master"), tr("Create the master workbook of a new programme.")});
    p.addOption({QStringLiteral("programme"), tr("The new programme's name (with --master)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("from-master"), tr("Create a participant workbook of this master."),
                 QStringLiteral("MASTER")});
    p.addOption({QStringLiteral("from-update"),
                 tr("Create a participant workbook from an update the master published (when the master file cannot travel; "
                    "- for standard input)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("content-lang"),
                 tr("With --master: the language of the Workbook's sections and questions, cy or en (default: the language "
                    "spoken, --lang)."),
                 QStringLiteral("LANG")});
    p.addOption({QStringLiteral("allow-unsigned"),
                 tr("With --from-update: join from an unsigned update (made before signatures), whose origin nothing proves.")});
    verb.parse(arguments);
    const QString path = verb.positionals().at(0);
    const Owner owner{p.value(QStringLiteral("owner")), p.value(QStringLiteral("organisation")),
                      p.value(QStringLiteral("role"))};
    if (owner.name.trimmed().isEmpty())
        usageExit(QStringLiteral("new"), tr("--owner is required"));
    const bool master = p.isSet(QStringLiteral("master"));
    const bool fromMaster = p.isSet(QStringLiteral("from-master"));
    const bool fromUpdate = p.isSet(QStringLiteral("from-update"));
    if (int(master) + int(fromMaster) + int(fromUpdate) != 1)
        usageExit(QStringLiteral("new"), tr("give one of --master, --from-master or --from-update"));
    if (master && p.value(QStringLiteral("programme")).trimmed().isEmpty())
        usageExit(QStringLiteral("new"), tr("--master needs --programme NAME"));
    const QString contentLanguage = p.isSet(QStringLiteral("content-lang")) ? p.value(QStringLiteral("content-lang"))
                                                                            : language::current();
    if (!language::available().contains(contentLanguage))
        usageExit(QStringLiteral("new"), tr("--content-lang %1: the languages are cy and en").arg(contentLanguage));
    if (!master && p.isSet(QStringLiteral("content-lang")))
        usageExit(QStringLiteral("new"), tr("--content-lang goes with --master: a participant's workbook is in its master's language"));
    auto created = master       ? createMaster(path, owner, p.value(QStringLiteral("programme")),
                                               ContentPack::caremore(contentLanguage))
                   : fromMaster ? createParticipant(path, owner, p.value(QStringLiteral("from-master")))
                                : joinFromUpdate(path, owner, inputPathOrExit(p.value(QStringLiteral("from-update")),
                                                                              QStringLiteral(".qdfupdate")),
                                                 Clock::system(), p.isSet(QStringLiteral("allow-unsigned")));
    if (!created)
        return fail(path, created.error());
    return Ok;
}

int info(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("info"), tr("show a workbook's kind, programme, owner, revision and sections."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.addJsonOption();
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const QByteArray json = orExit(*wb, infoJson(*wb));
    if (verb.json()) {
        writeJsonText(json);
        return Ok;
    }
    // The human form reads the same document, so both always agree.
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QJsonObject owner = o.value(QStringLiteral("owner")).toObject();
    out(tr("%1 workbook of \"%2\"").arg(o.value(QStringLiteral("kind")).toString(),
                                       o.value(QStringLiteral("programme")).toObject().value(QStringLiteral("name")).toString()));
    out(tr("Owner: %1, %2, %3").arg(owner.value(QStringLiteral("name")).toString(),
                                   owner.value(QStringLiteral("role")).toString(),
                                   owner.value(QStringLiteral("organisation")).toString()));
    out(tr("Revision %1%2, schema %3%4")
            .arg(o.value(QStringLiteral("revision")).toInteger())
            .arg(o.value(QStringLiteral("baseRevision")).isNull()
                     ? QString()
                     : tr(" (master revision %1)").arg(o.value(QStringLiteral("baseRevision")).toInteger()))
            .arg(o.value(QStringLiteral("schemaVersion")).toInt())
            .arg(wb->isReadOnly() ? tr(", read-only") : QString()));
    out(QString());
    out(QStringLiteral("%1 %2 %3 %4 %5 %6")
            .arg(tr("section").leftJustified(26), tr("answers").rightJustified(9), tr("examples").rightJustified(9),
                 tr("refs").rightJustified(5), tr("schedules").rightJustified(10), tr("title")));
    for (const QJsonValue &v : o.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject s = v.toObject();
        out(QStringLiteral("%1 %2 %3 %4 %5 %6")
                .arg(s.value(QStringLiteral("key")).toString().leftJustified(26))
                .arg(QStringLiteral("%1/%2").arg(s.value(QStringLiteral("answers")).toInt())
                         .arg(s.value(QStringLiteral("questions")).toInt()), 9)
                .arg(s.value(QStringLiteral("workingExamples")).toInt(), 9)
                .arg(s.value(QStringLiteral("referenceMaterials")).toInt(), 5)
                .arg(s.value(QStringLiteral("schedules")).toInt(), 10)
                .arg(s.value(QStringLiteral("title")).toString()));
    }
    return Ok;
}

int exportWorkbook(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("export"), tr("write the whole workbook as one JSON document."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.addJsonOption();
    verb.parser().addOption(outputFileOption());
    verb.parse(arguments);
    if (!verb.json())
        usageExit(QStringLiteral("export"), tr("choose a format: --json"));
    auto wb = openOrExit(verb.positionals().at(0));
    const QByteArray json = orExit(*wb, exportJson(*wb));
    return writeOutput(verb.parser().value(outputFileOption()), json);
}

int check(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("check"), tr("check a workbook's integrity and schema; prints \"ok\" or the problems."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const QStringList problems = checkIntegrity(*wb);
    if (problems.isEmpty()) {
        out(tr("ok"));
        return Ok;
    }
    for (const QString &problem : problems)
        warn(QStringLiteral("%1: %2").arg(wb->path(), problem));
    return Unacceptable;
}

int search(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("search"), tr("full-text search over answers, working examples, Schedules and "
                                                 "reference notes."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("WORDS"), tr("What to find (every word must occur; words match as prefixes)."));
    verb.addJsonOption();
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const auto hits = orExit(*wb, qdf::search(*wb, verb.positionals().at(1)));
    if (verb.json()) {
        QJsonArray array;
        for (const SearchHit &h : hits) {
            array.append(QJsonObject{{QStringLiteral("kind"), searchHitKindSlug(h.kind)},
                                     {QStringLiteral("id"), h.itemUuid},
                                     {QStringLiteral("section"), h.sectionKey},
                                     {QStringLiteral("question"), h.questionKey},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("snippet"), h.snippet}});
        }
        writeJson(verb, QStringLiteral("matches"), array);
        return Ok;
    }
    for (const SearchHit &h : hits)
        out(QStringLiteral("%1  %2  %3\n    %4").arg(h.sectionKey, searchHitKindSlug(h.kind), h.title, h.snippet.simplified()));
    return Ok;
}

int demo(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("demo"), tr("build the demo programme (a master and three participant "
                                               "workbooks, fictional) into FOLDER; prints their paths."));
    verb.positional(QStringLiteral("FOLDER"), tr("Where to put the workbooks; existing ones are kept."));
    verb.parse(arguments);
    auto paths = buildDemo(verb.positionals().at(0));
    if (!paths)
        return fail(verb.positionals().at(0), paths.error());
    for (const QString &path : *paths)
        out(path);
    return Ok;
}

} // namespace qdf::cli
