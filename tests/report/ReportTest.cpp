#include "ReportTestSupport.h"

#include "core/report/Report.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "report/ReportWriter.h"

#include <QProcess>
#include <QRegularExpression>

using namespace qdf;
using namespace qdf::test;

TEST_CASE("The Framework PDF has a title page, contents with page numbers, the index and the adopted Schedules",
          "[report][pdf]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString pdf = folder.path(QStringLiteral("framework.pdf"));
    need(report::writeReport(frameworkOf(master, false), report::Format::Pdf, pdf));
    const int pages = pdfPages(pdf);
    CHECK(pages >= 3);
    const QStringList text = pdfPageTexts(pdf);
    CHECK(text[0].simplified().contains(QStringLiteral("Quality and Delivery Framework")));
    CHECK(text[0].contains(QStringLiteral("Afon Vale Community Nursing")));
    CHECK(text[0].contains(QStringLiteral("Status: Shadow framework")));
    CHECK(text[1].contains(QStringLiteral("Contents")));
    CHECK(text[1].contains(QStringLiteral("QDF Index")));
    // Only the adopted Schedule 1.1 is in a Framework without drafts.
    const QString all = text.join(QLatin1Char('\n')).simplified();
    CHECK(all.contains(QStringLiteral("Pressure ulcer prevention and care")));
    CHECK(all.contains(QStringLiteral("Signed off by: Dafydd Price")));
    CHECK_FALSE(all.contains(QStringLiteral("Evening nursing hub")));
    CHECK_FALSE(all.contains(QStringLiteral("DRAFT")));
    checkPagesAndContents(text, pages);
}

TEST_CASE("With drafts, every page that shows a draft Schedule is marked DRAFT, and the others are not",
          "[report][pdf][draft]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString pdf = folder.path(QStringLiteral("drafts.pdf"));
    need(report::writeReport(frameworkOf(master, true), report::Format::Pdf, pdf));
    const QStringList pages = pdfPageTexts(pdf);
    int marked = 0;
    for (const QString &page : pages) {
        const bool showsDraft = page.contains(QStringLiteral("DRAFT: not yet adopted into the Framework"));
        if (showsDraft) {
            // The footer mark (the rotated watermark is drawn too, but is not extracted as a word).
            CHECK(page.trimmed().endsWith(QStringLiteral("DRAFT")));
            ++marked;
        }
        if (page.contains(QStringLiteral("Schedule 1.1  Pressure ulcer prevention")) && !showsDraft)
            CHECK_FALSE(page.contains(QStringLiteral("DRAFT")));
    }
    CHECK(marked >= 3);
    CHECK(pages.join(QString()).simplified().contains(QStringLiteral("Evening nursing hub — DRAFT")));
}

TEST_CASE("The ODT is a real OpenDocument text whose content.xml carries the Framework", "[report][odt]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString odt = folder.path(QStringLiteral("framework.odt"));
    need(report::writeReport(frameworkOf(master, true), report::Format::Odt, odt));
    CHECK(readAll(odt).startsWith("PK"));
    const QString mimetype = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("mimetype")});
    CHECK(mimetype == QStringLiteral("application/vnd.oasis.opendocument.text"));
    const QString content = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    CHECK(content.contains(QStringLiteral("office:document-content")));
    CHECK(content.contains(QStringLiteral("Quality and Delivery Framework")));
    CHECK(content.contains(QStringLiteral("Pressure ulcer prevention and care")));
    CHECK(content.contains(QStringLiteral("Evening nursing hub — DRAFT")));
    CHECK(content.contains(QStringLiteral("table:table")));
}

TEST_CASE("User text that holds HTML or script shows as text in every format", "[report][escaping]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = newMaster(path);
        const Question q = need(SectionStore(*wb).question(QStringLiteral("care-standards"), QStringLiteral("reason")));
        need(AnswerStore(*wb).set(q.id, QStringLiteral("<script>alert('x')</script> and <b>not bold</b> & so on")));
    }
    auto wb = need(Workbook::open(path));
    const auto r = need(report::workbookReport(*wb, {QStringLiteral("care-standards")}));
    const QString html = folder.path(QStringLiteral("w.html"));
    need(report::writeReport(r, report::Format::Html, html));
    const QString page = QString::fromUtf8(readAll(html));
    CHECK_FALSE(page.contains(QStringLiteral("<script>")));
    CHECK_FALSE(page.contains(QStringLiteral("<b>not bold</b>")));
    CHECK(page.contains(QStringLiteral("&lt;script&gt;alert")));
    CHECK(page.contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt; &amp; so on")));
    const QString odt = folder.path(QStringLiteral("w.odt"));
    need(report::writeReport(r, report::Format::Odt, odt));
    const QString content = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    CHECK(content.contains(QStringLiteral("&lt;script&gt;alert")));
    const QString pdf = folder.path(QStringLiteral("w.pdf"));
    need(report::writeReport(r, report::Format::Pdf, pdf));
    CHECK(pdfPageTexts(pdf).join(QString()).contains(QStringLiteral("<script>alert('x')</script>")));
}

