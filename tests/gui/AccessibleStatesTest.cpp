// What a screen reader is told beyond names: the level chosen, announcements of what changes
// elsewhere on screen, the focus drawn and kept, and text that reads in a dark palette.
#include "GuiSupport.h"
#include "TestSupport.h"

#include "core/Demo.h"
#include "core/catalyst/CatalystStore.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "gui/Colours.h"
#include "gui/FocusRing.h"
#include "gui/LiveRegion.h"
#include "gui/Style.h"
#include "gui/catalyst/GroupView.h"
#include "gui/catalyst/ScoringGrid.h"
#include "gui/schedule/ScheduleDialog.h"
#include "gui/session/WorkbookSession.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

struct Heard {
    QAccessible::Role role;
    QString name;
    QString objectName;
};

// What the program tells assistive technology as it changes: the region's role and name as the
// AT-SPI bridge would read them with the event.
struct Listening {
    QList<Heard> heard;
    QMetaObject::Connection connection;
    Listening()
    {
        connection = QObject::connect(&Announcements::instance(), &Announcements::announced, [this](QWidget *region, const QString &) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(region);
            heard << Heard{iface ? iface->role() : QAccessible::NoRole, iface ? iface->text(QAccessible::Name) : QString(),
                           region->objectName()};
        });
    }
    ~Listening() { QObject::disconnect(connection); }
    bool said(QAccessible::Role role, const QString &part) const
    {
        QStringList all;
        for (const Heard &h : heard)
            all << QStringLiteral("role %1 %2 \"%3\"").arg(int(h.role)).arg(h.objectName, h.name.left(50));
        UNSCOPED_INFO("heard: " << all.join(QStringLiteral("; ")).toStdString());
        for (const Heard &h : heard) {
            if (h.role == role && h.name.contains(part))
                return true;
        }
        return false;
    }
};

// The app's palette for one test, then back, with the style following it both ways.
struct PaletteFor {
    QPalette before = QApplication::palette();
    explicit PaletteFor(const QPalette &palette) { QApplication::setPalette(palette); }
    ~PaletteFor() { QApplication::setPalette(before); }
};

// qt6ct's "darker" scheme, as people meet it.
QPalette darker()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::ToolTipText, Qt::white);
    return p;
}

// The strongest contrast any pixel of the label's text has against the label's own background
// (its corner, where no glyph is): what a reader sees of the text, measured on the rendered page.
double renderedContrast(QLabel *label)
{
    const QImage image = label->grab().toImage();
    const QColor background = image.pixelColor(1, 1);
    double best = 1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, colours::contrast(image.pixelColor(x, y), background));
    }
    return best;
}

// A master with one draft Schedule open in the window, and the Schedule's editor shown and active.
struct ScheduleEditor {
    Folder folder;
    MainWindow window;
    std::unique_ptr<ScheduleDialog> dialog;
    ScheduleEditor()
    {
        const QString path = folder.path(QStringLiteral("m.qdf"));
        const QString schedule = masterWithSchedule(path);
        window.show();
        REQUIRE(window.openWorkbook(path));
        dialog = std::make_unique<ScheduleDialog>(*window.session(), schedule, &window);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
    }
};

} // namespace

TEST_CASE("The scoring grid says which level is chosen: checked to a screen reader, a check mark, and a tint text reads on",
          "[gui][a11y][catalyst]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("Catalyst")));
    MainWindow window;
    openShown(window, path);
    CatalystPage *page = catalystPage(window);
    REQUIRE(page->addRound(QStringLiteral("Workshop 1"), QStringLiteral("2027-03-02")));
    ScoringGrid *grid = page->grid();
    grid->setFocus();
    grid->setCurrentCell(1, 1);
    QTest::keyClick(grid, '3');
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(grid);
    REQUIRE(table);
    REQUIRE(table->tableInterface());
    QAccessibleInterface *chosen = table->tableInterface()->cellAt(1, 3);
    QAccessibleInterface *other = table->tableInterface()->cellAt(1, 2);
    REQUIRE(chosen);
    REQUIRE(other);
    CHECK(chosen->state().checkable);
    CHECK(chosen->state().checked);
    CHECK_FALSE(other->state().checked);
    CHECK(grid->item(1, 3)->checkState() == Qt::Checked);  // drawn as a check mark, not only a fill
    const QColor fill = grid->item(1, 3)->background().color();
    CHECK(colours::contrast(grid->palette().color(QPalette::Text), fill) >= 4.5);

    // Space on a level chooses it too, as a check box would.
    grid->setCurrentCell(2, 4);
    QTest::keyClick(grid, Qt::Key_Space);
    CHECK(grid->item(2, 4)->checkState() == Qt::Checked);
    catalyst::CatalystStore store(*window.workbook());
    const auto round = need(store.round(QStringLiteral("Workshop 1")));
    CHECK(need(store.ratingsByParticipant(round)).value(kProducer.name).value(QStringLiteral("building-partnerships-2")) == 4);
}

