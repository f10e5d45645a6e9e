#include "cli/Verbs.h"

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "core/WorkbookLock.h"

#include <QCoreApplication>

#include <cstdio>

namespace qdf::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void print(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text), stream);
}

// A noun's verbs as one list: a sub-verb that is itself a noun ("catalyst round") shows each of
// its own ("round add").
std::vector<std::pair<QString, const Verb *>> leaves(const Verb &noun)
{
    std::vector<std::pair<QString, const Verb *>> all;
    for (const Verb &sub : noun.subverbs) {
        if (sub.run) {
            all.emplace_back(QString::fromLatin1(sub.name), &sub);
            continue;
        }
        for (const auto &[name, leaf] : leaves(sub))
            all.emplace_back(QStringLiteral("%1 %2").arg(QLatin1String(sub.name), name), leaf);
    }
    return all;
}

QString table(const std::vector<std::pair<QString, const Verb *>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &[name, verb] : rows)
        text += QStringLiteral("  %1  %2\n").arg(name.leftJustified(width), tr(verb->summary));
    return text;
}

QString generalHelp()
{
    std::vector<std::pair<QString, const Verb *>> rows;
    for (const Verb &verb : verbs())
        rows.emplace_back(QString::fromLatin1(verb.name), &verb);
    return tr("Usage: qdf VERB [options] [ARGUMENTS]\n"
              "  or:  qdf help VERB\n"
              "  or:  qdf --version\n\n"
              "The command line of QDF Workbench: create, inspect, edit, check, merge and publish the\n"
              "workbooks (.qdf files) of a CAREMORE programme.\n\n"
              "Verbs:\n")
        + table(rows)
        + tr("\n'qdf help VERB' (or 'qdf VERB --help') describes a verb, 'qdf help --all' every verb.\n"
             "A file named - is standard input or standard output (--file -, -o -, qdf merge MASTER -).\n"
             "--json prints JSON; --json=2 puts every list inside an object (docs/cli.md).\n\n"
             "Exit status:\n"
             "  0  success\n"
             "  1  usage error: unknown verb or option, missing argument, unknown key\n"
             "  2  input not acceptable: a missing, damaged or foreign file, or a rule forbids the change\n"
             "  3  conflicts wait for a person (qdf merge, qdf update apply)\n")
        + tr("\n--lang cy|en speaks Welsh or English (default: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG\n"
             "that names one, else English).\n");
}

