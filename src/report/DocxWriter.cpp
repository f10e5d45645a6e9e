#include "report/FlowWriters.h"

#include "report/XmlText.h"
#include "report/Zip.h"

#include <QMap>
#include <QXmlStreamWriter>

namespace qdf::report::flow {
namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
constexpr int kTextWidth = 9638;  // twips: 17 cm

class Xml : public XmlOut {
public:
    Xml() { m_w.writeStartDocument(QStringLiteral("1.0"), true); }
    QByteArray bytes()
    {
        m_w.writeEndDocument();
        return text().toUtf8();
    }

    // The root of a WordprocessingML part, with the two namespaces every part uses.
    void root(const char *name)
    {
        m_w.writeStartElement(QLatin1String(name));
        m_w.writeAttribute(QStringLiteral("xmlns:w"), kW);
        m_w.writeAttribute(QStringLiteral("xmlns:r"), kR);
    }
    void val(const char *name, const QString &value) { empty(name, {{"w:val", value}}); }

    // A run's text: tabs and line breaks are elements of their own.
    void runText(const QString &text)
    {
        QString pending;
        const auto flush = [&] {
            if (pending.isEmpty())
                return;
            start("w:t", {{"xml:space", QStringLiteral("preserve")}});
            m_w.writeCharacters(pending);
            end();
            pending.clear();
        };
        for (const QChar c : text) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
                flush();
                empty(c == QLatin1Char('\n') ? "w:br" : "w:tab");
            } else {
                pending += c;
            }
        }
        flush();
    }
};

QString styleId(const Paragraph &p)
{
    switch (p.style) {
    case Style::Title: return QStringLiteral("Title");
    case Style::Subtitle: return QStringLiteral("Subtitle");
    case Style::Heading: return QStringLiteral("Heading%1").arg(p.level);
    case Style::Body: return p.list ? QStringLiteral("ListParagraph") : QStringLiteral("Normal");
    case Style::Note: return QStringLiteral("Note");
    case Style::Code: return QStringLiteral("Code");
    case Style::Quote: return QStringLiteral("Quote");
    case Style::Cell: return QStringLiteral("TableText");
    case Style::HeaderCell: return QStringLiteral("TableHeading");
    }
    return QStringLiteral("Normal");
}

// Where the package keeps a picture the document shows, from word/, and its relationship.
QString pictureTarget(const Flow &flow, int index)
{
    return QStringLiteral("media/picture%1.%2").arg(index + 1).arg(flow.pictures[index].suffix);
}

QString pictureRelation(int index)
{
    return QStringLiteral("rIdPicture%1").arg(index + 1);
}

QString bookmark(const QString &anchor)
{
    return QStringLiteral("_Toc_%1").arg(anchor);  // '_': hidden from Word's bookmark list
}

// word/document.xml, and the lists and links it numbers on the way.
class Document {
public:
    explicit Document(const Flow &flow) : m_flow(flow)
    {
        // Each ordered list numbers from 1; bullets share one definition.
        for (const Item &item : flow.items)
            collectLists(item);
    }

    QByteArray write()
    {
        Xml &x = m_x;
        x.root("w:document");
        x.start("w:body");
        for (int i = 0; i < m_flow.items.size(); ++i) {
            const Item &item = m_flow.items[i];
            if (const auto *p = std::get_if<Paragraph>(&item)) {
                paragraph(*p);
            } else if (const auto *t = std::get_if<Table>(&item)) {
                table(*t);
                // Two tables side by side would become one; a body ends with a paragraph.
                if (i + 1 == m_flow.items.size() || std::holds_alternative<Table>(m_flow.items[i + 1]))
                    spacer(false);
            } else {
                contents(std::get<Contents>(item));
            }
        }
        x.start("w:sectPr");
        x.empty("w:headerReference", {{"w:type", QStringLiteral("default")}, {"r:id", QStringLiteral("rIdHeader")}});
        x.empty("w:headerReference", {{"w:type", QStringLiteral("first")}, {"r:id", QStringLiteral("rIdHeaderFirst")}});
        x.empty("w:footerReference", {{"w:type", QStringLiteral("default")}, {"r:id", QStringLiteral("rIdFooter")}});
        x.empty("w:footerReference", {{"w:type", QStringLiteral("first")}, {"r:id", QStringLiteral("rIdFooterFirst")}});
        x.empty("w:pgSz", {{"w:w", QStringLiteral("11906")}, {"w:h", QStringLiteral("16838")}});
        x.empty("w:pgMar", {{"w:top", QStringLiteral("1134")}, {"w:right", QStringLiteral("1134")}, {"w:bottom", QStringLiteral("1134")},
                            {"w:left", QStringLiteral("1134")}, {"w:header", QStringLiteral("567")}, {"w:footer", QStringLiteral("567")},
                            {"w:gutter", QStringLiteral("0")}});
        x.empty("w:titlePg");
        x.end();
        x.end();
        x.end();
        return x.bytes();
    }

