// The Framework a programme board signs, and reports that say only what is known.

#include "ReportTestSupport.h"

#include "core/report/FrameworkParts.h"
#include "core/report/Report.h"
#include "core/report/ReviewReport.h"
#include "report/ReportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace qdf;
using namespace qdf::test;

namespace {

QStringList headings(const report::Report &r, int level)
{
    QStringList out;
    for (const report::Block &b : r.blocks) {
        if (b.kind == report::Block::Kind::Heading && b.level == level)
            out << b.text;
    }
    return out;
}

} // namespace

TEST_CASE("Every CAREMORE section is in the Framework, in order, saying so where no Schedule is adopted yet",
          "[report][framework]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    for (bool drafts : {false, true}) {
        INFO("drafts " << drafts);
        const report::Report r = frameworkOf(master, drafts);
        const QStringList sections = headings(r, 1);
        const QStringList expected{QStringLiteral("1. Care standards"),          QStringLiteral("2. Activities"),
                                   QStringLiteral("3. Resource Envelope"),        QStringLiteral("4. Model of care"),
                                   QStringLiteral("5. Operational arrangements"), QStringLiteral("6. Review of performance"),
                                   QStringLiteral("7. Evaluation")};
        int at = -1;
        for (const QString &s : expected) {
            const int found = int(sections.indexOf(s));
            CHECK(found > at);  // present, and after the one before
            at = std::max(at, found);
        }
        CHECK(sections.contains(QStringLiteral("Document control")));
        CHECK(sections.contains(QStringLiteral("About this Framework")));
        CHECK(headings(r, 2).contains(QStringLiteral("Production Matrix")));
        CHECK(headings(r, 2).contains(QStringLiteral("Stage status")));
        int empty = 0;
        for (const report::Block &b : r.blocks)
            empty += b.text == (drafts ? QStringLiteral("No Schedule drafted for this section yet.")
                                       : QStringLiteral("No Schedule adopted for this section yet."))
                ? 1
                : 0;
        CHECK(empty == (drafts ? 3 : 6));  // the demo has Schedules in sections 1, 2, 4 and 6; one adopted
    }
}

TEST_CASE("The cover says 'Draft — not for approval' only while drafts are included, and document control lists who signed",
          "[report][framework]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const QString withDrafts = folder.path(QStringLiteral("d.pdf")), adopted = folder.path(QStringLiteral("a.pdf"));
    need(report::writeReport(frameworkOf(master, true), report::Format::Pdf, withDrafts));
    need(report::writeReport(frameworkOf(master, false), report::Format::Pdf, adopted));
    const QStringList d = pdfPageTexts(withDrafts), a = pdfPageTexts(adopted);
    CHECK(d[0].contains(QStringLiteral("Draft — not for approval")));
    CHECK_FALSE(a[0].contains(QStringLiteral("not for approval")));
    const QString all = a.join(QString()).simplified();
    CHECK(all.contains(QStringLiteral("Schedules and their sign-off")));
    CHECK(all.contains(QStringLiteral("Dafydd Price (Afon Vale University Health Board (fictional))")));
    CHECK(all.contains(QStringLiteral("Stage 1:")));
    CHECK(all.contains(QStringLiteral("Production Matrix")));
    // The matrix from the master's own data: Care standards has its adopted Schedule handed over.
    auto wb = need(Workbook::open(master));
    const report::Table matrix = need(report::productionMatrix(*wb));
    REQUIRE(matrix.rows.size() == 7);
    CHECK(matrix.headers.value(1) == QStringLiteral("Stage 1: Baseline evaluation →"));
    CHECK(matrix.rows[0][3] == QStringLiteral("1 adopted into the Framework"));
    CHECK(matrix.rows[2][2] == QStringLiteral("no Schedule in production"));
    CHECK(all.contains(QStringLiteral("Source: CAREMORE collaborative commissioning")));
}

