#pragma once

// A report as a flow of structured paragraphs and tables: what the word-processor and web
// formats (DOCX, ODT, HTML) write, each in its own dialect. People's Markdown is read here,
// once, into headings, lists, tables and bold or italic runs, so the three writers agree on
// what a document holds and none of them parses anything. (PDF is painted from a
// QTextDocument instead: ReportDocument.h.)

#include "core/report/Report.h"
#include "report/SafeOutput.h"

#include <optional>
#include <variant>

namespace qdf::report::flow {

struct Run {
    Run() = default;
    explicit Run(QString t) : text(std::move(t)) {}

    QString text;  // may hold '\n' (a line break inside the paragraph) and '\t'
    bool bold = false;
    bool italic = false;
    bool code = false;
    bool strike = false;
    QString href;  // a link, when not empty
    int picture = -1;  // an inline picture (an index into Flow::pictures), `text` its description
};

enum class Style {
    Title,
    Subtitle,
    Heading,   // with a level 1-6
    Body,
    Note,      // small print
    Code,      // a line of a code block
    Quote,
    Cell,
    HeaderCell,
};

struct ListMark {
    int list = 0;    // one id per list in the document: items with the same id number on
    bool ordered = false;
    int depth = 0;   // 0: the outermost list
};

struct Paragraph {
    Style style = Style::Body;
    int level = 0;  // headings
    QVector<Run> runs;
    std::optional<ListMark> list;
    bool draft = false;
    bool pageBreakBefore = false;
    QString anchor;  // the report's own headings: where contents entries and bookmarks point
    QString language;  // BCP 47 where it is not the document's; empty: the document's
    bool samePage = false;  // a title or part heading that follows another language's on its page (less room above)

    QString plainText() const;
};

struct Cell {
    QVector<Paragraph> paragraphs;
};

struct Table {
    QVector<double> widths;  // each column's share of the text width; they add up to 1
    int headerRows = 0;      // repeated on every page
    QVector<QVector<Cell>> rows;
    bool draft = false;
    bool pageBreakBefore = false;
    QString language;  // as a paragraph's; its cells' paragraphs carry it too
};

struct ContentsEntry {
    int level = 1;
    QString text;
    QString anchor;
    int page = 0;  // as the PDF lays it out; 0: not known
};

struct Contents {
    QString title;
    QVector<ContentsEntry> entries;
    bool pageBreakBefore = false;
};

using Item = std::variant<Paragraph, Table, Contents>;

struct Flow {
    QString title;
    QString runningNote;
    QString language;
    QVector<Item> items;
    int lists = 0;  // list ids run 1..lists
    QVector<Picture> pictures;  // the workbook's own files the document shows, each once
};

// Headings written inside people's Markdown sit this many levels below the report's own
// (and never deeper than 6), in every format.
inline int demotedLevel(int level)
{
    return qMin(6, level + 3);
}

// `headingPages`, when given, holds the page of each of the report's headings in order (as
// the PDF lays them out), for formats whose contents cannot number themselves.
Flow flowOf(const Report &report, const QVector<int> &headingPages = {});

} // namespace qdf::report::flow
