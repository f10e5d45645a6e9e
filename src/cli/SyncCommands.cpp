// qdf bundle export | merge | conflicts | resolve | update export | update apply | undo-import

#include "cli/Cli.h"
#include "cli/Commands.h"

#include "core/sync/SharedMaster.h"
#include "core/sync/Sync.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qdf::cli {
namespace {

using namespace qdf::sync;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cli", text, disambiguation, n);
}

// Conflicts wait for a person: a status scripts can tell from success and from refusal.
constexpr int kConflictsWait = 3;

const QCommandLineOption &outputOption = outputFileOption();

QString outputOrExit(const VerbParser &verb, const QString &name)
{
    const QString output = verb.parser().value(outputOption);
    if (output.isEmpty())
        usageExit(name, tr("-o FILE is required"));
    return output;
}

QJsonObject countsJson(const ImportReport &r)
{
    return QJsonObject{{QStringLiteral("file"), r.file},
                       {QStringLiteral("bundle"), r.bundleId},
                       {QStringLiteral("author"), r.author},
                       {QStringLiteral("alreadyImported"), r.alreadyImported},
                       {QStringLiteral("new"), r.count(Outcome::New)},
                       {QStringLiteral("fastForward"), r.count(Outcome::FastForward)},
                       {QStringLiteral("merged"), r.count(Outcome::Merged)},
                       {QStringLiteral("conflicts"), r.count(Outcome::Conflict)},
                       {QStringLiteral("alreadyHad"), r.count(Outcome::AlreadyHad)},
                       {QStringLiteral("held"), r.count(Outcome::Held)},
                       {QStringLiteral("contributions"), r.contributions},
                       {QStringLiteral("backup"), r.backupPath}};
}

QString countsLine(const ImportReport &r)
{
    if (r.alreadyImported)
        return tr("%1: already imported, nothing changed").arg(r.file);
    const QString line = tr("%1 (%2): %3 new, %4 fast-forward, %5 merged, %6 conflicting, %7 already had, %8 contribution(s)")
                             .arg(r.file, r.author)
                             .arg(r.count(Outcome::New))
                             .arg(r.count(Outcome::FastForward))
                             .arg(r.count(Outcome::Merged))
                             .arg(r.count(Outcome::Conflict))
                             .arg(r.count(Outcome::AlreadyHad))
                             .arg(r.contributions);
    if (r.count(Outcome::Held) == 0)
        return line;
    return line + tr(", %n held for a person (a rule forbids applying them here)", nullptr, r.count(Outcome::Held));
}

int takeInPlace(const QString &path, const QStringList &files, bool json);

// Takes the files in one after another (each its own transaction; one backup before the first), prints what
// each did, and says whether conflicts wait.
int takeIn(const QString &path, const QStringList &files, bool json, bool viaCopy)
{
    // On a network share the workbook is never written in place: a local copy takes the files in
    // and goes back whole, unless someone else changed the shared file meanwhile.
    std::optional<SharedMaster> shared;
    if (viaCopy || SharedMaster::isOnNetworkShare(path)) {
        auto out = SharedMaster::checkOut(path);
        if (!out)
            return fail(path, out.error());
        shared = *out;
    }
    const int status = takeInPlace(shared ? shared->workingPath() : path, files, json);
    if (shared && status != Unacceptable) {
        if (Status back = shared->checkIn(); !back)
            return fail(path, back.error());
    }
    if (shared)
        shared->release();
    return status;
}

int takeInPlace(const QString &path, const QStringList &files, bool json)
{
    auto wb = openOrExit(path);
    SyncStore store(*wb);
    QJsonArray reports;
    for (const QString &file : files) {
        const ImportReport r = orExit(*wb, store.importFile(file));
        reports.append(countsJson(r));
        if (!json)
            out(countsLine(r));
    }
    const int open = orExit(*wb, store.openConflictCount());
    if (json)
        writeBytes(QJsonDocument(QJsonObject{{QStringLiteral("imports"), reports}, {QStringLiteral("openConflicts"), open}}).toJson());
    else if (open > 0)
        out(tr("%n conflict(s) or proposal(s) wait for a person: see 'qdf conflicts'", nullptr, open));
    return open > 0 ? kConflictsWait : Ok;
}

int bundleExport(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("bundle export"),
                    tr("write a contribution bundle: everything changed in this participant workbook since its last contribution."));
    verb.positional(QStringLiteral("PATH"), tr("The participant workbook."));
    verb.parser().addOption(outputOption);
    verb.parse(arguments);
    const QString output = outputOrExit(verb, QStringLiteral("bundle export"));
    auto wb = openOrExit(verb.positionals().at(0));
    const Bundle b = orExit(*wb, SyncStore(*wb).exportContribution(output));
    out(tr("%1: %n change(s), contribution %2", nullptr, int(b.changes.size())).arg(output).arg(b.manifest.sequence));
    return Ok;
}

int updateExport(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("update export"), tr("publish an update of the master for its participants."));
    verb.positional(QStringLiteral("MASTER"), tr("The master workbook."));
    verb.parser().addOption(outputOption);
    verb.parse(arguments);
    const QString output = outputOrExit(verb, QStringLiteral("update export"));
    auto wb = openOrExit(verb.positionals().at(0));
    const Bundle b = orExit(*wb, SyncStore(*wb).exportUpdate(output));
    out(tr("%1: master revision %2, %n item(s)", nullptr, int(b.changes.size())).arg(output).arg(b.manifest.newRevision));
    return Ok;
}

} // namespace

int bundleVerb(QStringList arguments)
{
    subverb(arguments, {QStringLiteral("export")});
    return bundleExport(arguments);
}

