#include "cli/Cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <cstdio>
#include <cstdlib>

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

bool VerbParser::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        usage(m_verb, m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        m_parser.showHelp(Ok);
    if (m_parser.positionalArguments().size() != m_required) {
        usage(m_verb, QCoreApplication::translate("cli", "expected %n argument(s)", nullptr, m_required));
        return false;
    }
    return true;
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

std::unique_ptr<Workbook> open(const QString &path, int &exitCode)
{
    auto workbook = Workbook::open(path);
    if (!workbook) {
        exitCode = fail(path, workbook.error());
        return nullptr;
    }
    return std::move(workbook).value();
}

void addTextOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("text"), QCoreApplication::translate("cli", "The text (Markdown)."),
                      QStringLiteral("T")});
    parser.addOption({QStringLiteral("file"),
                      QCoreApplication::translate("cli", "Read the text from file F (UTF-8; - for standard input)."),
                      QStringLiteral("F")});
}

std::optional<QString> readText(const QCommandLineParser &parser, const QString &verb, int &exitCode)
{
    const bool hasText = parser.isSet(QStringLiteral("text"));
    const bool hasFile = parser.isSet(QStringLiteral("file"));
    if (hasText == hasFile) {
        exitCode = usage(verb, QCoreApplication::translate("cli", "give either --text or --file"));
        return std::nullopt;
    }
    if (hasText)
        return parser.value(QStringLiteral("text"));
    const QString path = parser.value(QStringLiteral("file"));
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path),
                                                                                          file.open(QIODevice::ReadOnly));
    if (!opened) {
        exitCode = fail(path, makeError(Error::Code::NotFound, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    // Stateless: a sequence cut off at the end is an error, not state waiting for more bytes.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        exitCode = fail(path, makeError(Error::Code::NotAllowed,
                                        QCoreApplication::translate("cli", "is not UTF-8 text")));
        return std::nullopt;
    }
    return text;
}

QString subverb(QStringList &arguments, const QStringList &known)
{
    const QString noun = arguments.at(0).section(QLatin1Char(' '), 1);
    if (arguments.size() < 2 || !known.contains(arguments.at(1))) {
        const bool help = arguments.size() >= 2 && arguments.at(1) == QLatin1String("--help");
        std::fprintf(help ? stdout : stderr, "Usage: qdf %s %s ...\n", qUtf8Printable(noun),
                     qUtf8Printable(known.join(QLatin1Char('|'))));
        if (help)
            std::exit(Ok);
        return {};
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

} // namespace qdf::cli
