#pragma once

#include "core/Domain.h"

#include <QObject>

class QAction;
class QLabel;
class QMenu;

namespace qdf::gui {

class MainWindow;
class PersonActions;

// The Sync menu and the sync status in the window's status bar: export a contribution, import
// contributions (several files at once), review conflicts and contributions, publish or apply
// an update, undo the last import; in a master, export everything about a person and erase one. The file dialogs end in the methods below, which tests call.
class SyncMenu : public QObject {
    Q_OBJECT
public:
    explicit SyncMenu(MainWindow &window);

    void workbookOpened();  // enables what suits a master or a participant, refreshes the status
    void refreshStatus();
    QString statusText() const;
    // Presenting, the status bar is the room's: the sync status (revision, key) stays off it.
    void setPresenting(bool on);

    // A participant workbook of the programme, made from its master copy or from an update the
    // master published (`source` is either), saved at `path` and opened.
    bool join(const QString &source, const Owner &owner, const QString &path);
    // Sync › Join a programme… (and the welcome page's "Join a programme"): asks for the source,
    // the person's name and where to save, then joins.
    void askToJoin();
    // `anonymous`: the owner's role and organisation in place of their name (core/privacy/Anonymous.h).
    bool exportContribution(const QString &path, bool anonymous = false);
    PersonActions *people() const { return m_people; }
    bool publishUpdate(const QString &path);
    // Opens the merge review on these files (contributions into a master, or an update).
    int importFiles(const QStringList &paths);
    void reviewConflicts();
    bool undoLastImport();

private:
    void changed();

    MainWindow &m_window;
    QMenu *m_menu = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportAnonymous = nullptr;
    QAction *m_import = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_review = nullptr;
    QAction *m_undo = nullptr;
    QLabel *m_status = nullptr;
    PersonActions *m_people = nullptr;
};

} // namespace qdf::gui
