#include "AccessibilityAudit.h"
#include "GuiSupport.h"
#include "TestSupport.h"

#include "core/Demo.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "gui/app/MainWindow.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/review/NewReviewDialog.h"
#include "gui/review/ReviewPage.h"
#include "gui/schedule/ScheduleDialog.h"
#include "gui/section/AnswerHistoryDialog.h"
#include "gui/section/TextDialog.h"
#include "gui/session/WorkbookSession.h"
#include "gui/sync/MergeReviewDialog.h"
#include "gui/actions/ActionSheetDialog.h"

#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

// Every navigation entry's key, in order (the data the window keeps on each item).
QStringList pageKeys(MainWindow &window)
{
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    REQUIRE(tree);
    QStringList keys;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        keys << tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
    return keys;
}

void checkDialog(AccessibilityAudit &audit, QDialog &dialog, const QString &where)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    (void)QTest::qWaitForWindowActive(&dialog);
    audit.checkWithTabs(&dialog, where);
    dialog.hide();
}

} // namespace

TEST_CASE("Every page and dialog of the window names its controls, labels its fields, lets Tab out of its tables and "
          "gives each chart a table",
          "[gui][a11y]")
{
    Folder folder;
    const QStringList demo = need(buildDemo(folder.path(QStringLiteral("demo"))));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openWorkbook(demo.first()));
    AccessibilityAudit audit;
    audit.check(&window, QStringLiteral("window"));
    for (const QString &key : pageKeys(window)) {
        REQUIRE(window.showPage(key));
        QCoreApplication::processEvents();
        audit.checkWithTabs(window.page(key), QStringLiteral("page %1").arg(key));
    }
    WorkbookSession &session = *window.session();
    const auto schedules = need(ScheduleStore(session.workbook()).list());
    REQUIRE_FALSE(schedules.isEmpty());
    {
        ScheduleDialog dialog(session, schedules.first().uuid, &window);
        checkDialog(audit, dialog, QStringLiteral("Schedule editor"));
    }
    {
        MergeReviewDialog dialog(session.workbook(), QStringList(), &window);
        checkDialog(audit, dialog, QStringLiteral("merge review"));
    }
    {
        ActionSheetDialog dialog(session, {{QStringLiteral("building-partnerships"), QStringLiteral("Building partnerships")}},
                                 [](const Action &) { return QString(); }, &window);
        checkDialog(audit, dialog, QStringLiteral("action sheet"));
    }
    {
        NewReviewDialog dialog(&window);
        checkDialog(audit, dialog, QStringLiteral("new review"));
    }
    {
        TextDialog dialog(QStringLiteral("Working example"), &window);
        checkDialog(audit, dialog, QStringLiteral("working example"));
    }
    {
        const Question question = need(SectionStore(session.workbook()).question(QStringLiteral("care-standards"),
                                                                                 QStringLiteral("intended-product")));
        AnswerHistoryDialog dialog(session, question, &window);
        checkDialog(audit, dialog, QStringLiteral("answer history"));
    }
    INFO(audit.findings().join(QLatin1Char('\n')).toStdString());
    CHECK(audit.controlsSeen() > 100);  // it walked the window, not an empty tree
    CHECK(audit.findings().isEmpty());
}
