// qdf person list | export (JSON; the report is qdf-render's) | erase: the people a master's
// records name, everything about one of them, and erasing them (docs/security.md, "Data protection").

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/RenderVerbs.h"

#include "core/SafeText.h"
#include "core/privacy/Erasure.h"
#include "core/privacy/People.h"
#include "core/privacy/PersonExport.h"
#include "core/sync/SharedMaster.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

namespace qdf::cli {
namespace {

using namespace qdf::privacy;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cli", text, disambiguation, n);
}

QJsonObject personJsonOf(const Person &p)
{
    QJsonArray workbooks;
    for (const PersonWorkbook &w : p.workbooks)
        workbooks.append(QJsonObject{{QStringLiteral("id"), w.workbookId},
                                     {QStringLiteral("fingerprint"), w.fingerprint},
                                     {QStringLiteral("trust"), w.trust},
                                     {QStringLiteral("firstSeenAt"), w.firstSeenAt}});
    return QJsonObject{{QStringLiteral("name"), p.name},
                       {QStringLiteral("organisation"), p.organisation},
                       {QStringLiteral("role"), p.role},
                       {QStringLiteral("owner"), p.owner},
                       {QStringLiteral("contributions"), p.contributions},
                       {QStringLiteral("catalystRatings"), p.catalystRatings},
                       {QStringLiteral("signOffs"), p.signOffs},
                       {QStringLiteral("records"), p.records},
                       {QStringLiteral("workbooks"), workbooks}};
}

QString personLine(const Person &p)
{
    QStringList about;
    if (!p.organisation.isEmpty())
        about << p.organisation;
    if (p.owner)
        about << tr("this workbook's owner");
    about << tr("%n contribution(s)", nullptr, p.contributions) << tr("%n Catalyst rating(s)", nullptr, p.catalystRatings)
          << tr("%n sign-off(s)", nullptr, p.signOffs) << tr("named in %n row(s)", nullptr, p.records);
    for (const PersonWorkbook &w : p.workbooks)
        about << (w.fingerprint.isEmpty() ? tr("workbook %1").arg(w.workbookId.left(8))
                                          : tr("workbook %1, key %2").arg(w.workbookId.left(8), w.fingerprint));
    return shownSafely(QStringLiteral("%1  %2").arg(p.name, about.join(QStringLiteral(" · "))), false);
}

// What an erasure removes, anonymises and replaces, in the lines a person reads before and after.
QStringList erasureLines(const ErasureReport &r, const QString &path)
{
    QStringList lines{(r.dryRun ? tr("erasing %1 from %2 would do this:") : tr("erased %1 from %2:")).arg(shownSafely(r.name, false), path)};
    for (const QString &line : describe(r))
        lines << QStringLiteral("  ") + line;
    return lines;
}

QJsonObject erasureJson(const ErasureReport &r)
{
    return QJsonObject{{QStringLiteral("erasure"), r.dryRun ? QJsonValue() : QJsonValue(r.erasureId)},
                       {QStringLiteral("person"), r.name},
                       {QStringLiteral("replacedBy"), r.label},
                       {QStringLiteral("dryRun"), r.dryRun},
                       {QStringLiteral("counts"), r.counts.toJson()},
                       {QStringLiteral("backupsRemoved"), QJsonArray::fromStringList(r.backupsRemoved)},
                       {QStringLiteral("compacted"), r.compacted}};
}

// A person at a terminal says yes; anything else needs --yes.
bool confirmed(const QString &question)
{
    if (::isatty(STDIN_FILENO) != 1 || ::isatty(STDERR_FILENO) != 1)
        return false;
    std::fprintf(stderr, "%s [y/N] ", qUtf8Printable(question));
    std::fflush(stderr);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

int eraseIn(const QString &path, const QString &shownPath, const VerbParser &verb)
{
    auto wb = openOrExit(path);
    ErasureStore erasures(*wb);
    const QString person = verb.positionals().at(1);
    const bool dryRun = verb.parser().isSet(QStringLiteral("dry-run"));
    if (!dryRun && !verb.parser().isSet(QStringLiteral("yes"))) {
        const ErasureReport plan = orExit(*wb, erasures.plan(person));
        for (const QString &line : erasureLines(plan, shownPath))
            std::fprintf(stderr, "%s\n", qUtf8Printable(line));
        if (!confirmed(tr("Erase %1? It cannot be undone.").arg(shownSafely(plan.name, false))))
            return usage(verb.name(), tr("nothing was erased: give --yes to erase without being asked"));
    }
    const ErasureReport r = orExit(*wb, dryRun ? erasures.plan(person) : erasures.erase(person));
    if (verb.json()) {
        writeJson(erasureJson(r));
        return Ok;
    }
    for (const QString &line : erasureLines(r, shownPath))
        out(line);
    return Ok;
}

} // namespace

int personList(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("person list"),
                    tr("the people a workbook's records name (who sent, rated, signed or changed something), with their "
                       "organisation, what they sent and signed, and the workbooks and keys they sent from."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook (the master, usually)."));
    verb.addJsonOption();
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const QVector<Person> everyone = orExit(*wb, people(*wb));
    if (verb.json()) {
        QJsonArray items;
        for (const Person &p : everyone)
            items.append(personJsonOf(p));
        writeJson(QJsonObject{{QStringLiteral("people"), items}});
        return Ok;
    }
    for (const Person &p : everyone)
        out(personLine(p));
    return Ok;
}

int personJson(const VerbParser &verb)
{
    const QString output = requiredOutputOrExit(verb);
    auto wb = openOrExit(verb.positionals().at(0));
    const PersonRecord record = orExit(*wb, personRecord(*wb, verb.positionals().at(1)));
    return writeOutput(output, QJsonDocument(toJson(record)).toJson(QJsonDocument::Indented));
}

int personErase(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("person erase"),
                    tr("erase a person from the master at their request: what they alone made is removed, what the "
                       "programme's record rests on stays under a role (\"a participant, ORGANISATION\"), their name is "
                       "replaced wherever it is written, their workbook is refused from now on, and the master's next "
                       "update erases them from the participants' copies. It cannot be undone; the backups made before "
                       "it are deleted. Without --yes it says what it would do and asks."));
    verb.positional(QStringLiteral("MASTER"), tr("The master workbook."));
    verb.positional(QStringLiteral("PERSON"), tr("Their name as 'qdf person list' shows it, or their participant workbook's id."));
    verb.parser().addOption({QStringLiteral("yes"), tr("Erase without asking.")});
    verb.parser().addOption({QStringLiteral("dry-run"), tr("Only say what erasing would remove and anonymise; change nothing.")});
    verb.parser().addOption({QStringLiteral("via-copy"),
                             tr("Work on a local copy and write the master back whole (automatic on a network share).")});
    verb.addJsonOption();
    verb.parse(arguments);
    const QString path = verb.positionals().at(0);
    if (!verb.parser().isSet(QStringLiteral("via-copy")) && !sync::SharedMaster::isOnNetworkShare(path))
        return eraseIn(path, path, verb);
    // On a network share: a local copy is erased and written back whole (sync/SharedMaster.h).
    auto shared = sync::SharedMaster::checkOut(path);
    if (!shared)
        return fail(path, shared.error());
    int status = Unacceptable;
    try {
        status = eraseIn(shared->workingPath(), path, verb);
    } catch (const ExitRequest &) {
        shared->release();
        throw;
    }
    if (status == Ok && !verb.parser().isSet(QStringLiteral("dry-run"))) {
        if (Status back = shared->checkIn(); !back) {
            shared->release();
            return fail(path, back.error());
        }
    }
    shared->release();
    return status;
}

} // namespace qdf::cli