TEST_CASE("The error banner, the save state and a Schedule's maturity move are said to assistive technology as they change",
          "[gui][a11y]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    const QString schedule = masterWithSchedule(path);
    MainWindow window;
    openShown(window, path);
    Listening listening;
    window.showError(QStringLiteral("The disk is full"));
    CHECK(listening.said(QAccessible::AlertMessage, QStringLiteral("The disk is full")));

    const Question question = need(SectionStore(*window.workbook()).question(QStringLiteral("activities"), QStringLiteral("reason")));
    REQUIRE(window.session()->setAnswer(question, QString(), QStringLiteral("Because people asked")));
    CHECK(listening.said(QAccessible::Notification, QStringLiteral("All changes saved")));

    ScheduleDialog dialog(*window.session(), schedule, &window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.showTab(1);
    REQUIRE(dialog.moveTo(Maturity::Ready));
    CHECK(listening.said(QAccessible::Notification, QStringLiteral("Now: ")));
}

TEST_CASE("The maturity tab's Tab order follows the screen, and after a move the focus is on what can be done next",
          "[gui][a11y][schedule]")
{
    ScheduleEditor editor;
    ScheduleDialog &dialog = *editor.dialog;
    dialog.showTab(1);
    auto *tabs = dialog.findChild<QTabWidget *>();
    REQUIRE(tabs);
    tabs->tabBar()->setFocus();
    // Down the tab by Tab: each control below the one before.
    QList<QWidget *> visited;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        REQUIRE(now);
        if (!tabs->currentWidget()->isAncestorOf(now))
            break;
        visited << now;
    }
    REQUIRE(visited.size() >= 2);
    for (int i = 1; i < visited.size(); ++i)
        CHECK(visited[i]->mapTo(&dialog, QPoint()).y() > visited[i - 1]->mapTo(&dialog, QPoint()).y());
    auto *forward = dialog.findChild<QPushButton *>(QStringLiteral("moveTo-ready"));
    REQUIRE(forward);
    CHECK(visited.first() == forward);  // the first thing on the tab is the first reached

    forward->setFocus();
    QTest::keyClick(forward, Qt::Key_Space);  // "Put forward for sign-off"
    CHECK(dialog.schedule().maturity == Maturity::Ready);
    QWidget *now = QApplication::focusWidget();
    REQUIRE(now);
    CHECK(tabs->currentWidget()->isAncestorOf(now));
    CHECK(now->isVisible());
}

TEST_CASE("The focused control has a ring of 3:1 against the window, the Schedule editor's tabs included", "[gui][a11y][focus]")
{
    ScheduleEditor editor;
    ScheduleDialog &dialog = *editor.dialog;
    QLineEdit *title = dialog.titleEdit();
    title->setFocus();
    QCoreApplication::processEvents();
    auto *ring = title->findChild<FocusRing *>();
    REQUIRE(ring);
    CHECK(ring->isVisible());
    const QImage image = title->grab().toImage();
    const QColor window_ = dialog.palette().color(QPalette::Window);
    // Three pixels deep at the middle of the left edge: the ring, not a 1-px tint.
    for (int x = 0; x < 3; ++x)
        CHECK(colours::contrast(image.pixelColor(x, image.height() / 2), window_) >= 3.0);

    auto *tabs = dialog.findChild<QTabWidget *>();
    tabs->tabBar()->setFocus();
    QCoreApplication::processEvents();
    ring = tabs->tabBar()->findChild<FocusRing *>();
    REQUIRE(ring);
    CHECK(ring->geometry() == tabs->tabBar()->tabRect(tabs->currentIndex()));
    QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
    CHECK(ring->geometry() == tabs->tabBar()->tabRect(tabs->currentIndex()));
}

