#include "gui/app/LanguageMenu.h"
#include "gui/app/MainWindow.h"
#include "ui_MainWindow.h"

#include "core/Demo.h"
#include "core/Workbook.h"
#include "core/WorkbookCreation.h"
#include "core/i18n/Language.h"
#include "core/stores/SectionStore.h"
#include "gui/LiveRegion.h"
#include "gui/Style.h"
#include "gui/app/About.h"
#include "gui/app/EditKeys.h"
#include "gui/app/ErrorBanner.h"
#include "gui/app/HelpBrowser.h"
#include "gui/app/PaneCycle.h"
#include "gui/app/Presentation.h"
#include "gui/app/WorkshopBar.h"
#include "gui/live/LiveController.h"
#include "gui/live/LivePanel.h"
#include "gui/live/StartLiveDialog.h"
#include "workshop/LiveSession.h"
#include "gui/app/WelcomePage.h"
#include "gui/app/WindowPlacement.h"
#include "gui/app/WorkbookDrop.h"
#include "gui/app/ReportActions.h"
#include "gui/app/WorkbookOpening.h"
#include "gui/sync/SyncMenu.h"
#include "gui/app/Settings.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/review/ReviewPage.h"
#include "gui/documents/PlanPage.h"
#include "gui/documents/ProgressPage.h"
#include "gui/documents/QdfIndexPage.h"
#include "gui/documents/SearchPage.h"
#include "gui/schedule/ScheduleDialog.h"
#include "gui/section/SectionPage.h"
#include "gui/session/UndoText.h"
#include "gui/session/WorkbookSession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QTime>
#include <QUndoStack>

namespace qdf::gui {
namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
const QString kIndexKey = QStringLiteral("qdf-index");
const QString kPlanKey = QStringLiteral("plan-on-a-page");
const QString kProgressKey = QStringLiteral("progress");
const QString kSearchKey = QStringLiteral("search");
const QString kCatalystKey = QStringLiteral("catalyst");
const QString kReviewKey = QStringLiteral("review");
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->navigation->setObjectName(QStringLiteral("navigation"));
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({260, 1020});
    m_ui->banner->setProperty("role", QStringLiteral("error"));
    m_banner = new ErrorBanner(m_ui->banner);
    m_welcome = new WelcomePage(m_ui->pages);
    m_ui->pages->addWidget(m_welcome);
    setUpActions();
    m_workshop = new WorkshopBar(this);
    addToolBar(Qt::TopToolBarArea, m_workshop);
    m_presentation = new Presentation(*this, m_ui->actionPresentation);
    connect(m_presentation, &Presentation::toggled, this, &MainWindow::presentationToggled);
    m_live = new LiveController(this);
    m_liveDock = new QDockWidget(tr("Live session"), this);
    m_liveDock->setObjectName(QStringLiteral("liveDock"));
    m_liveDock->setFeatures(QDockWidget::NoDockWidgetFeatures);  // Stop ends it, not a ✕
    m_livePanel = new LivePanel(*m_live, m_liveDock);
    m_liveDock->setWidget(m_livePanel);
    connect(m_livePanel, &LivePanel::said, this, [this](const QString &message) { statusBar()->showMessage(message); });
    addDockWidget(Qt::RightDockWidgetArea, m_liveDock);
    m_liveDock->hide();
    connect(m_live, &LiveController::started, m_liveDock, &QWidget::show);
    connect(m_live, &LiveController::stopped, m_liveDock, &QWidget::hide);
    // Said to the screen reader as they change: errors at once, the save state politely.
    makeLiveRegion(m_ui->banner, Urgency::Assertive);
    makeLiveRegion(statusBar(), Urgency::Polite);
    installPaneCycle(this, m_ui->navigation, m_ui->pages);
    connect(m_ui->navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showPage(item->data(0, kKeyRole).toString());
    });
    restoreGeometry(settings::windowGeometry());
    fitToScreen(*this);
    m_ui->splitter->restoreState(settings::splitterState());
    m_zoomSteps = settings::zoomSteps();
    zoomBy(0);
    updateRecentMenu();
    updateTitle();
    m_sync = new SyncMenu(*this);
    addHelpMenu(*this, [this] { return currentPageKey(); });
    connect(m_welcome, &WelcomePage::openRecent, this, &MainWindow::openWorkbook);
    connect(m_welcome, &WelcomePage::openDemo, this, [this] { openDemoProgramme(defaultDemoFolder()); });
    connect(m_welcome, &WelcomePage::join, m_sync, &SyncMenu::askToJoin);
    connect(m_welcome, &WelcomePage::startProgramme, this, &MainWindow::newMaster);
    connect(m_welcome, &WelcomePage::openWorkbook, this, &MainWindow::openDialog);
    new WorkbookDrop(*this);
    showWelcome();
}

