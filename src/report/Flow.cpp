#include "report/Flow.h"

#include "report/ColumnWidths.h"
#include "report/Markdown.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace qdf::report::flow {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::report", text);
}

// Text as written inside a paragraph: Qt's line separator becomes '\n'; control characters
// that no XML may hold are dropped.
QString cleanText(QString text)
{
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.removeIf([](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'); });
    text.remove(QChar(0xFFFC));  // an object (image) placeholder
    return text;
}

Paragraph plain(Style style, const QString &text, bool draft = false)
{
    Paragraph p;
    p.style = style;
    p.draft = draft;
    if (!text.isEmpty())
        p.runs << Run{cleanText(text)};
    return p;
}

// Reads one Markdown text, as the screen shows it, into paragraphs and tables.
class MarkdownReader {
public:
    MarkdownReader(Flow &flow, bool draft) : m_flow(flow), m_draft(draft) {}

    QVector<Item> read(const QString &markdown, const Pictures &pictures)
    {
        ClosedTextDocument doc;
        m_kept = setMarkdown(&doc, markdown, pictures);
        QVector<Item> items;
        for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
                items << readTable(table);
            else if (it.currentBlock().isValid())
                items << readBlock(it.currentBlock(), Style::Body);
        }
        return items;
    }

private:
    // A picture the document shows (makeSafe kept it): its index in the flow's pictures.
    int pictureOf(const QTextImageFormat &image)
    {
        const auto kept = m_kept.constFind(image.name());
        if (kept == m_kept.cend())
            return -1;
        for (int i = 0; i < m_flow.pictures.size(); ++i) {
            if (m_flow.pictures[i].name == kept->name)
                return i;
        }
        m_flow.pictures << *kept;
        return int(m_flow.pictures.size()) - 1;
    }

    QVector<Run> runs(const QTextBlock &block)
    {
        QVector<Run> out;
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.isValid())
                continue;
            const QTextCharFormat c = f.charFormat();
            if (c.isImageFormat()) {
                const QTextImageFormat image = c.toImageFormat();
                const int picture = pictureOf(image);
                for (int i = 0; picture >= 0 && i < f.length(); ++i) {
                    Run r{cleanText(image.stringProperty(QTextFormat::ImageAltText))};
                    r.picture = picture;
                    out << r;
                }
                continue;
            }
            Run r{cleanText(f.text())};
            if (r.text.isEmpty())
                continue;
            r.bold = c.fontWeight() >= QFont::DemiBold;
            r.italic = c.fontItalic();
            r.strike = c.fontStrikeOut();
            r.code = c.fontFixedPitch();
            // makeSafe left only links that open a page or a message.
            if (c.isAnchor())
                r.href = c.anchorHref();
            // Neighbours alike join, so writers see whole words, not importer fragments.
            if (!out.isEmpty() && out.last().picture < 0 && out.last().bold == r.bold && out.last().italic == r.italic
                && out.last().strike == r.strike && out.last().code == r.code && out.last().href == r.href)
                out.last().text += r.text;
            else
                out << r;
        }
        return out;
    }

    Paragraph readBlock(const QTextBlock &block, Style style)
    {
        Paragraph p;
        p.style = style;
        p.draft = m_draft;
        p.runs = runs(block);
        const QTextBlockFormat f = block.blockFormat();
        if (style == Style::Body) {
            if (const int level = f.headingLevel(); level > 0) {
                p.style = Style::Heading;
                p.level = demotedLevel(level);
                for (Run &r : p.runs)
                    r.bold = false;  // the heading style is bold already
            } else if (f.hasProperty(QTextFormat::BlockCodeFence) || f.hasProperty(QTextFormat::BlockCodeLanguage)
                       || (!p.runs.isEmpty() && std::all_of(p.runs.cbegin(), p.runs.cend(), [](const Run &r) { return r.code; }))) {
                p.style = Style::Code;
                for (Run &r : p.runs)
                    r.code = false;  // the style is fixed-pitch already
            } else if (f.intProperty(QTextFormat::BlockQuoteLevel) > 0) {
                p.style = Style::Quote;
            }
        }
        if (QTextList *list = block.textList()) {
            const QTextListFormat lf = list->format();
            ListMark mark;
            if (!m_lists.contains(list))
                m_lists.insert(list, ++m_flow.lists);
            mark.list = m_lists.value(list);
            mark.ordered = lf.style() <= QTextListFormat::ListDecimal;
            mark.depth = qMax(0, lf.indent() - 1);
            p.list = mark;
            if (f.marker() == QTextBlockFormat::MarkerType::Checked)
                p.runs.prepend(Run{QStringLiteral("☑ ")});
            else if (f.marker() == QTextBlockFormat::MarkerType::Unchecked)
                p.runs.prepend(Run{QStringLiteral("☐ ")});
        }
        return p;
    }

    Table readTable(QTextTable *source)
    {
        Table t;
        t.draft = m_draft;
        t.headerRows = qMin(source->rows(), qMax(1, source->format().headerRowCount()));
        QStringList headers;
        QVector<QStringList> texts;
        for (int r = 0; r < source->rows(); ++r) {
            QVector<Cell> row;
            QStringList text;
            for (int c = 0; c < source->columns(); ++c) {
                Cell cell;
                const QTextTableCell sourceCell = source->cellAt(r, c);
                for (QTextFrame::iterator it = sourceCell.begin(); !it.atEnd(); ++it) {
                    if (it.currentBlock().isValid())
                        cell.paragraphs << readBlock(it.currentBlock(), r < t.headerRows ? Style::HeaderCell : Style::Cell);
                }
                QStringList words;
                for (const Paragraph &p : std::as_const(cell.paragraphs))
                    words << p.plainText();
                text << words.join(QLatin1Char(' '));
                row << cell;
            }
            if (r < t.headerRows)
                headers = text;
            else
                texts << text;
            t.rows << row;
        }
        t.widths = fittedColumnWidths(headers, texts, source->columns());
        return t;
    }

    Flow &m_flow;
    bool m_draft;
    QHash<QTextList *, int> m_lists;
    QMap<QString, Picture> m_kept;
};

