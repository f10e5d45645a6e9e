#include "report/ReportWriter.h"

#include "report/FlowWriters.h"
#include "report/PdfOutline.h"
#include "report/ReportDocument.h"
#include "report/SafeOutput.h"
#include "report/XmlText.h"

#include "core/SafeText.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QMap>
#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>

#include <algorithm>
#include <cmath>

namespace qdf::report {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::report", text);
}

void setUpPdf(QPdfWriter &writer, const Report &report);

// Painted by Qt's PDF writer into memory, then given its bookmarks and language by qpdf.
Status writePdf(const Report &report, QIODevice &device)
{
    QBuffer painted;
    painted.open(QIODevice::WriteOnly);
    QVector<OutlineEntry> outline;
    {
        QPdfWriter writer(&painted);
        setUpPdf(writer, report);
        if (Status s = paintReport(report, writer, &outline); !s)
            return s;
    }
    auto pdf = addOutline(painted.data(), outline, report.language);
    if (!pdf)
        return pdf.error();
    if (device.write(*pdf) != pdf->size())
        return makeError(Error::Code::Io, device.errorString());
    return Status::success();
}

// A heading is kept whole on one page, with the first line of what follows it: one that
// would split or end a page starts the next instead. Each move can move what follows, so
// the document is walked again from the heading moved.
void keepHeadingsWithNext(QTextDocument &doc, const QSizeF &pageSize)
{
    const double pageHeight = pageSize.height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const auto pageOf = [&](double y) { return int(std::floor(y / pageHeight)); };
    QTextBlock from = doc.begin();
    while (from.isValid()) {
        QTextBlock moved;
        for (QTextBlock b = from; b.isValid(); b = b.next()) {
            const QTextBlockFormat format = b.blockFormat();
            if (format.headingLevel() == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            const QRectF r = layout->blockBoundingRect(b);
            double end = r.bottom() - 1;
            // What follows: one-line blocks (a note under the heading) come along whole, then
            // the first line of the next.
            QTextBlock next = b.next();
            for (int lines = 0; next.isValid() && next.layout() && next.layout()->lineCount() == 1 && lines < 2; ++lines) {
                end = std::max(end, layout->blockBoundingRect(next).bottom() - 1);
                next = next.next();
            }
            if (next.isValid() && next.layout() && next.layout()->lineCount() > 0)
                end = std::max(end, layout->blockBoundingRect(next).top() + next.layout()->lineAt(0).rect().bottom() - 1);
            const int page = pageOf(r.top());
            // Already at the top of its page, it cannot do better.
            if (pageOf(end) != page && r.top() - page * pageHeight > 1) {
                QTextBlockFormat breaking = format;
                breaking.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(b).setBlockFormat(breaking);
                // Laid out again from the heading on, by need (blockBoundingRect lays out up to
                // the block asked for): what precedes it cannot move. Setting the page size
                // again laid the whole document out for every heading moved.
                doc.markContentsDirty(b.position(), doc.characterCount() - b.position());
                moved = b;
                break;
            }
        }
        from = moved.isValid() ? moved.next() : QTextBlock();
    }
}

} // namespace

namespace {

struct DraftMarks {
    QVector<QPair<double, double>> stretches;  // top and bottom of each run of draft content
    bool only = false;                         // the page shows nothing but draft content
};

// A report laid out in pages on a device: every part starts on a new page, headings kept
// with what follows them.
struct Paged {
    Paged(const Report &report, QPagedPaintDevice &device)
        : built(buildDocument(report, true)), area(device.pageLayout().paintRectPixels(device.logicalDpiX())),
          band(area.height() * 0.05), body(area.width(), area.height() - 2 * band)
    {
        for (auto &doc : built.documents) {
            // A null page size first: the layout, made when first asked for, would otherwise lay
            // the whole document out for the screen before it is laid out again for the page
            // (Qt's layout skips a document whose page size is null).
            doc->setPageSize(QSizeF(0, 0));
            doc->documentLayout()->setPaintDevice(&device);
            // Each block keeps the glyphs its layout shaped: Qt's text layout throws them away
            // after laying a block out, and drawing the page then shaped every line again (14% of
            // a publish's instructions, issue 16). The document is drawn once, right after: the memory is brief.
            for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
                b.layout()->setCacheEnabled(true);
            doc->setPageSize(body);
            keepHeadingsWithNext(*doc, body);
            firstPage << pageCount + 1;
            pageCount += doc->pageCount();
        }
    }

