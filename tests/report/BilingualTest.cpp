// qdf publish and qdf print --lang cy|en|both, through the real qdf: the document's language in
// PDF, DOCX, ODT and HTML; a text not written in the document's language marked, never filled
// with the other; the bilingual edition Welsh then English, part by part.

#include "ReportTestSupport.h"

#include "core/Translation.h"
#include "core/report/Wording.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"

#include <QRegularExpression>

using namespace qdf;
using namespace qdf::test;

namespace {

// qdf publish|print MASTER --format F --lang L -o FILE (no --lang where `lang` is empty).
QString made(const Folder &folder, const QString &verb, const QString &workbook, const QString &format, const QString &lang,
             const QStringList &more = {})
{
    const QString file = folder.path(QStringLiteral("%1-%2.%3").arg(verb, lang.isEmpty() ? QStringLiteral("as-written") : lang, format));
    QStringList arguments{verb, workbook, QStringLiteral("--format"), format, QStringLiteral("-o"), file};
    if (!lang.isEmpty())
        arguments << QStringLiteral("--lang") << lang;
    const auto [status, output] = runQdf(arguments + more);
    INFO(output.toStdString());
    REQUIRE(status == 0);
    return file;
}

QString pdfLanguage(const QString &pdf)
{
    const QString trailer = tool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=trailer"), pdf});
    const auto root = QRegularExpression(QStringLiteral("/Root (\\d+) 0 R")).match(trailer);
    REQUIRE(root.hasMatch());
    const QString catalogue = tool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=%1").arg(root.captured(1)), pdf});
    const auto lang = QRegularExpression(QStringLiteral("/Lang \\(([^)]*)\\)")).match(catalogue);
    return lang.hasMatch() ? lang.captured(1) : QString();
}

QString pdfText(const QString &pdf)
{
    return pdfPageTexts(pdf).join(QLatin1Char('\f')).simplified();
}

} // namespace

TEST_CASE("qdf publish --lang cy: a Welsh Framework in every format, its language set, what is not in Welsh marked and never filled with the English",
          "[report][cli][bilingual]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString pdf = made(folder, QStringLiteral("publish"), master, QStringLiteral("pdf"), QStringLiteral("cy"),
                             {QStringLiteral("--include-drafts")});
    CHECK(pdfLanguage(pdf) == QStringLiteral("cy-GB"));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Fframwaith Ansawdd a Darparu")));
    CHECK(text.contains(QStringLiteral("Tudalen 1 o")));  // the page numbers are the document's language too
    CHECK(text.contains(QStringLiteral("Atodlen 1.1 Atal briwiau pwyso a gofalu amdanynt")));
    CHECK(text.contains(QStringLiteral("1. Safonau gofal")));  // the section's title from the Welsh pack, by its key
    // A header longer in Welsh than in English keeps its word whole in its narrow column.
    CHECK(text.contains(QStringLiteral("Rhif Atodlen Fersiwn Aeddfedrwydd")));
    // The draft Schedule 2.1 is in English only: marked, and its English is nowhere in the Welsh edition.
    CHECK(text.contains(QStringLiteral("Atodlen 2.1 [Heb ei gyfieithu]")));
    CHECK_FALSE(text.contains(QStringLiteral("Referral, triage and allocation")));
    CHECK_FALSE(text.contains(QStringLiteral("single point of access")));
    CHECK_FALSE(text.contains(QStringLiteral("Pressure ulcer prevention")));
    // The Welsh of 1.2 is older than its English: the edition says so.
    CHECK(text.contains(QStringLiteral("Y Gymraeg wedi dyddio: newidiodd y Saesneg ar")));

    const QString docx = made(folder, QStringLiteral("publish"), master, QStringLiteral("docx"), QStringLiteral("cy"));
    CHECK(zipPart(docx, QStringLiteral("docProps/core.xml")).contains(QStringLiteral("<dc:language>cy-GB</dc:language>")));
    CHECK(zipPart(docx, QStringLiteral("word/styles.xml")).contains(QStringLiteral("w:lang w:val=\"cy-GB\"")));
    CHECK_FALSE(zipPart(docx, QStringLiteral("word/document.xml")).contains(QStringLiteral("en-GB")));
    const QString odt = made(folder, QStringLiteral("publish"), master, QStringLiteral("odt"), QStringLiteral("cy"));
    CHECK(zipPart(odt, QStringLiteral("meta.xml")).contains(QStringLiteral("<dc:language>cy-GB</dc:language>")));
    CHECK(zipPart(odt, QStringLiteral("styles.xml")).contains(QStringLiteral("fo:language=\"cy\" fo:country=\"GB\"")));
    const QString html = QString::fromUtf8(readAll(made(folder, QStringLiteral("publish"), master, QStringLiteral("html"), QStringLiteral("cy"))));
    CHECK(html.contains(QStringLiteral("<html lang=\"cy-GB\"")));
    CHECK_FALSE(html.contains(QStringLiteral("lang=\"en-GB\"")));
}

