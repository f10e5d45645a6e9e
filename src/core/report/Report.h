#pragma once

// One report pipeline: the core describes a document as plain blocks (no Qt Gui), and
// src/report renders the blocks to PDF, DOCX, ODT or HTML. The Framework, the Workbook printout and
// (later) the Catalyst and review reports are all builders of this one model.

#include "core/i18n/Language.h"
#include "core/Error.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace qdf {
class Workbook;
}

namespace qdf::report {

struct Block {
    enum class Kind {
        Title,      // the document's title (first page)
        Subtitle,
        Heading,    // level 1 starts a new page in paged formats; levels 1-2 go in the contents
        Paragraph,  // plain text, shown exactly as written
        Note,       // small print: versions, sign-offs, dates
        Markdown,   // what people wrote: rendered, raw HTML shown as text
        Table,      // headers and rows of plain text
        Contents,   // the table of contents, filled in by the renderer
        PageBreak,
    };
    Kind kind = Kind::Paragraph;
    int level = 1;
    QString text;
    QStringList headers;
    QVector<QStringList> rows;
    QVector<int> columnPercentages;  // a table's column widths; empty: fitted to the text
    bool draft = false;  // part of a Schedule not adopted into the Framework
    QString language;    // BCP 47 of its words where they are not in the document's language; empty: the document's
    bool samePage = false;  // a level-1 heading or title that goes on the page it meets (a bilingual part's second language)
    int unit = 0;        // the part of the document it belongs to, for putting a bilingual edition together
    bool shared = false; // its unit is the same in every language (the contents): a bilingual edition shows it once
};

// What a column of a table holds, so a spreadsheet gets numbers as numbers and dates as dates
// (never "June 2027" read as a date). A cell that does not read as its column's type stays text.
enum class CellType {
    Text,
    Number,  // C-locale decimal: 10, 2.5
    Date,    // ISO 8601: 2027-06-30
};

// A table as exports see it: CSV and XLSX write it, reports print it.
struct Table {
    QStringList headers;
    QVector<QStringList> rows;
    QVector<CellType> types;  // by column; a column not listed holds text

    CellType type(int column) const { return types.value(column, CellType::Text); }
};

struct Report {
    QString title;         // also the running header of paged formats
    QString runningNote;   // beside the title in the running header (e.g. programme, revision)
    QString language = qdf::language::documentLanguage();  // BCP 47: the document's language in every format
    QVector<Block> blocks;
    // The workbook's own files (reference materials) that its Markdown may show as pictures, by
    // the name it gives them: a document takes pictures from nowhere else (docs/security.md).
    QMap<QString, QByteArray> pictures;

    // Builders append with these; each block is marked with the language being built in
    // (core/report/Wording.h), or with `language` where the words are in another.
    void add(Block::Kind kind, const QString &text, int level = 1, bool draft = false);
    void addIn(const QString &language, Block::Kind kind, const QString &text, int level = 1, bool draft = false);
    void addTable(const QStringList &headers, const QVector<QStringList> &rows, const QVector<int> &columnPercentages = {});
    // Starts the next part of the document, in every language alike (Wording.h, editionOf).
    void beginUnit(bool shared = false);

private:
    int m_unit = 0;
    bool m_shared = false;
};

// What language a document is in: qdf publish|print --lang (core/report/Wording.h).
enum class Edition {
    AsWritten,  // no --lang: fixed texts in the language spoken, each text in it where written, else in its own
    English,
    Welsh,
    Bilingual,  // Welsh and English in turn, part by part, Welsh first
};
std::optional<Edition> editionFromSlug(const QString &slug);  // "en", "cy", "both"

// The workbook's reference materials whose names these Markdown texts mention, by name: the
// pictures they may show (Report::pictures, the window's previews). Where two files share a
// name, the first attached is the one.
Result<QMap<QString, QByteArray>> picturesIn(Workbook &workbook, const QStringList &markdown);

// Fills the report's pictures from its Markdown blocks (every builder ends with it).
Status addPictures(Workbook &workbook, Report &report);

// The Quality and Delivery Framework, from a master: title page (programme, revision, date,
// status), contents, the QDF Index, then the adopted Schedules by CAREMORE section, each with
// its version and sign-off record. With includeDrafts, the Schedules not yet adopted follow in
// their sections, each marked DRAFT.
Result<Report> frameworkReport(Workbook &workbook, bool includeDrafts, Edition edition = Edition::AsWritten);

// A participant's Workbook as a folder of CAREMORE sections: questions and answers, working
// examples, the list of reference materials, draft Schedules. `sectionKeys` chooses sections
// (empty: all, in order); an unknown key is an error.
Result<Report> workbookReport(Workbook &workbook, const QStringList &sectionKeys = {}, Edition edition = Edition::AsWritten);

} // namespace qdf::report
