// Presentation mode (app/Presentation) and the window's workshop timer (app/WorkshopBar): what
// a facilitator puts on a projector.

#include "GuiSupport.h"
#include "KeyDriving.h"
#include "TestSupport.h"

#include "core/catalyst/Anonymity.h"
#include "core/catalyst/CatalystStore.h"
#include "core/report/CatalystReport.h"
#include "core/stores/AnswerStore.h"
#include "core/sync/Sync.h"
#include "gui/LiveRegion.h"
#include "gui/app/MainWindow.h"
#include "gui/app/Presentation.h"
#include "gui/app/WorkshopBar.h"
#include "gui/catalyst/CatalystCharts.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/catalyst/EntryGrid.h"
#include "gui/catalyst/GroupView.h"
#include "gui/catalyst/ScoringGrid.h"
#include "gui/catalyst/WorkshopClock.h"
#include "gui/catalyst/WorkshopTimer.h"
#include "gui/live/LiveController.h"
#include "gui/sync/MergeReviewDialog.h"
#include "gui/sync/SignerKeys.h"
#include "gui/sync/SyncMenu.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>
#include <QRegularExpression>
#include <QTreeWidget>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

const QStringList kDemoPeople{QStringLiteral("Dafydd Price"), QStringLiteral("Sioned Evans"), QStringLiteral("Aled Hughes")};

// Every text a widget holds for a person or a screen reader: labels, buttons, edits, lists,
// every cell, heading and tooltip of a table's model, charts' titles and series.
QStringList textsOf(QWidget *root)
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        if (!text.isEmpty())
            texts << text;
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root->window()))
            continue;
        add(w->accessibleName());
        add(w->accessibleDescription());
        add(w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(edit->text());
        if (auto *text = qobject_cast<QTextEdit *>(w))
            add(text->toPlainText());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int c = 0; c < m->columnCount(); ++c)
                add(m->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < m->rowCount(); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                        add(m->index(r, c).data(role).toString());
                }
            }
        }
        if (auto *chart = qobject_cast<QChartView *>(w); chart && chart->chart()) {
            add(chart->chart()->title());
            for (QAbstractSeries *series : chart->chart()->series())
                add(series->name());
        }
    }
    return texts;
}

QStringList namesIn(const QStringList &texts, const QStringList &names)
{
    QStringList found;
    for (const QString &text : texts) {
        // Headings put a name on two lines.
        const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        for (const QString &name : names) {
            if (flat.contains(name) || flat.contains(name.section(QLatin1Char(' '), 0, 0)))
                found << QStringLiteral("%1 in “%2”").arg(name, text.left(80));
        }
    }
    return found;
}

// Where a cell's text is drawn, as the style lays the cell out (its padding, the check box):
// what a descriptor has to fit in.
QRect textRoom(QTableWidget *table, QTableWidgetItem *cell)
{
    QStyleOptionViewItem option;
    option.initFrom(table->viewport());
    option.font = table->font();
    option.rect = table->visualItemRect(cell);
    option.text = cell->text();
    option.features = QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasDisplay;
    if (cell->flags() & Qt::ItemIsUserCheckable) {
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        option.checkState = cell->checkState();
    }
    QStyle *style = table->style();
    return style->subElementRect(QStyle::SE_ItemViewItemText, &option, table);
}

// Each view of the page in turn, as a person clicking its tabs would see it.
template <typename Look>
void eachTab(CatalystPage *page, Look look)
{
    for (int i = 0; i < page->tabs()->count(); ++i) {
        page->tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        look(i, page->tabs()->tabText(i));
    }
}

} // namespace