    // The page (1-based) a block starts or ends on.
    int pageAt(const BuiltDocument::Place &place, bool bottom) const
    {
        const QRectF r = built.documents[place.part]->documentLayout()->blockBoundingRect(place.block);
        return firstPage[place.part] + int(std::floor(((bottom ? r.bottom() - 1 : r.top())) / body.height()));
    }

    // Where each page shows draft content: the stretches of it (in the page body's
    // coordinates), and whether the page shows nothing else.
    QMap<int, DraftMarks> draftMarks() const
    {
        QMap<int, DraftMarks> marks;
        for (int part = 0; part < int(built.documents.size()); ++part) {
            const QTextDocument &doc = *built.documents[part];
            QVector<QPair<int, int>> ranges;  // block positions of the part's draft runs
            for (const auto &[first, last] : built.draftRanges) {
                if (first.part == part)
                    ranges << qMakePair(first.block.position(), last.block.position());
            }
            QSet<int> mixed;  // pages that show something not draft
            for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
                if (b.text().trimmed().isEmpty())
                    continue;
                const bool draft = std::any_of(ranges.cbegin(), ranges.cend(), [&](const QPair<int, int> &r) {
                    return b.position() >= r.first && b.position() <= r.second;
                });
                const QRectF rect = doc.documentLayout()->blockBoundingRect(b);
                const int firstOfPart = firstPage[part];
                const int from = firstOfPart + int(std::floor(rect.top() / body.height()));
                const int to = firstOfPart + int(std::floor((rect.bottom() - 1) / body.height()));
                for (int page = from; page <= to; ++page) {
                    if (!draft) {
                        mixed.insert(page);
                        continue;
                    }
                    const double offset = (page - firstOfPart) * body.height();
                    DraftMarks &m = marks[page];
                    const double top = std::max(0.0, rect.top() - offset), bottom = std::min(body.height(), rect.bottom() - offset);
                    // Neighbouring draft blocks make one stretch.
                    if (!m.stretches.isEmpty() && top - m.stretches.last().second < 40)
                        m.stretches.last().second = std::max(m.stretches.last().second, bottom);
                    else
                        m.stretches << qMakePair(top, bottom);
                }
            }
            for (auto it = marks.begin(); it != marks.end(); ++it) {
                if (it.key() >= firstPage[part] && (part + 1 == int(firstPage.size()) || it.key() < firstPage[part + 1]))
                    it->only = !mixed.contains(it.key());
            }
        }
        return marks;
    }

    BuiltDocument built;
    QRect area;
    double band;   // the header's and the footer's
    QSizeF body;   // the page less the bands
    QVector<int> firstPage;  // of each part, 1-based
    int pageCount = 0;
};

void setUpPdf(QPdfWriter &writer, const Report &report)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(20, 16, 20, 16), QPageLayout::Millimeter);
    writer.setTitle(qdf::shownSafely(report.title, false));
    writer.setCreator(QStringLiteral("QDF Workbench"));
}

// The page each of the report's headings falls on in the PDF: what a word processor's
// contents shows until it numbers the pages itself.
QVector<int> headingPages(const Report &report)
{
    QBuffer nowhere;
    nowhere.open(QIODevice::WriteOnly);
    QPdfWriter writer(&nowhere);
    setUpPdf(writer, report);
    const Paged paged(report, writer);
    QVector<int> pages;
    for (const auto &h : paged.built.headings)
        pages << (h.place.block.isValid() ? paged.pageAt(h.place, false) : 0);
    return pages;
}

} // namespace