    QByteArray numbering() const
    {
        Xml x;
        x.root("w:numbering");
        for (int abstract : {1, 2}) {
            x.start("w:abstractNum", {{"w:abstractNumId", QString::number(abstract)}});
            x.val("w:multiLevelType", QStringLiteral("hybridMultilevel"));
            const QString bullets = QStringLiteral("•◦▪");
            for (int level = 0; level < 9; ++level) {
                x.start("w:lvl", {{"w:ilvl", QString::number(level)}});
                x.val("w:start", QStringLiteral("1"));
                x.val("w:numFmt", abstract == 1 ? QStringLiteral("bullet") : QStringLiteral("decimal"));
                x.val("w:lvlText", abstract == 1 ? QString(bullets[level % 3]) : QStringLiteral("%%1.").arg(level + 1));
                x.val("w:lvlJc", QStringLiteral("left"));
                x.start("w:pPr");
                x.empty("w:ind", {{"w:left", QString::number(360 * (level + 1) + 360)}, {"w:hanging", QStringLiteral("360")}});
                x.end();
                x.end();
            }
            x.end();
        }
        x.start("w:num", {{"w:numId", QStringLiteral("1")}});
        x.val("w:abstractNumId", QStringLiteral("1"));
        x.end();
        for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it) {
            x.start("w:num", {{"w:numId", QString::number(it.value())}});
            x.val("w:abstractNumId", QStringLiteral("2"));
            for (int level = 0; level < 9; ++level) {
                x.start("w:lvlOverride", {{"w:ilvl", QString::number(level)}});
                x.val("w:startOverride", QStringLiteral("1"));
                x.end();
            }
            x.end();
        }
        x.end();
        return x.bytes();
    }

    // External links, each a relationship of the document.
    const QVector<QString> &links() const { return m_links; }

