#include "report/FlowWriters.h"

#include "report/XmlText.h"
#include "report/Zip.h"

#include <QCoreApplication>
#include <QMap>
#include <QXmlStreamWriter>

namespace qdf::report::flow {
namespace {

const char *const kNamespaces[][2] = {
    {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"xlink", "http://www.w3.org/1999/xlink"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
    {"loext", "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"},
};

// Where the package keeps a picture the document shows.
QString picturePath(const Flow &flow, int index)
{
    return QStringLiteral("Pictures/picture%1.%2").arg(index + 1).arg(flow.pictures[index].suffix);
}

class Xml : public XmlOut {
public:
    void root(const char *name)
    {
        m_w.writeStartDocument();
        m_w.writeStartElement(QLatin1String(name));
        for (const auto &ns : kNamespaces)
            m_w.writeAttribute(QStringLiteral("xmlns:%1").arg(QLatin1String(ns[0])), QLatin1String(ns[1]));
        m_w.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
    }

    // Text with ODF's own marks for what XML would collapse: tabs, line breaks, runs of spaces.
    void odfText(const QString &text)
    {
        QString pending;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
                m_w.writeCharacters(pending);
                pending.clear();
                m_w.writeEmptyElement(c == QLatin1Char('\n') ? QStringLiteral("text:line-break") : QStringLiteral("text:tab"));
            } else if (c == QLatin1Char(' ') && (i == 0 || text[i - 1] == QLatin1Char(' ') || text[i - 1] == QLatin1Char('\n'))) {
                int n = 1;
                while (i + 1 < text.size() && text[i + 1] == QLatin1Char(' ')) {
                    ++n;
                    ++i;
                }
                m_w.writeCharacters(pending);
                pending.clear();
                m_w.writeEmptyElement(QStringLiteral("text:s"));
                if (n > 1)
                    m_w.writeAttribute(QStringLiteral("text:c"), QString::number(n));
            } else {
                pending += c;
            }
        }
        m_w.writeCharacters(pending);
    }
};

// The XML prolog and a root element's start tag with every namespace the writer uses.
QString rootStart(const char *name)
{
    QString start = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<%1").arg(QLatin1String(name));
    for (const auto &ns : kNamespaces)
        start += QStringLiteral(" xmlns:%1=\"%2\"").arg(QLatin1String(ns[0]), QLatin1String(ns[1]));
    return start + QStringLiteral(" office:version=\"1.3\">");
}

QString cm(double value)
{
    return QStringLiteral("%1cm").arg(value, 0, 'f', 3);
}

QString styleName(Style style, int level)
{
    switch (style) {
    case Style::Title: return QStringLiteral("Title");
    case Style::Subtitle: return QStringLiteral("Subtitle");
    case Style::Heading: return QStringLiteral("Heading_20_%1").arg(level);
    case Style::Body: return QStringLiteral("Text_20_body");
    case Style::Note: return QStringLiteral("Note");
    case Style::Code: return QStringLiteral("Preformatted_20_Text");
    case Style::Quote: return QStringLiteral("Quotations");
    case Style::Cell: return QStringLiteral("Table_20_Contents");
    case Style::HeaderCell: return QStringLiteral("Table_20_Heading");
    }
    return QStringLiteral("Standard");
}

// content.xml: the body, and the automatic styles it asked for on the way.
class Content {
public:
    explicit Content(const Flow &flow) : m_flow(flow)
    {
        // Cells: a thin rule, a little padding, the header row shaded (automatic styles of the
        // content, where the tables are: styles.xml's own are out of its reach).
        for (const char *name : {"HeaderCell", "BodyCell"}) {
            m_automatic.start("style:style", {{"style:name", QLatin1String(name)}, {"style:family", QStringLiteral("table-cell")}});
            m_automatic.start("style:table-cell-properties", {{"fo:padding", cm(0.1)}, {"fo:border", QStringLiteral("0.5pt solid #d8dee4")}});
            if (QLatin1String(name) == QLatin1String("HeaderCell"))
                m_automatic->writeAttribute(QStringLiteral("fo:background-color"), QStringLiteral("#eef2f6"));
            m_automatic.end();
            m_automatic.end();
        }
    }

