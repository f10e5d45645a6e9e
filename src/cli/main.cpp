// qdf: the command line over the same core as the GUI. Verbs, flags, JSON and exit codes are
// a contract (docs/cli.md). Built twice: as `qdf`, and with QDF_RENDERER as `qdf-render`, the
// one that runs the verbs laying out documents (src/cli/CMakeLists.txt says why).

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "core/WorkbookLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#ifdef QDF_RENDERER
#include <QGuiApplication>
#endif

#include <cstdio>
#include <functional>
#include <map>
#include <memory>

#include <unistd.h>

namespace {

struct Verb {
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Verb> &verbs()
{
    using namespace qdf::cli;
    static const std::map<QString, Verb> all{
        {QStringLiteral("new"), {newWorkbook, "create a master or a participant workbook"}},
        {QStringLiteral("info"), {info, "show what a workbook is and holds"}},
        {QStringLiteral("export"), {exportWorkbook, "write the whole workbook as JSON"}},
        {QStringLiteral("answer"), {answer, "set the answer to a question"}},
        {QStringLiteral("history"), {history, "list the saved versions of an answer"}},
        {QStringLiteral("example"), {example, "add a working example to a section"}},
        {QStringLiteral("reference"), {reference, "attach a reference file to a section"}},
        {QStringLiteral("schedule"), {schedule, "add, edit, move, sign and list Schedules"}},
        {QStringLiteral("milestone"), {milestone, "set the status of a Plan on a Page milestone"}},
        {QStringLiteral("question"), {question, "the master's questions and explanations: add, edit, explain"}},
        {QStringLiteral("catalyst"), {catalystVerb, "the Catalyst for Change self-assessment: rounds, ratings, scores"}},
        {QStringLiteral("review"), {reviewVerb, "commissioning reviews: checklists, ratings, summary"}},
        {QStringLiteral("publish"), {publish, "publish the Framework from the master (pdf, docx, odt, html)"}},
        {QStringLiteral("print"), {print, "print a workbook (pdf, docx, odt, html)"}},
        {QStringLiteral("search"), {search, "full-text search over a workbook"}},
        {QStringLiteral("check"), {check, "check a workbook's integrity and schema"}},
        {QStringLiteral("demo"), {demo, "build the demo programme into a folder"}},
        {QStringLiteral("bundle"), {bundleVerb, "export a participant's contribution bundle"}},
        {QStringLiteral("merge"), {merge, "gather contribution bundles into the master"}},
        {QStringLiteral("conflicts"), {conflicts, "list the conflicts that wait for a person"}},
        {QStringLiteral("resolve"), {resolve, "resolve a conflict"}},
        {QStringLiteral("update"), {updateVerb, "publish the master's update, or apply one"}},
        {QStringLiteral("undo-import"), {undoImport, "undo an import of a bundle or update"}},
    };
    return all;
}

int generalHelp(FILE *stream)
{
    std::fprintf(stream, "Usage: qdf VERB [options] ...\n\nQDF Workbench command line.\n\nVerbs:\n");
    for (const auto &[name, verb] : verbs())
        std::fprintf(stream, "  %-10s %s\n", qUtf8Printable(name), verb.summary);
    std::fprintf(stream, "\n'qdf VERB --help' describes a verb.\n"
                         "Exit status: 0 success, 1 usage error, 2 input not acceptable.\n");
    return stream == stdout ? qdf::cli::Ok : qdf::cli::Usage;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef QDF_RENDERER
    // Laying out documents needs fonts, so the verbs that render run a (headless) GUI app.
    const bool renders = argc > 1
        && (qstrcmp(argv[1], "publish") == 0 || qstrcmp(argv[1], "print") == 0
            || (argc > 2 && (qstrcmp(argv[1], "catalyst") == 0 || qstrcmp(argv[1], "review") == 0)
                && qstrcmp(argv[2], "report") == 0));
    if (renders && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (renders && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt wants a private runtime folder and warns on stderr without one; stderr is for errors.
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/qdf-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QFile::setPermissions(QString::fromLocal8Bit(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    std::unique_ptr<QCoreApplication> application = renders ? std::make_unique<QGuiApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
#else
    QCoreApplication application(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("qdf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QDF_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return generalHelp(stderr);
    const QString verb = arguments.at(1);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help"))
        return generalHelp(stdout);
    if (verb == QLatin1String("--version")) {
        std::printf("qdf %s\n", QDF_VERSION);
        return qdf::cli::Ok;
    }
    const auto it = verbs().find(verb);
    if (it == verbs().end()) {
        std::fprintf(stderr, "qdf: unknown verb \"%s\" (see 'qdf --help')\n", qUtf8Printable(verb));
        return qdf::cli::Usage;
    }
    arguments.removeFirst();
    arguments[0] = QStringLiteral("qdf ") + verb;
    qdf::WorkbookLock::setProgram(arguments[0]);  // "open in qdf merge by ..." to anyone it keeps out
    try {
        return it->second.run(arguments);
    } catch (const qdf::cli::ExitRequest &exit) {
        return exit.status;
    }
}