QVector<DraftPage> draftPages(const Report &report)
{
    QBuffer nowhere;
    nowhere.open(QIODevice::WriteOnly);
    QPdfWriter writer(&nowhere);
    setUpPdf(writer, report);
    const QMap<int, DraftMarks> marks = Paged(report, writer).draftMarks();
    QVector<DraftPage> pages;
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        pages << DraftPage{it.key(), it->only};
    return pages;
}

// Pages with a running header (title and note) from page 2, "Page n of m" in the footer, the
// contents' page numbers filled in after layout, and DRAFT across every page that shows any
// draft content.
Status paintReport(const Report &report, QPagedPaintDevice &writer, QVector<OutlineEntry> *outline)
{
    Paged paged(report, writer);
    BuiltDocument &built = paged.built;
    const double band = paged.band;
    const QSizeF body = paged.body;
    const QRect area = paged.area;
    const int pageCount = paged.pageCount;
    const QVector<int> &firstPage = paged.firstPage;
    const auto pageAt = [&](const BuiltDocument::Place &place, bool bottom) { return paged.pageAt(place, bottom); };

    // Page numbers: computed for every heading first, then written (into the contents, which
    // is in an earlier part), so writing one cannot move the next.
    QVector<int> pages;
    for (const auto &heading : std::as_const(built.contentsHeadings))
        pages << (heading.block.isValid() ? pageAt(heading, false) : 0);
    // One edit: the contents' document is laid out again once, not once a number.
    if (built.contents && !pages.isEmpty()) {
        QTextCursor numbers = built.contents->cellAt(0, 1).firstCursorPosition();
        numbers.beginEditBlock();
        for (int i = 0; i < pages.size(); ++i) {
            numbers.setPosition(built.contents->cellAt(i, 1).firstCursorPosition().position());
            numbers.insertText(QString::number(pages[i]));
        }
        numbers.endEditBlock();
    }

    // Where each heading was drawn, in points from the top of its page.
    const QMarginsF margins = writer.pageLayout().marginsPoints();
    const double pointsPerPixel = 72.0 / writer.logicalDpiY();
    for (const auto &h : std::as_const(built.headings)) {
        if (!outline || !h.place.block.isValid())
            break;
        const double y = built.documents[h.place.part]->documentLayout()->blockBoundingRect(h.place.block).top();
        const double inPage = y - std::floor(y / body.height()) * body.height();
        outline->push_back({h.level, h.text, pageAt(h.place, false), margins.top() + (band + inPage) * pointsPerPixel});
    }

    const QMap<int, DraftMarks> drafts = paged.draftMarks();

    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(Error::Code::Io, tr("the pages could not be started"));
    QFont small(QStringLiteral("DejaVu Sans"), 8);
    const QColor muted(0x5b, 0x67, 0x70);
    for (int page = 1; page <= pageCount; ++page) {
        if (page > 1)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(muted);
        if (page > 1) {
            const QRectF header(0, 0, area.width(), band * 0.8);
            // The title gives way to the note beside it (a bilingual title is long).
            const QString title = qdf::shownSafely(report.title, false);
            const QString note = qdf::shownSafely(report.runningNote, false);
            const QFontMetricsF metrics(painter.font(), &writer);
            const double room = area.width() - metrics.horizontalAdvance(note) - metrics.averageCharWidth() * 3;
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(title, Qt::ElideRight, qMax(0.0, room)));
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, note);
            painter.drawLine(QPointF(0, band * 0.8), QPointF(area.width(), band * 0.8));
        }
        painter.drawText(QRectF(0, area.height() - band * 0.8, area.width(), band * 0.8), Qt::AlignCenter,
                         documentText(report.language, QT_TRANSLATE_NOOP("qdf::report", "Page %1 of %2")).arg(page).arg(pageCount));

        const int part = int(std::upper_bound(firstPage.cbegin(), firstPage.cend(), page) - firstPage.cbegin()) - 1;
        const int local = page - firstPage[part];
        painter.save();
        painter.translate(0, band - local * body.height());
        built.documents[part]->drawContents(&painter, QRectF(0, local * body.height(), body.width(), body.height()));
        painter.restore();

        // DRAFT across a page that shows only draft content; beside draft content that shares a
        // page with adopted text, a rule in the margin with the word, never across the adopted text.
        if (const auto mark = drafts.constFind(page); mark != drafts.cend()) {
            const QColor red(0x8a, 0x1c, 0x1c);
            if (mark->only) {
                painter.save();
                painter.translate(area.width() / 2.0, area.height() / 2.0);
                painter.rotate(-40);
                QFont big(QStringLiteral("DejaVu Sans"), 96, QFont::Bold);
                painter.setFont(big);
                painter.setPen(QColor(200, 40, 40, 60));
                painter.drawText(QRectF(-area.width(), -area.height() / 4.0, 2.0 * area.width(), area.height() / 2.0),
                                 Qt::AlignCenter, documentText(report.language, QT_TRANSLATE_NOOP("qdf::report", "DRAFT")));
                painter.restore();
            } else {
                const double gap = writer.logicalDpiX() * 3 / 25.4;  // 3 mm left of the text
                for (const auto &[top, bottom] : mark->stretches) {
                    const QRectF rule(-gap - gap / 3, band + top, gap / 3, bottom - top);
                    painter.fillRect(rule, QColor(200, 40, 40, 90));
                    painter.save();
                    painter.translate(rule.left() - gap / 4, band + top);
                    painter.rotate(-90);
                    painter.setFont(small);
                    painter.setPen(red);
                    painter.drawText(QRectF(-(bottom - top), -gap * 2, bottom - top, gap * 2),
                                     Qt::AlignRight | Qt::AlignBottom, documentText(report.language, QT_TRANSLATE_NOOP("qdf::report", "DRAFT")));
                    painter.restore();
                }
            }
            painter.setFont(small);
            painter.setPen(red);
            painter.drawText(QRectF(0, area.height() - band * 0.8, area.width(), band * 0.8),
                             Qt::AlignRight | Qt::AlignVCenter, documentText(report.language, QT_TRANSLATE_NOOP("qdf::report", "DRAFT")));
        }
    }
    if (!painter.end())
        return makeError(Error::Code::Io, tr("the pages could not be finished"));
    return Status::success();
}