private:
    void collectLists(const Item &item)
    {
        if (const auto *p = std::get_if<Paragraph>(&item); p && p->list && p->list->ordered && !m_numbers.contains(p->list->list))
            m_numbers.insert(p->list->list, int(m_numbers.size()) + 2);
        if (const auto *t = std::get_if<Table>(&item)) {
            for (const auto &row : t->rows)
                for (const Cell &c : row)
                    for (const Paragraph &p : c.paragraphs)
                        collectLists(p);
        }
    }

    void spacer(bool pageBreak)
    {
        m_x.start("w:p");
        m_x.start("w:pPr");
        if (pageBreak)
            m_x.empty("w:pageBreakBefore");
        m_x.empty("w:spacing", {{"w:before", QStringLiteral("0")}, {"w:after", QStringLiteral("0")}});
        m_x.end();
        m_x.end();
    }

    void run(const Run &r, bool draft, const QString &language)
    {
        Xml &x = m_x;
        x.start("w:r");
        if (r.bold || r.italic || r.strike || r.code || draft || !r.href.isEmpty() || !language.isEmpty()) {
            x.start("w:rPr");
            if (!r.href.isEmpty())
                x.val("w:rStyle", QStringLiteral("Hyperlink"));
            if (r.code)
                x.empty("w:rFonts", {{"w:ascii", QStringLiteral("DejaVu Sans Mono")}, {"w:hAnsi", QStringLiteral("DejaVu Sans Mono")}});
            if (r.bold)
                x.empty("w:b");
            if (r.italic)
                x.empty("w:i");
            if (r.strike)
                x.empty("w:strike");
            if (draft)
                x.val("w:color", QStringLiteral("8A1C1C"));
            // A run in another language than the document's (docDefaults) says so: Word's spelling and voice.
            if (!language.isEmpty())
                x.empty("w:lang", {{"w:val", language}, {"w:eastAsia", language}, {"w:bidi", language}});
            x.end();
        }
        x.runText(r.text);
        x.end();
    }

    // A picture in the line of text (DrawingML inline), kept inside the package as
    // word/media/pictureN (pictureTarget), its description what a screen reader says.
    void picture(int index, const QString &alt)
    {
        const Picture &p = m_flow.pictures[index];
        constexpr double kEmuPerCm = 360000.0;
        const QString cx = QString::number(qRound64(p.sizeCm.width() * kEmuPerCm));
        const QString cy = QString::number(qRound64(p.sizeCm.height() * kEmuPerCm));
        const QString id = QString::number(++m_drawings);
        const QString a = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
        const QString pic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
        Xml &x = m_x;
        x.start("w:r");
        x.start("w:drawing");
        x.start("wp:inline", {{"xmlns:wp", QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")},
                              {"distT", QStringLiteral("0")}, {"distB", QStringLiteral("0")}, {"distL", QStringLiteral("0")},
                              {"distR", QStringLiteral("0")}});
        x.empty("wp:extent", {{"cx", cx}, {"cy", cy}});
        x.empty("wp:docPr", {{"id", id}, {"name", QStringLiteral("Picture %1").arg(id)}, {"descr", alt}});
        x.start("wp:cNvGraphicFramePr");
        x.empty("a:graphicFrameLocks", {{"xmlns:a", a}, {"noChangeAspect", QStringLiteral("1")}});
        x.end();
        x.start("a:graphic", {{"xmlns:a", a}});
        x.start("a:graphicData", {{"uri", pic}});
        x.start("pic:pic", {{"xmlns:pic", pic}});
        x.start("pic:nvPicPr");
        x.empty("pic:cNvPr", {{"id", id}, {"name", pictureTarget(m_flow, index).mid(6)}, {"descr", alt}});
        x.empty("pic:cNvPicPr");
        x.end();
        x.start("pic:blipFill");
        x.empty("a:blip", {{"r:embed", pictureRelation(index)}});
        x.start("a:stretch");
        x.empty("a:fillRect");
        x.end();
        x.end();
        x.start("pic:spPr");
        x.start("a:xfrm");
        x.empty("a:off", {{"x", QStringLiteral("0")}, {"y", QStringLiteral("0")}});
        x.empty("a:ext", {{"cx", cx}, {"cy", cy}});
        x.end();
        x.start("a:prstGeom", {{"prst", QStringLiteral("rect")}});
        x.empty("a:avLst");
        x.end();
        x.end();
        x.end();  // pic:pic
        x.end();  // a:graphicData
        x.end();  // a:graphic
        x.end();  // wp:inline
        x.end();  // w:drawing
        x.end();  // w:r
    }

    void paragraph(const Paragraph &p)
    {
        Xml &x = m_x;
        x.start("w:p");
        x.start("w:pPr");
        x.val("w:pStyle", styleId(p));
        if (p.pageBreakBefore)
            x.empty("w:pageBreakBefore");
        if (p.list) {
            x.start("w:numPr");
            x.val("w:ilvl", QString::number(qMin(8, p.list->depth)));
            x.val("w:numId", QString::number(p.list->ordered ? m_numbers.value(p.list->list) : 1));
            x.end();
        }
        if (p.samePage)  // the second language's title or part heading, on the first's page (after numPr: CT_PPr's order)
            x.empty("w:spacing", {{"w:before", QStringLiteral("600")}});
        x.end();
        const int id = ++m_bookmarks;
        if (!p.anchor.isEmpty())
            x.empty("w:bookmarkStart", {{"w:id", QString::number(id)}, {"w:name", bookmark(p.anchor)}});
        const bool red = p.draft && (p.style == Style::Heading || p.style == Style::Note);
        for (const Run &r : p.runs) {
            if (r.picture >= 0) {
                picture(r.picture, r.text);
                continue;
            }
            if (r.href.isEmpty()) {
                run(r, red, p.language);
                continue;
            }
            m_links << r.href;
            x.start("w:hyperlink", {{"r:id", QStringLiteral("rIdLink%1").arg(m_links.size())}, {"w:history", QStringLiteral("1")}});
            run(r, red, p.language);
            x.end();
        }
        if (!p.anchor.isEmpty())
            x.empty("w:bookmarkEnd", {{"w:id", QString::number(id)}});
        x.end();
    }

    void table(const Table &t)
    {
        Xml &x = m_x;
        if (t.pageBreakBefore)
            spacer(true);
        x.start("w:tbl");
        x.start("w:tblPr");
        x.val("w:tblStyle", QStringLiteral("TableGrid"));
        x.empty("w:tblW", {{"w:w", QString::number(kTextWidth)}, {"w:type", QStringLiteral("dxa")}});
        x.empty("w:tblLayout", {{"w:type", QStringLiteral("fixed")}});
        x.empty("w:tblLook", {{"w:val", QStringLiteral("04A0")}, {"w:firstRow", QStringLiteral("1")}, {"w:lastRow", QStringLiteral("0")},
                              {"w:firstColumn", QStringLiteral("0")}, {"w:lastColumn", QStringLiteral("0")},
                              {"w:noHBand", QStringLiteral("1")}, {"w:noVBand", QStringLiteral("1")}});
        x.end();
        QVector<int> widths;
        for (double share : t.widths)
            widths << qRound(share * kTextWidth);
        x.start("w:tblGrid");
        for (int w : std::as_const(widths))
            x.empty("w:gridCol", {{"w:w", QString::number(w)}});
        x.end();
        for (int r = 0; r < t.rows.size(); ++r) {
            const bool header = r < t.headerRows;
            x.start("w:tr");
            if (header) {
                x.start("w:trPr");
                x.empty("w:tblHeader");
                x.empty("w:cantSplit");
                x.end();
            }
            for (int c = 0; c < t.rows[r].size(); ++c) {
                x.start("w:tc");
                x.start("w:tcPr");
                x.empty("w:tcW", {{"w:w", QString::number(widths.value(c))}, {"w:type", QStringLiteral("dxa")}});
                if (header)
                    x.empty("w:shd", {{"w:val", QStringLiteral("clear")}, {"w:color", QStringLiteral("auto")},
                                      {"w:fill", QStringLiteral("EEF2F6")}});
                x.end();
                const Cell &cell = t.rows[r][c];
                for (Paragraph p : cell.paragraphs) {
                    if (header)
                        p.style = Style::HeaderCell;
                    else if (p.style == Style::Body)
                        p.style = p.list ? Style::Body : Style::Cell;
                    p.pageBreakBefore = false;
                    paragraph(p);
                }
                if (cell.paragraphs.isEmpty()) {  // a cell holds at least one paragraph
                    Paragraph empty;
                    empty.style = header ? Style::HeaderCell : Style::Cell;
                    paragraph(empty);
                }
                x.end();
            }
            x.end();
        }
        x.end();
    }

    void fieldChar(const char *type, bool dirty = false)
    {
        m_x.start("w:r");
        m_x.empty("w:fldChar", {{"w:fldCharType", QLatin1String(type)}});
        if (dirty)
            m_x->writeAttribute(QStringLiteral("w:dirty"), QStringLiteral("true"));
        m_x.end();
    }
    void instruction(const QString &text)
    {
        m_x.start("w:r");
        m_x.start("w:instrText", {{"xml:space", QStringLiteral("preserve")}});
        m_x->writeCharacters(text);
        m_x.end();
        m_x.end();
    }

    // Word's own contents field (TOC \o "1-2"), filled in with an entry per heading whose
    // page number is a PAGEREF field: Word and LibreOffice number the pages as they lay
    // them out, and Word rebuilds the whole field when asked.
    void contents(const Contents &c)
    {
        Xml &x = m_x;
        x.start("w:sdt");
        x.start("w:sdtPr");
        x.start("w:docPartObj");
        x.val("w:docPartGallery", QStringLiteral("Table of Contents"));
        x.empty("w:docPartUnique");
        x.end();
        x.end();
        x.start("w:sdtContent");
        x.start("w:p");
        x.start("w:pPr");
        x.val("w:pStyle", QStringLiteral("TOCHeading"));
        if (c.pageBreakBefore)
            x.empty("w:pageBreakBefore");
        x.end();
        run(Run{c.title}, false, {});
        x.end();
        for (int i = 0; i < c.entries.size(); ++i) {
            const ContentsEntry &e = c.entries[i];
            x.start("w:p");
            x.start("w:pPr");
            x.val("w:pStyle", QStringLiteral("TOC%1").arg(e.level));
            x.start("w:tabs");
            x.empty("w:tab", {{"w:val", QStringLiteral("right")}, {"w:leader", QStringLiteral("dot")},
                              {"w:pos", QString::number(kTextWidth)}});
            x.end();
            x.end();
            if (i == 0) {
                fieldChar("begin", true);
                instruction(QStringLiteral(" TOC \\o \"1-2\" \\h \\z \\u "));
                fieldChar("separate");
            }
            x.start("w:hyperlink", {{"w:anchor", bookmark(e.anchor)}, {"w:history", QStringLiteral("1")}});
            run(Run{e.text}, false, {});
            run(Run{QStringLiteral("\t")}, false, {});
            fieldChar("begin");
            instruction(QStringLiteral(" PAGEREF %1 \\h ").arg(bookmark(e.anchor)));
            fieldChar("separate");
            run(Run{e.page > 0 ? QString::number(e.page) : QString()}, false, {});  // until Word numbers the pages
            fieldChar("end");
            x.end();
            if (i + 1 == c.entries.size())
                fieldChar("end");
            x.end();
        }
        x.end();
        x.end();
    }

    const Flow &m_flow;
    Xml m_x;
    QMap<int, int> m_numbers;  // an ordered list's flow id -> its numId
    QVector<QString> m_links;
    int m_bookmarks = 0;
    int m_drawings = 0;
};