    QByteArray write()
    {
        Xml body;
        body->writeStartElement(QStringLiteral("office:text"));
        for (const Item &item : m_flow.items) {
            if (const auto *p = std::get_if<Paragraph>(&item)) {
                paragraph(body, *p);
                continue;
            }
            closeLists(body, -1);
            if (const auto *t = std::get_if<Table>(&item))
                table(body, *t);
            else
                contents(body, std::get<Contents>(item));
        }
        closeLists(body, -1);
        body->writeEndElement();

        // The automatic styles are known only once the body is written.
        const QString xml = rootStart("office:document-content") + QStringLiteral("<office:automatic-styles>")
            + m_automatic.text() + QStringLiteral("</office:automatic-styles><office:body>") + body.text()
            + QStringLiteral("</office:body></office:document-content>");
        return xml.toUtf8();
    }

private:
    // A named style, or an automatic one based on it when the paragraph breaks the page,
    // is draft, opens the document (the first page has no running header), or is in another
    // language than the document's (its own fo:language, for LibreOffice's spelling and voice).
    QString paragraphStyle(const QString &parent, bool breakBefore, bool draft, const QString &language = {}, bool closer = false)
    {
        const bool first = !m_startedFirstPage;
        m_startedFirstPage = true;
        if (!breakBefore && !draft && !first && language.isEmpty() && !closer)
            return parent;
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6").arg(parent).arg(breakBefore).arg(draft).arg(first).arg(language).arg(closer);
        if (const auto it = m_paragraphStyles.constFind(key); it != m_paragraphStyles.cend())
            return *it;
        const QString name = QStringLiteral("P%1").arg(m_paragraphStyles.size() + 1);
        m_paragraphStyles.insert(key, name);
        Xml &a = m_automatic;
        a.start("style:style", {{"style:name", name}, {"style:family", QStringLiteral("paragraph")},
                                {"style:parent-style-name", parent}});
        if (first)
            a->writeAttribute(QStringLiteral("style:master-page-name"), QStringLiteral("First_20_Page"));
        if (breakBefore)
            a.empty("style:paragraph-properties", {{"fo:break-before", QStringLiteral("page")}});
        else if (closer)  // the second language's title or part heading, on the first's page
            a.empty("style:paragraph-properties", {{"fo:margin-top", QStringLiteral("1cm")}});
        if (draft || !language.isEmpty()) {
            a.start("style:text-properties");
            if (draft)
                a->writeAttribute(QStringLiteral("fo:color"), QStringLiteral("#8a1c1c"));
            if (!language.isEmpty()) {
                const QString country = language.section(QLatin1Char('-'), 1, 1);
                a->writeAttribute(QStringLiteral("fo:language"), language.section(QLatin1Char('-'), 0, 0));
                a->writeAttribute(QStringLiteral("fo:country"), country.isEmpty() ? QStringLiteral("none") : country);
            }
            a.end();
        }
        a.end();
        return name;
    }

    QString textStyle(const Run &r)
    {
        const int mask = (r.bold ? 1 : 0) | (r.italic ? 2 : 0) | (r.code ? 4 : 0) | (r.strike ? 8 : 0);
        if (mask == 0)
            return {};
        const QString name = QStringLiteral("T%1").arg(mask);
        if (!m_textStyles.contains(mask)) {
            m_textStyles.insert(mask);
            Xml &a = m_automatic;
            a.start("style:style", {{"style:name", name}, {"style:family", QStringLiteral("text")}});
            a.start("style:text-properties");
            if (r.bold)
                a->writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
            if (r.italic)
                a->writeAttribute(QStringLiteral("fo:font-style"), QStringLiteral("italic"));
            if (r.code)
                a->writeAttribute(QStringLiteral("style:font-name"), QStringLiteral("DejaVu Sans Mono"));
            if (r.strike)
                a->writeAttribute(QStringLiteral("style:text-line-through-style"), QStringLiteral("solid"));
            a.end();
            a.end();
        }
        return name;
    }

    void runs(Xml &x, const QVector<Run> &runs)
    {
        for (const Run &r : runs) {
            if (r.picture >= 0) {
                picture(x, r.picture, r.text);
                continue;
            }
            if (!r.href.isEmpty())
                x.start("text:a", {{"xlink:type", QStringLiteral("simple")}, {"xlink:href", r.href}});
            const QString style = textStyle(r);
            if (!style.isEmpty())
                x.start("text:span", {{"text:style-name", style}});
            x.odfText(r.text);
            if (!style.isEmpty())
                x.end();
            if (!r.href.isEmpty())
                x.end();
        }
    }