MainWindow::~MainWindow()
{
    if (m_session)
        (void)m_session->flushPending();  // a window destroyed without closing still saves what was typed
    m_live->stop();
    clearPages();  // pages refer to the workbook: they go first
    m_session.reset();
    if (m_presentation->isOn())  // the application's look outlives the window (tests make many)
        applyStyle(*qApp, 1.0 + 0.1 * m_zoomSteps);
    if (m_shared)
        (void)m_shared->finish();  // closeEvent has said so if this fails; the local copy stays
}

void MainWindow::setUpActions()
{
    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionZoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_ui->actionZoomOut->setShortcut(QKeySequence::ZoomOut);
    m_ui->actionZoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_ui->menuView->addSeparator();
    addLanguageMenu(m_ui->menuView, this);
    m_ui->actionUndo->setShortcuts(editkeys::undoKeys());
    m_ui->actionRedo->setShortcuts(editkeys::redoKeys());
    m_ui->actionFind->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    m_ui->actionProgress->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_ui->actionUndo, &QAction::triggered, this, &MainWindow::undo);
    connect(m_ui->actionRedo, &QAction::triggered, this, &MainWindow::redo);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (showPage(kSearchKey)) {
            auto *search = static_cast<SearchPage *>(m_pages.value(kSearchKey));
            search->queryEdit()->setFocus();
            search->queryEdit()->selectAll();
        }
    });
    connect(m_ui->actionProgress, &QAction::triggered, this, [this] { showPage(kProgressKey); });
    m_ui->actionPrint->setShortcut(QKeySequence::Print);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::printWorkbook);
    connect(m_ui->actionExport, &QAction::triggered, this, [this] { exportDialog(false); });
    connect(m_ui->actionPublish, &QAction::triggered, this, [this] { exportDialog(true); });
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newMaster);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openDialog);
    m_ui->actionClose->setShortcut(QKeySequence::Close);
    connect(m_ui->actionClose, &QAction::triggered, this, [this] {
        if (closeWorkbook())
            showWelcome();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionZoomIn, &QAction::triggered, this, [this] { zoomBy(1); });
    connect(m_ui->actionZoomOut, &QAction::triggered, this, [this] { zoomBy(-1); });
    connect(m_ui->actionZoomReset, &QAction::triggered, this, [this] { zoomBy(-m_zoomSteps); });
}