QByteArray styles(const Flow &flow)
{
    Xml x;
    x.root("w:styles");
    x.start("w:docDefaults");
    x.start("w:rPrDefault");
    x.start("w:rPr");
    x.empty("w:rFonts", {{"w:ascii", QStringLiteral("DejaVu Sans")}, {"w:hAnsi", QStringLiteral("DejaVu Sans")},
                         {"w:cs", QStringLiteral("DejaVu Sans")}, {"w:eastAsia", QStringLiteral("DejaVu Sans")}});
    x.val("w:sz", QStringLiteral("21"));
    x.val("w:szCs", QStringLiteral("21"));
    x.empty("w:lang", {{"w:val", flow.language}, {"w:eastAsia", flow.language}, {"w:bidi", flow.language}});
    x.end();
    x.end();
    x.start("w:pPrDefault");
    x.start("w:pPr");
    x.empty("w:spacing", {{"w:after", QStringLiteral("120")}, {"w:line", QStringLiteral("264")}, {"w:lineRule", QStringLiteral("auto")}});
    x.end();
    x.end();
    x.end();

    // id, name (a lower-case built-in name is what Word knows as its own), based on, size in
    // half-points, bold, italic, colour, space before and after (twips), outline level
    struct Def {
        const char *id, *name, *basedOn;
        int size;
        bool bold, italic;
        const char *colour;
        int before, after, outline;
        bool custom;
    };
    const Def defs[] = {
        {"Normal", "Normal", nullptr, 21, false, false, nullptr, 0, 120, -1, false},
        {"Title", "Title", "Normal", 56, true, false, "1D3B53", 3000, 240, -1, false},
        {"Subtitle", "Subtitle", "Normal", 32, false, false, "1D3B53", 0, 480, -1, false},
        {"Heading1", "heading 1", "Normal", 36, true, false, "1D3B53", 120, 120, 0, false},
        {"Heading2", "heading 2", "Normal", 28, true, false, "1D3B53", 280, 120, 1, false},
        {"Heading3", "heading 3", "Normal", 23, true, false, "1D3B53", 280, 80, 2, false},
        {"Heading4", "heading 4", "Normal", 23, true, false, "334155", 160, 40, 3, false},
        {"Heading5", "heading 5", "Normal", 21, true, false, "334155", 160, 40, 4, false},
        {"Heading6", "heading 6", "Normal", 21, true, true, "334155", 160, 40, 5, false},
        {"TOCHeading", "TOC Heading", "Heading1", 36, true, false, "1D3B53", 120, 200, 9, false},
        {"TOC1", "toc 1", "Normal", 21, true, false, nullptr, 60, 30, -1, false},
        {"TOC2", "toc 2", "Normal", 19, false, false, nullptr, 0, 30, -1, false},
        {"Header", "header", "Normal", 16, false, false, "5B6770", 0, 0, -1, false},
        {"Footer", "footer", "Normal", 16, false, false, "5B6770", 0, 0, -1, false},
        {"ListParagraph", "List Paragraph", "Normal", 21, false, false, nullptr, 0, 40, -1, false},
        {"Quote", "Quote", "Normal", 21, false, true, "334155", 0, 120, -1, false},
        {"Note", "Note", "Normal", 18, false, true, "5B6770", 0, 120, -1, true},
        {"Code", "Code", "Normal", 19, false, false, nullptr, 0, 0, -1, true},
        {"TableText", "Table Text", "Normal", 19, false, false, nullptr, 0, 30, -1, true},
        {"TableHeading", "Table Heading", "TableText", 19, true, false, "1D3B53", 0, 30, -1, true},
    };
    for (const Def &d : defs) {
        x.start("w:style", {{"w:type", QStringLiteral("paragraph")}, {"w:styleId", QLatin1String(d.id)}});
        if (QLatin1String(d.id) == QLatin1String("Normal"))
            x->writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
        if (d.custom)
            x->writeAttribute(QStringLiteral("w:customStyle"), QStringLiteral("1"));
        x.val("w:name", QLatin1String(d.name));
        if (d.basedOn)
            x.val("w:basedOn", QLatin1String(d.basedOn));
        x.val("w:next", QStringLiteral("Normal"));
        x.empty("w:qFormat");
        x.start("w:pPr");
        if (d.outline >= 0 || QLatin1String(d.id) == QLatin1String("Title")) {
            x.empty("w:keepNext");
            x.empty("w:keepLines");
        }
        const QLatin1String id(d.id);
        if (id == QLatin1String("Header") || id == QLatin1String("Footer")) {
            // The running note at the right margin; the word processors' own centre stops cleared.
            x.start("w:tabs");
            for (int centre : {4513, 4819})
                x.empty("w:tab", {{"w:val", QStringLiteral("clear")}, {"w:pos", QString::number(centre)}});
            x.empty("w:tab", {{"w:val", QStringLiteral("right")}, {"w:pos", QString::number(kTextWidth)}});
            x.end();
        }
        x.empty("w:spacing", {{"w:before", QString::number(d.before)}, {"w:after", QString::number(d.after)}});
        if (id == QLatin1String("ListParagraph"))
            x.empty("w:contextualSpacing");
        if (id == QLatin1String("TOC2"))
            x.empty("w:ind", {{"w:left", QStringLiteral("284")}});
        if (id == QLatin1String("Quote"))
            x.empty("w:ind", {{"w:left", QStringLiteral("454")}, {"w:right", QStringLiteral("454")}});
        if (id == QLatin1String("Footer"))
            x.val("w:jc", QStringLiteral("center"));
        if (d.outline >= 0)
            x.val("w:outlineLvl", QString::number(d.outline));
        x.end();
        x.start("w:rPr");
        if (id == QLatin1String("Code"))
            x.empty("w:rFonts", {{"w:ascii", QStringLiteral("DejaVu Sans Mono")}, {"w:hAnsi", QStringLiteral("DejaVu Sans Mono")}});
        if (d.bold)
            x.empty("w:b");
        if (d.italic)
            x.empty("w:i");
        if (d.colour)
            x.val("w:color", QLatin1String(d.colour));
        x.val("w:sz", QString::number(d.size));
        x.val("w:szCs", QString::number(d.size));
        x.end();
        x.end();
    }
    x.start("w:style", {{"w:type", QStringLiteral("character")}, {"w:styleId", QStringLiteral("Hyperlink")}});
    x.val("w:name", QStringLiteral("Hyperlink"));
    x.start("w:rPr");
    x.val("w:color", QStringLiteral("0563C1"));
    x.val("w:u", QStringLiteral("single"));
    x.end();
    x.end();
    x.start("w:style", {{"w:type", QStringLiteral("table")}, {"w:styleId", QStringLiteral("TableGrid")}});
    x.val("w:name", QStringLiteral("Table Grid"));
    x.start("w:tblPr");
    x.start("w:tblBorders");
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"})
        x.empty(side, {{"w:val", QStringLiteral("single")}, {"w:sz", QStringLiteral("4")}, {"w:space", QStringLiteral("0")},
                       {"w:color", QStringLiteral("D8DEE4")}});
    x.end();
    x.start("w:tblCellMar");
    for (const char *side : {"w:top", "w:left", "w:bottom", "w:right"})
        x.empty(side, {{"w:w", QStringLiteral("57")}, {"w:type", QStringLiteral("dxa")}});
    x.end();
    x.end();
    x.end();
    x.end();
    return x.bytes();
}