TEST_CASE("F5 puts the window in presentation mode, full screen and larger, and Escape leaves it, each change said",
          "[gui][presentation]")
{
    Folder folder;
    const QString master = demoIn(folder).first();
    MainWindow window;
    openShown(window, master);
    CatalystPage *page = catalystPage(window);
    QStringList said;
    const auto heard = QObject::connect(&Announcements::instance(), &Announcements::announced,
                                        [&said](QWidget *, const QString &text) { said << text; });
    const double normal = QApplication::font().pointSizeF();
    auto *navigation = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    auto *indicator = window.findChild<QLabel *>(QStringLiteral("presentationIndicator"));
    REQUIRE(indicator);
    CHECK_FALSE(indicator->isVisible());

    page->groupTable()->setFocus();
    page->tabs()->setCurrentWidget(page->groupTable());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    CHECK(window.presentation()->isOn());
    CHECK(window.windowState().testFlag(Qt::WindowFullScreen));
    CHECK(window.presentation()->action()->isChecked());
    CHECK(page->presenting());
    CHECK(QApplication::font().pointSizeF() == Approx(normal * Presentation::kScale));
    CHECK(indicator->isVisible());
    CHECK_FALSE(navigation->isVisible());  // the page takes the screen
    CHECK(said.join(QLatin1Char('\n')).contains(QStringLiteral("Presentation mode")));
    CHECK(window.workshopBar()->isVisible());

    // Escape from inside a table (which does not use it) leaves, back to the window as it was.
    said.clear();
    page->groupTable()->setFocus();
    QTest::keyClick(page->groupTable(), Qt::Key_Escape);
    CHECK_FALSE(window.presentation()->isOn());
    CHECK_FALSE(window.windowState().testFlag(Qt::WindowFullScreen));
    CHECK_FALSE(window.presentation()->action()->isChecked());
    CHECK_FALSE(page->presenting());
    CHECK(QApplication::font().pointSizeF() == Approx(normal));
    CHECK_FALSE(indicator->isVisible());
    CHECK(navigation->isVisible());
    CHECK(said.join(QLatin1Char('\n')).contains(QStringLiteral("Presentation mode ended")));

    // The View menu's item does what F5 does.
    window.presentation()->action()->trigger();
    CHECK(window.presentation()->isOn());
    // It is the window's, not the page's: the pages rebuilt after an import present still.
    window.reloadWorkbook();
    auto *rebuilt = qobject_cast<CatalystPage *>(window.page(QStringLiteral("catalyst")));
    REQUIRE(rebuilt);
    CHECK(rebuilt->presenting());
    CHECK_FALSE(navigation->isVisible());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : static_cast<QWidget *>(&window), Qt::Key_F5);
    CHECK_FALSE(window.presentation()->isOn());
    QObject::disconnect(heard);
}

TEST_CASE("Presenting, no view of the Catalyst page names a participant or shows anyone's totals", "[gui][presentation]")
{
    Folder folder;
    const QString master = demoIn(folder).first();
    MainWindow window;
    openShown(window, master);
    CatalystPage *page = catalystPage(window);
    page->selectRound(QStringLiteral("Workshop 1"));
    // At a desk the names are there to be seen: the check below can find them.
    page->tabs()->setCurrentWidget(page->groupTable());
    QApplication::processEvents();
    CHECK_FALSE(namesIn(textsOf(page), kDemoPeople).isEmpty());

    window.presentation()->setOn(true);
    eachTab(page, [&](int, const QString &tab) {
        INFO("the tab " << tab.toStdString());
        const QStringList found = namesIn(textsOf(page), kDemoPeople);
        INFO(found.join(QLatin1Char('\n')).toStdString());
        CHECK(found.isEmpty());
    });
    // The grid shows the levels to read, nobody's choice and no totals; the driver rows are names.
    page->tabs()->setCurrentWidget(page->grid());
    QApplication::processEvents();
    CHECK(page->grid()->driverSummary(QStringLiteral("building-partnerships")) == QStringLiteral("Building partnerships"));
    for (int r = 0; r < page->grid()->rowCount(); ++r) {
        for (int c = 1; c < page->grid()->columnCount(); ++c) {
            if (QTableWidgetItem *cell = page->grid()->item(r, c))
                CHECK(cell->checkState() == Qt::Unchecked);
        }
    }
    // The entry grid's columns are Person A, B, C, their driver rows empty.
    EntryGrid *entry = page->entryGrid();
    page->tabs()->setCurrentWidget(entry->parentWidget());
    QApplication::processEvents();
    REQUIRE(entry->columnCount() == 4);
    CHECK(entry->horizontalHeaderItem(1)->text() == QStringLiteral("Person A"));
    for (int c = 1; c < entry->columnCount(); ++c)
        CHECK(entry->item(0, c)->text().isEmpty());  // Building partnerships' totals
    CHECK_FALSE(entry->item(1, 1)->text().isEmpty());  // the levels are shown
    CHECK_FALSE(window.findChild<QPushButton *>(QStringLiteral("addParticipant"))->isVisible());  // no name typed on screen
    // The charts offer rounds to compare with, nobody's own totals.
    page->tabs()->setCurrentWidget(page->charts());
    QApplication::processEvents();
    for (int i = 0; i < page->charts()->comparison()->count(); ++i)
        CHECK_FALSE(page->charts()->comparison()->itemData(i).toString().startsWith(QLatin1String("p:")));

    window.presentation()->setOn(false);
    page->tabs()->setCurrentWidget(entry->parentWidget());
    QApplication::processEvents();
    CHECK_FALSE(entry->item(0, 1)->text().isEmpty());  // totals again at a desk
}

