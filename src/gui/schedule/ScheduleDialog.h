#pragma once

#include "core/Domain.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QVBoxLayout;

namespace qdf::gui {

class WorkbookSession;

// The Schedule editor: number, title and Markdown body with a live view; the maturity with
// only the allowed moves offered; the sign-off list; every version, with a side-by-side,
// word-level comparison of any two. A signed-off Schedule is read-only to a participant, and
// the editor says why.
class ScheduleDialog : public QDialog {
    Q_OBJECT
public:
    ScheduleDialog(WorkbookSession &session, const QString &uuid, QWidget *parent = nullptr);

    const Schedule &schedule() const { return m_schedule; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    bool isEditable() const;

    // The buttons' actions, callable directly (tests, keyboard).
    bool saveVersion();
    bool moveTo(Maturity to);
    bool signOff();
    // Compares two versions side by side (older on the left).
    void compare(int olderVersion, int newerVersion);
    QString comparisonHtml(bool newer) const;
    // 0 text, 1 maturity and sign-off, 2 history.
    void showTab(int index);

private:
    void reload();
    void rebuildMoves(const QVector<SignOff> &signOffs);

    WorkbookSession &m_session;
    Schedule m_schedule;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_authors = nullptr;
    QLabel *m_lockNote = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_save = nullptr;
    QVBoxLayout *m_moves = nullptr;
    QPushButton *m_sign = nullptr;
    QListWidget *m_signOffs = nullptr;
    QComboBox *m_older = nullptr;
    QComboBox *m_newer = nullptr;
    QTextBrowser *m_left = nullptr;
    QTextBrowser *m_right = nullptr;
};

} // namespace qdf::gui
