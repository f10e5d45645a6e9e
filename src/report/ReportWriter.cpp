#include "report/ReportWriter.h"

#include "report/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocumentWriter>

#include <algorithm>
#include <cmath>

namespace qdf::report {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::report", text);
}

Status writePdf(const Report &report, QIODevice &device)
{
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(20, 16, 20, 16), QPageLayout::Millimeter);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("QDF Workbench"));
    return paintReport(report, writer);
}

} // namespace

// Pages with a running header (title and note) from page 2, "Page n of m" in the footer, the
// contents' page numbers filled in after layout, and DRAFT across every page that shows any
// draft content.
Status paintReport(const Report &report, QPagedPaintDevice &writer)
{
    BuiltDocument built = buildDocument(report, true);
    const QRect area = writer.pageLayout().paintRectPixels(writer.logicalDpiX());
    const double band = area.height() * 0.05;  // header and footer bands
    const QSizeF body(area.width(), area.height() - 2 * band);
    // Lay out every part; each starts on a new page.
    QVector<int> firstPage;  // of each part, 1-based
    int pageCount = 0;
    for (auto &doc : built.documents) {
        doc->documentLayout()->setPaintDevice(&writer);
        doc->setPageSize(body);
        firstPage << pageCount + 1;
        pageCount += doc->pageCount();
    }
    auto pageAt = [&](const BuiltDocument::Place &place, bool bottom) {
        const QRectF r = built.documents[place.part]->documentLayout()->blockBoundingRect(place.block);
        return firstPage[place.part] + int(std::floor(((bottom ? r.bottom() - 1 : r.top())) / body.height()));
    };

    // Page numbers: computed for every heading first, then written (into the contents, which
    // is in an earlier part), so writing one cannot move the next.
    QVector<int> pages;
    for (const auto &heading : std::as_const(built.contentsHeadings))
        pages << (heading.block.isValid() ? pageAt(heading, false) : 0);
    for (int i = 0; i < pages.size() && built.contents; ++i)
        built.contents->cellAt(i, 1).firstCursorPosition().insertText(QString::number(pages[i]));

    QSet<int> draftPages;
    for (const auto &[first, last] : std::as_const(built.draftRanges)) {
        for (int p = pageAt(first, false); p <= pageAt(last, true); ++p)
            draftPages.insert(p);
    }

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
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, report.title);
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, report.runningNote);
            painter.drawLine(QPointF(0, band * 0.8), QPointF(area.width(), band * 0.8));
        }
        painter.drawText(QRectF(0, area.height() - band * 0.8, area.width(), band * 0.8), Qt::AlignCenter,
                         tr("Page %1 of %2").arg(page).arg(pageCount));

        const int part = int(std::upper_bound(firstPage.cbegin(), firstPage.cend(), page) - firstPage.cbegin()) - 1;
        const int local = page - firstPage[part];
        painter.save();
        painter.translate(0, band - local * body.height());
        built.documents[part]->drawContents(&painter, QRectF(0, local * body.height(), body.width(), body.height()));
        painter.restore();

        if (draftPages.contains(page)) {
            painter.save();
            painter.translate(area.width() / 2.0, area.height() / 2.0);
            painter.rotate(-40);
            QFont big(QStringLiteral("DejaVu Sans"), 96, QFont::Bold);
            painter.setFont(big);
            painter.setPen(QColor(200, 40, 40, 60));
            painter.drawText(QRectF(-area.width(), -area.height() / 4.0, 2.0 * area.width(), area.height() / 2.0),
                             Qt::AlignCenter, tr("DRAFT"));
            painter.restore();
            painter.setFont(small);
            painter.setPen(QColor(0x8a, 0x1c, 0x1c));
            painter.drawText(QRectF(0, area.height() - band * 0.8, area.width(), band * 0.8),
                             Qt::AlignRight | Qt::AlignVCenter, tr("DRAFT"));
        }
    }
    if (!painter.end())
        return makeError(Error::Code::Io, tr("the pages could not be finished"));
    return Status::success();
}

std::optional<Format> formatFromSlug(const QString &slug)
{
    if (slug == QLatin1String("pdf"))
        return Format::Pdf;
    if (slug == QLatin1String("odt"))
        return Format::Odt;
    if (slug == QLatin1String("html"))
        return Format::Html;
    return std::nullopt;
}

Status writeReport(const Report &report, Format format, QIODevice &device)
{
    switch (format) {
    case Format::Pdf:
        return writePdf(report, device);
    case Format::Odt: {
        // The ODF writer closes its device when done, which a QSaveFile forbids: write to a
        // buffer, then pass the bytes on.
        BuiltDocument built = buildDocument(report, false);
        QBuffer buffer;
        QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
        if (!writer.write(&built.document()))
            return makeError(Error::Code::Io, tr("the ODT document could not be written"));
        if (device.write(buffer.data()) != buffer.data().size())
            return makeError(Error::Code::Io, device.errorString());
        return Status::success();
    }
    case Format::Html: {
        BuiltDocument built = buildDocument(report, false);
        const QByteArray html = built.document().toHtml().toUtf8();
        if (device.write(html) != html.size())
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