TEST_CASE("The HTML is one self-contained file with the Workbook's sections, answers and Schedules", "[report][html]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString participant = folder.path(QStringLiteral("demo/afon-vale-dafydd-price.qdf"));
    auto wb = need(Workbook::open(participant));
    const QString html = folder.path(QStringLiteral("workbook.html"));
    need(report::writeReport(need(report::workbookReport(*wb)), report::Format::Html, html));
    const QString page = QString::fromUtf8(readAll(html));
    CHECK(page.startsWith(QStringLiteral("<!DOCTYPE")));
    CHECK(page.contains(QStringLiteral("<title>CAREMORE Workbook</title>")));
    CHECK_FALSE(page.contains(QStringLiteral("src=\"http")));
    CHECK_FALSE(page.contains(QStringLiteral("<link")));
    CHECK(page.contains(QStringLiteral("Dafydd Price")));
    CHECK(page.contains(QStringLiteral("activity diary")));  // an answer, rendered from Markdown
    CHECK(page.contains(QStringLiteral("Healthcare support worker delegated tasks")));  // his draft Schedule
    CHECK(page.contains(QStringLiteral("community-nursing-specification.md")));  // a reference in the list
    CHECK_FALSE(page.contains(QStringLiteral("**activity diary**")));
}

TEST_CASE("A failed export leaves the good file that was there, and no temporary file behind", "[report][atomic]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString out = folder.path(QStringLiteral("out/framework.pdf"));
    QDir().mkpath(folder.path(QStringLiteral("out")));
    writeAll(out, "the good edition");
    const auto r = frameworkOf(master, false);
    // A device that refuses to be written makes the export fail part-way.
    QFile readOnlyDevice(out);
    REQUIRE(readOnlyDevice.open(QIODevice::ReadOnly));
    CHECK_FALSE(report::writeReport(r, report::Format::Html, readOnlyDevice).ok());
    readOnlyDevice.close();
    CHECK(readAll(out) == QByteArray("the good edition"));
    // A path that cannot be written fails cleanly too.
    CHECK_FALSE(report::writeReport(r, report::Format::Pdf, folder.path(QStringLiteral("missing/x.pdf"))).ok());
    // A successful export replaces the file whole and leaves nothing else in the folder.
    need(report::writeReport(r, report::Format::Pdf, out));
    CHECK(readAll(out).startsWith("%PDF"));
    CHECK(QDir(folder.path(QStringLiteral("out"))).entryList(QDir::Files) == QStringList{QStringLiteral("framework.pdf")});
}

TEST_CASE("Only a master is published, and a workbook printout can choose its sections", "[report]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    auto p = need(Workbook::open(folder.path(QStringLiteral("demo/afon-vale-aled-hughes.qdf"))));
    const auto refused = report::frameworkReport(*p, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::NotAllowed);
    const auto chosen = need(report::workbookReport(*p, {QStringLiteral("evaluation")}));
    int sections = 0;
    for (const report::Block &b : chosen.blocks)
        sections += b.kind == report::Block::Kind::Heading && b.level == 1 ? 1 : 0;
    CHECK(sections == 1);
    CHECK(report::workbookReport(*p, {QStringLiteral("nursing")}).error().code == Error::Code::InvalidArgument);
}