QString nounHelp(const Verb &noun, const QString &path)
{
    const QString summary = tr(noun.summary);
    return tr("Usage: %1 SUBVERB [options] [ARGUMENTS]\n\n%2.\n\nSub-verbs:\n").arg(path, summary.left(1).toUpper() + summary.mid(1))
        + table(leaves(noun)) + tr("\n'qdf help %1 SUBVERB' describes one.\n").arg(path.section(QLatin1Char(' '), 1));
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

const Verb *find(const std::vector<Verb> &among, const QString &name)
{
    for (const Verb &verb : among) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

// `path` is what the verb is called ("qdf catalyst round"); `rest` the arguments after it.
int runVerb(const Verb &verb, const QString &path, QStringList rest)
{
    if (verb.run) {
        WorkbookLock::setProgram(path);  // "open in qdf merge by ..." to anyone it keeps out
        rest.prepend(path);
        return verb.run(rest);
    }
    if (rest.isEmpty() || isHelp(rest.first())) {
        print(rest.isEmpty() ? stderr : stdout, nounHelp(verb, path));
        return rest.isEmpty() ? Usage : Ok;
    }
    const Verb *sub = find(verb.subverbs, rest.first());
    if (!sub)
        return usage(path.section(QLatin1Char(' '), 1), tr("unknown sub-verb \"%1\"").arg(rest.first()));
    const QString subPath = QStringLiteral("%1 %2").arg(path, QLatin1String(sub->name));
    return runVerb(*sub, subPath, rest.mid(1));
}

// The help of one verb: a noun's list of sub-verbs, or what the verb's own --help prints.
int helpOf(const QStringList &names)
{
    const std::vector<Verb> *among = &verbs();
    const Verb *verb = nullptr;
    QString path = QStringLiteral("qdf");
    for (const QString &name : names) {
        verb = find(*among, name);
        if (!verb)
            return usage(QStringLiteral("help"), tr("no verb \"%1\" (see 'qdf help')").arg(names.join(QLatin1Char(' '))));
        path += QLatin1Char(' ') + name;
        among = &verb->subverbs;
        if (verb->run)
            break;
    }
    if (!verb->run) {
        print(stdout, nounHelp(*verb, path));
        return Ok;
    }
    try {
        return verb->run({path, QStringLiteral("--help")});
    } catch (const ExitRequest &exit) {
        return exit.status;
    }
}

// Every verb's help after the general help: what the man page's VERBS section is made from.
int helpAll()
{
    print(stdout, generalHelp());
    std::vector<std::pair<QString, const Verb *>> rows;
    for (const Verb &verb : verbs()) {
        if (verb.run) {
            rows.emplace_back(QString::fromLatin1(verb.name), &verb);
            continue;
        }
        for (const auto &[name, leaf] : leaves(verb))
            rows.emplace_back(QStringLiteral("%1 %2").arg(QLatin1String(verb.name), name), leaf);
    }
    for (const auto &[name, verb] : rows) {
        print(stdout, QStringLiteral("\n"));
        std::fflush(stdout);
        if (helpOf(name.split(QLatin1Char(' '))) != Ok)
            return Unacceptable;
    }
    return Ok;
}

} // namespace

const std::vector<Verb> &verbs()
{
    // In the order the help lists them: making and reading workbooks, editing, the programme's
    // documents, the self-assessment and reviews, then the exchange between master and participants.
    static const std::vector<Verb> all{
        {"new", QT_TRANSLATE_NOOP("cli", "create a master or a participant workbook"), newWorkbook, {}},
        {"info", QT_TRANSLATE_NOOP("cli", "show what a workbook is and holds"), info, {}},
        {"export", QT_TRANSLATE_NOOP("cli", "write the whole workbook as JSON"), exportWorkbook, {}},
        {"check", QT_TRANSLATE_NOOP("cli", "check a workbook's integrity and schema"), check, {}},
        {"search", QT_TRANSLATE_NOOP("cli", "full-text search over a workbook"), search, {}},
        {"answer", QT_TRANSLATE_NOOP("cli", "set the answer to a question"), answer, {}},
        {"history", QT_TRANSLATE_NOOP("cli", "list the saved versions of an answer"), history, {}},
        {"example", QT_TRANSLATE_NOOP("cli", "working examples of a section"), nullptr,
         {{"add", QT_TRANSLATE_NOOP("cli", "add a working example to a section"), exampleAdd, {}}}},
        {"reference", QT_TRANSLATE_NOOP("cli", "reference materials of a section"), nullptr,
         {{"add", QT_TRANSLATE_NOOP("cli", "attach a reference file to a section"), referenceAdd, {}}}},
        {"schedule", QT_TRANSLATE_NOOP("cli", "add, edit, move, sign and list Schedules"), nullptr,
         {{"add", QT_TRANSLATE_NOOP("cli", "add a draft Schedule to a section"), scheduleAdd, {}},
          {"edit", QT_TRANSLATE_NOOP("cli", "save a new version of a Schedule"), scheduleEdit, {}},
          {"move", QT_TRANSLATE_NOOP("cli", "move a Schedule to another maturity"), scheduleMove, {}},
          {"sign", QT_TRANSLATE_NOOP("cli", "sign off a Schedule that is ready, as the workbook's owner"), scheduleSign, {}},
          {"list", QT_TRANSLATE_NOOP("cli", "list the Schedules in QDF Index order"), scheduleList, {}}}},
        {"translations", QT_TRANSLATE_NOOP("cli", "the translation state of every text in Welsh, English or both"), translations, {}},
        {"translated", QT_TRANSLATE_NOOP("cli", "mark a text's Welsh and English as saying the same"), translated, {}},
        {"milestone", QT_TRANSLATE_NOOP("cli", "set the status of a Plan on a Page milestone"), milestone, {}},
        {"question", QT_TRANSLATE_NOOP("cli", "the master's questions and explanations: add, edit, explain"), nullptr,
         {{"add", QT_TRANSLATE_NOOP("cli", "add an open question to a section of the master"), questionAdd, {}},
          {"edit", QT_TRANSLATE_NOOP("cli", "revise a question's wording or guidance in the master"), questionEdit, {}},
          {"explain", QT_TRANSLATE_NOOP("cli", "set a section's standard explanation in the master"), questionExplain, {}}}},
        {"publish", QT_TRANSLATE_NOOP("cli", "publish the Framework from the master (pdf, docx, odt, html)"), publish, {}},
        {"print", QT_TRANSLATE_NOOP("cli", "print a workbook (pdf, docx, odt, html)"), print, {}},
        {"catalyst", QT_TRANSLATE_NOOP("cli", "the Catalyst for Change self-assessment: rounds, ratings, scores"), nullptr,
         {{"round", QT_TRANSLATE_NOOP("cli", "rounds of the self-assessment"), nullptr,
           {{"add", QT_TRANSLATE_NOOP("cli", "start a dated round of the self-assessment"), catalystRoundAdd, {}}}},
          {"rate", QT_TRANSLATE_NOOP("cli", "record a participant's rating of an element"), catalystRate, {}},
          {"agree", QT_TRANSLATE_NOOP("cli", "record the level the group agreed for an element"), catalystAgree, {}},
          {"scores", QT_TRANSLATE_NOOP("cli", "driver totals and bands of a round"), catalystScores, {}},
          {"elements", QT_TRANSLATE_NOOP("cli", "the drivers and elements, with their keys"), catalystElements, {}},
          {"action", QT_TRANSLATE_NOOP("cli", "actions of a round's action plan"), nullptr,
           {{"add", QT_TRANSLATE_NOOP("cli", "add an action to a round's action plan"), catalystActionAdd, {}}}},
          {"actions", QT_TRANSLATE_NOOP("cli", "a round's action plan"), catalystActions, {}},
          {"export", QT_TRANSLATE_NOOP("cli", "a round's final scores, group view or action plan as CSV"), catalystExport, {}},
          {"report", QT_TRANSLATE_NOOP("cli", "a round as a report (pdf, docx, odt, html)"), catalystReport, {}}}},
        {"review", QT_TRANSLATE_NOOP("cli", "commissioning reviews: checklists, ratings, summary"), nullptr,
         {{"new", QT_TRANSLATE_NOOP("cli", "start a commissioning review"), reviewNew, {}},
          {"list", QT_TRANSLATE_NOOP("cli", "the reviews, oldest first"), reviewList, {}},
          {"rate", QT_TRANSLATE_NOOP("cli", "rate an item of a review's checklists"), reviewRate, {}},
          {"summary", QT_TRANSLATE_NOOP("cli", "counts per rating, the gaps and the actions"), reviewSummary, {}},
          {"checklists", QT_TRANSLATE_NOOP("cli", "the review checklists and their items, with their keys"), reviewChecklists, {}},
          {"action", QT_TRANSLATE_NOOP("cli", "actions for a review's items"), nullptr,
           {{"add", QT_TRANSLATE_NOOP("cli", "add an action for an item to the action plan"), reviewActionAdd, {}}}},
          {"export", QT_TRANSLATE_NOOP("cli", "a review as CSV"), reviewExport, {}},
          {"report", QT_TRANSLATE_NOOP("cli", "a review as a report (pdf, docx, odt, html)"), reviewReport, {}}}},
        {"workshop", QT_TRANSLATE_NOOP("cli", "a live workshop: participants score from their own phones"), nullptr,
         {{"serve", QT_TRANSLATE_NOOP("cli", "serve a live Catalyst session to phones on the room's network"), workshopServe, {}}}},
        {"bundle", QT_TRANSLATE_NOOP("cli", "a participant's contribution bundle"), nullptr,
         {{"export", QT_TRANSLATE_NOOP("cli", "write what changed since the last contribution"), bundleExport, {}}}},
        {"merge", QT_TRANSLATE_NOOP("cli", "gather contribution bundles into the master"), merge, {}},
        {"conflicts", QT_TRANSLATE_NOOP("cli", "list the conflicts that wait for a person"), conflicts, {}},
        {"resolve", QT_TRANSLATE_NOOP("cli", "resolve a conflict"), resolve, {}},
        {"update", QT_TRANSLATE_NOOP("cli", "publish the master's update, or apply one"), nullptr,
         {{"export", QT_TRANSLATE_NOOP("cli", "publish an update of the master for its participants"), updateExport, {}},
          {"apply", QT_TRANSLATE_NOOP("cli", "apply a master's update to a participant workbook"), updateApply, {}}}},
        {"person", QT_TRANSLATE_NOOP("cli", "the people a master's records name: list, export, erase"), nullptr,
         {{"list", QT_TRANSLATE_NOOP("cli", "the people the master's records name, with what each sent and signed"), personList, {}},
          {"export", QT_TRANSLATE_NOOP("cli", "everything the master holds about a person, as JSON or a report"), personExport, {}},
          {"erase", QT_TRANSLATE_NOOP("cli", "erase a person from the master: their data removed or anonymised"), personErase, {}}}},
        {"undo-import", QT_TRANSLATE_NOOP("cli", "undo an import of a bundle or update"), undoImport, {}},
        {"keys", QT_TRANSLATE_NOOP("cli", "the signing keys a workbook knows: list, accept, forget, new"), nullptr,
         {{"list", QT_TRANSLATE_NOOP("cli", "the workbook's own key and the keys it knows, with fingerprints"), keysList, {}},
          {"accept", QT_TRANSLATE_NOOP("cli", "confirm a key, or accept the new key that signed a file"), keysAccept, {}},
          {"forget", QT_TRANSLATE_NOOP("cli", "forget a key the workbook knows"), keysForget, {}},
          {"new", QT_TRANSLATE_NOOP("cli", "make a new signing key for the workbook"), keysNew, {}}}},
        {"demo", QT_TRANSLATE_NOOP("cli", "build the demo programme into a folder"), demo, {}},
    };
    return all;
}

int runCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2) {
        print(stderr, generalHelp());
        return Usage;
    }
    const QString first = arguments.at(1);
    try {
        if (isHelp(first) || (first == QLatin1String("help") && arguments.size() == 2)) {
            print(stdout, generalHelp());
            return Ok;
        }
        if (first == QLatin1String("help"))
            return arguments.at(2) == QLatin1String("--all") ? helpAll() : helpOf(arguments.mid(2));
        if (first == QLatin1String("--version")) {
            std::printf("qdf %s\n", QDF_VERSION);
            return Ok;
        }
        const Verb *verb = find(verbs(), first);
        if (!verb) {
            warn(tr("unknown verb \"%1\" (see 'qdf help')").arg(first));
            return Usage;
        }
        return runVerb(*verb, QStringLiteral("qdf %1").arg(first), arguments.mid(2));
    } catch (const ExitRequest &exit) {
        return exit.status;
    }
}

} // namespace qdf::cli
