#pragma once

#include "core/Error.h"
#include "core/Workbook.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

// Shared by the `qdf` verbs: exit codes, error lines, opening workbooks, reading text.
namespace qdf::cli {

// The exit statuses are a contract scripts rely on.
enum Exit { Ok = 0, Usage = 1, Unacceptable = 2 };

// Thrown by the *OrExit helpers after they have printed why; main() returns its status. Keeps
// each verb a straight line of steps instead of a ladder of "if failed, return code".
struct ExitRequest {
    int status;
};

// One verb's parser: `qdf VERB ARGS`, with --help. parse() prints errors and help itself.
class VerbParser {
public:
    VerbParser(const QString &verb, const QString &description);
    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }
    void positional(const QString &name, const QString &description);
    // The last positional, given one or more times.
    void repeatedPositional(const QString &name, const QString &description);
    // Parses; a usage error is printed and ends the verb with Usage. --help exits 0.
    void parse(const QStringList &arguments);
    QStringList positionals() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    QString m_verb;
    int m_required = 0;
    bool m_repeated = false;
};

// Prints "qdf: PATH: reason" on stderr and returns the matching exit status.
int fail(const QString &path, const Error &error);
int usage(const QString &verb, const QString &message);

// Opens a workbook or ends the verb with the reason.
std::unique_ptr<Workbook> openOrExit(const QString &path);

// Ends the verb with the reason for `error` about `workbook`: the file's damage, where it is
// damaged (an error reading a damaged page may name only the statement that met it).
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

// --text T or --file F (F may be "-" for standard input); exactly one, UTF-8.
void addTextOptions(QCommandLineParser &parser);
QString textOrExit(const QCommandLineParser &parser, const QString &verb);

// `qdf NOUN SUBVERB ...`: finds the sub-verb among `known`, and rewrites the arguments so
// that arguments[0] reads "qdf NOUN SUBVERB". Returns the sub-verb, or ends the verb.
QString subverb(QStringList &arguments, const QStringList &known);

void out(const QString &line);
void writeBytes(const QByteArray &bytes);

// -o FILE for the verbs that must write a file (replaced whole, never half-written).
const QCommandLineOption &outputFileOption();
// Writes `bytes` to `output` the same way, or to standard output when `output` is empty.
int writeOutput(const QString &output, const QByteArray &bytes);

} // namespace qdf::cli
