// What a published document may take from what people wrote: pictures only from the workbook's
// own files, links that open a page or a message only, and no character that acts or disguises
// (docs/security.md, "Safe output").

#include "ReportTestSupport.h"

#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/SectionStore.h"
#include "report/ReportWriter.h"

#include <QBuffer>
#include <QImage>

using namespace qdf;
using namespace qdf::test;

namespace {

QByteArray png(int width, int height, Qt::GlobalColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

// A workbook whose answer shows its own picture, a file of the publisher's disk, a picture on the
// internet, links of every kind and a name that would disguise itself.
struct HostileAnswer {
    Folder folder;
    QString path = folder.path(QStringLiteral("m.qdf"));
    QString secret = folder.path(QStringLiteral("secret.png"));

    HostileAnswer()
    {
        writeAll(secret, png(31, 17, Qt::red));
        auto wb = newMaster(path);
        const Section section = need(SectionStore(*wb).byKey(QStringLiteral("care-standards")));
        need(MaterialStore(*wb).attach(section.id, QStringLiteral("pathway.png"), png(40, 20, Qt::blue), QString()));
        need(MaterialStore(*wb).attach(section.id, QStringLiteral("notes.txt"), "just words", QString()));
        const Question q = need(SectionStore(*wb).question(QStringLiteral("care-standards"), QStringLiteral("reason")));
        need(AnswerStore(*wb).set(q.id, QStringLiteral("Our pathway: ![the pathway](pathway.png)\n\n"
                                                       "Theirs: ![local secret](%1)\n\n"
                                                       "Also: ![file secret](file://%1)\n\n"
                                                       "Remote: ![tracker](http://example.invalid/pixel.png)\n\n"
                                                       "Words: ![not a picture](notes.txt)\n\n"
                                                       "[run](javascript:alert(1)) [disk](file:///etc/passwd) "
                                                       "[site](https://gov.wales/nhs) [mail](mailto:team@example.org)\n\n"
                                                       "Signed: Dafydd\x1b[2J\x1b[1;1HAll clear \u202Egnp.exe\u2066x\u2069 \x9b" "31m")
                                        .arg(secret)));
    }

    QString write(report::Format format)
    {
        auto wb = need(Workbook::open(path));
        const auto r = need(report::workbookReport(*wb, {QStringLiteral("care-standards")}));
        const QString out = folder.path(QStringLiteral("w.") + report::formatSlug(format));
        need(report::writeReport(r, format, out));
        return out;
    }
};

void checkNoRawControls(const QString &text)
{
    CHECK_FALSE(text.contains(QChar(0x1b)));
    CHECK_FALSE(text.contains(QChar(0x9b)));
    CHECK_FALSE(text.contains(QChar(0x202E)));
    CHECK_FALSE(text.contains(QChar(0x2066)));
    CHECK(text.contains(QStringLiteral("⟨U+202E⟩gnp.exe")));
    CHECK(text.contains(QStringLiteral("Dafydd⟨U+001B⟩[2J")));
}

void checkLeftOut(const QString &text)
{
    CHECK(text.contains(QStringLiteral("[Picture left out: local secret — not a file stored in the workbook]")));
    CHECK(text.contains(QStringLiteral("[Picture left out: file secret — not a file stored in the workbook]")));
    CHECK(text.contains(QStringLiteral("[Picture left out: tracker — pictures are never fetched from the internet]")));
    CHECK(text.contains(QStringLiteral("[Picture left out: not a picture — notes.txt is not a PNG, JPEG or GIF picture]")));
}

} // namespace

TEST_CASE("A PDF shows the workbook's own picture, never a file of the publisher's disk, and links only to pages and mail",
          "[report][hostile][pdf]")
{
    HostileAnswer a;
    const QString pdf = a.write(report::Format::Pdf);
    // One picture, the workbook's (40 x 20), not the secret (31 x 17).
    const QString images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    INFO(images.toStdString());
    const QStringList rows = images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().simplified().section(QLatin1Char(' '), 3, 4) == QStringLiteral("40 20"));
    const QString text = pdfPageTexts(pdf).join(QString()).simplified();
    checkLeftOut(text);
    checkNoRawControls(text);
    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.contains("https://gov.wales/nhs"));
    CHECK(bytes.contains("mailto:team@example.org"));
    CHECK_FALSE(bytes.contains("javascript"));
    CHECK_FALSE(bytes.contains("file:"));
}

