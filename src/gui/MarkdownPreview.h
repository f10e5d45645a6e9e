#pragma once

#include "core/report/Report.h"
#include "report/Markdown.h"

namespace qdf::gui {

// People's Markdown in one of the window's previews, as every document shows it: pictures only
// from the workbook's own files (those the text names), links only to pages and mail, nothing
// that acts or disguises (report/SafeOutput.h). What a preview shows is what is published.
inline void showMarkdown(QTextDocument *document, Workbook &workbook, const QString &text)
{
    report::setMarkdown(document, text, report::picturesIn(workbook, {text}).valueOr({}));
}

} // namespace qdf::gui