Table textTable(const Block &b)
{
    Table t;
    t.draft = b.draft;
    const int columns = qMax(1, int(b.headers.size()));
    t.widths = columnWidths(b.headers, b.rows, columns, b.columnPercentages);
    if (!b.headers.isEmpty()) {
        t.headerRows = 1;
        QVector<Cell> header;
        for (int c = 0; c < columns; ++c)
            header << Cell{{plain(Style::HeaderCell, b.headers.value(c))}};
        t.rows << header;
    }
    for (const QStringList &cells : b.rows) {
        QVector<Cell> row;
        for (int c = 0; c < columns; ++c)
            row << Cell{{plain(Style::Cell, cells.value(c))}};
        t.rows << row;
    }
    return t;
}

} // namespace

QString Paragraph::plainText() const
{
    QString text;
    for (const Run &r : runs)
        text += r.text;
    return text;
}

Flow flowOf(const Report &unsafe, const QVector<int> &headingPages)
{
    const Report report = shownSafely(unsafe);
    Flow flow;
    flow.title = report.title;
    flow.runningNote = report.runningNote;
    flow.language = report.language;
    bool pendingBreak = false;
    int anchors = 0;
    // Each block's language where it is not the document's, on its paragraphs and tables (and
    // their cells), for the writers to mark (lang, w:lang, fo:language).
    QString language;
    const auto mark = [&](Paragraph &p) {
        if (p.language.isEmpty())
            p.language = language;
    };
    auto push = [&](Item item) {
        std::visit([&](auto &i) { i.pageBreakBefore = i.pageBreakBefore || (pendingBreak && !flow.items.isEmpty()); }, item);
        if (auto *p = std::get_if<Paragraph>(&item))
            mark(*p);
        if (auto *t = std::get_if<Table>(&item)) {
            if (t->language.isEmpty())
                t->language = language;
            for (auto &row : t->rows)
                for (Cell &cell : row)
                    for (Paragraph &p : cell.paragraphs)
                        mark(p);
        }
        pendingBreak = false;
        flow.items << std::move(item);
    };
    // The contents entries come from the headings after the contents block; anchors are
    // handed out in order, so the entry and its heading share one.
    QVector<int> contentsAt;
    for (int i = 0; i < report.blocks.size(); ++i) {
        const Block &b = report.blocks[i];
        language = b.language == report.language ? QString() : b.language;
        switch (b.kind) {
        case Block::Kind::Title: {
            Paragraph p = plain(Style::Title, b.text, b.draft);
            p.samePage = b.samePage;
            push(p);
            break;
        }
        case Block::Kind::Subtitle:
            push(plain(Style::Subtitle, b.text, b.draft));
            break;
        case Block::Kind::Heading: {
            Paragraph p = plain(Style::Heading, b.text, b.draft);
            p.level = qBound(1, b.level, 6);
            p.anchor = QStringLiteral("h%1").arg(++anchors);
            p.samePage = b.samePage;
            if (p.level == 1 && !b.samePage)
                pendingBreak = true;  // every part starts on a new page (not the first; nor a bilingual part's second language)
            push(p);
            for (int at : std::as_const(contentsAt)) {
                if (p.level <= 2)
                    std::get<Contents>(flow.items[at]).entries << ContentsEntry{p.level, p.plainText(), p.anchor,
                                                                                 headingPages.value(anchors - 1)};
            }
            break;
        }
        case Block::Kind::Paragraph:
            push(plain(Style::Body, b.text, b.draft));
            break;
        case Block::Kind::Note:
            push(plain(Style::Note, b.text, b.draft));
            break;
        case Block::Kind::Markdown: {
            if (b.text.trimmed().isEmpty())
                break;
            for (Item &item : MarkdownReader(flow, b.draft).read(b.text, report.pictures))
                push(std::move(item));
            break;
        }
        case Block::Kind::Table:
            push(textTable(b));
            break;
        case Block::Kind::Contents:
            push(Contents{b.text.isEmpty() ? tr("Contents") : b.text, {}, false});
            contentsAt << int(flow.items.size()) - 1;
            break;
        case Block::Kind::PageBreak:
            pendingBreak = true;
            break;
        }
    }
    return flow;
}

} // namespace qdf::report::flow