TEST_CASE("qdf publish and qdf print write every format and keep their exit codes", "[report][cli]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const auto run = &runQdf;
    for (const char *format : {"pdf", "docx", "odt", "html"}) {
        const QString out = folder.path(QStringLiteral("f.%1").arg(QLatin1String(format)));
        const auto [code, err] = run({QStringLiteral("publish"), master, QStringLiteral("--format"),
                                      QString::fromLatin1(format), QStringLiteral("-o"), out,
                                      QStringLiteral("--include-drafts")});
        INFO(err.toStdString());
        CHECK(code == 0);
        CHECK(QFileInfo(out).size() > 1000);
    }
    const QString participant = folder.path(QStringLiteral("demo/afon-vale-sioned-evans.qdf"));
    const QString printed = folder.path(QStringLiteral("p.pdf"));
    CHECK(run({QStringLiteral("print"), participant, QStringLiteral("--format"), QStringLiteral("pdf"),
               QStringLiteral("-o"), printed, QStringLiteral("--section"), QStringLiteral("resource-envelope"),
               QStringLiteral("--section"), QStringLiteral("baseline-questionnaire")})
              .first == 0);
    CHECK(pdfPageTexts(printed).join(QString()).contains(QStringLiteral("Resource Envelope")));
    const auto notMaster = run({QStringLiteral("publish"), participant, QStringLiteral("--format"), QStringLiteral("pdf"),
                                QStringLiteral("-o"), folder.path(QStringLiteral("x.pdf"))});
    CHECK(notMaster.first == 2);
    CHECK(notMaster.second.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(run({QStringLiteral("publish"), master, QStringLiteral("--format"), QStringLiteral("rtf"), QStringLiteral("-o"),
               folder.path(QStringLiteral("x.rtf"))})
              .first == 1);
    CHECK(run({QStringLiteral("print"), participant, QStringLiteral("--format"), QStringLiteral("pdf")}).first == 1);
    CHECK(run({QStringLiteral("print"), participant, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
               folder.path(QStringLiteral("y.pdf")), QStringLiteral("--section"), QStringLiteral("nursing")})
              .first == 1);
    CHECK_FALSE(QFile::exists(folder.path(QStringLiteral("y.pdf"))));
}

TEST_CASE("qdf catalyst report: the final scores, the group view and the action plan, anonymised on request", "[report][catalyst]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const auto run = &runQdf;
    const QString named = folder.path(QStringLiteral("named.pdf"));
    const QString anonymous = folder.path(QStringLiteral("anonymous.pdf"));
    for (const auto &[path, extra] : {std::make_pair(named, QStringList()),
                                      std::make_pair(anonymous, QStringList{QStringLiteral("--anonymous")})}) {
        const auto [code, err] = run(QStringList{QStringLiteral("catalyst"), QStringLiteral("report"), master, QStringLiteral("--round"),
                                                 QStringLiteral("Workshop 1"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                                 QStringLiteral("-o"), path}
                                     + extra);
        INFO(err.toStdString());
        REQUIRE(code == 0);
    }
    const QString text = pdfPageTexts(named).join(QString());
    CHECK(text.contains(QStringLiteral("The final scores")));
    CHECK(text.contains(QStringLiteral("✓ 5–10")));  // Building partnerships, agreed 10
    CHECK(text.contains(QStringLiteral("The group view")));
    CHECK(text.contains(QStringLiteral("Sioned Evans")));
    CHECK(text.contains(QStringLiteral("Action 1: A market position statement")));
    CHECK(text.contains(QStringLiteral("Rural providers")));  // a review point of its sheet
    // The chart and the detailed assessment: each driver's bar and band, each element's agreed level.
    CHECK(text.contains(QStringLiteral("Scores at a glance")));
    CHECK(text.contains(QStringLiteral("10 · Consolidating the basics")));  // Building partnerships
    CHECK(text.contains(QStringLiteral("Detailed assessment")));
    CHECK(text.contains(QStringLiteral("Approaches to change")));
    CHECK(text.simplified().contains(QStringLiteral("Weakest: Understanding the market (Consolidating the basics, 7).")));
    const QString hidden = pdfPageTexts(anonymous).join(QString());
    CHECK(hidden.contains(QStringLiteral("Person A, Person B, Person C")));
    CHECK_FALSE(hidden.contains(QStringLiteral("Aled Hughes")));
    CHECK(run({QStringLiteral("catalyst"), QStringLiteral("report"), master, QStringLiteral("--round"), QStringLiteral("Winter"),
               QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), folder.path(QStringLiteral("w.pdf"))})
              .first == 2);
}

TEST_CASE("qdf review report: details, summary with gaps and actions, the change since last year, every checklist", "[report][review]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString pdf = folder.path(QStringLiteral("review.pdf"));
    QProcess p;
    p.start(QStringLiteral(QDF_CLI), {QStringLiteral("review"), QStringLiteral("report"), master,
                                      QStringLiteral("Home care contract review 2026"), QStringLiteral("--format"),
                                      QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QString text = pdfPageTexts(pdf).join(QString()).simplified();
    CHECK(text.contains(QStringLiteral("Home care framework contract (a contract)")));
    CHECK(text.contains(QStringLiteral("1. Outcome Based Care Planning")));
    CHECK(text.contains(QStringLiteral("Met 4 · Partly met 3 · Not met 1")));
    CHECK(text.contains(QStringLiteral("Agree an independent check of provider self-assessments")));
    CHECK(text.contains(QStringLiteral("Since Home care contract review 2025")));
    // Four of the PbR features are unanswered in the demo: no verdict yet.
    CHECK(text.contains(QStringLiteral("No verdict on Payment by Results yet: 4 feature(s) not yet answered.")));
    CHECK(text.contains(QStringLiteral("Do reviews ask the person what has changed for them?")));  // a sub-question
    CHECK(text.contains(QStringLiteral("Guidance for model 1")));
    CHECK(text.contains(QStringLiteral("Action 2: Extend the shared risk register")));

    QProcess bad;
    bad.start(QStringLiteral(QDF_CLI), {QStringLiteral("review"), QStringLiteral("report"), master, QStringLiteral("Nothing"),
                                        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                                        folder.path(QStringLiteral("x.pdf"))});
    REQUIRE(bad.waitForFinished(60000));
    CHECK(bad.exitCode() == 2);
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("x.pdf"))));
}