TEST_CASE("Presenting, Person A, B, … follow the round's anonymised order, not the names', in every view and export",
          "[gui][presentation]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    // Twelve people, each told apart by their levels of three elements (the chance that a shuffle
    // of twelve is the names' own order is one in 479 million).
    QStringList names;
    QVector<std::tuple<QString, QString, int>> ratings;
    const QStringList elements{QStringLiteral("building-partnerships-1"), QStringLiteral("building-partnerships-2"),
                               QStringLiteral("building-partnerships-3")};
    const QStringList first{QStringLiteral("Alaw"),  QStringLiteral("Bryn"),  QStringLiteral("Catrin"), QStringLiteral("Dewi"),
                            QStringLiteral("Elin"),  QStringLiteral("Ffion"), QStringLiteral("Gethin"), QStringLiteral("Heledd"),
                            QStringLiteral("Iwan"),  QStringLiteral("Lowri"), QStringLiteral("Mabon"),  QStringLiteral("Nia")};
    for (int i = 0; i < 12; ++i) {
        const QString name = first[i] + QStringLiteral(" Jones");  // in name order
        names << name;
        ratings << std::tuple{name, elements[0], i % 4 + 1} << std::tuple{name, elements[1], i / 4 + 1}
                << std::tuple{name, elements[2], 1};
    }
    masterWithRatings(path, ratings);
    MainWindow window;
    openShown(window, path);
    CatalystPage *page = catalystPage(window);
    window.presentation()->setOn(true);
    const QString round = need(catalyst::CatalystStore(*window.workbook()).round(QStringLiteral("Spring"))).uuid;
    const QStringList expected = catalyst::anonymousOrder(round, names);
    CHECK(expected != names);
    // Who each column is, from their levels.
    const auto whoHas = [&](int first, int second) {
        for (int i = 0; i < 12; ++i) {
            if (i % 4 + 1 == first && i / 4 + 1 == second)
                return names[i];
        }
        return QString();
    };

    GroupView *group = page->groupTable();
    page->tabs()->setCurrentWidget(group);
    QApplication::processEvents();
    QStringList inGroup;
    int row1 = -1, row2 = -1;
    for (int r = 0; r < group->rowCount(); ++r) {
        if (group->elementAt(r) == elements[0])
            row1 = r;
        if (group->elementAt(r) == elements[1])
            row2 = r;
    }
    REQUIRE(row1 >= 0);
    REQUIRE(row2 >= 0);
    for (int p = 0; p < 12; ++p) {
        const int c = group->column(GroupView::Column::FirstParticipant) + p;
        CHECK(group->horizontalHeaderItem(c)->text() == report::anonymousLabel(p).replace(QLatin1Char(' '), QLatin1Char('\n')));
        inGroup << whoHas(group->item(row1, c)->text().toInt(), group->item(row2, c)->text().toInt());
    }
    CHECK(inGroup == expected);
    CHECK(inGroup != names);

    EntryGrid *entry = page->entryGrid();
    page->tabs()->setCurrentWidget(entry->parentWidget());
    QApplication::processEvents();
    QStringList inEntry;
    for (int p = 0; p < 12; ++p)
        inEntry << whoHas(entry->item(1, 1 + p)->text().toInt(), entry->item(2, 1 + p)->text().toInt());
    CHECK(inEntry == expected);
    CHECK(entry->participants() == expected);  // and a level typed lands on that person

    // The anonymised export is the same room: Person A there is Person A on the projector.
    const auto table = need(report::catalystTable(*window.workbook(), QStringLiteral("Spring"), report::CatalystTable::Group, true));
    QStringList inExport;
    int e1 = -1, e2 = -1;
    for (int r = 0; r < table.rows.size(); ++r) {
        if (table.rows[r][0] == catalyst::Pack::shipped().element(elements[0])->name)
            e1 = r;
        if (table.rows[r][0] == catalyst::Pack::shipped().element(elements[1])->name)
            e2 = r;
    }
    REQUIRE(e1 >= 0);
    REQUIRE(e2 >= 0);
    for (int p = 0; p < 12; ++p)
        inExport << whoHas(table.rows[e1][2 + p].toInt(), table.rows[e2][2 + p].toInt());
    CHECK(inExport == expected);
    window.presentation()->setOn(false);
}

