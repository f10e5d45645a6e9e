#pragma once

#include <QTextDocument>

namespace qdf::report {

// Markdown as people write it in answers and Schedules, on screen and in print: GitHub's
// dialect, but raw HTML is shown as text, never interpreted (an answer containing <script>
// is just words).
inline constexpr QTextDocument::MarkdownFeatures kMarkdownFeatures =
    QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

inline void setMarkdown(QTextDocument *document, const QString &text)
{
    document->setMarkdown(text, kMarkdownFeatures);
}

} // namespace qdf::report
