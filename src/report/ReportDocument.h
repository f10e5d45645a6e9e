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
// (the paginator fills in page numbers after layout).
//
// For paged output the report is cut into one document per part that starts on a new page
// (the title page, then each level-1 heading): drawing a page walks its whole document, so
// small documents keep printing linear in the number of pages rather than quadratic.
struct BuiltDocument {
    struct Place {
        int part = 0;  // index into documents
        QTextBlock block;
    };
    std::vector<std::unique_ptr<QTextDocument>> documents;
    QTextTable *contents = nullptr;  // rows in heading order; column 1 takes page numbers
    QVector<Place> contentsHeadings; // the heading each contents row points to
    QVector<QPair<Place, Place>> draftRanges;  // first and last block of each run of DRAFT content
    struct Heading {
        Place place;
        int level = 1;
        QString text;
    };
    QVector<Heading> headings;  // the report's own headings, in order: the PDF's bookmarks

    QTextDocument &document() const { return *documents.front(); }
};

// paged: split into parts at page breaks, and give the contents a page-number column.
BuiltDocument buildDocument(const Report &report, bool paged);

} // namespace qdf::report
