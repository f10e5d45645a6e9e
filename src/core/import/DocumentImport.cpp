#include "core/import/DocumentImport.h"

#include "core/Limits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>

namespace qdf::import {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::import", text);
}

constexpr qint64 kMaxDocumentBytes = 64 * 1024 * 1024;
constexpr int kTimeoutMs = 60000;

Error failure(const QString &path, Error::Code code, const QString &message)
{
    return makeError(code, QStringLiteral("%1: %2").arg(path, message));
}

Result<QByteArray> readDocument(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, Error::Code::NotFound, file.errorString());
    if (file.size() > kMaxDocumentBytes)
        return failure(path, Error::Code::NotAllowed, tr("is larger than %1 MB").arg(kMaxDocumentBytes / (1024 * 1024)));
    return file.readAll();
}

Result<QString> utf8(const QString &path, const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return failure(path, Error::Code::NotAllowed, tr("is not UTF-8 text"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// Runs a converter over the bytes on its standard input and returns what it printed.
Result<QString> convert(const QString &path, const QString &program, const QStringList &arguments, const QByteArray &input)
{
    const QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty())
        return failure(path, Error::Code::NotAllowed,
                       tr("reading this kind of file needs %1, which is not installed (Debian package %2)")
                           .arg(program, program == QLatin1String("pandoc") ? program : QStringLiteral("poppler-utils")));
    QProcess process;
    process.start(found, arguments);
    if (!process.waitForStarted())
        return failure(path, Error::Code::Io, process.errorString());
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return failure(path, Error::Code::NotAllowed, tr("took longer than a minute to read, and was given up"));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString reason = QString::fromUtf8(process.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        return failure(path, Error::Code::NotAllowed,
                       tr("could not be read as a document (%1)").arg(reason.isEmpty() ? tr("unknown reason") : reason));
    }
    auto text = utf8(path, process.readAllStandardOutput());
    if (!text)
        return text;
    if (Status s = checkTextLength(*text); !s)
        return failure(path, s.error().code, s.error().message);
    return text;
}

QString suffix(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

bool isWordDocument(const QString &path)
{
    const QString s = suffix(path);
    return s == QLatin1String("docx") || s == QLatin1String("odt");
}

Result<QString> importMarkdown(const QString &path)
{
    auto bytes = readDocument(path);
    if (!bytes)
        return bytes.error();
    if (!bytes->startsWith("PK\x03\x04"))
        return failure(path, Error::Code::NotAllowed, tr("is not a Word or OpenDocument file (it is not a zip package)"));
    auto markdown = convert(path, QStringLiteral("pandoc"),
                            {QStringLiteral("--sandbox"), QStringLiteral("--from"), suffix(path),
                             QStringLiteral("--to"), QStringLiteral("gfm-raw_html"), QStringLiteral("--wrap=none")},
                            *bytes);
    if (!markdown)
        return markdown;
    // Pictures stay in the document they came from: keep what they were said to show.
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)(\\{[^}]*\\})?"));
    markdown->replace(image, QStringLiteral("\\1"));
    return markdown->trimmed() + QLatin1Char('\n');
}

Result<QString> extractText(const QString &path)
{
    const QString s = suffix(path);
    if (s != QLatin1String("docx") && s != QLatin1String("odt") && s != QLatin1String("pdf") && s != QLatin1String("md")
        && s != QLatin1String("markdown") && s != QLatin1String("txt"))
        return QString();
    auto bytes = readDocument(path);
    if (!bytes)
        return bytes.error();
    if (s == QLatin1String("pdf"))
        return convert(path, QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-"),
                                                           QStringLiteral("-")},
                       *bytes);
    if (isWordDocument(path))
        return convert(path, QStringLiteral("pandoc"),
                       {QStringLiteral("--sandbox"), QStringLiteral("--from"), s, QStringLiteral("--to"), QStringLiteral("plain"),
                        QStringLiteral("--wrap=none")},
                       *bytes);
    return utf8(path, *bytes);
}

} // namespace qdf::import
