// Documents in and tables out: a Word or OpenDocument file becomes a Schedule with its
// structure and publishes back with it; a reference file gives its text; every table exports
// as an XLSX whose cells have their types.

#include "ReportTestSupport.h"

#include "core/import/DocumentImport.h"

#include <QRegularExpression>

using namespace qdf;
using namespace qdf::test;

namespace {

const QString kData = QStringLiteral(QDF_SOURCE_DIR "/tests/data/import/");

// The cell at `ref` (e.g. "B2") of an XLSX's first sheet, as written.
QString cellXml(const QString &sheet, const QString &ref)
{
    const auto m = QRegularExpression(QStringLiteral("<c r=\"%1\"[^>]*?(/>|>.*?</c>)").arg(ref)).match(sheet);
    return m.hasMatch() ? m.captured(0) : QString();
}

} // namespace

TEST_CASE("A .docx and an .odt become Markdown with their headings, lists, tables, bold and italics", "[import]")
{
    for (const QString &name : {QStringLiteral("spec.docx"), QStringLiteral("spec.odt")}) {
        INFO(name.toStdString());
        const QString markdown = need(import::importMarkdown(kData + name));
        CHECK(markdown.startsWith(QStringLiteral("# Scope of the service\n")));
        CHECK(markdown.contains(QStringLiteral("\n## Outcomes we expect\n")));
        CHECK(markdown.contains(QStringLiteral("**all adults**")));
        CHECK(markdown.contains(QStringLiteral("*Afon Vale*")));
        CHECK(QRegularExpression(QStringLiteral("\n-\\s+People stay safely at home")).match(markdown).hasMatch());
        CHECK(QRegularExpression(QStringLiteral("\n\\s+-\\s+measured each quarter")).match(markdown).hasMatch());
        CHECK(QRegularExpression(QStringLiteral("\n1\\.\\s+Assess within two days")).match(markdown).hasMatch());
        CHECK(QRegularExpression(QStringLiteral("\\| Visits on time\\s+\\| 95%\\s+\\|")).match(markdown).hasMatch());
        CHECK_FALSE(markdown.contains(QStringLiteral("<span")));
    }
}

TEST_CASE("A file that is not a document says so, and loses nothing", "[import]")
{
    Folder folder;
    const QString fake = folder.path(QStringLiteral("fake.docx"));
    writeAll(fake, "this is plain text pretending");
    const auto refused = import::importMarkdown(fake);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(fake + QStringLiteral(": is not a Word or OpenDocument file")));
    const QString broken = folder.path(QStringLiteral("broken.odt"));
    writeAll(broken, QByteArray("PK\x03\x04", 4) + QByteArray(200, 'x'));
    const auto unreadable = import::importMarkdown(broken);
    REQUIRE_FALSE(unreadable.ok());
    CHECK(unreadable.error().message.contains(QStringLiteral("could not be read as a document")));
    CHECK(import::importMarkdown(folder.path(QStringLiteral("missing.docx"))).error().code == Error::Code::NotFound);
}

TEST_CASE("A reference file gives its plain text for search: Word, OpenDocument, PDF and Markdown", "[import][search]")
{
    Folder folder;
    for (const QString &name : {QStringLiteral("spec.docx"), QStringLiteral("spec.odt"), QStringLiteral("spec.md")}) {
        INFO(name.toStdString());
        const QString text = need(import::extractText(kData + name));
        CHECK(text.contains(QStringLiteral("Scope of the service")));
        CHECK(text.contains(QStringLiteral("measured each quarter")));
        CHECK(text.contains(QStringLiteral("Visits on time")));
    }
    // A PDF the program wrote itself.
    const QString pdf = folder.path(QStringLiteral("r.pdf"));
    const QString master = demoMaster(folder);
    REQUIRE(runQdf({QStringLiteral("publish"), master, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf}).first == 0);
    CHECK(need(import::extractText(pdf)).contains(QStringLiteral("Pressure ulcer prevention and care")));
    const QString picture = folder.path(QStringLiteral("photo.png"));
    writeAll(picture, "\x89PNG");
    CHECK(need(import::extractText(picture)).isEmpty());
}