    // A picture in the line of text, kept inside the package (picturePath).
    void picture(Xml &x, int index, const QString &alt)
    {
        const Picture &p = m_flow.pictures[index];
        x.start("draw:frame", {{"draw:name", QStringLiteral("Picture%1").arg(++m_frames)}, {"text:anchor-type", QStringLiteral("as-char")},
                               {"svg:width", cm(p.sizeCm.width())}, {"svg:height", cm(p.sizeCm.height())}});
        x.empty("draw:image", {{"xlink:href", picturePath(m_flow, index)}, {"xlink:type", QStringLiteral("simple")},
                               {"xlink:show", QStringLiteral("embed")}, {"xlink:actuate", QStringLiteral("onLoad")}});
        if (!alt.isEmpty()) {
            x.start("svg:title");
            x->writeCharacters(alt);
            x.end();
        }
        x.end();
    }

    // Lists nest by depth: each open list holds an open item, which a deeper list goes into.
    struct OpenList {
        int list;
        int depth;
    };
    void closeLists(Xml &x, int depth)
    {
        while (!m_open.isEmpty() && m_open.last().depth > depth) {
            x.end();  // list-item
            x.end();  // list
            m_open.removeLast();
        }
    }
    void listItem(Xml &x, const ListMark &m)
    {
        while (!m_open.isEmpty()
               && (m_open.last().depth > m.depth || (m_open.last().depth == m.depth && m_open.last().list != m.list)))
            closeLists(x, m_open.last().depth - 1);
        if (!m_open.isEmpty() && m_open.last().depth == m.depth) {
            x.end();
            x.start("text:list-item");
            return;
        }
        x.start("text:list", {{"text:style-name", m.ordered ? QStringLiteral("Numbering_20_123") : QStringLiteral("List_20_1")}});
        x.start("text:list-item");
        m_open << OpenList{m.list, m.depth};
    }

    void paragraph(Xml &x, const Paragraph &p)
    {
        if (p.list)
            listItem(x, *p.list);
        else
            closeLists(x, -1);
        const bool heading = p.style == Style::Heading;
        const QString parent = p.list && p.style == Style::Body ? QStringLiteral("List_20_Contents") : styleName(p.style, p.level);
        // Draft headings and notes in the PDF's draft red; the text itself stays black to read.
        const bool red = p.draft && (heading || p.style == Style::Note);
        x.start(heading ? "text:h" : "text:p", {{"text:style-name", paragraphStyle(parent, p.pageBreakBefore, red, p.language, p.samePage)}});
        if (heading)
            x->writeAttribute(QStringLiteral("text:outline-level"), QString::number(p.level));
        if (!p.anchor.isEmpty())
            x.empty("text:bookmark", {{"text:name", p.anchor}});
        runs(x, p.runs);
        x.end();
    }

