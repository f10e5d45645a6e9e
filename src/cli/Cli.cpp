#include "cli/Cli.h"

#include "core/Limits.h"
#include "core/import/DocumentImport.h"
#include "core/SafeText.h"
#include "core/SaveFile.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <unistd.h>

namespace qdf::cli {

namespace {

// Words wrapped into lines of at most `width` characters, as the option descriptions below are.
QString wrapped(const QString &text, qsizetype width = 79)
{
    QString result;
    qsizetype lineLength = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (lineLength > 0 && lineLength + 1 + word.size() > width) {
            result += QLatin1Char('\n');
            lineLength = 0;
        } else if (lineLength > 0) {
            result += QLatin1Char(' ');
            ++lineLength;
        }
        result += word;
        lineLength += word.size();
    }
    return result;
}

} // namespace

VerbParser::VerbParser(const QString &verb, const QString &description) : m_verb(verb)
{
    m_parser.setApplicationDescription(wrapped(QStringLiteral("qdf %1: %2").arg(verb, description)));
    // Not addHelpOption(): its --help-all lists Qt's own options, which are no business of a script.
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("cli", "Show this help.")});
}

void VerbParser::positional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    ++m_required;
}

void VerbParser::repeatedPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description, QStringLiteral("%1…").arg(name));
    ++m_required;
    m_repeated = true;
}

void VerbParser::addJsonOption()
{
    m_parser.addOption({QStringLiteral("json"),
                        QCoreApplication::translate("cli", "Print JSON; --json=2 puts every list inside an object "
                                                           "(see docs/cli.md).")});
    m_hasJson = true;
}

QString VerbParser::helpText() const
{
    // QCommandLineParser names the program as it was called (argv[0], "build/bin/qdf"); a verb's
    // usage line names the verb.
    QString text = m_parser.helpText();
    // (Qt's own words, in the language spoken: core/i18n/QtTexts.cpp.)
    const QString usage = QCoreApplication::translate("QCommandLineParser", "Usage: %1");
    const QString called = usage.arg(QCoreApplication::arguments().value(0));
    if (text.startsWith(called))
        text.replace(0, called.size(), usage.arg(QStringLiteral("qdf %1").arg(m_verb)));
    return text;
}

void VerbParser::parse(const QStringList &arguments)
{
    // --json=N is read here: QCommandLineParser has no option whose value may be left out.
    QStringList given = arguments;
    for (qsizetype i = 1; m_hasJson && i < given.size() && given.at(i) != QLatin1String("--"); ++i) {
        if (given.at(i) == QLatin1String("--json")) {
            m_jsonVersion = std::max(m_jsonVersion, 1);
        } else if (given.at(i).startsWith(QLatin1String("--json="))) {
            const QString version = given.at(i).mid(7);
            if (version != QLatin1String("1") && version != QLatin1String("2"))
                usageExit(m_verb, QCoreApplication::translate("cli", "--json=%1: the JSON versions are 1 and 2").arg(version));
            m_jsonVersion = version.toInt();
            given[i] = QStringLiteral("--json");
        }
    }
    if (!m_parser.parse(given))
        usageExit(m_verb, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(helpText()), stdout);
        throw ExitRequest{Ok};
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count != m_required && !(m_repeated && count > m_required))
        usageExit(m_verb, QCoreApplication::translate("cli", "expected %n argument(s)", nullptr, m_required));
}

int fail(const QString &path, const Error &error)
{
    QString message = error.message.simplified();
    if (!path.isEmpty() && !message.startsWith(path))
        message = QStringLiteral("%1: %2").arg(path, message);
    warn(message);
    return error.code == Error::Code::InvalidArgument ? Usage : Unacceptable;
}

int usage(const QString &verb, const QString &message)
{
    std::fprintf(stderr, "qdf %s: %s (see 'qdf help %s')\n", qUtf8Printable(verb), qUtf8Printable(shownSafely(message, false)),
                 qUtf8Printable(verb));
    return Usage;
}

void usageExit(const QString &verb, const QString &message)
{
    throw ExitRequest{usage(verb, message)};
}

std::unique_ptr<Workbook> openOrExit(const QString &path)
{
    // A verb pays for what it reads and writes, not for the whole file (see Workbook::Verify).
    auto workbook = Workbook::open(path, {false, Workbook::Verify::OnDamage});
    if (!workbook)
        throw ExitRequest{fail(path, workbook.error())};
    return std::move(workbook).value();
}

