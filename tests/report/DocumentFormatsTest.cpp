// The word-processor formats as Word and LibreOffice read them: real heading styles, a
// contents, page numbers in the footer, tables with header rows, lists; the PDF's bookmarks
// and language; the HTML's language, measure and linked contents.

#include "ReportTestSupport.h"

#include "core/report/Report.h"
#include "report/ReportWriter.h"

#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qdf;
using namespace qdf::test;

namespace {

QString written(const Folder &folder, const report::Report &r, report::Format format, const QString &name)
{
    const QString path = folder.path(name);
    need(report::writeReport(r, format, path));
    return path;
}

int count(const QString &text, const QString &what)
{
    return int(text.count(what));
}

// A report whose Markdown holds a heading, a nested list, a numbered list, a table, bold and
// italics: what people write in Schedules.
report::Report structured()
{
    report::Report r;
    r.title = QStringLiteral("Structure");
    r.runningNote = QStringLiteral("Afon Vale · revision 3");
    r.add(report::Block::Kind::Title, r.title);
    r.add(report::Block::Kind::Contents, QStringLiteral("Contents"));
    r.add(report::Block::Kind::Heading, QStringLiteral("1. Care standards"), 1);
    r.add(report::Block::Kind::Heading, QStringLiteral("Schedule 1.1  Pressure care"), 2);
    r.add(report::Block::Kind::Markdown,
          QStringLiteral("## Standard\n\nEvery person is **assessed** within *two* days.\n\n- at home\n- in clinic\n  - evenings\n\n"
                         "1. first\n2. second\n\n| Measure | Target |\n|---|---|\n| Visits on time | 95% |\n"));
    r.addTable({QStringLiteral("No."), QStringLiteral("Schedule")}, {{QStringLiteral("1.1"), QStringLiteral("Pressure care")}});
    return r;
}

} // namespace

TEST_CASE("The DOCX has Word's heading styles, a contents field, page numbers in the footer, tables and lists",
          "[report][docx]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString docx = written(folder, frameworkOf(master, true), report::Format::Docx, QStringLiteral("framework.docx"));
    CHECK(readAll(docx).startsWith("PK"));
    const QString types = zipPart(docx, QStringLiteral("[Content_Types].xml"));
    CHECK(types.contains(QStringLiteral("wordprocessingml.document.main+xml")));
    const QString body = zipPart(docx, QStringLiteral("word/document.xml"));
    const QString styles = zipPart(docx, QStringLiteral("word/styles.xml"));
    // Word knows its own heading styles by their lower-case names.
    CHECK(styles.contains(QStringLiteral("<w:name w:val=\"heading 1\"/>")));
    CHECK(styles.contains(QStringLiteral("<w:name w:val=\"toc 1\"/>")));
    CHECK(styles.contains(QStringLiteral("<w:outlineLvl w:val=\"0\"/>")));
    CHECK(count(body, QStringLiteral("<w:pStyle w:val=\"Heading1\"/>")) >= 3);
    CHECK(count(body, QStringLiteral("<w:pStyle w:val=\"Heading2\"/>")) >= 2);
    CHECK(body.contains(QStringLiteral("<w:pStyle w:val=\"Title\"/>")));
    CHECK(body.contains(QStringLiteral("TOC \\o &quot;1-2&quot;")) | body.contains(QStringLiteral("TOC \\o \"1-2\"")));
    CHECK(body.contains(QStringLiteral("PAGEREF _Toc_h")));
    CHECK(body.contains(QStringLiteral("<w:tblHeader/>")));
    CHECK(body.contains(QStringLiteral("Pressure ulcer prevention and care")));
    CHECK(body.contains(QStringLiteral("Evening nursing hub — DRAFT")));
    const QString footer = zipPart(docx, QStringLiteral("word/footer1.xml"));
    CHECK(footer.contains(QStringLiteral("w:instr=\" PAGE \"")));
    CHECK(footer.contains(QStringLiteral("w:instr=\" NUMPAGES \"")));
    CHECK(footer.contains(QStringLiteral("Page ")));
    CHECK(zipPart(docx, QStringLiteral("word/header1.xml")).contains(QStringLiteral("Quality and Delivery Framework")));
    CHECK(zipPart(docx, QStringLiteral("docProps/core.xml")).contains(QStringLiteral("<dc:language>en-GB</dc:language>")));

    // People's Markdown keeps its structure: a heading below the Schedule's, lists, a table.
    const QString small = written(folder, structured(), report::Format::Docx, QStringLiteral("structured.docx"));
    const QString inside = zipPart(small, QStringLiteral("word/document.xml"));
    CHECK(inside.contains(QStringLiteral("<w:pStyle w:val=\"Heading5\"/>")));  // "##" under the document's own levels
    CHECK(count(inside, QStringLiteral("<w:numPr>")) == 5);
    CHECK(inside.contains(QStringLiteral("<w:ilvl w:val=\"1\"/>")));  // "evenings" is nested
    CHECK(count(inside, QStringLiteral("<w:tbl>")) == 2);
    CHECK(inside.contains(QStringLiteral("<w:b/></w:rPr><w:t xml:space=\"preserve\">assessed</w:t>")));
    CHECK(inside.contains(QStringLiteral("<w:i/></w:rPr><w:t xml:space=\"preserve\">two</w:t>")));
    const QString numbering = zipPart(small, QStringLiteral("word/numbering.xml"));
    CHECK(numbering.contains(QStringLiteral("<w:numFmt w:val=\"bullet\"/>")));
    CHECK(numbering.contains(QStringLiteral("<w:numFmt w:val=\"decimal\"/>")));
}

