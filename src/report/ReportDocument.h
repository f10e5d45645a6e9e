#pragma once

#include "core/report/Report.h"

#include <QPair>
#include <QTextBlock>
#include <QTextTable>
#include <QTextDocument>
#include <QVector>

#include <memory>

namespace qdf::report {

// A report laid into a QTextDocument. User text goes in through insertText and insertMarkdown
// (raw HTML off), never as HTML, so it can never inject markup.
// Blocks are held as QTextBlock handles, which stay valid when text is inserted elsewhere
// (the PDF writer fills in page numbers after layout).
struct BuiltDocument {
    std::unique_ptr<QTextDocument> document;
    QTextTable *contents = nullptr;         // rows in heading order; column 1 takes page numbers
    QVector<QTextBlock> contentsHeadings;   // the heading each contents row points to
    QVector<QPair<QTextBlock, QTextBlock>> draftRanges;  // first and last block of DRAFT content
};

// withPageColumn: the contents get a column for page numbers, filled in by the PDF writer.
BuiltDocument buildDocument(const Report &report, bool withPageColumn);

} // namespace qdf::report
