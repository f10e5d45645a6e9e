// qdf bundle export | merge | conflicts | resolve | update export | update apply | undo-import

#include "cli/Cli.h"
#include "cli/Commands.h"

#include "core/SafeText.h"
#include "core/Search.h"
#include "core/sync/SharedMaster.h"
#include "core/sync/Sync.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <optional>

namespace qdf::cli {
namespace {

using namespace qdf::sync;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cli", text, disambiguation, n);
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
                       {QStringLiteral("backup"), r.backupPath},
                       {QStringLiteral("signer"), QJsonObject{{QStringLiteral("fingerprint"), r.signerFingerprint},
                                                              {QStringLiteral("trust"), r.signerTrust}}},
                       {QStringLiteral("sealed"), r.sealed},
                       {QStringLiteral("anonymous"), r.anonymous},
                       {QStringLiteral("erasures"), r.erasures}};
}

// The line a person reads about who signed a file: a key met for the first time is to be
// confirmed with its owner (trust on first use), an unsigned file said to be one.
QString signerLine(const ImportReport &r, const QString &path)
{
    if (r.signerTrust == QLatin1String("unsigned"))
        return tr("%1: unsigned: nothing proves who made it").arg(r.file);
    if (r.signerTrust == QLatin1String("new") || r.signerTrust == QLatin1String("first-use"))
        return tr("%1: signed by %2's key %3, seen for the first time: confirm the fingerprint with them, then "
                  "'qdf keys accept %4 %3'")
            .arg(r.file, r.author, r.signerFingerprint, path);
    return QString();
}

QString countsLine(const ImportReport &r)
{
    if (r.alreadyImported)
        return tr("%1: already imported, nothing changed").arg(r.file);
    const QString line = tr("%1 (%2): %3 new, %4 fast-forward, %5 merged, %6 conflicting, %7 already had, %8 contribution(s)")
                             .arg(shownSafely(r.file, false), shownSafely(r.author, false))
                             .arg(r.count(Outcome::New))
                             .arg(r.count(Outcome::FastForward))
                             .arg(r.count(Outcome::Merged))
                             .arg(r.count(Outcome::Conflict))
                             .arg(r.count(Outcome::AlreadyHad))
                             .arg(r.contributions);
    QString more;
    if (r.count(Outcome::Held) > 0)
        more += tr(", %n held for a person (a rule forbids applying them here)", nullptr, r.count(Outcome::Held));
    if (r.anonymous)
        more += tr(", sent anonymously");
    if (r.erasures > 0)
        more += tr(", %n person(s) erased from this workbook as the master erased them", nullptr, r.erasures);
    return line + more;
}

// What taking files in came to: the status, and whether the workbook is fit to be written back.
struct Taken {
    int status = Ok;
    bool writeBack = true;
};