int failAbout(const Workbook &workbook, const Error &error, bool *damaged)
{
    const Status whole = workbook.verify();
    const bool isDamage = !whole && whole.error().code == Error::Code::Damaged;
    if (damaged)
        *damaged = isDamage;
    return fail(workbook.path(), isDamage ? whole.error() : error);
}

void failExit(const Workbook &workbook, const Error &error)
{
    throw ExitRequest{failAbout(workbook, error)};
}

void orExit(const Workbook &workbook, const Status &status)
{
    if (!status)
        failExit(workbook, status.error());
}

bool isStandardStream(const QString &name)
{
    return name == QLatin1String("-");
}

QString streamName(const QString &name, bool output)
{
    if (!isStandardStream(name))
        return name;
    return output ? QCoreApplication::translate("cli", "standard output") : QCoreApplication::translate("cli", "standard input");
}

QByteArray readInputOrExit(const QString &name, qint64 limit)
{
    QFile file;
    const bool opened = isStandardStream(name) ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(name), file.open(QIODevice::ReadOnly));
    if (!opened)
        throw ExitRequest{fail(streamName(name, false), makeError(Error::Code::NotFound, file.errorString()))};
    // Read to the end: a pipe gives its bytes in pieces.
    QByteArray bytes;
    while (limit < 0 || bytes.size() <= limit) {
        const QByteArray piece = file.read(limit < 0 ? 1 << 20 : std::min<qint64>(1 << 20, limit + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
    if (file.error() != QFileDevice::NoError)
        throw ExitRequest{fail(streamName(name, false), makeError(Error::Code::Io, file.errorString()))};
    return bytes;
}

QString inputPathOrExit(const QString &name, const QString &suffix)
{
    if (!isStandardStream(name))
        return name;
    static QTemporaryDir folder;  // removed when the program ends
    const QString path = folder.filePath(QStringLiteral("standard-input") + suffix);
    if (!folder.isValid() || QFile::exists(path))
        throw ExitRequest{fail(streamName(name, false), makeError(Error::Code::InvalidArgument,
                                                                  QCoreApplication::translate("cli", "can be read only once")))};
    QFile in;
    QFile copy(path);
    if (!in.open(stdin, QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly))
        throw ExitRequest{fail(streamName(name, false), makeError(Error::Code::Io, copy.errorString()))};
    for (QByteArray piece; !(piece = in.read(1 << 20)).isEmpty();) {
        if (copy.write(piece) != piece.size())
            throw ExitRequest{fail(streamName(name, false), makeError(Error::Code::Io, copy.errorString()))};
    }
    return path;
}

void addTextOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("text"), QCoreApplication::translate("cli", "The text (Markdown)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("file"),
                      QCoreApplication::translate("cli", "Read the text from file F (Markdown or text in UTF-8, .docx or .odt; - for standard input)."),
                      QStringLiteral("F")});
}

QString textOrExit(const QCommandLineParser &parser, const QString &verb)
{
    const bool hasText = parser.isSet(QStringLiteral("text"));
    const bool hasFile = parser.isSet(QStringLiteral("file"));
    if (hasText == hasFile)
        usageExit(verb, QCoreApplication::translate("cli", "give either --text or --file"));
    if (hasText)
        return parser.value(QStringLiteral("text"));
    return textFileOrExit(parser.value(QStringLiteral("file")));
}

QString textFileOrExit(const QString &name)
{
    if (import::isWordDocument(name)) {  // .docx, .odt: converted to Markdown, structure kept
        auto markdown = import::importMarkdown(name);
        if (!markdown)
            throw ExitRequest{fail(name, markdown.error())};
        return *markdown;
    }
    // No more than a text may hold: UTF-8 takes at most 3 bytes for each UTF-16 unit.
    const QByteArray bytes = readInputOrExit(name, 3 * kMaxTextLength);
    const QString path = streamName(name, false);
    // Stateless: a sequence cut off at the end is an error, not state waiting for more bytes.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw ExitRequest{fail(path, makeError(Error::Code::NotAllowed, QCoreApplication::translate("cli", "is not UTF-8 text")))};
    if (bytes.size() > 3 * kMaxTextLength)  // longer than any text may be, whatever its characters
        throw ExitRequest{fail(path, textTooLong(-1))};
    if (Status s = checkTextLength(text); !s)
        throw ExitRequest{fail(path, s.error())};
    return text;
}