QString formatSlug(Format format)
{
    switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Docx: return QStringLiteral("docx");
    case Format::Odt: return QStringLiteral("odt");
    case Format::Html: return QStringLiteral("html");
    }
    return {};
}

QStringList formatSlugs()
{
    return {formatSlug(Format::Pdf), formatSlug(Format::Docx), formatSlug(Format::Odt), formatSlug(Format::Html)};
}

std::optional<Format> formatFromSlug(const QString &slug)
{
    for (Format f : {Format::Pdf, Format::Docx, Format::Odt, Format::Html}) {
        if (formatSlug(f) == slug)
            return f;
    }
    return std::nullopt;
}

Status writeReport(const Report &report, Format format, QIODevice &device)
{
    switch (format) {
    case Format::Pdf:
        return writePdf(report, device);
    case Format::Docx:
    case Format::Odt: {
        // ODT's contents number their pages as LibreOffice lays them out; Word's PAGEREF
        // fields show the number they hold until Word updates them, so they start with the PDF's.
        auto bytes = format == Format::Docx ? flow::docx(flow::flowOf(report, headingPages(report))) : flow::odt(flow::flowOf(report));
        if (!bytes)
            return bytes.error();
        if (device.write(*bytes) != bytes->size())
            return makeError(Error::Code::Io, device.errorString());
        return Status::success();
    }
    case Format::Html: {
        const QByteArray page = flow::html(flow::flowOf(report));
        if (device.write(page) != page.size())
            return makeError(Error::Code::Io, device.errorString());
        return Status::success();
    }
    }
    return makeError(Error::Code::InvalidArgument, tr("unknown format"));
}

Status writeReport(const Report &report, Format format, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (Status s = writeReport(report, format, file); !s) {
        file.cancelWriting();
        return makeError(s.error().code, QStringLiteral("%1: %2").arg(path, s.error().message));
    }
    if (!file.commit())
        return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace qdf::report