TEST_CASE("The ODT has outline headings with named styles, a contents index, header and footer with page fields",
          "[report][odt]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString odt = written(folder, frameworkOf(master, true), report::Format::Odt, QStringLiteral("framework.odt"));
    // The mimetype is the first part, stored, so other programs know the file at a glance.
    CHECK(readAll(odt).mid(30, 47) == QByteArray("mimetypeapplication/vnd.oasis.opendocument.text"));
    const QString content = zipPart(odt, QStringLiteral("content.xml"));
    const QString styles = zipPart(odt, QStringLiteral("styles.xml"));
    CHECK(count(content, QStringLiteral("<text:h text:style-name=")) >= 5);
    CHECK(content.contains(QStringLiteral("text:outline-level=\"1\"")));
    CHECK(content.contains(QStringLiteral("text:outline-level=\"2\"")));
    CHECK(content.contains(QStringLiteral("<text:table-of-content ")));
    CHECK(content.contains(QStringLiteral("text:reference-format=\"page\"")));
    CHECK(content.contains(QStringLiteral("<table:table-header-rows>")));
    CHECK(styles.contains(QStringLiteral("style:name=\"Heading_20_1\"")));
    CHECK(styles.contains(QStringLiteral("style:default-outline-level=\"1\"")));
    CHECK(styles.contains(QStringLiteral("<text:page-number")));
    CHECK(styles.contains(QStringLiteral("<text:page-count")));
    CHECK(styles.contains(QStringLiteral("<style:header>")));
    CHECK(styles.contains(QStringLiteral("fo:language=\"en\" fo:country=\"GB\"")));
    // Column widths are lengths that add up to the text width (17 cm), never bad percentages.
    const QRegularExpression table(QStringLiteral("style:name=\"(Table\\d+)\\.C\\d+\".*?style:column-width=\"([0-9.]+)cm\""));
    QHash<QString, double> widths;
    for (auto it = table.globalMatch(content); it.hasNext();) {
        const auto m = it.next();
        widths[m.captured(1)] += m.captured(2).toDouble();
    }
    const QString small = written(folder, structured(), report::Format::Odt, QStringLiteral("structured.odt"));
    const QString inside = zipPart(small, QStringLiteral("content.xml"));
    for (auto it = table.globalMatch(inside); it.hasNext();) {
        const auto m = it.next();
        widths[QStringLiteral("small ") + m.captured(1)] += m.captured(2).toDouble();
    }
    REQUIRE(widths.size() >= 3);
    for (double total : std::as_const(widths))
        CHECK(total == Approx(17.0).margin(0.01));
    CHECK_FALSE(content.contains(QStringLiteral("%\"")));

    CHECK(inside.contains(QStringLiteral("text:outline-level=\"5\"")));
    CHECK(count(inside, QStringLiteral("<text:list ")) == 3);  // bullets, the nested list, numbers
    CHECK(count(inside, QStringLiteral("<text:list-item>")) == 5);
    CHECK(inside.contains(QStringLiteral("text:style-name=\"Numbering_20_123\"")));
}

TEST_CASE("LibreOffice opens the DOCX and the ODT and finds their headings, contents and page numbers",
          "[report][libreoffice]")
{
    if (!haveLibreOffice()) {
        WARN("LibreOffice is not installed: the conversion check is skipped");
        return;
    }
    Folder folder;
    const QString master = demoMaster(folder);
    const report::Report r = frameworkOf(master, false);
    const QString docx = written(folder, r, report::Format::Docx, QStringLiteral("framework.docx"));
    const QString odt = written(folder, r, report::Format::Odt, QStringLiteral("framework.odt"));
    // Word's file read by LibreOffice: its headings are outline headings there.
    const QString fromDocx = libreOfficeConvert(docx, QStringLiteral("odt"), folder.path(QStringLiteral("lo-docx")));
    const QString content = zipPart(fromDocx, QStringLiteral("content.xml"));
    CHECK(content.contains(QStringLiteral("text:outline-level=\"1\"")));
    CHECK(QRegularExpression(QStringLiteral("<text:h [^>]*text:outline-level=\"2\"[^>]*>.*?Pressure ulcer prevention"))
              .match(content)
              .hasMatch());
    // The ODT saved again as Word: still Word's heading styles, not 94 "Normal" paragraphs.
    const QString toDocx = libreOfficeConvert(odt, QStringLiteral("docx"), folder.path(QStringLiteral("lo-odt")));
    const QString body = zipPart(toDocx, QStringLiteral("word/document.xml"));
    CHECK(body.contains(QStringLiteral("w:val=\"Heading1\"")));
    CHECK(body.contains(QStringLiteral("w:val=\"Heading2\"")));
    // Laid out by LibreOffice: the footer numbers the pages and the contents points at them.
    for (const QString &file : {odt, docx}) {
        const QString pdf = libreOfficeConvert(file, QStringLiteral("pdf"), folder.path(QStringLiteral("pdf-") + QFileInfo(file).suffix()));
        INFO(file.toStdString());
        checkPagesAndContents(pdfPageTexts(pdf), pdfPages(pdf));
    }
}