// Takes the files in one after another (each its own transaction; one backup before the first)
// and prints what each did. A file that cannot be taken in stops the run: the ones before it stay
// taken in and are reported (in --json too), the ones after it are named as not attempted, and
// the status is the failure's.
Taken takeInPlace(const QString &path, const QStringList &files, const VerbParser &verb, const QString &suffix,
                  const QString &shownPath)
{
    auto wb = openOrExit(path);
    SyncStore store(*wb);
    store.setAllowUnsigned(verb.parser().isSet(QStringLiteral("allow-unsigned")));
    QJsonArray reports;
    QJsonValue failed;
    int status = Ok;
    bool damaged = false;
    qsizetype done = 0;
    Progress progress(int(files.size()));
    // Several files change the same texts one after another: indexed once, after the last.
    std::optional<SearchIndexHold> held;
    if (files.size() > 1)
        held.emplace(*wb);
    for (; done < files.size(); ++done) {
        const QString &file = files.at(done);
        progress.step(int(done), streamName(file, false));
        const auto r = store.importFile(inputPathOrExit(file, suffix));
        progress.clear();
        if (!r) {
            status = failAbout(*wb, r.error(), &damaged);
            failed = QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), r.error().message.simplified()}};
            break;
        }
        reports.append(countsJson(*r));
        if (!verb.json()) {
            out(countsLine(*r));
            // For a person at a terminal, as progress is: stdout keeps one line a file, and scripts
            // read the signer from --json.
            if (const QString line = signerLine(*r, shownPath); !line.isEmpty() && stderrIsTerminal())
                note(line, true);
        }
    }
    if (held) {
        if (Status s = held->release(); !s && status == Ok && !damaged)
            status = failAbout(*wb, s.error(), &damaged);
    }
    const QStringList notAttempted = files.mid(done + 1);
    // A damaged workbook is not asked again (what it holds is in doubt, and the answer is known).
    // Counted, not read: the states of every open conflict are not needed to say how many wait.
    const auto open = damaged ? Result<int>(Error{}) : store.openConflictCount();
    if (!damaged && !open && status == Ok)
        status = failAbout(*wb, open.error(), &damaged);
    const QJsonValue openCount = open ? QJsonValue(*open) : QJsonValue();
    if (verb.json()) {
        QJsonObject doc{{QStringLiteral("imports"), reports}, {QStringLiteral("openConflicts"), openCount}};
        if (!failed.isNull()) {
            doc.insert(QStringLiteral("failed"), failed);
            doc.insert(QStringLiteral("notAttempted"), QJsonArray::fromStringList(notAttempted));
        }
        writeJson(doc);
    } else {
        if (!notAttempted.isEmpty())
            warn(tr("not attempted: %1").arg(notAttempted.join(QStringLiteral(", "))));
        if (open && *open > 0)
            out(tr("%n conflict(s) or proposal(s) wait for a person: see 'qdf conflicts'", nullptr, *open));
    }
    if (status == Ok && open && *open > 0)
        status = ConflictsWait;
    return {status, !damaged && done > 0};
}

// On a network share the workbook is never written in place: a local copy takes the files in
// and goes back whole (what was taken in before a file failed too), unless someone else changed
// the shared file meanwhile.
int takeIn(const QString &path, const QStringList &files, const VerbParser &verb, bool viaCopy, const QString &suffix)
{
    if (files.count(QStringLiteral("-")) > 1)
        usageExit(verb.name(), tr("standard input (-) can be named only once"));
    std::optional<SharedMaster> shared;
    if (viaCopy || SharedMaster::isOnNetworkShare(path)) {
        auto out = SharedMaster::checkOut(path);
        if (!out)
            return fail(path, out.error());
        shared = *out;
    }
    const Taken taken = takeInPlace(shared ? shared->workingPath() : path, files, verb, suffix, path);
    if (shared && taken.writeBack) {
        if (Status back = shared->checkIn(); !back)
            return fail(path, back.error());
    }
    if (shared)
        shared->release();
    return taken.status;
}

// Writes what `exporter` makes to the file -o names or, for -o -, through a temporary file to
// standard output; `summary` is the line for a person (on stderr when stdout carries the file).
int exportTo(const VerbParser &verb, const std::function<Result<Bundle>(Workbook &, const QString &)> &exporter,
             const std::function<QString(const Bundle &, const QString &)> &summary)
{
    const QString output = requiredOutputOrExit(verb);
    auto wb = openOrExit(verb.positionals().at(0));
    const bool toStdout = isStandardStream(output);
    QTemporaryDir folder;
    const QString target = toStdout ? folder.filePath(QStringLiteral("export.qdfsync")) : output;
    const Bundle b = orExit(*wb, exporter(*wb, target));
    if (toStdout) {
        QFile file(target);
        const int status = file.open(QIODevice::ReadOnly) ? writeOutput(output, file.readAll()) : Unacceptable;
        if (status != Ok) {
            // The workbook counts it as sent: keep it where the person can still take it.
            folder.setAutoRemove(false);
            warn(tr("the file is kept at %1").arg(target));
            return status;
        }
    }
    note(summary(b, streamName(output, true)), toStdout);
    return Ok;
}

} // namespace

