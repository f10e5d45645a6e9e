#pragma once

#include "core/Error.h"
#include "core/report/Report.h"

#include <optional>

class QIODevice;
class QPagedPaintDevice;

namespace qdf::report {

enum class Format { Pdf, Docx, Odt, Html };
std::optional<Format> formatFromSlug(const QString &slug);  // pdf, docx, odt, html
QString formatSlug(Format format);
QStringList formatSlugs();  // every format, in the order offered

// Writes the report to `path` in `format`. The output goes to a temporary file that replaces
// `path` only when complete, so a failed export never leaves a half-written file where a good
// one was.
Status writeReport(const Report &report, Format format, const QString &path);

// The same, onto an open device (QSaveFile, a buffer).
Status writeReport(const Report &report, Format format, QIODevice &device);

struct OutlineEntry;

// The pages of the report's PDF that show draft content, and whether each shows nothing else:
// DRAFT is written across those; elsewhere it stands in the margin beside the draft content.
struct DraftPage {
    int page = 0;  // 1-based
    bool only = false;
};
QVector<DraftPage> draftPages(const Report &report);

// Paints the report as pages onto a paged device set up by the caller (a QPrinter for print
// and print preview, the PDF writer): running header, page numbers, DRAFT marks; a heading
// never splits across pages nor ends one. `outline`, when given, receives where each of the
// report's headings was drawn (for the PDF's bookmarks).
Status paintReport(const Report &report, QPagedPaintDevice &device, QVector<OutlineEntry> *outline = nullptr);

} // namespace qdf::report