TEST_CASE("The PDF's bookmarks list the headings, each pointing at its page, and the PDF says its language",
          "[report][pdf][outline]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString pdf = written(folder, frameworkOf(master, true), report::Format::Pdf, QStringLiteral("framework.pdf"));
    const QJsonObject json = QJsonDocument::fromJson(tool(QStringLiteral("qpdf"), {QStringLiteral("--json"), pdf}).toUtf8()).object();
    QStringList titles;
    QHash<QString, int> pageOf;
    std::function<void(const QJsonArray &)> walk = [&](const QJsonArray &items) {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            titles << o.value(QStringLiteral("title")).toString();
            pageOf[titles.last()] = o.value(QStringLiteral("destpageposfrom1")).toInt();
            walk(o.value(QStringLiteral("kids")).toArray());
        }
    };
    walk(json.value(QStringLiteral("outlines")).toArray());
    CHECK(titles.contains(QStringLiteral("QDF Index")));
    CHECK(titles.contains(QStringLiteral("1. Care standards")));
    CHECK(titles.contains(QStringLiteral("Schedule 1.1  Pressure ulcer prevention and care")));
    const QStringList pages = pdfPageTexts(pdf);
    const int page = pageOf.value(QStringLiteral("Schedule 1.1  Pressure ulcer prevention and care"));
    REQUIRE(page >= 1);
    CHECK(pages[page - 1].simplified().contains(QStringLiteral("Schedule 1.1 Pressure ulcer prevention")));
    // The language is in the document catalogue.
    const QString catalogue = tool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=trailer"), pdf});
    const auto root = QRegularExpression(QStringLiteral("/Root (\\d+) 0 R")).match(catalogue);
    REQUIRE(root.hasMatch());
    CHECK(tool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=%1").arg(root.captured(1)), pdf})
              .contains(QStringLiteral("/Lang (en-GB)")));
}

TEST_CASE("A heading is never split across pages nor left at the foot of one", "[report][pdf][keep]")
{
    report::Report r;
    r.title = QStringLiteral("Keep");
    r.add(report::Block::Kind::Heading, QStringLiteral("Part"), 1);
    // Paragraphs of growing length move each heading a little further down the pages, so
    // some fall at the foot of one.
    for (int i = 1; i <= 40; ++i) {
        r.add(report::Block::Kind::Paragraph, QString(QStringLiteral("Filler words for the page. ")).repeated(i % 7 + 3));
        r.add(report::Block::Kind::Heading,
              QStringLiteral("Heading%1 asks whether the hand-over between teams could cause delay or confusion for the person%1")
                  .arg(i),
              2);
        r.add(report::Block::Kind::Paragraph, QStringLiteral("Follows%1 the heading.").arg(i));
    }
    Folder folder;
    const QString pdf = written(folder, r, report::Format::Pdf, QStringLiteral("keep.pdf"));
    const QStringList pages = pdfPageTexts(pdf);
    REQUIRE(pages.size() >= 4);
    for (int i = 1; i <= 40; ++i) {
        const QString start = QStringLiteral("Heading%1 ").arg(i), end = QStringLiteral("person%1").arg(i),
                      next = QStringLiteral("Follows%1 ").arg(i);
        int found = -1;
        for (int p = 0; p < pages.size() && found < 0; ++p)
            found = pages[p].contains(start) ? p : -1;
        INFO("heading " << i);
        REQUIRE(found >= 0);
        CHECK(pages[found].contains(end));
        CHECK(pages[found].contains(next));
    }
}

TEST_CASE("The HTML says its language, keeps a readable measure and links its contents to the headings",
          "[report][html]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString file = written(folder, frameworkOf(master, true), report::Format::Html, QStringLiteral("framework.html"));
    const QString page = QString::fromUtf8(readAll(file));
    CHECK(page.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">")));
    CHECK(page.contains(QStringLiteral("max-width: 46rem")));
    CHECK(page.contains(QStringLiteral("name=\"viewport\"")));
    const auto link = QRegularExpression(QStringLiteral("<a href=\"#(h\\d+)\">1\\. Care standards</a>")).match(page);
    REQUIRE(link.hasMatch());
    CHECK(page.contains(QStringLiteral("id=\"%1\">1. Care standards<").arg(link.captured(1))));
    CHECK(page.contains(QStringLiteral("<th scope=\"col\">")));
    CHECK(page.contains(QStringLiteral("class=\"draft-content\"")));
    // No element is written self-closed where HTML would read it as left open.
    CHECK_FALSE(QRegularExpression(QStringLiteral("<(p|td|th|li|h\\d|div|a)( [^>]*)?/>")).match(page).hasMatch());
}
