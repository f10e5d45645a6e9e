#pragma once

#include <QWidget>

class QCheckBox;
class QListWidget;

namespace qdf::gui {

// What the window shows while no workbook is open: the recent workbooks, and the four ways in —
// the demo programme (to look around), joining a programme (a participant, from the master copy
// or an update file the production team sent), starting a new one (the production team) and
// opening a workbook. Each way is a signal; the window does the work.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Lists the recent workbooks again (those still there).
    void refresh();
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void openRecent(const QString &path);
    void openDemo();
    void join();
    void startProgramme();
    void openWorkbook();

private:
    QListWidget *m_recent = nullptr;
    QCheckBox *m_reopen = nullptr;
};

// Where "Open the demo programme" makes the demo: a folder of the user's own
// (QStandardPaths::AppDataLocation), so that what one tries there stays and the
// installed program's files are never written.
QString defaultDemoFolder();

} // namespace qdf::gui