    void table(Xml &x, const Table &t)
    {
        const QString name = QStringLiteral("Table%1").arg(++m_tables);
        Xml &a = m_automatic;
        a.start("style:style", {{"style:name", name}, {"style:family", QStringLiteral("table")}});
        a.start("style:table-properties", {{"style:width", cm(kTextWidthCm)}, {"table:align", QStringLiteral("margins")}});
        if (t.pageBreakBefore)
            a->writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
        a.end();
        a.end();
        for (int c = 0; c < t.widths.size(); ++c) {
            a.start("style:style", {{"style:name", QStringLiteral("%1.C%2").arg(name).arg(c + 1)},
                                    {"style:family", QStringLiteral("table-column")}});
            a.empty("style:table-column-properties",
                    {{"style:column-width", cm(kTextWidthCm * t.widths[c])},
                     {"style:rel-column-width", QStringLiteral("%1*").arg(qRound(t.widths[c] * 10000))}});
            a.end();
        }
        x.start("table:table", {{"table:name", name}, {"table:style-name", name}});
        for (int c = 0; c < t.widths.size(); ++c)
            x.empty("table:table-column", {{"table:style-name", QStringLiteral("%1.C%2").arg(name).arg(c + 1)}});
        for (int r = 0; r < t.rows.size(); ++r) {
            const bool header = r < t.headerRows;
            if (header && r == 0)
                x.start("table:table-header-rows");
            x.start("table:table-row");
            for (const Cell &cell : t.rows[r]) {
                x.start("table:table-cell", {{"table:style-name", header ? QStringLiteral("HeaderCell") : QStringLiteral("BodyCell")},
                                             {"office:value-type", QStringLiteral("string")}});
                for (const Paragraph &p : cell.paragraphs) {
                    Paragraph inCell = p;
                    inCell.style = header ? Style::HeaderCell : p.style == Style::Body ? Style::Cell : p.style;
                    inCell.pageBreakBefore = false;
                    paragraph(x, inCell);
                }
                closeLists(x, -1);
                if (cell.paragraphs.isEmpty())
                    x.empty("text:p", {{"text:style-name", styleName(header ? Style::HeaderCell : Style::Cell, 0)}});
                x.end();
            }
            x.end();
            if (header && r == t.headerRows - 1)
                x.end();
        }
        x.end();
    }

    void contents(Xml &x, const Contents &c)
    {
        x.start("text:table-of-content", {{"text:name", QStringLiteral("Contents")}, {"text:protected", QStringLiteral("true")},
                                          {"text:style-name", QStringLiteral("Sect")}});
        x.start("text:table-of-content-source", {{"text:outline-level", QStringLiteral("2")},
                                                 {"text:use-index-marks", QStringLiteral("false")}});
        x.start("text:index-title-template", {{"text:style-name", QStringLiteral("Contents_20_Heading")}});
        x->writeCharacters(c.title);
        x.end();
        for (int level = 1; level <= 2; ++level) {
            x.start("text:table-of-content-entry-template", {{"text:outline-level", QString::number(level)},
                                                            {"text:style-name", QStringLiteral("Contents_20_%1").arg(level)}});
            x.empty("text:index-entry-link-start", {{"text:style-name", QStringLiteral("Index_20_Link")}});
            x.empty("text:index-entry-text", {});
            x.empty("text:index-entry-tab-stop", {{"style:type", QStringLiteral("right")}, {"style:leader-char", QStringLiteral(".")}});
            x.empty("text:index-entry-page-number", {});
            x.empty("text:index-entry-link-end", {});
            x.end();
        }
        x.end();
        x.start("text:index-body");
        x.start("text:index-title", {{"text:name", QStringLiteral("Contents_Head")}});
        x.start("text:p", {{"text:style-name", paragraphStyle(QStringLiteral("Contents_20_Heading"), c.pageBreakBefore, false)}});
        x->writeCharacters(c.title);
        x.end();
        x.end();
        // The page numbers are fields LibreOffice and Word work out as they lay the pages out.
        for (const ContentsEntry &e : c.entries) {
            x.start("text:p", {{"text:style-name", QStringLiteral("Contents_20_%1").arg(e.level)}});
            x.start("text:a", {{"xlink:type", QStringLiteral("simple")}, {"xlink:href", QLatin1Char('#') + e.anchor},
                               {"text:style-name", QStringLiteral("Index_20_Link")}});
            x.odfText(e.text);
            x.empty("text:tab", {});
            x.start("text:bookmark-ref", {{"text:reference-format", QStringLiteral("page")}, {"text:ref-name", e.anchor}});
            x.end();
            x.end();
            x.end();
        }
        x.end();
        x.end();
    }

