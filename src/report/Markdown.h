#pragma once

#include "core/SafeText.h"
#include "report/SafeOutput.h"

#include <QTextCursor>
#include <QTextDocument>

namespace qdf::report {

// Markdown as people write it in answers and Schedules, on screen and in print: GitHub's
// dialect, but raw HTML is shown as text, never interpreted (an answer containing <script>
// is just words).
inline constexpr QTextDocument::MarkdownFeatures kMarkdownFeatures =
    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

// Reads people's Markdown into the document, made safe (SafeOutput.h): characters that act or
// disguise shown, pictures only from `pictures` (the workbook's own files), links only to pages
// and mail. Returns the pictures it shows.
inline QMap<QString, Picture> setMarkdown(QTextDocument *document, const QString &text, const Pictures &pictures = {})
{
    document->setMarkdown(qdf::shownSafely(text), kMarkdownFeatures);
    return makeSafe(document, 0, document->characterCount(), pictures);
}

// The same at a cursor, in a longer document.
inline QMap<QString, Picture> insertMarkdown(QTextCursor &cursor, const QString &text, const Pictures &pictures = {})
{
    const int start = cursor.position();
    cursor.insertMarkdown(qdf::shownSafely(text), kMarkdownFeatures);
    const int end = cursor.position();
    auto kept = makeSafe(cursor.document(), start, end, pictures);
    cursor.movePosition(QTextCursor::End);
    return kept;
}

} // namespace qdf::report
