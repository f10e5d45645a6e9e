#include "cli/Cli.h"

#include "core/Limits.h"
#include "core/import/DocumentImport.h"
#include "core/SaveFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>

namespace qdf::cli {

VerbParser::VerbParser(const QString &verb, const QString &description) : m_verb(verb)
{
    // QCommandLineParser's usage line names only the program, so the description names the verb.
    m_parser.setApplicationDescription(QStringLiteral("qdf %1: %2").arg(verb, description));
    m_parser.addHelpOption();
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

void VerbParser::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        usageExit(m_verb, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help")))
        m_parser.showHelp(Ok);
    const qsizetype given = m_parser.positionalArguments().size();
    if (given != m_required && !(m_repeated && given > m_required))
        usageExit(m_verb, QCoreApplication::translate("cli", "expected %n argument(s)", nullptr, m_required));
}

int fail(const QString &path, const Error &error)
{
    QString message = error.message.simplified();  // one line, whatever SQLite said
    if (!path.isEmpty() && !message.startsWith(path))
        message = QStringLiteral("%1: %2").arg(path, message);
    std::fprintf(stderr, "qdf: %s\n", qUtf8Printable(message));
    return error.code == Error::Code::InvalidArgument ? Usage : Unacceptable;
}

int usage(const QString &verb, const QString &message)
{
    std::fprintf(stderr, "qdf %s: %s (see 'qdf %s --help')\n", qUtf8Printable(verb), qUtf8Printable(message),
                 qUtf8Printable(verb));
    return Usage;
}

void usageExit(const QString &verb, const QString &message)
{
    throw ExitRequest{usage(verb, message)};
}

std::unique_ptr<Workbook> openOrExit(const QString &path)
{
    // A verb that only reads pays for no more than it reads (see Workbook::Verify).
    auto workbook = Workbook::open(path, {false, Workbook::Verify::BeforeFirstWrite});
    if (!workbook)
        throw ExitRequest{fail(path, workbook.error())};
    return std::move(workbook).value();
}

void failExit(const Workbook &workbook, const Error &error)
{
    if (Status whole = workbook.verify(); !whole)
        throw ExitRequest{fail(workbook.path(), whole.error())};
    throw ExitRequest{fail(workbook.path(), error)};
}

void orExit(const Workbook &workbook, const Status &status)
{
    if (!status)
        failExit(workbook, status.error());
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
    const QString path = parser.value(QStringLiteral("file"));
    if (import::isWordDocument(path)) {  // .docx, .odt: converted to Markdown, structure kept
        auto markdown = import::importMarkdown(path);
        if (!markdown)
            throw ExitRequest{fail(path, markdown.error())};
        return *markdown;
    }
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path),
                                                                                          file.open(QIODevice::ReadOnly));
    if (!opened)
        throw ExitRequest{fail(path, makeError(Error::Code::NotFound, file.errorString()))};
    // Read to the end (a pipe gives its bytes in pieces), but no more than a text may hold: UTF-8
    // takes at most 3 bytes for each UTF-16 unit.
    QByteArray bytes;
    while (bytes.size() <= 3 * kMaxTextLength) {
        const QByteArray piece = file.read(std::min<qint64>(1 << 20, 3 * kMaxTextLength + 1 - bytes.size()));
        if (piece.isEmpty())
            break;
        bytes += piece;
    }
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

QString subverb(QStringList &arguments, const QStringList &known)
{
    const QString noun = arguments.at(0).section(QLatin1Char(' '), 1);
    if (arguments.size() < 2 || !known.contains(arguments.at(1))) {
        const bool help = arguments.size() >= 2 && arguments.at(1) == QLatin1String("--help");
        std::fprintf(help ? stdout : stderr, "Usage: qdf %s %s ...\n", qUtf8Printable(noun),
                     qUtf8Printable(known.join(QLatin1Char('|'))));
        throw ExitRequest{help ? Ok : Usage};
    }
    const QString sub = arguments.takeAt(1);
    arguments[0] = QStringLiteral("qdf %1 %2").arg(noun, sub);
    return sub;
}

void out(const QString &line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
}

void writeBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

const QCommandLineOption &outputFileOption()
{
    static const QCommandLineOption option{{QStringLiteral("o"), QStringLiteral("output")},
                                           QStringLiteral("The file to write (replaced whole, never half-written)."),
                                           QStringLiteral("FILE")};
    return option;
}

int writeOutput(const QString &output, const QByteArray &bytes)
{
    if (output.isEmpty()) {
        writeBytes(bytes);
        return Ok;
    }
    if (Status s = saveFile(output, bytes); !s)
        return fail(output, s.error());
    return Ok;
}

} // namespace qdf::cli
