#include "report/FlowWriters.h"

#include <QXmlStreamWriter>

namespace qdf::report::flow {
namespace {

// A readable measure (about 75 characters), margins, tables that scroll on a phone rather
// than squeeze their words, and the print colours of the PDF.
const char *const kStyle = R"(
body { font-family: DejaVu Sans, Arial, sans-serif; font-size: 1rem; line-height: 1.5; color: #1b1f23;
       max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
h1, h2, h3, h4, h5, h6 { color: #1d3b53; line-height: 1.25; margin: 1.6em 0 0.4em; }
h1.title { font-size: 2.2rem; margin-top: 3rem; }
p.subtitle { font-size: 1.3rem; color: #1d3b53; }
p.note { color: #5b6770; font-style: italic; font-size: 0.9rem; }
.draft { color: #8a1c1c; }
.draft-content { border-left: 4px solid #8a1c1c; padding-left: 0.75rem; }
nav ol { list-style: none; padding-left: 0; }
nav ol ol { padding-left: 1.25rem; }
nav a { text-decoration: none; }
.table { overflow-x: auto; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { border: 1px solid #d8dee4; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; color: #1d3b53; }
td p, th p { margin: 0 0 0.2rem; }
img { max-width: 100%; height: auto; }
pre { background: #f5f7f9; padding: 0.5rem; overflow-x: auto; }
blockquote { border-left: 3px solid #d8dee4; margin-left: 0; padding-left: 1rem; color: #334155; }
header.running { color: #5b6770; font-size: 0.85rem; border-bottom: 1px solid #d8dee4; padding-bottom: 0.3rem; }
@media print { body { max-width: none; margin: 0; } nav a::after { content: none; } }
)";

class Writer {
public:
    explicit Writer(const Flow &flow) : m_flow(flow), m_w(&m_text) {}

    QByteArray write()
    {
        m_text = QStringLiteral("<!DOCTYPE html>\n");
        m_w.writeStartElement(QStringLiteral("html"));
        m_w.writeAttribute(QStringLiteral("lang"), m_flow.language);
        m_w.writeStartElement(QStringLiteral("head"));
        m_w.writeEmptyElement(QStringLiteral("meta"));
        m_w.writeAttribute(QStringLiteral("charset"), QStringLiteral("utf-8"));
        // The page fetches nothing and runs nothing, whatever a browser makes of it: its pictures
        // are inside it, its style is its own, and no script runs (docs/security.md).
        m_w.writeEmptyElement(QStringLiteral("meta"));
        m_w.writeAttribute(QStringLiteral("http-equiv"), QStringLiteral("Content-Security-Policy"));
        m_w.writeAttribute(QStringLiteral("content"), QStringLiteral("default-src 'none'; img-src data:; style-src 'unsafe-inline'"));
        m_w.writeEmptyElement(QStringLiteral("meta"));
        m_w.writeAttribute(QStringLiteral("name"), QStringLiteral("referrer"));
        m_w.writeAttribute(QStringLiteral("content"), QStringLiteral("no-referrer"));
        m_w.writeEmptyElement(QStringLiteral("meta"));
        m_w.writeAttribute(QStringLiteral("name"), QStringLiteral("viewport"));
        m_w.writeAttribute(QStringLiteral("content"), QStringLiteral("width=device-width, initial-scale=1"));
        m_w.writeTextElement(QStringLiteral("title"), m_flow.title);
        m_w.writeStartElement(QStringLiteral("style"));
        m_w.writeCharacters(QString::fromLatin1(kStyle));
        close();
        close();
        m_w.writeStartElement(QStringLiteral("body"));
        if (!m_flow.runningNote.isEmpty()) {
            m_w.writeStartElement(QStringLiteral("header"));
            m_w.writeAttribute(QStringLiteral("class"), QStringLiteral("running"));
            m_w.writeCharacters(m_flow.runningNote);
            close();
        }
        m_w.writeStartElement(QStringLiteral("main"));
        for (const Item &item : m_flow.items) {
            if (const auto *p = std::get_if<Paragraph>(&item)) {
                draftRegion(p->draft && p->style != Style::Heading);
                paragraph(*p);
                continue;
            }
            closeLists(-1);
            if (const auto *t = std::get_if<Table>(&item)) {
                draftRegion(t->draft);
                table(*t);
            } else {
                draftRegion(false);
                contents(std::get<Contents>(item));
            }
        }
        closeLists(-1);
        draftRegion(false);
        close();
        close();
        close();
        return m_text.toUtf8();
    }

private:
    void element(const QString &name, const QString &cls = {})
    {
        m_w.writeStartElement(name);
        if (!cls.isEmpty())
            m_w.writeAttribute(QStringLiteral("class"), cls);
    }

    // Draft content sits in one marked region, so a reader sees where it starts and ends.
    void draftRegion(bool draft)
    {
        if (draft == m_inDraft)
            return;
        closeLists(-1);
        if (draft)
            element(QStringLiteral("div"), QStringLiteral("draft-content"));
        else
            close();
        m_inDraft = draft;
    }

    void text(const QString &text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_w.writeEmptyElement(QStringLiteral("br"));
            m_w.writeCharacters(lines[i]);
        }
    }

    void runs(const QVector<Run> &runs)
    {
        for (const Run &r : runs) {
            if (r.picture >= 0) {
                picture(m_flow.pictures[r.picture], r.text);
                continue;
            }
            int open = 0;
            const auto wrap = [&](bool on, const char *tag) {
                if (on) {
                    m_w.writeStartElement(QLatin1String(tag));
                    ++open;
                }
            };
            if (!r.href.isEmpty()) {
                m_w.writeStartElement(QStringLiteral("a"));
                m_w.writeAttribute(QStringLiteral("href"), r.href);
                m_w.writeAttribute(QStringLiteral("rel"), QStringLiteral("noopener noreferrer"));
                ++open;
            }
            wrap(r.bold, "strong");
            wrap(r.italic, "em");
            wrap(r.strike, "s");
            wrap(r.code, "code");
            text(r.text);
            for (; open > 0; --open)
                close();
        }
    }

    // Inside the page, as a data: URL: nothing to fetch.
    void picture(const Picture &p, const QString &alt)
    {
        m_w.writeEmptyElement(QStringLiteral("img"));
        m_w.writeAttribute(QStringLiteral("src"), QStringLiteral("data:%1;base64,%2").arg(p.mime, QString::fromLatin1(p.bytes.toBase64())));
        m_w.writeAttribute(QStringLiteral("alt"), alt);
        // CSS pixels are 96 to the inch.
        m_w.writeAttribute(QStringLiteral("width"), QString::number(qRound(p.sizeCm.width() / 2.54 * 96)));
        m_w.writeAttribute(QStringLiteral("height"), QString::number(qRound(p.sizeCm.height() / 2.54 * 96)));
    }

    struct OpenList {
        int list;
        int depth;
    };
    void closeLists(int depth)
    {
        while (!m_open.isEmpty() && m_open.last().depth > depth) {
            close();  // li
            close();  // ul or ol
            m_open.removeLast();
        }
    }
    void listItem(const ListMark &m)
    {
        while (!m_open.isEmpty()
               && (m_open.last().depth > m.depth || (m_open.last().depth == m.depth && m_open.last().list != m.list)))
            closeLists(m_open.last().depth - 1);
        if (!m_open.isEmpty() && m_open.last().depth == m.depth) {
            close();
            m_w.writeStartElement(QStringLiteral("li"));
            return;
        }
        m_w.writeStartElement(m.ordered ? QStringLiteral("ol") : QStringLiteral("ul"));
        m_w.writeStartElement(QStringLiteral("li"));
        m_open << OpenList{m.list, m.depth};
    }

    void paragraph(const Paragraph &p)
    {
        if (p.list)
            listItem(*p.list);
        else
            closeLists(-1);
        switch (p.style) {
        case Style::Title: element(QStringLiteral("h1"), QStringLiteral("title")); break;
        case Style::Heading:
            // The title is the page's one h1; the report's headings follow below it.
            element(QStringLiteral("h%1").arg(qMin(6, p.level + 1)), p.draft ? QStringLiteral("draft") : QString());
            break;
        case Style::Subtitle: element(QStringLiteral("p"), QStringLiteral("subtitle")); break;
        case Style::Note: element(QStringLiteral("p"), p.draft ? QStringLiteral("note draft") : QStringLiteral("note")); break;
        case Style::Code: element(QStringLiteral("pre")); break;
        case Style::Quote: element(QStringLiteral("blockquote")); break;
        case Style::Body:
        case Style::Cell:
        case Style::HeaderCell: element(QStringLiteral("p")); break;
        }
        if (!p.anchor.isEmpty())
            m_w.writeAttribute(QStringLiteral("id"), p.anchor);
        // A block in another language than the page's says so, for the reader's voice and spelling.
        if (!p.language.isEmpty() && p.language != m_tableLanguage)
            m_w.writeAttribute(QStringLiteral("lang"), p.language);
        runs(p.runs);
        close();
    }

    void table(const Table &t)
    {
        element(QStringLiteral("div"), QStringLiteral("table"));
        if (!t.language.isEmpty())
            m_w.writeAttribute(QStringLiteral("lang"), t.language);
        m_tableLanguage = t.language;
        m_w.writeStartElement(QStringLiteral("table"));
        m_w.writeStartElement(QStringLiteral("colgroup"));
        for (double share : t.widths) {
            m_w.writeEmptyElement(QStringLiteral("col"));
            m_w.writeAttribute(QStringLiteral("style"), QStringLiteral("width: %1%").arg(100.0 * share, 0, 'f', 1));
        }
        close();
        for (int r = 0; r < t.rows.size(); ++r) {
            const bool header = r < t.headerRows;
            if (r == 0 && header)
                m_w.writeStartElement(QStringLiteral("thead"));
            if (r == t.headerRows)
                m_w.writeStartElement(QStringLiteral("tbody"));
            m_w.writeStartElement(QStringLiteral("tr"));
            for (const Cell &cell : t.rows[r]) {
                m_w.writeStartElement(header ? QStringLiteral("th") : QStringLiteral("td"));
                if (header)
                    m_w.writeAttribute(QStringLiteral("scope"), QStringLiteral("col"));
                // One plain paragraph is written bare, as a cell usually is.
                if (cell.paragraphs.size() == 1 && !cell.paragraphs[0].list && cell.paragraphs[0].style != Style::Code) {
                    runs(cell.paragraphs[0].runs);
                } else {
                    for (const Paragraph &p : cell.paragraphs)
                        paragraph(p);
                    closeLists(-1);
                }
                close();
            }
            close();
            if (r + 1 == t.headerRows)
                close();
        }
        if (t.rows.size() > t.headerRows)
            close();
        close();
        close();
        m_tableLanguage.clear();
    }

    void contents(const Contents &c)
    {
        m_w.writeStartElement(QStringLiteral("nav"));
        m_w.writeAttribute(QStringLiteral("aria-labelledby"), QStringLiteral("contents"));
        m_w.writeStartElement(QStringLiteral("h2"));
        m_w.writeAttribute(QStringLiteral("id"), QStringLiteral("contents"));
        m_w.writeCharacters(c.title);
        close();
        m_w.writeStartElement(QStringLiteral("ol"));
        bool itemOpen = false, nestedOpen = false, nestedItemOpen = false;
        for (const ContentsEntry &e : c.entries) {
            if (e.level >= 2 && itemOpen) {  // under the section before it
                if (!nestedOpen)
                    m_w.writeStartElement(QStringLiteral("ol"));
                if (nestedItemOpen)
                    close();
                nestedOpen = nestedItemOpen = true;
            } else {
                if (nestedOpen) {
                    close();  // li
                    close();  // ol
                    nestedOpen = nestedItemOpen = false;
                }
                if (itemOpen)
                    close();
                itemOpen = true;
            }
            m_w.writeStartElement(QStringLiteral("li"));
            m_w.writeStartElement(QStringLiteral("a"));
            m_w.writeAttribute(QStringLiteral("href"), QLatin1Char('#') + e.anchor);
            m_w.writeCharacters(e.text);
            close();
        }
        for (int open = int(itemOpen) + 2 * int(nestedOpen); open > 0; --open)
            close();
        close();  // ol
        close();  // nav
    }

    // Ends an element with an end tag: HTML reads <td/> as an open cell.
    void close()
    {
        m_w.writeCharacters(QString());
        m_w.writeEndElement();
    }

    const Flow &m_flow;
    QString m_text;
    QXmlStreamWriter m_w;
    QVector<OpenList> m_open;
    bool m_inDraft = false;
    QString m_tableLanguage;  // the table being written says its cells' language once
};

} // namespace

QByteArray html(const Flow &flow)
{
    return Writer(flow).write();
}

} // namespace qdf::report::flow
