#pragma once

#include "core/Error.h"
#include "core/Workbook.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

// Shared by the `qdf` verbs: exit codes, error lines, opening workbooks, reading text, the
// standard streams and JSON.
namespace qdf::cli {

// The exit statuses are a contract scripts rely on (docs/cli.md).
enum Exit { Ok = 0, Usage = 1, Unacceptable = 2, ConflictsWait = 3 };

// Thrown by the *OrExit helpers after they have printed why; main() returns its status. Keeps
// each verb a straight line of steps instead of a ladder of "if failed, return code".
struct ExitRequest {
    int status;
};

// One verb's parser: `qdf VERB ARGS`, with -h/--help. parse() prints errors and help itself.
class VerbParser {
public:
    VerbParser(const QString &verb, const QString &description);
    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }
    const QString &name() const { return m_verb; }  // "schedule add"
    void positional(const QString &name, const QString &description);
    // The last positional, given one or more times.
    void repeatedPositional(const QString &name, const QString &description);
    // --json, and --json=VERSION for the shapes that came later (see jsonVersion()).
    void addJsonOption();
    // Parses; a usage error is printed and ends the verb with Usage. --help exits 0.
    void parse(const QStringList &arguments);
    QStringList positionals() const { return m_parser.positionalArguments(); }
    // 0 without --json; 1 for --json (the first shapes, kept for the scripts that read them);
    // 2 for --json=2, where every output is an object, so that a list can gain fields.
    int jsonVersion() const { return m_jsonVersion; }
    bool json() const { return m_jsonVersion > 0; }
    // The help text, its usage line naming the verb ("Usage: qdf schedule add [options] PATH").
    QString helpText() const;

private:
    QCommandLineParser m_parser;
    QString m_verb;
    int m_required = 0;
    bool m_repeated = false;
    bool m_hasJson = false;
    int m_jsonVersion = 0;
};

// Prints "qdf: PATH: reason" on stderr and returns the matching exit status.
int fail(const QString &path, const Error &error);
int usage(const QString &verb, const QString &message);

// Opens a workbook or ends the verb with the reason.
std::unique_ptr<Workbook> openOrExit(const QString &path);

// Prints the reason for `error` about `workbook`: the file's damage, where it is damaged (an
// error reading a damaged page may name only the statement that met it); returns the status and
// says in `damaged` whether the workbook itself was at fault.
int failAbout(const Workbook &workbook, const Error &error, bool *damaged = nullptr);
// The same, ending the verb.
[[noreturn]] void failExit(const Workbook &workbook, const Error &error);

// The value of a result about `workbook`, or the end of the verb with the reason.
template <typename T>
T orExit(const Workbook &workbook, Result<T> result)
{
    if (!result)
        failExit(workbook, result.error());
    return std::move(result).value();
}
void orExit(const Workbook &workbook, const Status &status);
[[noreturn]] void usageExit(const QString &verb, const QString &message);

// "-" names standard input or standard output wherever a verb takes a file name.
bool isStandardStream(const QString &name);
// How messages name the file "-": "standard input" or "standard output".
QString streamName(const QString &name, bool output);

// The bytes of file `name` (or of standard input for "-"), read to the end but never more than
// `limit` + 1 bytes when `limit` >= 0 (a caller that gets more knows it is too long), or the end
// of the verb.
QByteArray readInputOrExit(const QString &name, qint64 limit = -1);
// A path to read `name` from: `name` itself, or for "-" a temporary file (named
// standard-input`suffix`, as import records and messages show it) holding standard input.
// The temporary file lasts as long as the program.
QString inputPathOrExit(const QString &name, const QString &suffix);

// --text T or --file F (F may be "-" for standard input); exactly one, UTF-8.
void addTextOptions(QCommandLineParser &parser);
// --in cy|en: the language a text is written in (TranslationCommands.cpp); nullopt when not given.
void addTextLanguageOption(QCommandLineParser &parser);
std::optional<Language> textLanguageOrExit(const QCommandLineParser &parser, const QString &verb);
QString textOrExit(const QCommandLineParser &parser, const QString &verb);
// The UTF-8 text of file `name` ("-": standard input), within the length a workbook keeps.
QString textFileOrExit(const QString &name);

// A line of output; shown safely on a terminal, exact to a pipe (core/SafeText.h).
void out(const QString &line);
// A line for a person beside the verb's output: on stderr when stdout carries the output.
void note(const QString &line, bool stdoutTaken);
// "qdf: message" on stderr, on one line, every character that could act shown.
void warn(const QString &message);
void writeBytes(const QByteArray &bytes);

// -o FILE for the verbs that write a file (replaced whole, never half-written; "-" for
// standard output).
const QCommandLineOption &outputFileOption();
// The -o value of a verb that must be given one, or the end of the verb.
QString requiredOutputOrExit(const VerbParser &verb);
// Writes `bytes` to `output` the same way, or to standard output when `output` is empty or "-".
int writeOutput(const QString &output, const QByteArray &bytes);

// A JSON result: a list prints bare for --json (version 1) and as {"<name>": [...]} for --json=2.
void writeJson(const VerbParser &verb, const QString &name, const QJsonArray &list);
void writeJson(const QJsonObject &object);
// The same for a list read from a content pack in `packLanguage` ("en", "cy"): --json=2 also says
// the language, and a pack with no translation into the language spoken says so on stderr (its
// texts are English: docs/translation.md, "Content translation").
void writePackJson(const VerbParser &verb, const QString &name, const QJsonArray &list, const QString &packLanguage);
void notePackLanguage(const QString &packLanguage);
// Any JSON, with the characters a terminal would obey escaped (\uXXXX: the same JSON to a program).
void writeJson(const QJsonDocument &document);
// JSON text made elsewhere (UTF-8), written the same way.
void writeJsonText(const QByteArray &json);

// Whether standard error is a terminal (progress lines go there only then).
bool stderrIsTerminal();
// "[3/40] file" on standard error, rewritten in place, when it is a terminal and there is more
// than one step; clear() takes the line away before a result is printed.
class Progress {
public:
    explicit Progress(int total);
    ~Progress();
    void step(int index, const QString &what);
    void clear();

private:
    int m_total;
    bool m_shown;
    bool m_written = false;
};

} // namespace qdf::cli