TEST_CASE("DRAFT is written across a page only when it shows nothing but draft content", "[report][pdf][draft]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    // Adopted and draft Schedules share pages in the demo: no such page is marked across.
    const report::Report r = frameworkOf(master, true);
    const QString pdf = folder.path(QStringLiteral("d.pdf"));
    need(report::writeReport(r, report::Format::Pdf, pdf));
    const QStringList pages = pdfPageTexts(pdf);
    const QVector<report::DraftPage> marked = report::draftPages(r);
    REQUIRE_FALSE(marked.isEmpty());
    for (const report::DraftPage &p : marked) {
        INFO("page " << p.page);
        CHECK(pages[p.page - 1].contains(QStringLiteral("DRAFT: not yet adopted into the Framework")));
        if (pages[p.page - 1].contains(QStringLiteral("Schedule 1.1")))
            CHECK_FALSE(p.only);
    }
    // Without drafts nothing is marked at all.
    CHECK(report::draftPages(frameworkOf(master, false)).isEmpty());

    // A long draft fills pages of its own: those are marked across, the first (with the
    // adopted text before it) is not.
    report::Report longDraft;
    longDraft.title = QStringLiteral("Long");
    longDraft.add(report::Block::Kind::Heading, QStringLiteral("Section"), 1);
    longDraft.add(report::Block::Kind::Paragraph, QStringLiteral("Adopted words."));
    for (int i = 0; i < 120; ++i)
        longDraft.add(report::Block::Kind::Paragraph, QStringLiteral("Draft words, line %1, still being written.").arg(i), 1, true);
    const QVector<report::DraftPage> long_ = report::draftPages(longDraft);
    REQUIRE(long_.size() >= 3);
    CHECK(long_[0].page == 1);
    CHECK_FALSE(long_[0].only);
    CHECK(long_[1].only);
}

TEST_CASE("A new review claims nothing: items are not yet reviewed and there is no PbR verdict until every feature is answered",
          "[report][review]")
{
    Folder folder;
    const QString master = demoMaster(folder);
    const auto made = runQdf({QStringLiteral("review"), QStringLiteral("new"), master, QStringLiteral("--title"),
                              QStringLiteral("Fresh review"), QStringLiteral("--model"), QStringLiteral("1"),
                              QStringLiteral("--checklist"), QStringLiteral("pbr-suitability"), QStringLiteral("--checklist"),
                              QStringLiteral("step-change")});
    INFO(made.second.toStdString());
    REQUIRE(made.first == 0);
    auto summary = [&] {
        const auto run = runQdf({QStringLiteral("review"), QStringLiteral("summary"), master, QStringLiteral("Fresh review"),
                                 QStringLiteral("--json")});
        REQUIRE(run.first == 0);
        return QJsonDocument::fromJson(run.second.toUtf8()).object();
    };
    QJsonObject s = summary();
    CHECK_FALSE(s.contains(QStringLiteral("pbrVerdict")));
    CHECK(s.value(QStringLiteral("pbrUnanswered")).toInt() == 8);
    for (const QJsonValue &c : s.value(QStringLiteral("checklists")).toArray()) {
        const QJsonObject counts = c.toObject().value(QStringLiteral("counts")).toObject();
        for (const QString &key : counts.keys())
            CHECK(counts.value(key).toInt() == 0);  // no "Unsure 8", no "Not started 12"
        CHECK(c.toObject().value(QStringLiteral("unanswered")).toInt() == c.toObject().value(QStringLiteral("items")).toInt());
    }
    {
        auto wb = need(Workbook::open(master));
        const report::Report r = need(report::reviewReport(*wb, QStringLiteral("Fresh review")));
        const QString pdf = folder.path(QStringLiteral("fresh.pdf"));
        need(report::writeReport(r, report::Format::Pdf, pdf));
        const QString text = pdfPageTexts(pdf).join(QString()).simplified();
        CHECK(text.contains(QStringLiteral("No verdict on Payment by Results yet: 8 feature(s) not yet answered.")));
        CHECK(text.contains(QStringLiteral("not yet reviewed 8")));
        CHECK_FALSE(text.contains(QStringLiteral("Unsure 8")));
        CHECK_FALSE(text.contains(QStringLiteral("Not started")));
        CHECK(text.contains(QStringLiteral("Not yet reviewed")));
    }
    // Seven features answered: still no verdict; the eighth gives one.
    const QStringList features{QStringLiteral("clear-objectives"), QStringLiteral("identifiable-cohort"),
                               QStringLiteral("attributable-outcomes"), QStringLiteral("baseline-data"),
                               QStringLiteral("counterfactual"),   QStringLiteral("non-essential"),
                               QStringLiteral("willing-providers"), QStringLiteral("short-gap")};
    for (int i = 0; i < features.size(); ++i) {
        REQUIRE(runQdf({QStringLiteral("review"), QStringLiteral("rate"), master, QStringLiteral("Fresh review"),
                        QStringLiteral("pbr-suitability/") + features[i], QStringLiteral("--rating"), QStringLiteral("yes")})
                    .first == 0);
        s = summary();
        if (i + 1 < features.size())
            CHECK_FALSE(s.contains(QStringLiteral("pbrVerdict")));
    }
    CHECK(s.value(QStringLiteral("pbrVerdict")).toString() == QStringLiteral("appropriate"));
    CHECK(s.value(QStringLiteral("pbrUnanswered")).toInt() == 0);
}
