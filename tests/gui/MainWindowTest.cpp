#include "GuiSupport.h"
#include "TestSupport.h"

#include "core/Demo.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/PlanStore.h"
#include "core/stores/SectionStore.h"
#include "gui/app/MainWindow.h"
#include "gui/documents/PlanPage.h"
#include "gui/documents/QdfIndexPage.h"
#include "gui/section/AnswerEditor.h"
#include "gui/section/SectionPage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QPrinter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>
#include <QMenuBar>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

SectionPage *currentSectionPage(MainWindow &window)
{
    auto *page = window.findChild<SectionPage *>(QStringLiteral("page-%1").arg(window.currentPageKey()));
    REQUIRE(page);
    return page;
}

} // namespace

TEST_CASE("The window opens the demo master with its sections in the navigation and its owner in the title", "[gui]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    REQUIRE(window.openWorkbook(demo[0]));
    CHECK(window.windowTitle().contains(QStringLiteral("Afon Vale Community Nursing")));
    CHECK(window.windowTitle().contains(QStringLiteral("Rhian Morgan")));
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() == 14);  // 7 sections, 3 documents, Catalyst, review, progress, search
    CHECK(tree->topLevelItem(11)->text(0) == QStringLiteral("Commissioning review"));
    CHECK(tree->topLevelItem(0)->text(0).contains(QStringLiteral("Care standards")));
    CHECK(tree->topLevelItem(9)->text(0).contains(QStringLiteral("Plan on a Page")));
    CHECK(window.currentPageKey() == QStringLiteral("care-standards"));
    SectionPage *page = currentSectionPage(window);
    REQUIRE(page->answerEditors().size() == 6);
    // The demo's answer is on screen, rendered as Markdown (the ** are gone, the words remain).
    const QString preview = page->answerEditors()[0]->findChild<QTextBrowser *>(QStringLiteral("answerPreview"))
                                ->toPlainText();
    CHECK(preview.contains(QStringLiteral("care standards")));
    CHECK_FALSE(preview.contains(QStringLiteral("**")));
    CHECK(window.bannerText().isEmpty());
}

TEST_CASE("Typing an answer saves it without a Save button, and it is there after reopening", "[gui]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    {
        MainWindow window;
        REQUIRE(window.openWorkbook(demo[1]));
        REQUIRE(window.showPage(QStringLiteral("evaluation")));
        AnswerEditor *editor = currentSectionPage(window)->answerEditors()[1];
        editor->editor()->setFocus();
        QTest::keyClicks(editor->editor(), QStringLiteral("Because carers asked for it."));
        CHECK(editor->hasUnsavedText());
        // The autosave timer fires after a pause in typing.
        QTRY_VERIFY_WITH_TIMEOUT(!editor->hasUnsavedText(), 5000);
    }
    auto wb = need(Workbook::open(demo[1]));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("evaluation"), QStringLiteral("reason")));
    CHECK(need(AnswerStore(*wb).current(q.id))->text == QStringLiteral("Because carers asked for it."));
}

TEST_CASE("Text still pending when the window closes is saved", "[gui]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    {
        MainWindow window;
        REQUIRE(window.openWorkbook(demo[2]));
        AnswerEditor *editor = currentSectionPage(window)->answerEditors()[3];
        editor->editor()->setPlainText(QStringLiteral("Typed just before closing"));
        CHECK(window.close());
    }
    auto wb = need(Workbook::open(demo[2]));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("care-standards"), QStringLiteral("work-undertaken")));
    CHECK(need(AnswerStore(*wb).current(q.id))->text == QStringLiteral("Typed just before closing"));
}

TEST_CASE("A workbook whose name has 255 bytes opens in the window, takes its lock and saves what is typed", "[gui][long-names]")
{
    Folder folder;
    QString name = QStringLiteral("Rhaglen Afon — gwasanaethau nyrsio ");
    while (name.toUtf8().size() < 251)
        name += QLatin1Char('x');
    const QString path = folder.path(name + QStringLiteral(".qdf"));
    REQUIRE(QFileInfo(path).fileName().toUtf8().size() == 255);
    newMaster(path);
    {
        MainWindow window;
        REQUIRE(window.openWorkbook(path));
        CHECK_FALSE(window.workbook()->isReadOnly());
        CHECK(window.bannerText().isEmpty());
        AnswerEditor *editor = currentSectionPage(window)->answerEditors()[3];
        editor->editor()->setPlainText(QStringLiteral("Typed into a long-named workbook"));
        CHECK(window.close());
    }
    auto wb = need(Workbook::open(path));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("care-standards"), QStringLiteral("work-undertaken")));
    CHECK(need(AnswerStore(*wb).current(q.id))->text == QStringLiteral("Typed into a long-named workbook"));
}