namespace {

// Every line qdf prints goes through here. A terminal would act on escape codes in someone else's
// name, title or file name, and show a right-to-left override reversed: it gets them shown
// (core/SafeText.h). A pipe or a file gets the text exact.
void printLine(FILE *stream, const QString &line)
{
    static const bool terminal[] = {::isatty(STDOUT_FILENO) == 1, ::isatty(STDERR_FILENO) == 1};
    const bool toTerminal = terminal[stream == stderr ? 1 : 0];
    std::fprintf(stream, "%s\n", qUtf8Printable(toTerminal ? shownSafely(line) : line));
}

} // namespace

void out(const QString &line)
{
    printLine(stdout, line);
}

void note(const QString &line, bool stdoutTaken)
{
    printLine(stdoutTaken ? stderr : stdout, line);
}

void warn(const QString &message)
{
    // On one line, whatever it quotes, and never obeyed: messages quote file names and names.
    std::fprintf(stderr, "qdf: %s\n", qUtf8Printable(shownSafely(message, false)));
}

void writeBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

const QCommandLineOption &outputFileOption()
{
    static const QCommandLineOption option{{QStringLiteral("o"), QStringLiteral("output")},
                                           QCoreApplication::translate("cli", "The file to write (replaced whole, never "
                                                                              "half-written; - for standard output)."),
                                           QStringLiteral("FILE")};
    return option;
}

QString requiredOutputOrExit(const VerbParser &verb)
{
    const QString output = verb.parser().value(outputFileOption());
    if (output.isEmpty())
        usageExit(verb.name(), QCoreApplication::translate("cli", "-o FILE is required (- for standard output)"));
    return output;
}

int writeOutput(const QString &output, const QByteArray &bytes)
{
    if (output.isEmpty() || isStandardStream(output)) {
        writeBytes(bytes);
        // A full disk or a closed pipe is a failure a script must see, not a short file.
        if (std::fflush(stdout) != 0 || std::ferror(stdout))
            return fail(streamName(QStringLiteral("-"), true),
                        makeError(Error::Code::Io, QString::fromLocal8Bit(std::strerror(errno))));
        return Ok;
    }
    if (Status s = saveFile(output, bytes); !s)
        return fail(output, s.error());
    return Ok;
}

void writeJson(const VerbParser &verb, const QString &name, const QJsonArray &list)
{
    if (verb.jsonVersion() >= 2)
        writeJson(QJsonObject{{name, list}});
    else
        writeJson(QJsonDocument(list));
}

void writeJson(const QJsonObject &object)
{
    writeJson(QJsonDocument(object));
}

void writeJson(const QJsonDocument &document)
{
    // The same JSON to a program, with the characters a terminal would obey escaped.
    writeJsonText(document.toJson());
}

void writeJsonText(const QByteArray &json)
{
    writeBytes(jsonShownSafely(QString::fromUtf8(json)).toUtf8());
}

void writePackJson(const VerbParser &verb, const QString &name, const QJsonArray &list, const QString &packLanguage)
{
    if (verb.jsonVersion() >= 2)
        writeJson(QJsonObject{{name, list}, {QStringLiteral("language"), packLanguage}});
    else
        writeBytes(QJsonDocument(list).toJson());
}

void notePackLanguage(const QString &packLanguage)
{
    if (packLanguage != language::current())
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("cli", "This content has no %1 translation yet: it is shown "
                                                                       "in English.")
                                        .arg(language::nativeName(language::current()))));
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

Progress::Progress(int total) : m_total(total), m_shown(total > 1 && stderrIsTerminal()) {}

Progress::~Progress()
{
    clear();
}

void Progress::clear()
{
    if (m_written)
        std::fputs("\r\033[K", stderr);  // the line goes before a result is printed
    m_written = false;
}

void Progress::step(int index, const QString &what)
{
    if (!m_shown)
        return;
    std::fprintf(stderr, "\r\033[K[%d/%d] %s", index + 1, m_total, qUtf8Printable(shownSafely(what, false)));
    std::fflush(stderr);
    m_written = true;
}

} // namespace qdf::cli
