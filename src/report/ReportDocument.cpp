#include "report/ReportDocument.h"

#include "report/ColumnWidths.h"
#include "report/Markdown.h"

#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

namespace qdf::report {
namespace {

const QColor kInk(0x1d, 0x3b, 0x53);
const QColor kMuted(0x5b, 0x67, 0x70);
const QColor kRule(0xd8, 0xde, 0xe4);
const QColor kHeaderFill(0xee, 0xf2, 0xf6);

QTextCharFormat charFormat(double points, bool bold = false, const QColor &colour = Qt::black, bool italic = false)
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setForeground(colour);
    return f;
}

class Builder {
public:
    Builder(const Report &report, bool paged) : m_report(report), m_paged(paged)
    {
        startPart();
    }

    BuiltDocument build()
    {
        for (int i = 0; i < m_report.blocks.size(); ++i) {
            const Block &b = m_report.blocks[i];
            const int part = currentPart();
            const int start = m_cursor.position();
            const bool fresh = m_first;  // the part's first block is reused, any other is new
            add(b, i);
            if (!b.draft || currentPart() != part) {
                m_lastWasDraft = false;
                continue;
            }
            QTextDocument *doc = m_built.documents.back().get();
            // The block added starts after the one the cursor ended (unless it reused the first).
            QTextBlock firstBlock = doc->findBlock(start);
            if (!fresh && firstBlock.next().isValid())
                firstBlock = firstBlock.next();
            const BuiltDocument::Place first{part, firstBlock};
            const BuiltDocument::Place last{part, doc->findBlock(m_cursor.position())};
            if (!m_built.draftRanges.isEmpty() && m_lastWasDraft)
                m_built.draftRanges.last().second = last;
            else
                m_built.draftRanges.push_back({first, last});
            m_lastWasDraft = true;
        }
        return std::move(m_built);
    }

private:
    int currentPart() const { return int(m_built.documents.size()) - 1; }

    void startPart()
    {
        auto doc = std::make_unique<ClosedTextDocument>();
        doc->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        doc->setMetaInformation(QTextDocument::DocumentTitle, m_report.title);
        doc->setDocumentMargin(0);
        m_cursor = QTextCursor(doc.get());
        m_built.documents.push_back(std::move(doc));
        m_first = true;
        m_lastWasDraft = false;
    }