TEST_CASE("A .docx with headings, a list and a table imports into a Schedule and publishes back with them",
          "[import][docx][cli]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const auto added = runQdf({QStringLiteral("schedule"), QStringLiteral("add"), master, QStringLiteral("--section"),
                            QStringLiteral("care-standards"), QStringLiteral("--title"), QStringLiteral("Imported specification"),
                            QStringLiteral("--file"), kData + QStringLiteral("spec.docx")});
    INFO(added.second.toStdString());
    REQUIRE(added.first == 0);
    const QString docx = folder.path(QStringLiteral("out.docx"));
    REQUIRE(runQdf({QStringLiteral("publish"), master, QStringLiteral("--include-drafts"), QStringLiteral("--format"),
                 QStringLiteral("docx"), QStringLiteral("-o"), docx})
                .first == 0);
    const QString body = zipPart(docx, QStringLiteral("word/document.xml"));
    const int at = body.indexOf(QStringLiteral("Imported specification"));
    REQUIRE(at > 0);
    const QString schedule = body.mid(at);
    // "# Scope of the service" sits under the Schedule's own heading (level 2) as Heading 4.
    CHECK(QRegularExpression(QStringLiteral("<w:pStyle w:val=\"Heading4\"/>.*?Scope of the service")).match(schedule).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("<w:pStyle w:val=\"Heading5\"/>.*?Outcomes we expect")).match(schedule).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("<w:numPr>.*?People stay safely at home")).match(schedule).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("<w:tbl>.*?Visits on time.*?95%")).match(schedule).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("<w:b/></w:rPr><w:t xml:space=\"preserve\">all adults")).match(schedule).hasMatch());

    // Not UTF-8 text and not a document: refused with the reason, nothing added.
    const QString fake = folder.path(QStringLiteral("fake.docx"));
    writeAll(fake, "not a zip");
    const auto refused = runQdf({QStringLiteral("schedule"), QStringLiteral("add"), master, QStringLiteral("--section"),
                              QStringLiteral("care-standards"), QStringLiteral("--title"), QStringLiteral("Fake"),
                              QStringLiteral("--file"), fake});
    CHECK(refused.first == 2);
    CHECK(refused.second.contains(QStringLiteral("is not a Word or OpenDocument file")));
    CHECK_FALSE(runQdf({QStringLiteral("schedule"), QStringLiteral("list"), master}).second.contains(QStringLiteral("Fake")));
}

TEST_CASE("Tables export as XLSX with numbers as numbers and words as words, never a month read as a date",
          "[export][xlsx][cli]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString scores = folder.path(QStringLiteral("scores.xlsx"));
    auto run = runQdf({QStringLiteral("catalyst"), QStringLiteral("export"), master, QStringLiteral("--round"), QStringLiteral("Workshop 1"),
                    QStringLiteral("--table"), QStringLiteral("final-scores"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                    QStringLiteral("-o"), scores});
    INFO(run.second.toStdString());
    REQUIRE(run.first == 0);
    CHECK(readAll(scores).startsWith("PK"));
    const QString sheet = zipPart(scores, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString strings = zipPart(scores, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(cellXml(sheet, QStringLiteral("A2")).contains(QStringLiteral("t=\"s\"")));  // the driver's name: text
    // Building partnerships' agreed total, a number.
    CHECK(QRegularExpression(QStringLiteral("<c r=\"B\\d+\"[^>]*><v>10</v></c>")).match(sheet).hasMatch());
    CHECK_FALSE(cellXml(sheet, QStringLiteral("B2")).contains(QStringLiteral("t=\"s\"")));
    CHECK(strings.contains(QStringLiteral("Building partnerships")));

    const QString plan = folder.path(QStringLiteral("plan.xlsx"));
    REQUIRE(runQdf({QStringLiteral("catalyst"), QStringLiteral("export"), master, QStringLiteral("--round"), QStringLiteral("Workshop 1"),
                 QStringLiteral("--table"), QStringLiteral("action-plan"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                 QStringLiteral("-o"), plan})
                .first == 0);
    CHECK(zipPart(plan, QStringLiteral("xl/sharedStrings.xml")).contains(QStringLiteral("June 2027")));

    const QString review = folder.path(QStringLiteral("review.xlsx"));
    REQUIRE(runQdf({QStringLiteral("review"), QStringLiteral("export"), master, QStringLiteral("Home care contract review 2026"),
                 QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), review})
                .first == 0);
    CHECK(zipPart(review, QStringLiteral("xl/sharedStrings.xml")).contains(QStringLiteral("Shared risk register started")));
    // CSV stays the default; a format the verb does not know is a usage error.
    CHECK(runQdf({QStringLiteral("review"), QStringLiteral("export"), master, QStringLiteral("Home care contract review 2026")})
              .second.contains(QStringLiteral("Checklist,Item,Rating,")));
    CHECK(runQdf({QStringLiteral("review"), QStringLiteral("export"), master, QStringLiteral("Home care contract review 2026"),
               QStringLiteral("--format"), QStringLiteral("ods")})
              .first == 1);

    if (haveLibreOffice()) {
        // Calc reads the types back: the score is a number it can add, the month is words.
        const QString csv = libreOfficeConvert(plan, QStringLiteral("csv"), folder.path(QStringLiteral("lo")));
        CHECK(QString::fromUtf8(readAll(csv)).contains(QStringLiteral("June 2027")));
    }
}
