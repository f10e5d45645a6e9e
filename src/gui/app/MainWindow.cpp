#include "gui/app/MainWindow.h"
#include "ui_MainWindow.h"

#include "core/Workbook.h"
#include "core/WorkbookCreation.h"
#include "core/stores/SectionStore.h"
#include "gui/Style.h"
#include "gui/app/Settings.h"
#include "gui/documents/PlanPage.h"
#include "gui/documents/QdfIndexPage.h"
#include "gui/section/SectionPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QTime>

namespace qdf::gui {
namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
const QString kIndexKey = QStringLiteral("qdf-index");
const QString kPlanKey = QStringLiteral("plan-on-a-page");
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->navigation->setObjectName(QStringLiteral("navigation"));
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({260, 1020});
    m_ui->banner->setProperty("role", QStringLiteral("error"));
    m_ui->banner->setContentsMargins(12, 8, 12, 8);
    setUpActions();
    connect(m_ui->navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showPage(item->data(0, kKeyRole).toString());
    });
    restoreGeometry(settings::windowGeometry());
    m_ui->splitter->restoreState(settings::splitterState());
    m_zoomSteps = settings::zoomSteps();
    zoomBy(0);
    updateRecentMenu();
    updateTitle();
    statusBar()->showMessage(tr("No workbook open"));
}

MainWindow::~MainWindow()
{
    clearPages();  // pages refer to the workbook: they go first
}

void MainWindow::setUpActions()
{
    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionZoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_ui->actionZoomOut->setShortcut(QKeySequence::ZoomOut);
    m_ui->actionZoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newMaster);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openDialog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionZoomIn, &QAction::triggered, this, [this] { zoomBy(1); });
    connect(m_ui->actionZoomOut, &QAction::triggered, this, [this] { zoomBy(-1); });
    connect(m_ui->actionZoomReset, &QAction::triggered, this, [this] { zoomBy(-m_zoomSteps); });
}

bool MainWindow::openWorkbook(const QString &path)
{
    auto opened = Workbook::open(path);
    if (!opened) {
        showError(opened.error().message);
        return false;
    }
    if (!flushAll()) {
        showError(tr("Your last changes to %1 could not be saved, so it stays open.").arg(m_workbook->path()));
        return false;
    }
    clearPages();
    m_workbook = std::move(opened).value();
    hideError();
    settings::addRecentFile(QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
    buildNavigation();
    updateTitle();
    if (m_workbook->isReadOnly())
        showError(tr("%1 is read-only: you can read it, but changes cannot be saved.").arg(path));
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::buildNavigation()
{
    QTreeWidget *tree = m_ui->navigation;
    const QSignalBlocker block(tree);
    tree->clear();
    for (const Section &s : SectionStore(*m_workbook).list().valueOr({})) {
        auto *item = new QTreeWidgetItem(tree, {s.kind == SectionKind::Caremore
                                                    ? QStringLiteral("%1  %2").arg(s.position).arg(s.title)
                                                    : s.title});
        item->setData(0, kKeyRole, s.key);
        item->setToolTip(0, s.purpose);
    }
    if (tree->topLevelItemCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0));
    showPage(tree->topLevelItemCount() > 0 ? tree->topLevelItem(0)->data(0, kKeyRole).toString() : QString());
}

QWidget *MainWindow::pageFor(const QString &key)
{
    if (QWidget *page = m_pages.value(key))
        return page;
    QWidget *page = nullptr;
    if (key == kIndexKey) {
        auto *index = new QdfIndexPage(*m_workbook, m_ui->pages);
        connect(index, &QdfIndexPage::scheduleActivated, this, [this](const QString &sectionKey) { showPage(sectionKey); });
        page = index;
    } else if (key == kPlanKey) {
        auto *plan = new PlanPage(*m_workbook, m_ui->pages);
        connect(plan, &PlanPage::saved, this, &MainWindow::showSaved);
        connect(plan, &PlanPage::saveFailed, this, &MainWindow::showError);
        page = plan;
    } else {
        auto section = SectionStore(*m_workbook).byKey(key);
        if (!section)
            return nullptr;
        auto *sectionPage = new SectionPage(*m_workbook, *section, m_ui->pages);
        connect(sectionPage, &SectionPage::saved, this, &MainWindow::showSaved);
        connect(sectionPage, &SectionPage::saveFailed, this, &MainWindow::showError);
        page = sectionPage;
    }
    m_ui->pages->addWidget(page);
    m_pages.insert(key, page);
    return page;
}

bool MainWindow::showPage(const QString &key)
{
    if (!m_workbook)
        return false;
    QWidget *page = pageFor(key);
    if (!page)
        return false;
    if (auto *index = qobject_cast<QdfIndexPage *>(page))
        index->reload();  // Schedules may have changed on other pages
    m_ui->pages->setCurrentWidget(page);
    QTreeWidget *tree = m_ui->navigation;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, kKeyRole).toString() == key && tree->currentItem() != tree->topLevelItem(i)) {
            const QSignalBlocker block(tree);
            tree->setCurrentItem(tree->topLevelItem(i));
        }
    }
    return true;
}