QByteArray headerPart(const Flow &flow, bool first)
{
    Xml x;
    x.root("w:hdr");
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QStringLiteral("Header"));
    x.end();
    if (!first) {
        x.start("w:r");
        x.runText(flow.title + QLatin1Char('\t') + flow.runningNote);
        x.end();
    }
    x.end();
    x.end();
    return x.bytes();
}

QByteArray footerPart(const Flow &flow)
{
    Xml x;
    x.root("w:ftr");
    x.start("w:p");
    x.start("w:pPr");
    x.val("w:pStyle", QStringLiteral("Footer"));
    x.end();
    for (const QString &part : pageFooterParts(flow.language)) {
        if (part == QLatin1String("%1") || part == QLatin1String("%2")) {
            x.start("w:fldSimple", {{"w:instr", part == QLatin1String("%1") ? QStringLiteral(" PAGE ") : QStringLiteral(" NUMPAGES ")}});
            x.start("w:r");
            x.runText(QStringLiteral("1"));
            x.end();
            x.end();
        } else if (!part.isEmpty()) {
            x.start("w:r");
            x.runText(part);
            x.end();
        }
    }
    x.end();
    x.end();
    return x.bytes();
}

QByteArray settings()
{
    Xml x;
    x.root("w:settings");
    x.val("w:updateFields", QStringLiteral("true"));  // Word fills the contents in when it opens the file
    x.val("w:defaultTabStop", QStringLiteral("709"));
    x.end();
    return x.bytes();
}

