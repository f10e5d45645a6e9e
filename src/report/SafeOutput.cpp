#include "report/SafeOutput.h"

#include "core/SafeText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

namespace qdf::report {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::report", text);
}

constexpr double kTextWidthCm = 17.0;   // A4 with 2 cm margins, as every format lays it out
constexpr double kTextHeightCm = 22.0;  // less than a page's body, header and footer aside
constexpr qint64 kMostPixels = 40'000'000;
constexpr double kCmPerInch = 2.54;
constexpr double kScreenDpi = 96.0;  // the resolution of a picture that says none

struct Kind {
    const char *mime;
    const char *format;  // QImageReader's
    const char *suffix;
};
constexpr Kind kKinds[] = {{"image/png", "png", "png"}, {"image/jpeg", "jpeg", "jpg"}, {"image/gif", "gif", "gif"}};

bool fromTheNetwork(const QString &source)
{
    static const QRegularExpression network(QStringLiteral("^(https?|ftps?|sftp|wss?|smb|gopher):|^//"),
                                            QRegularExpression::CaseInsensitiveOption);
    return network.match(source.trimmed()).hasMatch();
}

QString leftOut(const QString &what, const QString &why)
{
    return tr("[Picture left out: %1 — %2]").arg(what, why);
}

// The key a kept picture's format carries: its file's name, in a form no other source has.
QString keyOf(const QString &name)
{
    return QStringLiteral("qdf-picture:") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QTextCharFormat plainOf(QTextCharFormat format)
{
    format.clearProperty(QTextFormat::ObjectType);
    for (const auto property : {QTextFormat::ImageName, QTextFormat::ImageTitle, QTextFormat::ImageAltText,
                                QTextFormat::ImageWidth, QTextFormat::ImageHeight, QTextFormat::ImageQuality})
        format.clearProperty(property);
    return format;
}

} // namespace

std::optional<Picture> pictureFor(const Pictures &pictures, const QString &source, QString *whyNot)
{
    QString name = source;
    auto found = pictures.constFind(name);
    if (found == pictures.cend()) {
        name = QUrl::fromPercentEncoding(source.toUtf8());
        found = pictures.constFind(name);
    }
    if (found == pictures.cend()) {
        *whyNot = fromTheNetwork(source) ? tr("pictures are never fetched from the internet")
                                         : tr("not a file stored in the workbook");
        return std::nullopt;
    }
    // What the bytes are, not what the name says.
    const QString mime = QMimeDatabase().mimeTypeForData(*found).name();
    const Kind *kind = nullptr;
    for (const Kind &k : kKinds) {
        if (mime == QLatin1String(k.mime))
            kind = &k;
    }
    const QString notAPicture = tr("%1 is not a PNG, JPEG or GIF picture").arg(name);
    if (!kind) {
        *whyNot = notAPicture;
        return std::nullopt;
    }
    QByteArray bytes = *found;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, kind->format);
    const QSize pixels = reader.size();
    if (!pixels.isValid() || pixels.isEmpty()) {
        *whyNot = notAPicture;
        return std::nullopt;
    }
    if (qint64(pixels.width()) * pixels.height() > kMostPixels) {
        *whyNot = tr("%1 has too many pixels (%2 × %3) to print").arg(name).arg(pixels.width()).arg(pixels.height());
        return std::nullopt;
    }
    Picture p{name, *found, QString::fromLatin1(kind->mime), QString::fromLatin1(kind->suffix), reader.read(), {}};
    if (p.image.isNull()) {
        *whyNot = notAPicture;
        return std::nullopt;
    }
    const double dpiX = p.image.dotsPerMeterX() > 0 ? p.image.dotsPerMeterX() * kCmPerInch / 100.0 : kScreenDpi;
    const double dpiY = p.image.dotsPerMeterY() > 0 ? p.image.dotsPerMeterY() * kCmPerInch / 100.0 : kScreenDpi;
    QSizeF size(p.image.width() / dpiX * kCmPerInch, p.image.height() / dpiY * kCmPerInch);
    const double scale = std::min({1.0, kTextWidthCm / size.width(), kTextHeightCm / size.height()});
    p.sizeCm = size * scale;
    return p;
}