int bundleExport(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("bundle export"),
                    tr("write a contribution bundle: everything changed in this participant workbook since its last contribution."));
    verb.positional(QStringLiteral("PATH"), tr("The participant workbook."));
    verb.parser().addOption(outputFileOption());
    verb.parser().addOption({QStringLiteral("open"),
                             tr("Do not seal it to the master's key (by default only the production team can read it).")});
    verb.parser().addOption({QStringLiteral("anonymous"),
                             tr("Put your role and organisation in place of your name in everything it carries (still "
                                "signed with this workbook's key, so the master can tell it comes from the same workbook).")});
    verb.parse(arguments);
    const bool sealed = !verb.parser().isSet(QStringLiteral("open"));
    const bool anonymous = verb.parser().isSet(QStringLiteral("anonymous"));
    return exportTo(
        verb,
        [sealed, anonymous](Workbook &wb, const QString &path) { return SyncStore(wb).exportContribution(path, sealed, anonymous); },
        [](const Bundle &b, const QString &output) {
            return tr("%1: %n change(s), contribution %2", nullptr, int(b.changes.size())).arg(output).arg(b.manifest.sequence);
        });
}

int updateExport(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("update export"), tr("publish an update of the master for its participants."));
    verb.positional(QStringLiteral("MASTER"), tr("The master workbook."));
    verb.parser().addOption(outputFileOption());
    verb.parser().addOption({QStringLiteral("seal"),
                             tr("Seal it to the keys of the participants the master has heard from: only they can read it "
                                "(by default it is signed and open, so a new participant can join from it).")});
    verb.parse(arguments);
    const bool sealed = verb.parser().isSet(QStringLiteral("seal"));
    return exportTo(
        verb, [sealed](Workbook &wb, const QString &path) { return SyncStore(wb).exportUpdate(path, sealed); },
        [](const Bundle &b, const QString &output) {
            return tr("%1: master revision %2, %n item(s)", nullptr, int(b.changes.size())).arg(output).arg(b.manifest.newRevision);
        });
}

int updateApply(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("update apply"),
                    tr("apply a master's update: its work comes in, yours stays; where both changed an item the merge "
                       "runs here. Exit status 3 when conflicts wait for you."));
    verb.positional(QStringLiteral("PATH"), tr("The participant workbook."));
    verb.positional(QStringLiteral("FILE"), tr("The update file (- for standard input)."));
    verb.addJsonOption();
    verb.parser().addOption({QStringLiteral("allow-unsigned"),
                             tr("Also take in unsigned files (made before signatures): nothing proves who made them.")});
    verb.parse(arguments);
    return takeIn(verb.positionals().at(0), {verb.positionals().at(1)}, verb, false, QStringLiteral(".qdfupdate"));
}

int merge(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("merge"),
                    tr("gather contribution bundles into the master: applies what merges cleanly, keeps answers as "
                       "contributions and conflicts for a person. Exit status 3 when conflicts wait; a file that "
                       "cannot be taken in stops the merge (those before it stay merged)."));
    verb.positional(QStringLiteral("MASTER"), tr("The master workbook."));
    verb.repeatedPositional(QStringLiteral("FILE"), tr("Contribution bundles (one or more; - for standard input)."));
    verb.addJsonOption();
    verb.parser().addOption({QStringLiteral("via-copy"),
                             tr("Work on a local copy and write the master back whole (automatic on a network share).")});
    verb.parser().addOption({QStringLiteral("allow-unsigned"),
                             tr("Also take in unsigned files (made before signatures): nothing proves who made them.")});
    verb.parse(arguments);
    return takeIn(verb.positionals().at(0), verb.positionals().mid(1), verb, verb.parser().isSet(QStringLiteral("via-copy")),
                  QStringLiteral(".qdfsync"));
}

int conflicts(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("conflicts"), tr("the conflicts that wait for a person, with the base and both sides."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.addJsonOption();
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
        if (!verb.json())
            out(QStringLiteral("%1  %2  %3  %4%5%6")
                    .arg(c.uuid, c.itemId, c.reason, c.theirAuthor,
                         c.status == QLatin1String("open") ? QString() : QStringLiteral("  %1 (%2, %3)").arg(c.status, c.resolution, c.resolvedBy),
                         c.detail.isEmpty() ? QString() : QStringLiteral("\n    ") + c.detail));
    }
    if (verb.json())
        writeJson(verb, QStringLiteral("conflicts"), items);
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
    const QString text = byFile ? textFileOrExit(verb.parser().value(QStringLiteral("file"))) : QString();
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