TEST_CASE("qdf publish --lang both: one bilingual edition, Welsh first, each part Welsh then English, the English blocks marked as English",
          "[report][cli][bilingual]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString html = QString::fromUtf8(readAll(made(folder, QStringLiteral("publish"), master, QStringLiteral("html"), QStringLiteral("both"),
                                                       {QStringLiteral("--include-drafts")})));
    CHECK(html.contains(QStringLiteral("<html lang=\"cy-GB\"")));
    const int welsh11 = int(html.indexOf(QStringLiteral("Atodlen 1.1")));
    const int english11 = int(html.indexOf(QStringLiteral("Schedule 1.1")));
    const int welsh12 = int(html.indexOf(QStringLiteral("Atodlen 1.2")));
    REQUIRE(welsh11 >= 0);
    CHECK(welsh11 < english11);
    CHECK(english11 < welsh12);  // each Schedule in turn, not the whole Welsh then the whole English
    // The English heading says it is English; the Welsh ones need not (the page is Welsh).
    CHECK(QRegularExpression(QStringLiteral("<h3[^>]*lang=\"en-GB\"[^>]*>Schedule 1.1")).match(html).hasMatch());
    CHECK_FALSE(QRegularExpression(QStringLiteral("<h3[^>]*lang=[^>]*>Atodlen 1.1")).match(html).hasMatch());
    // Missing Welsh is marked in the Welsh part; the English part has its English.
    CHECK(html.contains(QStringLiteral("Atodlen 2.1  [Heb ei gyfieithu]")));
    CHECK(html.contains(QStringLiteral("Referral, triage and allocation")));

    const QString pdf = made(folder, QStringLiteral("publish"), master, QStringLiteral("pdf"), QStringLiteral("both"));
    CHECK(pdfLanguage(pdf) == QStringLiteral("cy-GB"));
    // The English part of a section goes on the Welsh part's page: one page holds both headings.
    const QStringList pages = pdfPageTexts(pdf);
    const auto both = std::find_if(pages.cbegin(), pages.cend(), [](const QString &page) {
        return page.contains(QStringLiteral("1. Safonau gofal")) && page.contains(QStringLiteral("1. Care standards"));
    });
    CHECK(both != pages.cend());
    const QString docx = made(folder, QStringLiteral("publish"), master, QStringLiteral("docx"), QStringLiteral("both"));
    CHECK(zipPart(docx, QStringLiteral("word/document.xml")).contains(QStringLiteral("<w:lang w:val=\"en-GB\"")));
    const QString odt = made(folder, QStringLiteral("publish"), master, QStringLiteral("odt"), QStringLiteral("both"));
    CHECK(zipPart(odt, QStringLiteral("content.xml")).contains(QStringLiteral("fo:language=\"en\" fo:country=\"GB\"")));
}