bool isSafeLink(const QString &href)
{
    // The scheme must be the first thing written, and nothing a browser would strip to find
    // another ("java\tscript:") may be in it.
    static const QRegularExpression form(QStringLiteral("^(https?://[^/?#@\\s]+|mailto:\\S)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression controls(QStringLiteral("[\\x00-\\x20\\x7f-\\x9f]"));
    if (!form.match(href).hasMatch() || controls.match(href).hasMatch() || needsShowingSafely(href, false))
        return false;
    const QUrl url(href);
    return url.isValid() && (url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) == 0 || !url.host().isEmpty());
}

QMap<QString, Picture> makeSafe(QTextDocument *document, int from, int to, const Pictures &pictures)
{
    struct Edit {
        int position;
        int length;
        QTextCharFormat format;
        QString words;  // replaces the characters, when not empty
    };
    QVector<Edit> edits;
    QMap<QString, Picture> kept;
    for (QTextBlock b = document->findBlock(from); b.isValid() && b.position() <= to; b = b.next()) {
        for (QTextBlock::iterator it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.isValid() || f.position() + f.length() <= from || f.position() > to)
                continue;
            const QTextCharFormat format = f.charFormat();
            if (format.isImageFormat()) {
                const QTextImageFormat image = format.toImageFormat();
                QString whyNot;
                const auto picture = pictureFor(pictures, image.name(), &whyNot);
                // One character for each picture: a fragment holds the same picture side by side.
                for (int i = 0; i < f.length(); ++i) {
                    if (!picture) {
                        QTextCharFormat words = plainOf(format);
                        words.setFontItalic(true);
                        const QString alt = image.stringProperty(QTextFormat::ImageAltText);
                        edits << Edit{f.position() + i, 1, words, leftOut(qdf::shownSafely(alt.isEmpty() ? image.name() : alt, false), whyNot)};
                        continue;
                    }
                    const QString key = keyOf(picture->name);
                    QTextImageFormat sized = image;
                    sized.setName(key);
                    sized.setWidth(picture->sizeCm.width() / kCmPerInch * kScreenDpi);
                    sized.setHeight(picture->sizeCm.height() / kCmPerInch * kScreenDpi);
                    edits << Edit{f.position() + i, 1, sized, {}};
                    if (!kept.contains(key)) {
                        document->addResource(QTextDocument::ImageResource, QUrl(key), picture->image);
                        kept.insert(key, *picture);
                    }
                }
            } else if (format.isAnchor() && !isSafeLink(format.anchorHref())) {
                QTextCharFormat plain = format;
                plain.setAnchor(false);
                plain.clearProperty(QTextFormat::AnchorHref);
                plain.setFontUnderline(false);
                plain.clearForeground();
                edits << Edit{f.position(), f.length(), plain, {}};
            }
        }
    }
    // From the end, so the words put in for a picture move nothing still to be changed.
    QTextCursor cursor(document);
    for (auto e = edits.crbegin(); e != edits.crend(); ++e) {
        cursor.setPosition(e->position);
        cursor.setPosition(e->position + e->length, QTextCursor::KeepAnchor);
        if (e->words.isEmpty())
            cursor.setCharFormat(e->format);
        else
            cursor.insertText(e->words, e->format);
    }
    return kept;
}

Report shownSafely(const Report &report)
{
    Report safe = report;
    safe.title = qdf::shownSafely(report.title, false);
    safe.runningNote = qdf::shownSafely(report.runningNote, false);
    for (Block &b : safe.blocks) {
        b.text = qdf::shownSafely(b.text);
        for (QString &h : b.headers)
            h = qdf::shownSafely(h);
        for (QStringList &row : b.rows) {
            for (QString &cell : row)
                cell = qdf::shownSafely(cell);
        }
    }
    return safe;
}

QVariant ClosedTextDocument::loadResource(int, const QUrl &)
{
    return QVariant();
}

} // namespace qdf::report