    // Starts a new block (the document's first block is reused). A pending page break starts
    // a new part when paged, or asks for a break before the block otherwise.
    void newBlock(QTextBlockFormat block, const QTextCharFormat &chars)
    {
        if (m_pendingBreak) {
            m_pendingBreak = false;
            if (m_paged)
                startPart();
            else
                block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        }
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    void text(const QString &text, const QTextCharFormat &chars)
    {
        QString t = text;
        t.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
        m_cursor.insertText(t, chars);
    }

    void add(const Block &b, int index)
    {
        QTextBlockFormat block;
        switch (b.kind) {
        case Block::Kind::Title:
            block.setTopMargin(b.samePage ? 48 : 160);
            block.setBottomMargin(12);
            newBlock(block, charFormat(28, true, kInk));
            text(b.text, charFormat(28, true, kInk));
            break;
        case Block::Kind::Subtitle:
            block.setBottomMargin(24);
            newBlock(block, charFormat(16, false, kInk));
            text(b.text, charFormat(16, false, kInk));
            break;
        case Block::Kind::Heading: {
            const double size = b.level == 1 ? 18 : b.level == 2 ? 14 : 11.5;
            block.setHeadingLevel(b.level);
            block.setTopMargin(b.level == 1 ? (b.samePage ? 28 : 6) : 14);
            block.setBottomMargin(6);
            if (b.level == 1 && !m_first && !b.samePage)
                m_pendingBreak = true;  // every part starts on a new page (a bilingual part's second language goes on)
            newBlock(block, charFormat(size, true, b.draft ? QColor(0x8a, 0x1c, 0x1c) : kInk));
            if (b.level <= 2 && m_built.contents && m_nextEntry < m_built.contentsHeadings.size())
                m_built.contentsHeadings[m_nextEntry++] = {currentPart(), m_cursor.block()};
            m_built.headings.push_back({{currentPart(), m_cursor.block()}, b.level, b.text});
            text(b.text, charFormat(size, true, b.draft ? QColor(0x8a, 0x1c, 0x1c) : kInk));
            break;
        }
        case Block::Kind::Paragraph:
            block.setBottomMargin(6);
            newBlock(block, charFormat(10.5));
            text(b.text, charFormat(10.5));
            break;
        case Block::Kind::Note:
            block.setBottomMargin(6);
            newBlock(block, charFormat(9, false, b.draft ? QColor(0x8a, 0x1c, 0x1c) : kMuted, true));
            text(b.text, charFormat(9, false, b.draft ? QColor(0x8a, 0x1c, 0x1c) : kMuted, true));
            break;
        case Block::Kind::Markdown: {
            if (b.text.trimmed().isEmpty())
                break;
            newBlock(block, charFormat(10.5));
            const int start = m_cursor.position();
            insertMarkdown(m_cursor, b.text, m_report.pictures);
            demoteHeadings(start, m_cursor.position());
            styleTables(start, m_cursor.position());
            break;
        }
        case Block::Kind::Table:
            addTable(b.headers, b.rows, b.columnPercentages);
            break;
        case Block::Kind::Contents:
            addContents(b.text, index);
            break;
        case Block::Kind::PageBreak:
            m_pendingBreak = true;
            break;
        }
    }

    // One thin rule round every cell: the document's tables and those people write.
    static QTextTableFormat ruled(QTextTableFormat format)
    {
        format.setBorder(0.5);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(4);
        format.setCellSpacing(0);
        return format;
    }

    // Tables people write in Markdown look like the document's own (one thin rule, the header row
    // shaded), not Qt's default double-ruled grid.
    void styleTables(int start, int end)
    {
        // Only the blocks just inserted: a long document's earlier tables are not walked again.
        QSet<QTextTable *> seen;
        for (QTextBlock b = m_built.documents.back()->findBlock(start); b.isValid() && b.position() <= end; b = b.next()) {
            QTextTable *table = QTextCursor(b).currentTable();
            if (!table || seen.contains(table))
                continue;
            seen.insert(table);
            const QTextTableFormat format = ruled(table->format());
            table->setFormat(format);
            for (int c = 0; c < table->columns() && format.headerRowCount() > 0; ++c) {
                QTextTableCell cell = table->cellAt(0, c);
                QTextCharFormat fill = cell.format();
                fill.setBackground(kHeaderFill);
                cell.setFormat(fill);
            }
        }
    }

    // Headings people write inside an answer or a Schedule sit below the document's own
    // (level 4 and down, small), so "## Standard" never outshouts the Schedule it belongs to.
    void demoteHeadings(int start, int end)
    {
        for (QTextBlock b = m_built.documents.back()->findBlock(start); b.isValid() && b.position() <= end; b = b.next()) {
            // The Markdown's first block merges into the open block and keeps its format, so
            // its heading shows only in the importer's relative font size.
            const int adjustment = b.begin().atEnd() ? 0
                                                     : b.begin().fragment().charFormat().intProperty(QTextFormat::FontSizeAdjustment);
            int level = b.blockFormat().headingLevel();
            if (level == 0 && adjustment > 0)
                level = qBound(1, 4 - adjustment, 3);
            if (level == 0)
                continue;
            QTextCursor c(b);
            QTextBlockFormat format = b.blockFormat();
            format.setHeadingLevel(qMin(6, level + 3));
            format.setTopMargin(8);
            format.setBottomMargin(2);
            c.setBlockFormat(format);
            c.select(QTextCursor::BlockUnderCursor);
            QTextCharFormat chars;
            chars.setFontPointSize(level == 1 ? 11.5 : 10.5);
            chars.setProperty(QTextFormat::FontSizeAdjustment, 0);  // the importer's relative size
            chars.setFontWeight(QFont::Bold);
            chars.setForeground(QColor(0x33, 0x41, 0x55));
            c.mergeCharFormat(chars);
        }
    }

    QTextTable *addTable(const QStringList &headers, const QVector<QStringList> &rows, const QVector<int> &percentages = {})
    {
        newBlock(QTextBlockFormat(), charFormat(10));
        QTextTableFormat format = ruled(QTextTableFormat());
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setHeaderRowCount(headers.isEmpty() ? 0 : 1);
        const int columns = qMax(1, int(headers.size()));
        QVector<QTextLength> widths;
        for (double share : columnWidths(headers, rows, columns, percentages))
            widths << QTextLength(QTextLength::PercentageLength, 100.0 * share);
        format.setColumnWidthConstraints(widths);
        QTextTable *table = m_cursor.insertTable(int(rows.size()) + (headers.isEmpty() ? 0 : 1), columns, format);
        int row = 0;
        if (!headers.isEmpty()) {
            for (int c = 0; c < columns; ++c) {
                QTextTableCell cell = table->cellAt(0, c);
                QTextCharFormat fill = cell.format();
                fill.setBackground(kHeaderFill);
                cell.setFormat(fill);
                cell.firstCursorPosition().insertText(headers[c], charFormat(9.5, true, kInk));
            }
            row = 1;
        }
        for (const QStringList &cells : rows) {
            for (int c = 0; c < columns; ++c)
                table->cellAt(row, c).firstCursorPosition().insertText(cells.value(c), charFormat(9.5));
            ++row;
        }
        m_cursor.movePosition(QTextCursor::End);
        return table;
    }

    // The contents list every heading of level 1-2 after this block; page numbers come later.
    void addContents(const QString &title, int index)
    {
        QTextBlockFormat block;
        block.setBottomMargin(10);
        newBlock(block, charFormat(18, true, kInk));
        text(title, charFormat(18, true, kInk));
        QVector<const Block *> entries;
        for (int i = index + 1; i < m_report.blocks.size(); ++i) {
            const Block &b = m_report.blocks[i];
            if (b.kind == Block::Kind::Heading && b.level <= 2)
                entries << &b;
        }
        if (entries.isEmpty())
            return;
        newBlock(QTextBlockFormat(), charFormat(10));
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellPadding(2);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (m_paged)
            format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 90),
                                              QTextLength(QTextLength::PercentageLength, 10)});
        m_built.contents = m_cursor.insertTable(int(entries.size()), m_paged ? 2 : 1, format);
        m_built.contentsHeadings.resize(entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            QTextCursor c = m_built.contents->cellAt(i, 0).firstCursorPosition();
            QTextBlockFormat indent;
            indent.setIndent(entries[i]->level - 1);
            c.setBlockFormat(indent);
            c.insertText(entries[i]->text, charFormat(entries[i]->level == 1 ? 10.5 : 9.5, entries[i]->level == 1));
            if (m_paged) {
                QTextCursor p = m_built.contents->cellAt(i, 1).firstCursorPosition();
                QTextBlockFormat right;
                right.setAlignment(Qt::AlignRight);
                p.setBlockFormat(right);
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }

private:
    const Report &m_report;
    bool m_paged;  // split into parts at page breaks; contents get a page-number column
    BuiltDocument m_built;
    QTextCursor m_cursor;
    bool m_first = true;
    bool m_pendingBreak = false;
    bool m_lastWasDraft = false;
    int m_nextEntry = 0;
};

} // namespace

BuiltDocument buildDocument(const Report &report, bool paged)
{
    const Report safe = shownSafely(report);
    return Builder(safe, paged).build();
}

} // namespace qdf::report
