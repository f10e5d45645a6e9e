#pragma once

#include "core/Error.h"
#include "core/Workbook.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

// Shared by the `qdf` verbs: exit codes, error lines, opening workbooks, reading text.
namespace qdf::cli {

// The exit statuses are a contract scripts rely on.
enum Exit { Ok = 0, Usage = 1, Unacceptable = 2 };

// One verb's parser: `qdf VERB ARGS`, with --help. parse() prints errors and help itself.
class VerbParser {
public:
    VerbParser(const QString &verb, const QString &description);
    QCommandLineParser &parser() { return m_parser; }
    void positional(const QString &name, const QString &description);
    // Parses; on a usage error prints it and returns false (exit Usage). --help exits 0.
    bool parse(const QStringList &arguments);
    QStringList positionals() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    QString m_verb;
    int m_required = 0;
};

// Prints "qdf: PATH: reason" on stderr and returns the matching exit status.
int fail(const QString &path, const Error &error);
int usage(const QString &verb, const QString &message);

// Opens a workbook or prints why not.
std::unique_ptr<Workbook> open(const QString &path, int &exitCode);

// --text T or --file F (F may be "-" for standard input); exactly one, UTF-8.
void addTextOptions(QCommandLineParser &parser);
std::optional<QString> readText(const QCommandLineParser &parser, const QString &verb, int &exitCode);

// `qdf NOUN SUBVERB ...`: finds the sub-verb among `known`, and rewrites the arguments so
// that arguments[0] reads "qdf NOUN SUBVERB". Returns the sub-verb, or empty after printing
// a usage error.
QString subverb(QStringList &arguments, const QStringList &known);

void out(const QString &line);
void writeBytes(const QByteArray &bytes);

} // namespace qdf::cli