namespace {

// Every level descriptor of the scoring grid shown whole: each cell's row as tall as the style
// says its wrapped text needs at its column's width (the delegate's size hint against the
// cell's rectangle), no row taller than the grid shows at once, and no word wider than the room
// the style gives the text beside the check box. Returns how many cells were looked at.
int checkDescriptorsWhole(ScoringGrid *grid)
{
    int descriptors = 0;
    for (int r = 0; r < grid->rowCount(); ++r) {
        if (grid->columnSpan(r, 0) > 1)
            continue;  // a driver's row
        INFO("row " << r << " (" << grid->item(r, 0)->text().toStdString() << ")");
        CHECK(grid->rowHeight(r) <= grid->viewport()->height());
        for (int c = 1; c < grid->columnCount(); ++c) {
            QTableWidgetItem *cell = grid->item(r, c);
            const QModelIndex index = grid->model()->index(r, c);
            QStyleOptionViewItem option;
            option.initFrom(grid->viewport());
            option.font = grid->font();
            option.rect = grid->visualItemRect(cell);
            option.features = QStyleOptionViewItem::WrapText;
            const QSize needed = grid->itemDelegateForIndex(index)->sizeHint(option, index);
            INFO("level " << c << ": " << cell->text().toStdString());
            CHECK(needed.height() <= option.rect.height());
            const QRect room = textRoom(grid, cell);
            const QFontMetrics metrics(grid->font());
            // Qt breaks lines at spaces and after a slash or a dash ("commissioning/", "purchaser–").
            static const QRegularExpression breaks(QStringLiteral("\\s+|(?<=[/\\x{2013}-])"));
            for (const QString &word : cell->text().split(breaks))
                CHECK(metrics.horizontalAdvance(word) <= room.width());
            ++descriptors;
        }
    }
    return descriptors;
}

} // namespace

TEST_CASE("Presenting at 1280x720, every level descriptor is shown whole, whatever the zoom", "[gui][presentation]")
{
    Folder folder;
    const QString master = demoIn(folder).first();
    MainWindow window;
    openShown(window, master);
    CatalystPage *page = catalystPage(window);
    ScoringGrid *grid = page->grid();
    page->tabs()->setCurrentWidget(grid);
    QApplication::processEvents();
    // Switched on with the grid on show, as F5 does in the room.
    window.presentation()->setOn(true);
    // The size of the projector's picture, not of the test's screen.
    window.setWindowState(window.windowState() & ~Qt::WindowFullScreen);
    window.resize(1280, 720);
    QApplication::processEvents();
    REQUIRE(window.width() == 1280);
    REQUIRE(window.height() == 720);
    QApplication::processEvents();
    CHECK(checkDescriptorsWhole(grid) == 120);
    // The headings on two lines, whole too.
    const QFontMetrics header(grid->horizontalHeader()->font());
    for (int c = 1; c < grid->columnCount(); ++c) {
        for (const QString &line : grid->horizontalHeaderItem(c)->text().split(QLatin1Char('\n')))
            CHECK(header.horizontalAdvance(line) <= grid->columnWidth(c));
    }

    // Larger still for a big room (Ctrl+plus): the columns keep their widths, the rows grow.
    auto *zoomIn = window.findChild<QAction *>(QStringLiteral("actionZoomIn"));
    auto *zoomReset = window.findChild<QAction *>(QStringLiteral("actionZoomReset"));
    REQUIRE(zoomIn);
    REQUIRE(zoomReset);
    const int before = grid->rowHeight(1);
    zoomIn->trigger();
    QApplication::processEvents();
    CHECK(grid->rowHeight(1) > before);
    CHECK(checkDescriptorsWhole(grid) == 120);
    zoomReset->trigger();
    QApplication::processEvents();

    // And with a live session's panel beside the page, which leaves the grid less width.
    const QString round = need(catalyst::CatalystStore(*window.workbook()).round(QStringLiteral("Workshop 1"))).uuid;
    REQUIRE(window.startLiveSession(round, QHostAddress::LocalHost));
    for (int k = 0; k < 3; ++k) {
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("liveDock"));
    WARN("DEBUG " << k << " win " << window.width() << " min " << window.minimumSizeHint().width() << " central " << window.centralWidget()->minimumSizeHint().width() << " page " << page->minimumSizeHint().width() << " dock " << dock->minimumSizeHint().width() << " start " << page->startLiveButton()->isVisible());
    QApplication::processEvents();
    }
    window.resize(1280, 720);
    QApplication::processEvents();
    INFO("the window is " << window.width() << "x" << window.height() << ", at least " << window.minimumSizeHint().width()
                          << "x" << window.minimumSizeHint().height());
    CHECK(window.size() == QSize(1280, 720));  // the panel and the page both fit the projector
    CHECK(checkDescriptorsWhole(grid) == 120);
    window.live()->stop();
    window.presentation()->setOn(false);
}