QString MainWindow::currentPageKey() const
{
    return m_pages.key(m_ui->pages->currentWidget());
}

bool MainWindow::flushAll()
{
    bool all = true;
    for (QWidget *page : std::as_const(m_pages)) {
        if (auto *section = qobject_cast<SectionPage *>(page))
            all = section->flush() && all;
    }
    return all;
}

void MainWindow::clearPages()
{
    for (QWidget *page : std::as_const(m_pages)) {
        m_ui->pages->removeWidget(page);
        delete page;
    }
    m_pages.clear();
}

void MainWindow::updateTitle()
{
    if (!m_workbook) {
        setWindowTitle(tr("QDF Workbench"));
        return;
    }
    const WorkbookInfo &info = m_workbook->info();
    const QString kind = info.kind == WorkbookKind::Master ? tr("master copy") : tr("participant workbook");
    setWindowTitle(tr("%1 — %2 (%3) — QDF Workbench").arg(info.programme.name, info.owner.name, kind));
}

void MainWindow::showSaved()
{
    hideError();
    statusBar()->showMessage(tr("All changes saved at %1 (revision %2)")
                                 .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                                 .arg(m_workbook->info().revision));
}

void MainWindow::showError(const QString &message)
{
    m_ui->banner->setText(message);
    m_ui->banner->show();
    statusBar()->showMessage(tr("Not saved"));
}

void MainWindow::hideError()
{
    if (!m_workbook || !m_workbook->isReadOnly())
        m_ui->banner->hide();
}

QString MainWindow::bannerText() const
{
    return m_ui->banner->isHidden() ? QString() : m_ui->banner->text();
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    for (const QString &path : settings::recentFiles()) {
        QAction *action = m_ui->menuRecent->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openWorkbook(path); });
    }
    m_ui->menuRecent->setEnabled(!m_ui->menuRecent->isEmpty());
}

void MainWindow::newMaster()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New master workbook"), QString(),
                                                      tr("QDF workbooks (*.qdf)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString programme = QInputDialog::getText(this, tr("New master workbook"), tr("Programme name:"),
                                                    QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString owner = QInputDialog::getText(this, tr("New master workbook"), tr("Your name:"),
                                                QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString target = path.endsWith(QLatin1String(".qdf")) ? path : path + QStringLiteral(".qdf");
    auto created = createMaster(target, {owner, {}, {}}, programme);
    if (!created) {
        showError(created.error().message);
        return;
    }
    created->reset();
    openWorkbook(target);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workbook"), QString(),
                                                      tr("QDF workbooks (*.qdf);;All files (*)"));
    if (!path.isEmpty())
        openWorkbook(path);
}

void MainWindow::zoomBy(int steps)
{
    m_zoomSteps = qBound(-3, m_zoomSteps + steps, 10);
    settings::setZoomSteps(m_zoomSteps);
    applyStyle(*qApp, 1.0 + 0.1 * m_zoomSteps);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_workbook && !flushAll()) {
        showError(tr("Some changes could not be saved. They are still on screen: copy them somewhere safe, "
                     "or fix the problem and close again."));
        event->ignore();
        return;
    }
    settings::setWindowGeometry(saveGeometry());
    settings::setSplitterState(m_ui->splitter->saveState());
    event->accept();
}

} // namespace qdf::gui