int updateVerb(QStringList arguments)
{
    const QString sub = subverb(arguments, {QStringLiteral("export"), QStringLiteral("apply")});
    if (sub == QLatin1String("export"))
        return updateExport(arguments);
    VerbParser verb(QStringLiteral("update apply"),
                    tr("apply a master's update: its work comes in, yours stays; where both changed an item the merge "
                       "runs here. Exit status 3 when conflicts wait for you."));
    verb.positional(QStringLiteral("PATH"), tr("The participant workbook."));
    verb.positional(QStringLiteral("FILE"), tr("The update file."));
    verb.parser().addOption({QStringLiteral("json"), tr("Print JSON.")});
    verb.parse(arguments);
    return takeIn(verb.positionals().at(0), {verb.positionals().at(1)},
                  verb.parser().isSet(QStringLiteral("json")), false);
}

int merge(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("merge"),
                    tr("gather contribution bundles into the master: applies what merges cleanly, keeps answers as "
                       "contributions and conflicts for a person. Exit status 3 when conflicts wait."));
    verb.positional(QStringLiteral("MASTER"), tr("The master workbook."));
    verb.repeatedPositional(QStringLiteral("FILE"), tr("Contribution bundles (one or more)."));
    verb.parser().addOption({QStringLiteral("json"), tr("Print JSON.")});
    verb.parser().addOption({QStringLiteral("via-copy"),
                             tr("Work on a local copy and write the master back whole (automatic on a network share).")});
    verb.parse(arguments);
    return takeIn(verb.positionals().at(0), verb.positionals().mid(1),
                  verb.parser().isSet(QStringLiteral("json")), verb.parser().isSet(QStringLiteral("via-copy")));
}

int conflicts(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("conflicts"), tr("the conflicts that wait for a person, with the base and both sides."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption({QStringLiteral("json"), tr("Print JSON.")});
    verb.parser().addOption({QStringLiteral("all"), tr("Also the resolved ones (the conflict log).")});
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const QVector<Conflict> list = orExit(*wb, SyncStore(*wb).conflicts(!verb.parser().isSet(QStringLiteral("all"))));
    QJsonArray items;
    for (const Conflict &c : list) {
        auto side = [](const std::optional<ItemState> &s) { return s ? QJsonValue(toJson(*s)) : QJsonValue(); };
        items.append(QJsonObject{{QStringLiteral("id"), c.uuid},
                                 {QStringLiteral("item"), c.itemId},
                                 {QStringLiteral("reason"), c.reason},
                                 {QStringLiteral("detail"), c.detail},
                                 {QStringLiteral("base"), side(c.base)},
                                 {QStringLiteral("ours"), side(c.ours)},
                                 {QStringLiteral("theirs"), side(c.theirs)},
                                 {QStringLiteral("suggestion"), side(c.suggestion)},
                                 {QStringLiteral("theirAuthor"), c.theirAuthor},
                                 {QStringLiteral("bundle"), c.bundleId},
                                 {QStringLiteral("status"), c.status},
                                 {QStringLiteral("resolution"), c.resolution},
                                 {QStringLiteral("resolvedBy"), c.resolvedBy},
                                 {QStringLiteral("resolvedAt"), c.resolvedAt}});
        if (!verb.parser().isSet(QStringLiteral("json")))
            out(QStringLiteral("%1  %2  %3  %4%5%6")
                    .arg(c.uuid, c.itemId, c.reason, c.theirAuthor,
                         c.status == QLatin1String("open") ? QString() : QStringLiteral("  %1 (%2, %3)").arg(c.status, c.resolution, c.resolvedBy),
                         c.detail.isEmpty() ? QString() : QStringLiteral("\n    ") + c.detail));
    }
    if (verb.parser().isSet(QStringLiteral("json")))
        writeBytes(QJsonDocument(items).toJson());
    return Ok;
}

int resolve(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("resolve"), tr("resolve a conflict: take the base, ours or theirs, or the text of a file."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("CONFLICT"), tr("The conflict's id (see 'qdf conflicts')."));
    verb.parser().addOption({QStringLiteral("take"), tr("base, ours or theirs."), QStringLiteral("SIDE")});
    verb.parser().addOption({QStringLiteral("file"), tr("Resolve with this file's text (UTF-8; - for standard input)."),
                             QStringLiteral("F")});
    verb.parse(arguments);
    const bool byFile = verb.parser().isSet(QStringLiteral("file"));
    if (byFile == verb.parser().isSet(QStringLiteral("take")))
        usageExit(QStringLiteral("resolve"), tr("give either --take base|ours|theirs or --file F"));
    const auto take = byFile ? std::optional<Take>(Take::Edited) : takeFromSlug(verb.parser().value(QStringLiteral("take")));
    if (!take)
        usageExit(QStringLiteral("resolve"), tr("--take must be base, ours or theirs"));
    QString text;
    if (byFile) {
        const QString name = verb.parser().value(QStringLiteral("file"));
        QFile file;
        const bool opened = name == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(name), file.open(QIODevice::ReadOnly));
        if (!opened)
            return fail(name, makeError(Error::Code::Io, file.errorString()));
        text = QString::fromUtf8(file.readAll());
    }
    auto wb = openOrExit(verb.positionals().at(0));
    orExit(*wb, SyncStore(*wb).resolve(verb.positionals().at(1), *take, text));
    return Ok;
}

int undoImport(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("undo-import"), tr("undo the last import (or --bundle ID) as a whole."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parser().addOption({QStringLiteral("bundle"), tr("The bundle's id, to undo an earlier import."), QStringLiteral("ID")});
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    out(tr("undid the import of %1").arg(orExit(*wb, SyncStore(*wb).undoImport(verb.parser().value(QStringLiteral("bundle"))))));
    return Ok;
}

} // namespace qdf::cli