bool MainWindow::openWorkbook(const QString &path)
{
    if (m_session && !flushAll()) {
        showError(tr("Your last changes to %1 could not be saved, so it stays open.").arg(workbook()->path()));
        return false;
    }
    // The same file again: let it go first, or its own lock would keep it out.
    if (m_session && QFileInfo(workbook()->path()) == QFileInfo(path) && !closeWorkbook())
        return false;
    auto opened = openForWindow(this, path);
    if (!opened) {
        showError(opened.error().message);  // the open workbook, if any, stays
        return false;
    }
    if (m_session && !closeWorkbook())
        return false;
    m_shared = std::move(opened->shared);
    m_session = std::make_unique<WorkbookSession>(std::move(opened->workbook));
    connect(m_session.get(), &WorkbookSession::saved, this, &MainWindow::showSaved);
    connect(m_session.get(), &WorkbookSession::failed, this, &MainWindow::showError);
    connect(m_session.get(), &WorkbookSession::structureChanged, this, &MainWindow::reloadWorkbook);
    connect(m_session.get(), &WorkbookSession::workbookChanged, this, &MainWindow::updateTitle);
    connect(m_session.get(), &WorkbookSession::unsavedChanged, this, &QWidget::setWindowModified);
    connect(m_session.get(), &WorkbookSession::changedElsewhere, this, [this](const QStringList &writers) {
        statusBar()->showMessage(tr("Updated with changes saved by %1").arg(QLocale().createSeparatedList(writers)));
    });
    if (m_shared) {
        m_shared->follow(*m_session);
        connect(m_shared.get(), &SharedWriteBack::failed, this, &MainWindow::showError);
        connect(m_shared.get(), &SharedWriteBack::wroteBack, this, [this](const QString &shared) {
            statusBar()->showMessage(tr("All changes saved to the shared folder: %1").arg(shared));
        });
    }
    QUndoStack *stack = m_session->undoStack();
    auto updateUndo = [this, stack] {
        m_ui->actionUndo->setEnabled(stack->canUndo());
        m_ui->actionUndo->setText(UndoText::menuLabel(true, stack->canUndo() ? stack->undoText() : QString()));
        m_ui->actionRedo->setEnabled(stack->canRedo());
        m_ui->actionRedo->setText(UndoText::menuLabel(false, stack->canRedo() ? stack->redoText() : QString()));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    updateUndo();
    m_ui->actionPublish->setEnabled(workbook()->isMaster());
    m_sync->workbookOpened();
    hideError();
    settings::addRecentFile(QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
    m_ui->navigation->setVisible(!m_presentation->isOn());
    for (QAction *action : {m_ui->actionClose, m_ui->actionPrint, m_ui->actionExport, m_ui->actionFind, m_ui->actionProgress})
        action->setEnabled(true);
    buildNavigation();
    updateTitle();
    if (workbook()->isReadOnly())
        showError(tr("%1 is open read-only: you can read it, and changes saved elsewhere appear as they are made, "
                     "but your changes cannot be saved.")
                      .arg(path));
    statusBar()->showMessage(m_shared ? tr("Opened %1 from the shared folder (worked on here, saved back as you go)")
                                            .arg(QFileInfo(path).fileName())
                                      : tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::closeWorkbook()
{
    if (!m_session)
        return true;
    if (!flushAll()) {
        showError(tr("Your last changes to %1 could not be saved, so it stays open.").arg(workbook()->path()));
        return false;
    }
    m_live->stop();  // the session holds the workbook: it ends first, and the server with it
    clearPages();
    m_session.reset();  // closes the file and lets its lock go
    if (m_shared) {
        const Status back = m_shared->finish();
        if (!back) {
            showError(back.error().message);
            m_shared.release()->deleteLater();  // the working copy stays where the message says
            return false;
        }
        m_shared.reset();
    }
    return true;
}

void MainWindow::showWelcome()
{
    m_ui->navigation->clear();
    m_ui->navigation->hide();  // nothing to navigate yet: the ways in take the window
    m_welcome->refresh();
    m_ui->pages->setCurrentWidget(m_welcome);
    m_workshop->pageShown(false);
    m_ui->actionClose->setEnabled(false);
    for (QAction *action : {m_ui->actionUndo, m_ui->actionRedo, m_ui->actionPrint, m_ui->actionExport, m_ui->actionPublish,
                            m_ui->actionFind, m_ui->actionProgress})
        action->setEnabled(false);
    m_ui->actionUndo->setText(UndoText::menuLabel(true, {}));
    m_ui->actionRedo->setText(UndoText::menuLabel(false, {}));
    if (m_sync)
        m_sync->workbookOpened();
    updateTitle();
    updateRecentMenu();
    statusBar()->showMessage(tr("No workbook open"));
}

bool MainWindow::reopenLastWorkbook()
{
    if (!settings::reopenLastWorkbook() || settings::recentFiles().isEmpty())
        return false;
    const QString last = settings::recentFiles().first();
    if (!QFileInfo::exists(last)) {
        statusBar()->showMessage(tr("The last workbook, %1, is no longer there.").arg(QDir::toNativeSeparators(last)));
        return false;
    }
    return openWorkbook(last);
}

bool MainWindow::openDemoProgramme(const QString &folder)
{
    auto demo = buildDemo(folder);
    if (!demo) {
        showError(tr("The demo programme could not be made in %1: %2").arg(QDir::toNativeSeparators(folder), demo.error().message));
        return false;
    }
    if (!openWorkbook(demo->first()))
        return false;
    statusBar()->showMessage(tr("The demo programme is in %1: this master copy and three participants' workbooks "
                                "(File › Open). What you change there stays there.")
                                 .arg(QDir::toNativeSeparators(folder)));
    return true;
}

void MainWindow::buildNavigation()
{
    QTreeWidget *tree = m_ui->navigation;
    const QSignalBlocker block(tree);
    tree->clear();
    auto sections = SectionStore(*workbook()).list();
    if (!sections)
        showError(tr("The sections of %1 cannot be read: %2").arg(workbook()->path(), sections.error().message));
    for (const Section &s : sections ? *sections : QVector<Section>()) {
        auto *item = new QTreeWidgetItem(tree, {s.kind == SectionKind::Caremore
                                                    ? QStringLiteral("%1  %2").arg(s.position).arg(s.title)
                                                    : s.title});
        item->setData(0, kKeyRole, s.key);
        item->setToolTip(0, s.purpose);
    }
    for (const auto &[key, title] : {std::pair{kCatalystKey, tr("Catalyst for Change")},
                                     std::pair{kReviewKey, tr("Commissioning review")},
                                     std::pair{kProgressKey, tr("Progress at a glance")},
                                     std::pair{kSearchKey, tr("Search")}}) {
        auto *item = new QTreeWidgetItem(tree, {title});
        item->setData(0, kKeyRole, key);
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
        auto *index = new QdfIndexPage(*m_session, m_ui->pages);
        connect(index, &QdfIndexPage::scheduleActivated, this, &MainWindow::openSchedule);
        page = index;
    } else if (key == kPlanKey) {
        page = new PlanPage(*m_session, m_ui->pages);
    } else if (key == kCatalystKey) {
        auto *catalyst = new CatalystPage(*m_session, m_ui->pages);
        catalyst->addPresentationButton(m_ui->actionPresentation);
        catalyst->setPresenting(m_presentation->isOn());
        catalyst->setLive(m_live);
        connect(catalyst, &CatalystPage::startLiveRequested, this, &MainWindow::askToStartLive);
        page = catalyst;
    } else if (key == kReviewKey) {
        page = new ReviewPage(*m_session, m_ui->pages);
    } else if (key == kProgressKey) {
        page = new ProgressPage(*m_session, m_ui->pages);
    } else if (key == kSearchKey) {
        auto *search = new SearchPage(*m_session, m_ui->pages);
        connect(search, &SearchPage::hitActivated, this, &MainWindow::jumpTo);
        page = search;
    } else {
        auto section = SectionStore(*workbook()).byKey(key);
        if (!section)
            return nullptr;
        auto *sectionPage = new SectionPage(*m_session, *section, m_ui->pages);
        connect(sectionPage, &SectionPage::scheduleOpened, this, &MainWindow::openSchedule);
        connect(sectionPage, &SectionPage::undoRequested, this, &MainWindow::undo);
        connect(sectionPage, &SectionPage::redoRequested, this, &MainWindow::redo);
        sectionPage->setLive(m_live);
        connect(sectionPage, &SectionPage::askTheRoomRequested, this, &MainWindow::askTheRoom);
        page = sectionPage;
    }
    m_ui->pages->addWidget(page);
    m_pages.insert(key, page);
    return page;
}

Workbook *MainWindow::workbook() const
{
    return m_session ? &m_session->workbook() : nullptr;
}

bool MainWindow::showPage(const QString &key)
{
    if (!m_session)
        return false;
    QWidget *page = pageFor(key);
    if (!page)
        return false;
    if (page != m_ui->pages->currentWidget())
        flushAll();  // what was typed on the page left behind is saved first
    m_ui->pages->setCurrentWidget(page);
    m_workshop->pageShown(key == kCatalystKey);
    QTreeWidget *tree = m_ui->navigation;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, kKeyRole).toString() == key && tree->currentItem() != tree->topLevelItem(i)) {
            const QSignalBlocker block(tree);
            tree->setCurrentItem(tree->topLevelItem(i));
        }
    }
    return true;
}

void MainWindow::undo()
{
    if (m_session)
        m_session->undo();
}

void MainWindow::redo()
{
    if (m_session)
        m_session->redo();
}

void MainWindow::jumpTo(const SearchHit &hit)
{
    if (!showPage(hit.sectionKey))
        return;
    auto *page = qobject_cast<SectionPage *>(m_pages.value(hit.sectionKey));
    if (!page)
        return;
    if (hit.kind == SearchHit::Kind::Answer)
        page->focusQuestion(hit.questionKey);
    else
        page->focusItem(hit.itemUuid);
}

void MainWindow::openSchedule(const QString &uuid)
{
    if (!m_session || uuid.isEmpty())
        return;
    ScheduleDialog(*m_session, uuid, this).exec();
}

QString MainWindow::currentPageKey() const
{
    return m_pages.key(m_ui->pages->currentWidget());
}

bool MainWindow::flushAll()
{
    return !m_session || m_session->flushPending();
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
    if (!m_session) {
        setWindowModified(false);
        setWindowTitle(tr("QDF Workbench"));
        return;
    }
    const WorkbookInfo &info = workbook()->info();
    const QString kind = info.kind == WorkbookKind::Master ? tr("master copy") : tr("participant workbook");
    // The file first, as desktops show documents; "[*]" is where Qt puts the "*" while typing is
    // not saved yet (setWindowModified follows the session's save state).
    const QString file = QFileInfo(m_shared ? m_shared->shared().sharedPath() : workbook()->path()).fileName();
    setWindowTitle(tr("%1[*] — %2, %3 (%4) — QDF Workbench").arg(file, info.programme.name, info.owner.name, kind));
    setWindowModified(m_session->hasUnsavedChanges());
}

void MainWindow::showSaved()
{
    hideError();
    statusBar()->showMessage(tr("All changes saved at %1 (revision %2)")
                                 .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                                 .arg(workbook()->info().revision));
}

void MainWindow::showError(const QString &message)
{
    m_banner->showMessage(message);
    announceChange(m_ui->banner);
    statusBar()->showMessage(tr("Not saved"));
}

void MainWindow::hideError()
{
    if (!m_session || !workbook()->isReadOnly())
        m_banner->dismiss();
}

void MainWindow::reloadWorkbook()
{
    if (!m_session)
        return;
    const QString key = currentPageKey();
    flushAll();
    clearPages();
    buildNavigation();
    if (!key.isEmpty())
        showPage(key);
    updateTitle();
}

QString MainWindow::bannerText() const
{
    return m_banner->message();
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
    const HelpTopicScope help(this, QStringLiteral("newMaster"));
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
    // The language of its sections and questions: the one the window speaks first. Each language by
    // its own name, so that a person who cannot read the other finds theirs.
    QStringList codes{language::current()};
    for (const QString &code : language::available()) {
        if (!codes.contains(code))
            codes << code;
    }
    QStringList names;
    for (const QString &code : codes)
        names << language::nativeName(code);
    const QString chosen = QInputDialog::getItem(this, tr("New master workbook"), tr("Language of the sections and questions:"),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    createMasterWorkbook(path, programme, owner, codes.value(names.indexOf(chosen), language::current()));
}

bool MainWindow::createMasterWorkbook(const QString &path, const QString &programme, const QString &ownerName,
                                      const QString &contentLanguage)
{
    const QString target = path.endsWith(QLatin1String(".qdf")) ? path : path + QStringLiteral(".qdf");
    auto created = createMaster(target, {ownerName, {}, {}}, programme,
                                ContentPack::caremore(contentLanguage.isEmpty() ? language::current() : contentLanguage));
    if (!created) {
        showError(created.error().message);
        return false;
    }
    created->reset();
    return openWorkbook(target);
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
    applyStyle(*qApp, (1.0 + 0.1 * m_zoomSteps) * (m_presentation ? m_presentation->scale() : 1.0));
}

// Presenting, the page takes the whole screen: the navigation goes (F5 or Escape brings it back)
// and the status bar keeps only what the room may see.
void MainWindow::askToStartLive(const QString &roundId, const QString &roundName)
{
    StartLiveDialog dialog(roundName, LiveController::addresses(), this);
    if (dialog.exec() == QDialog::Accepted)
        startLiveSession(roundId, dialog.address());
}

bool MainWindow::startLiveSession(const QString &roundId, const QHostAddress &address, quint16 port)
{
    if (!m_session || !flushAll())
        return false;
    if (const Status started = m_live->start(*workbook(), roundId, address, port); !started) {
        showError(tr("The live session could not start: %1").arg(started.error().message));
        return false;
    }
    statusBar()->showMessage(tr("Live session started: participants open %1 and give the code %2")
                                 .arg(m_live->url().toString(), m_live->session()->code()));
    return true;
}

// A section page's "Ask the room…": the question opened in the session running (whatever it is
// for), or a session for it alone, after the dialog asks where to listen.
void MainWindow::askTheRoom(const QString &sectionKey, const QString &questionKey)
{
    if (!m_session)
        return;
    if (m_live->isRunning()) {
        openLiveQuestion(sectionKey, questionKey);
        return;
    }
    const auto question = SectionStore(*workbook()).question(sectionKey, questionKey);
    if (!question) {
        showError(tr("The live session could not start: %1").arg(question.error().message));
        return;
    }
    std::unique_ptr<StartLiveDialog> dialog(StartLiveDialog::forQuestion(question->text, LiveController::addresses(), this));
    if (dialog->exec() == QDialog::Accepted)
        startQuestionSession(sectionKey, questionKey, dialog->address());
}

bool MainWindow::startQuestionSession(const QString &sectionKey, const QString &questionKey, const QHostAddress &address,
                                      quint16 port)
{
    if (!startLiveSession(QString(), address, port))
        return false;
    if (!openLiveQuestion(sectionKey, questionKey)) {
        m_live->stop();  // a session for a question it cannot open serves nothing
        return false;
    }
    return true;
}

bool MainWindow::openLiveQuestion(const QString &sectionKey, const QString &questionKey)
{
    workshop::LiveSession *session = m_live->session();
    if (!session)
        return false;
    if (!flushAll())
        return false;
    const workshop::Outcome opened = session->openQuestion(sectionKey, questionKey);
    if (!opened) {
        showError(tr("The question could not be opened for answers: %1").arg(opened.message));
        return false;
    }
    hideError();
    m_liveDock->show();
    statusBar()->showMessage(tr("Open for answers from the phones (code %1): %2")
                                 .arg(session->code(), session->question()->question.text));
    return true;
}

void MainWindow::presentationToggled(bool on)
{
    zoomBy(0);
    if (m_session)
        m_ui->navigation->setVisible(!on);
    m_sync->setPresenting(on);
    m_workshop->setPresenting(on);
    if (auto *catalyst = qobject_cast<CatalystPage *>(m_pages.value(kCatalystKey)))
        catalyst->setPresenting(on);
}

bool MainWindow::writeReportTo(const QString &path, bool framework, bool includeDrafts)
{
    if (!m_session || !flushAll())
        return false;
    const Status written = reports::exportTo(*workbook(), path, framework, includeDrafts);
    if (!written) {
        showError(written.error().message);
        return false;
    }
    hideError();
    statusBar()->showMessage(tr("Written to %1").arg(path));
    return true;
}

bool MainWindow::exportWorkbookTo(const QString &path)
{
    return writeReportTo(path, false, false);
}

bool MainWindow::publishTo(const QString &path, bool includeDrafts)
{
    return writeReportTo(path, true, includeDrafts);
}

void MainWindow::exportDialog(bool framework)
{
    if (!m_session)
        return;
    if (const auto choice = reports::askExport(this, framework))
        writeReportTo(choice->path, framework, choice->includeDrafts);
}

void MainWindow::printWorkbook()
{
    if (!m_session || !flushAll())
        return;
    if (Status s = reports::printPreview(this, *workbook()); !s)
        showError(s.error().message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session && !flushAll()) {
        showError(tr("Some changes could not be saved. They are still on screen: copy them somewhere safe, "
                     "or fix the problem and close again."));
        event->ignore();
        return;
    }
    if (!closeWorkbook()) {
        event->ignore();
        return;
    }
    settings::setWindowGeometry(saveGeometry());
    settings::setSplitterState(m_ui->splitter->saveState());
    event->accept();
}

} // namespace qdf::gui