QByteArray relationships(const QVector<std::tuple<QString, QString, QString>> &rels)
{
    Xml x;
    x->writeStartElement(QStringLiteral("Relationships"));
    x->writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
    for (const auto &[id, type, target] : rels) {
        x->writeEmptyElement(QStringLiteral("Relationship"));
        x->writeAttribute(QStringLiteral("Id"), id);
        x->writeAttribute(QStringLiteral("Type"), type);
        x->writeAttribute(QStringLiteral("Target"), target);
        if (type.endsWith(QLatin1String("/hyperlink")))
            x->writeAttribute(QStringLiteral("TargetMode"), QStringLiteral("External"));
    }
    x->writeEndElement();
    return x.bytes();
}

QByteArray contentTypes()
{
    Xml x;
    x->writeStartElement(QStringLiteral("Types"));
    x->writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    x->writeEmptyElement(QStringLiteral("Default"));
    x->writeAttribute(QStringLiteral("Extension"), QStringLiteral("rels"));
    x->writeAttribute(QStringLiteral("ContentType"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    x->writeEmptyElement(QStringLiteral("Default"));
    x->writeAttribute(QStringLiteral("Extension"), QStringLiteral("xml"));
    x->writeAttribute(QStringLiteral("ContentType"), QStringLiteral("application/xml"));
    for (const auto &[extension, type] : {std::pair{"png", "image/png"}, std::pair{"jpg", "image/jpeg"}, std::pair{"gif", "image/gif"}}) {
        x->writeEmptyElement(QStringLiteral("Default"));
        x->writeAttribute(QStringLiteral("Extension"), QLatin1String(extension));
        x->writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
    }
    const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    const std::pair<const char *, QString> parts[] = {
        {"/word/document.xml", wml + QStringLiteral("document.main+xml")},
        {"/word/styles.xml", wml + QStringLiteral("styles+xml")},
        {"/word/numbering.xml", wml + QStringLiteral("numbering+xml")},
        {"/word/settings.xml", wml + QStringLiteral("settings+xml")},
        {"/word/header1.xml", wml + QStringLiteral("header+xml")},
        {"/word/header2.xml", wml + QStringLiteral("header+xml")},
        {"/word/footer1.xml", wml + QStringLiteral("footer+xml")},
        {"/word/footer2.xml", wml + QStringLiteral("footer+xml")},
        {"/docProps/core.xml", QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")},
        {"/docProps/app.xml", QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml")},
    };
    for (const auto &[name, type] : parts) {
        x->writeEmptyElement(QStringLiteral("Override"));
        x->writeAttribute(QStringLiteral("PartName"), QLatin1String(name));
        x->writeAttribute(QStringLiteral("ContentType"), type);
    }
    x->writeEndElement();
    return x.bytes();
}

QByteArray coreProperties(const Flow &flow)
{
    Xml x;
    x->writeStartElement(QStringLiteral("cp:coreProperties"));
    x->writeAttribute(QStringLiteral("xmlns:cp"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    x->writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    x->writeTextElement(QStringLiteral("dc:title"), flow.title);
    x->writeTextElement(QStringLiteral("dc:language"), flow.language);
    x->writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("QDF Workbench"));
    x->writeEndElement();
    return x.bytes();
}

QByteArray appProperties()
{
    Xml x;
    x->writeStartElement(QStringLiteral("Properties"));
    x->writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    x->writeTextElement(QStringLiteral("Application"), QStringLiteral("QDF Workbench"));
    x->writeEndElement();
    return x.bytes();
}

} // namespace

Result<QByteArray> docx(const Flow &flow)
{
    Document document(flow);
    const QByteArray body = document.write();
    const QString officeRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    QVector<std::tuple<QString, QString, QString>> rels{
        {QStringLiteral("rIdStyles"), officeRel + QStringLiteral("styles"), QStringLiteral("styles.xml")},
        {QStringLiteral("rIdNumbering"), officeRel + QStringLiteral("numbering"), QStringLiteral("numbering.xml")},
        {QStringLiteral("rIdSettings"), officeRel + QStringLiteral("settings"), QStringLiteral("settings.xml")},
        {QStringLiteral("rIdHeader"), officeRel + QStringLiteral("header"), QStringLiteral("header1.xml")},
        {QStringLiteral("rIdHeaderFirst"), officeRel + QStringLiteral("header"), QStringLiteral("header2.xml")},
        {QStringLiteral("rIdFooter"), officeRel + QStringLiteral("footer"), QStringLiteral("footer1.xml")},
        {QStringLiteral("rIdFooterFirst"), officeRel + QStringLiteral("footer"), QStringLiteral("footer2.xml")},
    };
    for (int i = 0; i < document.links().size(); ++i)
        rels.push_back({QStringLiteral("rIdLink%1").arg(i + 1), officeRel + QStringLiteral("hyperlink"), document.links()[i]});
    for (int i = 0; i < flow.pictures.size(); ++i)
        rels.push_back({pictureRelation(i), officeRel + QStringLiteral("image"), pictureTarget(flow, i)});
    const QByteArray footer = footerPart(flow);
    QVector<ZipPart> parts{{QStringLiteral("[Content_Types].xml"), contentTypes()},
                {QStringLiteral("_rels/.rels"),
                 relationships({{QStringLiteral("rId1"), officeRel + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
                                {QStringLiteral("rId2"),
                                 QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                                 QStringLiteral("docProps/core.xml")},
                                {QStringLiteral("rId3"), officeRel + QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}})},
                {QStringLiteral("word/document.xml"), body},
                {QStringLiteral("word/_rels/document.xml.rels"), relationships(rels)},
                {QStringLiteral("word/styles.xml"), styles(flow)},
                {QStringLiteral("word/numbering.xml"), document.numbering()},
                {QStringLiteral("word/settings.xml"), settings()},
                {QStringLiteral("word/header1.xml"), headerPart(flow, false)},
                {QStringLiteral("word/header2.xml"), headerPart(flow, true)},
                {QStringLiteral("word/footer1.xml"), footer},
                {QStringLiteral("word/footer2.xml"), footer},
                {QStringLiteral("docProps/core.xml"), coreProperties(flow)},
                {QStringLiteral("docProps/app.xml"), appProperties()}};
    for (int i = 0; i < flow.pictures.size(); ++i)
        parts << ZipPart{QStringLiteral("word/") + pictureTarget(flow, i), flow.pictures[i].bytes};
    return zip(parts);
}

} // namespace qdf::report::flow
