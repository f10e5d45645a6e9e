#pragma once

#include "core/Search.h"

#include <QHash>
#include <QHostAddress>
#include <QMainWindow>

#include <memory>

class QDockWidget;

namespace Ui {
class MainWindow;
}

namespace qdf {
class Workbook;
}

namespace qdf::gui {

class ErrorBanner;
class LiveController;
class LivePanel;
class Presentation;
class WorkshopBar;
class WelcomePage;
class SharedWriteBack;
class SyncMenu;
class WorkbookSession;

// Routes actions to the pages; owns the open Workbook. Pages are built when first shown.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workbook, replacing the current one (after saving what is pending). On failure
    // the current workbook stays open and the reason is shown in the window.
    bool openWorkbook(const QString &path);
    // Creates the master workbook of a new programme at `path` (".qdf" added if missing) and
    // opens it; what File › New asks for, without the dialogs.
    // In `contentLanguage` ("cy", "en"; empty: the language the window speaks).
    bool createMasterWorkbook(const QString &path, const QString &programme, const QString &ownerName,
                              const QString &contentLanguage = {});
    // Writes the Workbook printout, or (master only) the Framework, to `path`; the format
    // follows the suffix (.pdf, .odt, .html). What File › Export and File › Publish do after
    // their dialogs.
    bool exportWorkbookTo(const QString &path);
    bool publishTo(const QString &path, bool includeDrafts);
    // Shows a page by its key: a section key, "qdf-index", "plan-on-a-page", "catalyst", "progress"
    // or "search".
    bool showPage(const QString &key);
    QString currentPageKey() const;
    QWidget *page(const QString &key) const { return m_pages.value(key); }
    Workbook *workbook() const;
    WorkbookSession *session() const { return m_session.get(); }
    // Saves what is pending, then undoes or redoes the last step across the whole workbook.
    void undo();
    void redo();
    // Shows the page that holds a search hit and puts the focus on it.
    void jumpTo(const SearchHit &hit);
    // Opens the Schedule editor (modal).
    void openSchedule(const QString &uuid);
    // Saves whatever is pending on every page; false if anything could not be saved.
    bool flushAll();
    // The message shown across the top of the window (empty when none).
    QString bannerText() const;
    void showError(const QString &message);
    // After its sections or questions changed (an update, an import): pages are rebuilt. Undo
    // steps stay; one whose item was changed since is refused when it comes (WorkbookSession).
    void reloadWorkbook();
    // Saves what is pending and closes the workbook (letting its lock go, writing a shared
    // master back); false, and it stays open, if something could not be saved.
    bool closeWorkbook();
    // What the program does on start without a workbook named: opens the last one, if the
    // setting says so and it is still there; false (the welcome page shows) otherwise.
    bool reopenLastWorkbook();
    // Makes the shipped demo programme in `folder` (where missing) and opens its master copy.
    bool openDemoProgramme(const QString &folder);
    WelcomePage *welcomePage() const { return m_welcome; }
    SyncMenu *syncMenu() const { return m_sync; }
    // Presentation mode (View › Presentation Mode, F5) and the workshop timer: the window's, so
    // they last through imports, updates and page changes.
    Presentation *presentation() const { return m_presentation; }
    WorkshopBar *workshopBar() const { return m_workshop; }
    // The live session (part of the window: it outlives page rebuilds, ends with the workbook)
    // and its panel, docked beside the page while it runs.
    LiveController *live() const { return m_live; }
    LivePanel *livePanel() const { return m_livePanel; }
    // What "Start live session…" does after its dialog: false, and the banner says why, if it
    // cannot listen there.
    bool startLiveSession(const QString &roundId, const QHostAddress &address, quint16 port = 0);
    // What a section page's "Ask the room…" does after its dialog: a session with no round and
    // the question open (SECTION, QUESTION keys); false, and the banner says why, if it cannot.
    bool startQuestionSession(const QString &sectionKey, const QString &questionKey, const QHostAddress &address,
                              quint16 port = 0);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void buildNavigation();
    QWidget *pageFor(const QString &key);
    void clearPages();
    void updateTitle();
    void showWelcome();
    void showSaved();
    void hideError();
    void updateRecentMenu();
    void newMaster();
    void openDialog();
    void zoomBy(int steps);
    void presentationToggled(bool on);
    void askToStartLive(const QString &roundId, const QString &roundName);
    void askTheRoom(const QString &sectionKey, const QString &questionKey);
    bool openLiveQuestion(const QString &sectionKey, const QString &questionKey);
    void printWorkbook();
    void exportDialog(bool framework);
    bool writeReportTo(const QString &path, bool framework, bool includeDrafts);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<WorkbookSession> m_session;
    std::unique_ptr<SharedWriteBack> m_shared;  // a master on a network folder, worked on as a local copy
    QHash<QString, QWidget *> m_pages;
    int m_zoomSteps = 0;
    SyncMenu *m_sync = nullptr;
    ErrorBanner *m_banner = nullptr;
    Presentation *m_presentation = nullptr;
    WorkshopBar *m_workshop = nullptr;
    LiveController *m_live = nullptr;
    LivePanel *m_livePanel = nullptr;
    QDockWidget *m_liveDock = nullptr;
    WelcomePage *m_welcome = nullptr;
};

} // namespace qdf::gui