TEST_CASE("In a dark and a high-contrast palette every page's titles, headings and guidance read at 4.5:1 on what is behind them",
          "[gui][a11y][palette]")
{
    Folder folder;
    const QStringList demo = need(buildDemo(folder.path(QStringLiteral("demo"))));
    const QString name = GENERATE(QStringLiteral("dark"), QStringLiteral("high-contrast"));
    INFO("palette " << name.toStdString());
    PaletteFor dark(name == QLatin1String("dark") ? darker() : *namedPalette(name));
    MainWindow window;
    openShown(window, demo.first());
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    int checked = 0;
    QStringList faint;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QString key = tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
        REQUIRE(window.showPage(key));
        QCoreApplication::processEvents();
        for (QLabel *label : window.page(key)->findChildren<QLabel *>()) {
            const QString role = label->property("role").toString();
            if (!label->isVisible() || label->text().trimmed().isEmpty() || role.isEmpty() || label->width() < 4)
                continue;
            ++checked;
            const double contrast = renderedContrast(label);
            if (contrast < 4.5)
                faint << QStringLiteral("%1: %2 \"%3\" %4:1").arg(key, role, label->text().left(30)).arg(contrast, 0, 'f', 2);
        }
    }
    INFO(faint.join(QLatin1Char('\n')).toStdString());
    CHECK(checked > 20);
    CHECK(faint.isEmpty());
    // The selection too: white on the highlight.
    const QPalette p = QApplication::palette();
    CHECK(colours::contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5);
}

TEST_CASE("The group view's focused cell has a ring of its own, and the agreed level is its text", "[gui][a11y][focus]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    masterWithRatings(path, {{QStringLiteral("Ann"), QStringLiteral("building-partnerships-1"), 1},
                                     {QStringLiteral("Bob"), QStringLiteral("building-partnerships-1"), 4}});
    MainWindow window;
    openShown(window, path);
    CatalystPage *page = catalystPage(window);
    REQUIRE(page->showView(QStringLiteral("group")));
    GroupView *group = page->groupTable();
    group->setFocus();
    const int agreed = group->column(GroupView::Column::Agreed);
    group->setCurrentCell(0, agreed);
    QTest::keyClick(group, '3');
    CHECK(group->item(0, agreed)->text().startsWith(QStringLiteral("3")));
    // Read with the row by a screen reader: the cell's name is the level, not an unnamed widget.
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(group);
    REQUIRE(table->tableInterface());
    CHECK(table->tableInterface()->cellAt(0, agreed)->text(QAccessible::Name).contains(QStringLiteral("Developing")));
    QCoreApplication::processEvents();
    const QRect cell = group->visualRect(group->model()->index(0, agreed));
    const QImage image = group->viewport()->grab().toImage();
    const QColor background = group->palette().color(QPalette::Highlight);  // the current cell is selected
    const QColor edge = image.pixelColor(cell.left() + 1, cell.center().y());
    CHECK(colours::contrast(edge, background) >= 3.0);
}

TEST_CASE("Zooming scales the navigation with the pages", "[gui][a11y][zoom]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("Zoom")));
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkbook(path));
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    const int before = tree->visualItemRect(tree->topLevelItem(0)).height();
    const double fontBefore = tree->font().pointSizeF();
    applyStyle(*qApp, 1.5);
    QCoreApplication::processEvents();
    CHECK(tree->font().pointSizeF() > fontBefore * 1.4);
    CHECK(tree->visualItemRect(tree->topLevelItem(0)).height() > before * 1.3);
    applyStyle(*qApp, 1.0);
}