TEST_CASE("qdf print --lang en and cy: an answer in one language only is marked in the other edition, and as written shows it in its own",
          "[report][cli][bilingual]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    // The demo's model of care "reason" is written in Welsh alone.
    const QString welshOnly = QStringLiteral("dim ond un nyrs sydd ar ddyletswydd");
    const QString english = pdfText(made(folder, QStringLiteral("print"), master, QStringLiteral("pdf"), QStringLiteral("en"),
                                         {QStringLiteral("--section"), QStringLiteral("model-of-care")}));
    CHECK_FALSE(english.contains(welshOnly));
    CHECK(english.contains(QStringLiteral("[Not translated]")));
    const QString welsh = pdfText(made(folder, QStringLiteral("print"), master, QStringLiteral("pdf"), QStringLiteral("cy"),
                                       {QStringLiteral("--section"), QStringLiteral("model-of-care")}));
    CHECK(welsh.contains(welshOnly));
    CHECK(welsh.contains(QStringLiteral("[Heb ei gyfieithu]")));  // the English-only answers
    CHECK(welsh.contains(QStringLiteral("4. Model gofal")));
    // Without --lang: as before, every text as written (the Welsh one in Welsh, marked so in HTML).
    const QString asWritten = QString::fromUtf8(readAll(made(folder, QStringLiteral("print"), master, QStringLiteral("html"), QString(),
                                                             {QStringLiteral("--section"), QStringLiteral("model-of-care")})));
    CHECK(asWritten.contains(welshOnly));
    CHECK_FALSE(asWritten.contains(QStringLiteral("[Not translated]")));
    CHECK(QRegularExpression(QStringLiteral("<p lang=\"cy-GB\">Mae pobl sy’n cael gofal gartref")).match(asWritten).hasMatch());
}

TEST_CASE("Without --lang the Framework is as it was, and a bad --lang is a usage error that writes nothing",
          "[report][cli][bilingual]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString text = pdfText(made(folder, QStringLiteral("publish"), master, QStringLiteral("pdf"), QString()));
    CHECK(text.contains(QStringLiteral("Schedule 1.1 Pressure ulcer prevention and care")));
    CHECK_FALSE(text.contains(QStringLiteral("[Not translated]")));
    CHECK(pdfLanguage(folder.path(QStringLiteral("publish-as-written.pdf"))) == QStringLiteral("en-GB"));
    const QString bad = folder.path(QStringLiteral("bad.pdf"));
    const auto [status, output] = runQdf({QStringLiteral("publish"), master, QStringLiteral("--format"), QStringLiteral("pdf"),
                                          QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("-o"), bad});
    CHECK(status == 1);
    CHECK(output.contains(QStringLiteral("--lang must be cy, en or both")));
    CHECK_FALSE(QFileInfo::exists(bad));
    // A --lang before the verb is the program's own: Welsh fixed texts, each text as written.
    const QString spoken = folder.path(QStringLiteral("spoken.pdf"));
    const auto [spokenStatus, spokenOutput] = runQdf({QStringLiteral("--lang"), QStringLiteral("cy"), QStringLiteral("publish"), master,
                                                      QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), spoken});
    INFO(spokenOutput.toStdString());
    REQUIRE(spokenStatus == 0);
    CHECK(pdfText(spoken).contains(QStringLiteral("Fframwaith Ansawdd a Darparu")));
}

TEST_CASE("A bilingual edition built in the core: every unit Welsh then English, and the same blocks in each language",
          "[report][bilingual]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    auto wb = need(Workbook::open(master));
    const report::Report welsh = need(report::frameworkReport(*wb, true, report::Edition::Welsh));
    const report::Report english = need(report::frameworkReport(*wb, true, report::Edition::English));
    const report::Report both = need(report::frameworkReport(*wb, true, report::Edition::Bilingual));
    // One description of the document in two languages: the same units, the same blocks but for
    // the notes a translation's state adds (the Welsh of 1.2 is out of date; its English is not).
    CHECK(welsh.blocks.last().unit == english.blocks.last().unit);
    const auto notes = [](const report::Report &r) {
        return std::count_if(r.blocks.cbegin(), r.blocks.cend(), [](const report::Block &b) { return b.kind == report::Block::Kind::Note; });
    };
    CHECK(welsh.blocks.size() - notes(welsh) == english.blocks.size() - notes(english));
    CHECK(notes(welsh) == notes(english) + 1);
    CHECK(both.language == QStringLiteral("cy-GB"));
    // Every block but the one contents is in the edition once per language.
    int contents = 0;
    for (const report::Block &b : both.blocks)
        contents += b.kind == report::Block::Kind::Contents ? 1 : 0;
    CHECK(contents == 1);
    CHECK(both.blocks.size() == welsh.blocks.size() + english.blocks.size() - 2);  // the shared page break and contents
    for (int i = 1; i < both.blocks.size(); ++i) {
        // Within a unit, the Welsh blocks come before the English ones.
        if (both.blocks[i].unit == both.blocks[i - 1].unit)
            CHECK_FALSE((both.blocks[i - 1].language == QStringLiteral("en-GB") && both.blocks[i].language == QStringLiteral("cy-GB")));
    }
}