TEST_CASE("An HTML export fetches nothing and runs nothing: its own picture inline, no remote source, no live script link",
          "[report][hostile][html]")
{
    HostileAnswer a;
    const QString page = QString::fromUtf8(readAll(a.write(report::Format::Html)));
    CHECK(page.contains(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                       "img-src data:; style-src 'unsafe-inline'\"/>")));
    CHECK(page.count(QStringLiteral("<img ")) == 1);
    CHECK(page.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
    CHECK(page.contains(QStringLiteral("alt=\"the pathway\"")));
    CHECK_FALSE(page.contains(QStringLiteral("src=\"http")));
    CHECK_FALSE(page.contains(QStringLiteral("src=\"file")));
    CHECK_FALSE(page.contains(QStringLiteral("javascript")));
    CHECK_FALSE(page.contains(QStringLiteral("file:")));
    CHECK(page.contains(QStringLiteral("href=\"https://gov.wales/nhs\"")));
    CHECK(page.contains(QStringLiteral("href=\"mailto:team@example.org\"")));
    checkLeftOut(page);
    checkNoRawControls(page);
}

TEST_CASE("An ODT and a DOCX carry the workbook's own picture inside the package and leave the others out, saying so",
          "[report][hostile][odt][docx]")
{
    HostileAnswer a;
    const QString odt = a.write(report::Format::Odt);
    const QString odtFiles = tool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), odt});
    CHECK(odtFiles.count(QStringLiteral("Pictures/")) == 1);
    const QString content = zipPart(odt, QStringLiteral("content.xml"));
    CHECK(content.count(QStringLiteral("<draw:image ")) == 1);
    CHECK(zipPart(odt, QStringLiteral("META-INF/manifest.xml")).contains(QStringLiteral("Pictures/")));
    checkLeftOut(content);
    checkNoRawControls(content);
    CHECK_FALSE(content.contains(QStringLiteral("javascript")));
    CHECK_FALSE(content.contains(QStringLiteral("file:")));

    const QString docx = a.write(report::Format::Docx);
    const QString docxFiles = tool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), docx});
    CHECK(docxFiles.count(QStringLiteral("word/media/")) == 1);
    const QString document = zipPart(docx, QStringLiteral("word/document.xml"));
    CHECK(document.count(QStringLiteral("<w:drawing>")) == 1);
    checkLeftOut(document);
    checkNoRawControls(document);
    const QString relations = zipPart(docx, QStringLiteral("word/_rels/document.xml.rels"));
    CHECK_FALSE(relations.contains(QStringLiteral("javascript")));
    CHECK_FALSE(relations.contains(QStringLiteral("file:")));
    CHECK(relations.contains(QStringLiteral("https://gov.wales/nhs")));
}

TEST_CASE("LibreOffice opens the ODT and the DOCX with the picture in them", "[report][hostile][odt][docx][libreoffice]")
{
    if (!haveLibreOffice()) {
        WARN("LibreOffice is not installed: the conversion check is skipped");
        return;
    }
    HostileAnswer a;
    for (const auto format : {report::Format::Odt, report::Format::Docx}) {
        const QString file = a.write(format);
        const QString pdf = libreOfficeConvert(file, QStringLiteral("pdf"), a.folder.path(QStringLiteral("lo-") + report::formatSlug(format)));
        const QStringList rows = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        INFO(report::formatSlug(format).toStdString());
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().simplified().section(QLatin1Char(' '), 3, 4) == QStringLiteral("40 20"));
    }
}