    const Flow &m_flow;
    Xml m_automatic;
    QMap<QString, QString> m_paragraphStyles;
    QSet<int> m_textStyles;
    QVector<OpenList> m_open;
    int m_tables = 0;
    int m_frames = 0;
    bool m_startedFirstPage = false;
};

// styles.xml: the named styles LibreOffice's Navigator, contents and style lists know, the A4
// page with its running header and "Page n of m" footer, and a first page without the header.
QByteArray styles(const Flow &flow)
{
    Xml x;
    x.root("office:document-styles");
    x.start("office:font-face-decls");
    for (const char *font : {"DejaVu Sans", "DejaVu Sans Mono"})
        x.empty("style:font-face", {{"style:name", QLatin1String(font)}, {"svg:font-family", QStringLiteral("'%1'").arg(QLatin1String(font))},
                                    {"style:font-family-generic", QStringLiteral("swiss")}});
    x.end();
    x.start("office:styles");
    const QString language = flow.language.section(QLatin1Char('-'), 0, 0);
    const QString country = flow.language.section(QLatin1Char('-'), 1, 1);
    x.start("style:default-style", {{"style:family", QStringLiteral("paragraph")}});
    x.empty("style:paragraph-properties", {{"fo:orphans", QStringLiteral("2")}, {"fo:widows", QStringLiteral("2")}});
    x.empty("style:text-properties", {{"style:font-name", QStringLiteral("DejaVu Sans")}, {"fo:font-size", QStringLiteral("10.5pt")},
                                      {"fo:language", language}, {"fo:country", country.isEmpty() ? QStringLiteral("none") : country}});
    x.end();

    // name, display name, parent, size, bold, italic, colour, top and bottom margins (cm), keep with next
    struct Def {
        const char *name, *display, *parent;
        double size;
        bool bold, italic;
        const char *colour;
        double top, bottom;
        bool keep;
        int outline;
    };
    const Def defs[] = {
        {"Standard", "Default Paragraph Style", nullptr, 10.5, false, false, nullptr, 0, 0, false, 0},
        {"Text_20_body", "Text Body", "Standard", 10.5, false, false, nullptr, 0, 0.21, false, 0},
        {"List_20_Contents", "List Contents", "Text_20_body", 10.5, false, false, nullptr, 0, 0.08, false, 0},
        {"Title", "Title", "Standard", 28, true, false, "#1d3b53", 5.5, 0.4, true, 0},
        {"Subtitle", "Subtitle", "Standard", 16, false, false, "#1d3b53", 0, 0.8, true, 0},
        {"Heading", "Heading", "Standard", 12, true, false, "#1d3b53", 0.42, 0.21, true, 0},
        {"Heading_20_1", "Heading 1", "Heading", 18, true, false, "#1d3b53", 0.2, 0.21, true, 1},
        {"Heading_20_2", "Heading 2", "Heading", 14, true, false, "#1d3b53", 0.5, 0.21, true, 2},
        {"Heading_20_3", "Heading 3", "Heading", 11.5, true, false, "#1d3b53", 0.5, 0.15, true, 3},
        {"Heading_20_4", "Heading 4", "Heading", 11.5, true, false, "#334155", 0.3, 0.08, true, 4},
        {"Heading_20_5", "Heading 5", "Heading", 10.5, true, false, "#334155", 0.3, 0.08, true, 5},
        {"Heading_20_6", "Heading 6", "Heading", 10.5, true, true, "#334155", 0.3, 0.08, true, 6},
        {"Note", "Note", "Standard", 9, false, true, "#5b6770", 0, 0.21, false, 0},
        {"Preformatted_20_Text", "Preformatted Text", "Standard", 9.5, false, false, nullptr, 0, 0, false, 0},
        {"Quotations", "Quotations", "Text_20_body", 10.5, false, true, "#334155", 0, 0.21, false, 0},
        {"Table_20_Contents", "Table Contents", "Standard", 9.5, false, false, nullptr, 0, 0.05, false, 0},
        {"Table_20_Heading", "Table Heading", "Table_20_Contents", 9.5, true, false, "#1d3b53", 0, 0.05, false, 0},
        {"Header", "Header", "Standard", 8, false, false, "#5b6770", 0, 0, false, 0},
        {"Footer", "Footer", "Standard", 8, false, false, "#5b6770", 0, 0, false, 0},
        {"Contents_20_Heading", "Contents Heading", "Heading", 18, true, false, "#1d3b53", 0.2, 0.35, true, 0},
        {"Contents_20_1", "Contents 1", "Standard", 10.5, true, false, nullptr, 0.1, 0.05, false, 0},
        {"Contents_20_2", "Contents 2", "Standard", 9.5, false, false, nullptr, 0, 0.05, false, 0},
    };
    for (const Def &d : defs) {
        x.start("style:style", {{"style:name", QLatin1String(d.name)}, {"style:display-name", QLatin1String(d.display)},
                                {"style:family", QStringLiteral("paragraph")},
                                {"style:class", QLatin1String(d.outline ? "text" : "extra")}});
        if (d.parent)
            x->writeAttribute(QStringLiteral("style:parent-style-name"), QLatin1String(d.parent));
        if (d.outline) {
            x->writeAttribute(QStringLiteral("style:default-outline-level"), QString::number(d.outline));
            x->writeAttribute(QStringLiteral("style:next-style-name"), QStringLiteral("Text_20_body"));
        }
        x.start("style:paragraph-properties", {{"fo:margin-top", cm(d.top)}, {"fo:margin-bottom", cm(d.bottom)}});
        if (d.keep)
            x->writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
        const QLatin1String name(d.name);
        if (name == QLatin1String("Footer"))
            x->writeAttribute(QStringLiteral("fo:text-align"), QStringLiteral("center"));
        if (name == QLatin1String("Contents_20_2"))
            x->writeAttribute(QStringLiteral("fo:margin-left"), cm(0.5));
        if (name == QLatin1String("Quotations")) {
            x->writeAttribute(QStringLiteral("fo:margin-left"), cm(0.8));
            x->writeAttribute(QStringLiteral("fo:margin-right"), cm(0.8));
        }
        if (name == QLatin1String("Header") || name.startsWith(QLatin1String("Contents_20_"))) {
            x.start("style:tab-stops");
            x.empty("style:tab-stop", {{"style:position", cm(kTextWidthCm)}, {"style:type", QStringLiteral("right")},
                                       {"style:leader-style", QLatin1String(name == QLatin1String("Header") ? "none" : "dotted")},
                                       {"style:leader-text", QLatin1String(name == QLatin1String("Header") ? " " : ".")}});
            x.end();
        }
        x.end();
        x.start("style:text-properties", {{"fo:font-size", QStringLiteral("%1pt").arg(d.size)}});
        if (d.bold)
            x->writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
        if (d.italic)
            x->writeAttribute(QStringLiteral("fo:font-style"), QStringLiteral("italic"));
        if (d.colour)
            x->writeAttribute(QStringLiteral("fo:color"), QLatin1String(d.colour));
        if (name == QLatin1String("Preformatted_20_Text"))
            x->writeAttribute(QStringLiteral("style:font-name"), QStringLiteral("DejaVu Sans Mono"));
        x.end();
        x.end();
    }
    x.start("style:style", {{"style:name", QStringLiteral("Index_20_Link")}, {"style:display-name", QStringLiteral("Index Link")},
                            {"style:family", QStringLiteral("text")}});
    x.end();
    x.start("style:style", {{"style:name", QStringLiteral("Sect")}, {"style:family", QStringLiteral("section")}});
    x.end();

    // The outline: headings 1-6 in the document's outline, unnumbered (their text carries any
    // number, e.g. "1. Care standards").
    x.start("text:outline-style", {{"style:name", QStringLiteral("Outline")}});
    for (int level = 1; level <= 10; ++level) {
        x.start("text:outline-level-style", {{"text:level", QString::number(level)}, {"style:num-format", QString()}});
        x.end();
    }
    x.end();
    // Bullets and numbers, indented by depth, the text aligned after the mark.
    for (bool ordered : {false, true}) {
        x.start("text:list-style", {{"style:name", QLatin1String(ordered ? "Numbering_20_123" : "List_20_1")},
                                    {"style:display-name", QLatin1String(ordered ? "Numbering 123" : "List 1")}});
        for (int level = 1; level <= 10; ++level) {
            const QString bullets = QStringLiteral("•◦▪");
            if (ordered)
                x.start("text:list-level-style-number", {{"text:level", QString::number(level)}, {"style:num-suffix", QStringLiteral(".")},
                                                         {"style:num-format", QStringLiteral("1")}});
            else
                x.start("text:list-level-style-bullet", {{"text:level", QString::number(level)},
                                                         {"text:bullet-char", QString(bullets[(level - 1) % 3])}});
            x.start("style:list-level-properties", {{"text:list-level-position-and-space-mode", QStringLiteral("label-alignment")}});
            x.empty("style:list-level-label-alignment", {{"text:label-followed-by", QStringLiteral("listtab")},
                                                          {"text:list-tab-stop-position", cm(0.635 * (level + 1))},
                                                          {"fo:text-indent", cm(-0.635)},
                                                          {"fo:margin-left", cm(0.635 * (level + 1))}});
            x.end();
            x.end();
        }
        x.end();
    }
    x.end();  // office:styles

    x.start("office:automatic-styles");
    x.start("style:page-layout", {{"style:name", QStringLiteral("A4")}});
    x.empty("style:page-layout-properties", {{"fo:page-width", QStringLiteral("21cm")}, {"fo:page-height", QStringLiteral("29.7cm")},
                                             {"style:print-orientation", QStringLiteral("portrait")},
                                             {"fo:margin-top", cm(1.2)}, {"fo:margin-bottom", cm(1.2)},
                                             {"fo:margin-left", cm(2)}, {"fo:margin-right", cm(2)}});
    for (const char *band : {"style:header-style", "style:footer-style"}) {
        x.start(band);
        x.empty("style:header-footer-properties", {{"fo:min-height", cm(0.6)},
                                                   {QLatin1String(band) == QLatin1String("style:header-style") ? "fo:margin-bottom" : "fo:margin-top", cm(0.4)}});
        x.end();
    }
    x.end();
    x.end();  // automatic styles

    x.start("office:master-styles");
    const auto footer = [&] {
        x.start("style:footer");
        x.start("text:p", {{"text:style-name", QStringLiteral("Footer")}});
        for (const QString &part : pageFooterParts(flow.language)) {
            if (part == QLatin1String("%1"))
                x.start("text:page-number", {{"text:select-page", QStringLiteral("current")}});
            else if (part == QLatin1String("%2"))
                x.start("text:page-count");
            else {
                x.odfText(part);
                continue;
            }
            x->writeCharacters(QStringLiteral("1"));
            x.end();
        }
        x.end();
        x.end();
    };
    x.start("style:master-page", {{"style:name", QStringLiteral("Standard")}, {"style:page-layout-name", QStringLiteral("A4")}});
    x.start("style:header");
    x.start("text:p", {{"text:style-name", QStringLiteral("Header")}});
    x.odfText(flow.title);
    x.empty("text:tab", {});
    x.odfText(flow.runningNote);
    x.end();
    x.end();
    footer();
    x.end();
    x.start("style:master-page", {{"style:name", QStringLiteral("First_20_Page")}, {"style:display-name", QStringLiteral("First Page")},
                                  {"style:page-layout-name", QStringLiteral("A4")}, {"style:next-style-name", QStringLiteral("Standard")}});
    footer();
    x.end();
    x.end();
    x.end();
    x->writeEndDocument();
    return x.text().toUtf8();
}

QByteArray meta(const Flow &flow)
{
    Xml x;
    x.root("office:document-meta");
    x.start("office:meta");
    x.start("meta:generator");
    x->writeCharacters(QStringLiteral("QDF Workbench"));
    x.end();
    x.start("dc:title");
    x->writeCharacters(flow.title);
    x.end();
    x.start("dc:language");
    x->writeCharacters(flow.language);
    x.end();
    x.end();
    x.end();
    x->writeEndDocument();
    return x.text().toUtf8();
}

QByteArray manifest(const Flow &flow)
{
    QByteArray pictures;
    for (int i = 0; i < flow.pictures.size(); ++i)
        pictures += QStringLiteral("<manifest:file-entry manifest:full-path=\"%1\" manifest:media-type=\"%2\"/>")
                        .arg(picturePath(flow, i), flow.pictures[i].mime)
                        .toUtf8();
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>")
        + pictures + QByteArrayLiteral("</manifest:manifest>");
}

} // namespace

Result<QByteArray> odt(const Flow &flow)
{
    QVector<ZipPart> parts{{QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), true},
                           {QStringLiteral("META-INF/manifest.xml"), manifest(flow)},
                           {QStringLiteral("content.xml"), Content(flow).write()},
                           {QStringLiteral("styles.xml"), styles(flow)},
                           {QStringLiteral("meta.xml"), meta(flow)}};
    for (int i = 0; i < flow.pictures.size(); ++i)
        parts << ZipPart{picturePath(flow, i), flow.pictures[i].bytes};
    return zip(parts);
}

} // namespace qdf::report::flow