TEST_CASE("A file that is not a workbook is explained in the window and the open workbook stays", "[gui]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    const QString notes = folder.path(QStringLiteral("notes.qdf"));
    writeAll(notes, "just some notes");
    MainWindow window;
    REQUIRE(window.openWorkbook(demo[0]));
    CHECK_FALSE(window.openWorkbook(notes));
    CHECK(window.bannerText().contains(QStringLiteral("not a workbook")));
    REQUIRE(window.workbook());
    CHECK(window.workbook()->path() == demo[0]);
    CHECK(readAll(notes) == QByteArray("just some notes"));
}

TEST_CASE("A read-only workbook opens read-only: editors refuse typing and the window says why", "[gui]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    REQUIRE(QFile::setPermissions(demo[3], QFileDevice::ReadOwner));
    MainWindow window;
    REQUIRE(window.openWorkbook(demo[3]));
    CHECK(window.bannerText().contains(QStringLiteral("read-only")));
    CHECK(currentSectionPage(window)->answerEditors()[0]->editor()->isReadOnly());
    QFile::setPermissions(demo[3], QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("The QDF Index lists every Schedule and filters as you type", "[gui]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    REQUIRE(window.openWorkbook(demo[0]));
    REQUIRE(window.showPage(QStringLiteral("qdf-index")));
    auto *index = window.findChild<QdfIndexPage *>(QStringLiteral("page-qdf-index"));
    REQUIRE(index);
    QTableView *table = index->table();
    CHECK(table->model()->rowCount() == 5);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("1.1"));
    auto *filter = index->findChild<QLineEdit *>(QStringLiteral("indexFilter"));
    QTest::keyClicks(filter, QStringLiteral("evening"));
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 1).data().toString() == QStringLiteral("Evening nursing hub"));
}

TEST_CASE("Changing a milestone's status on the Plan on a Page is saved at once", "[gui]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    {
        MainWindow window;
        REQUIRE(window.openWorkbook(demo[0]));
        REQUIRE(window.showPage(QStringLiteral("plan-on-a-page")));
        auto *status = window.findChild<QComboBox *>(QStringLiteral("milestone-2-3"));
        REQUIRE(status);
        status->setCurrentIndex(status->findData(int(MilestoneStatus::AtRisk)));
        Q_EMIT status->activated(status->currentIndex());
    }
    auto wb = need(Workbook::open(demo[0]));
    PlanStore plan(*wb);
    CHECK(need(plan.milestones(need(plan.stages())[1].id))[2].status == MilestoneStatus::AtRisk);
}

TEST_CASE("The Welsh catalogue built with the program translates the window and the core's words", "[gui][i18n]")
{
    QTranslator welsh;
    REQUIRE(welsh.load(QStringLiteral(":/i18n/qdfworkbench_cy.qm")));
    QCoreApplication::installTranslator(&welsh);
    MainWindow window;
    auto *menuBar = window.menuBar();
    const QString fileMenu = menuBar->actions().first()->text();
    const QString draft = maturityTitle(Maturity::Draft);
    QCoreApplication::removeTranslator(&welsh);
    CHECK(fileMenu == QStringLiteral("&Ffeil"));
    CHECK(draft == QStringLiteral("Drafft"));
    CHECK(maturityTitle(Maturity::Draft) == QStringLiteral("Draft"));
}

TEST_CASE("The Plan on a Page prints on one page, with the milestones' statuses and escaped text", "[gui][print]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    REQUIRE(window.openWorkbook(demo[0]));
    REQUIRE(window.showPage(QStringLiteral("plan-on-a-page")));
    auto *plan = window.findChild<PlanPage *>(QStringLiteral("page-plan-on-a-page"));
    REQUIRE(plan);
    const QString html = need(plan->printHtml());
    CHECK(html.contains(QStringLiteral("Establish QDF Task &amp; Finish Group")));
    CHECK(html.contains(QStringLiteral("In progress")));
    const QString pdf = folder.path(QStringLiteral("plan.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    REQUIRE(plan->printTo(printer));
    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page/") == 1);
}