TEST_CASE("The workshop timer keeps running through an import, which rebuilds the pages, and on other pages",
          "[gui][presentation][sync]")
{
    Folder folder;
    const QString masterPath = folder.path(QStringLiteral("master.qdf"));
    const QString bundle = folder.path(QStringLiteral("p.qdfsync"));
    {
        auto master = newMaster(masterPath);
        auto p = need(createParticipant(folder.path(QStringLiteral("p.qdf")), kParticipant, masterPath));
        need(AnswerStore(*p).set(need(SectionStore(*p).question(QStringLiteral("activities"), QStringLiteral("reason"))).id,
                                 QStringLiteral("Care close to home")));
        need(sync::SyncStore(*p).exportContribution(bundle));
    }
    MainWindow window;
    openShown(window, masterPath);
    WorkshopBar *bar = window.workshopBar();
    qint64 now = 0;
    bar->clock()->setSource([&now] { return now; });
    CHECK_FALSE(bar->isVisible());  // not a Catalyst page, no workshop under way
    CatalystPage *page = catalystPage(window);
    CHECK(bar->isVisible());
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("timerStart")), Qt::LeftButton);
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("timerNext")), Qt::LeftButton);
    now += 90'000;
    Q_EMIT bar->clock()->changed();
    CHECK(bar->timer()->display() == QStringLiteral("03:30"));

    // Another page: the time goes on, in view.
    sectionPage(window, "activities");
    CHECK(bar->isVisible());
    CHECK(bar->clock()->isRunning());

    // An import through Sync › Import: the pages are made again, the clock is not.
    test::keys::Quiet quiet;
    bool imported = false;
    test::keys::whenModal<MergeReviewDialog>(quiet, QStringLiteral("the merge review"), [&](MergeReviewDialog *dialog) {
        if (dialog->signerKeys()->isVisible() && dialog->signerKeys()->confirmButton()->isEnabled())
            dialog->signerKeys()->confirmButton()->click();
        imported = dialog->importAll();
        dialog->accept();
    });
    CHECK(window.syncMenu()->importFiles({bundle}) == 1);
    INFO(quiet.problems().join(QLatin1Char('\n')).toStdString());
    CHECK(quiet.problems().isEmpty());
    CHECK(imported);
    CHECK(window.page(QStringLiteral("catalyst")) == nullptr);  // rebuilt when next shown
    now += 30'000;
    Q_EMIT bar->clock()->changed();
    CHECK(bar->clock()->isRunning());
    CHECK(bar->clock()->driverIndex() == 1);
    CHECK(bar->timer()->display() == QStringLiteral("03:00"));
    CHECK(bar->timer()->findChild<QLabel *>(QStringLiteral("timerDriver"))->text().startsWith(QStringLiteral("2 of 6")));
    CatalystPage *again = catalystPage(window);
    CHECK(again != nullptr);
    CHECK(bar->isVisible());
    // Reset ends the workshop: on another page the bar goes at the next page change.
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("timerReset")), Qt::LeftButton);
    sectionPage(window, "activities");
    CHECK_FALSE(bar->isVisible());
    Q_UNUSED(page);
}
