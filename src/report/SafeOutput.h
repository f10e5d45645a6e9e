#pragma once

// What a document may take from what people wrote, decided in one place for every format (PDF
// and print, DOCX, ODT, HTML) and for the window's previews (docs/security.md, "Safe output"):
//
// - pictures only from the workbook's own files (Report::pictures), never from the publisher's
//   disk nor the network; any other picture becomes words saying it was left out, and why;
// - links only to web pages (http, https) and mail (mailto); any other link is plain text;
// - no character that acts or disguises (core/SafeText.h): each is shown as ⟨U+…⟩.

#include "core/report/Report.h"

#include <QImage>
#include <QMap>
#include <QSizeF>
#include <QTextDocument>

#include <optional>

namespace qdf::report {

// The workbook's own files that Markdown may show, by the name it gives them.
using Pictures = QMap<QString, QByteArray>;

// A picture a document shows, decoded and checked.
struct Picture {
    QString name;       // the workbook's file it is
    QByteArray bytes;   // exactly as stored
    QString mime;       // image/png, image/jpeg, image/gif
    QString suffix;     // png, jpg, gif
    QImage image;
    QSizeF sizeCm;      // as printed: its own resolution (96 dpi when it says none), within the text width
};

// The picture Markdown names as `source`, if a document may show it; otherwise nothing, with the
// words saying why in `whyNot`.
std::optional<Picture> pictureFor(const Pictures &pictures, const QString &source, QString *whyNot);

// Whether a link may stay a link: http or https to a host, or mailto.
bool isSafeLink(const QString &href);

// Makes what Markdown read into [from, to] of the document safe: pictures the document may show
// are added to it as resources (and sized), others replaced by words saying they were left out;
// links that are not safe become plain text. Returns the pictures kept, by the name their
// format now carries.
QMap<QString, Picture> makeSafe(QTextDocument *document, int from, int to, const Pictures &pictures);

// The report with every text shown safely (titles, headings, paragraphs, tables, Markdown):
// what the renderers lay out.
Report shownSafely(const Report &report);

// A text document that loads nothing by itself: Qt's own would read a picture's file from the
// disk when it is laid out. Its pictures are only those makeSafe added.
class ClosedTextDocument : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace qdf::report
