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
class QTimer;
class QVBoxLayout;

namespace qdf::gui {

class LanguageSwitch;
class LiveView;
class WorkbookSession;

// The Schedule editor: number, title and Markdown body with a live view, in Welsh, English or
// both side by side, with their translation state and "Mark as translated"; the maturity with
// only the allowed moves offered; the sign-off list; every version, with a side-by-side,
// word-level comparison of any two. A signed-off Schedule is read-only to a participant, and
// the editor says why.
//
// Typing is saved as the answer editor saves it: after a pause, on leaving the Text tab, and
// before the editor closes or the window undoes, imports or closes (it registers with the
// session); one sitting in the editor is one version. The editor always says whether what is on
// screen is saved, and never drops typing silently: if it cannot be saved, closing asks.
class ScheduleDialog : public QDialog {
    Q_OBJECT
public:
    ScheduleDialog(WorkbookSession &session, const QString &uuid, QWidget *parent = nullptr);

    const Schedule &schedule() const { return m_schedule; }
    // The fields of the language the Schedule is in (the one on show, unless both are).
    QLineEdit *titleEdit() const { return fields(primary()).title; }
    QPlainTextEdit *bodyEdit() const { return fields(primary()).body; }
    QLineEdit *titleEditIn(Language language) const { return fields(language).title; }
    QPlainTextEdit *bodyEditIn(Language language) const { return fields(language).body; }
    LanguageSwitch *languages() const { return m_languages; }
    bool markTranslated();
    bool isEditable() const;

    // The buttons' actions, callable directly (tests, keyboard). saveVersion saves now.
    bool saveVersion();
    bool hasUnsavedChanges() const;
    QString saveState() const;
    bool moveTo(Maturity to);
    bool signOff();
    // Compares two versions side by side (older on the left).
    void compare(int olderVersion, int newerVersion);
    QString comparisonHtml(bool newer) const;
    // 0 text, 1 maturity and sign-off, 2 history.
    void showTab(int index);

    void reject() override;  // Escape, Close and the window's close button: saves first

private:
    struct Fields {
        QWidget *column = nullptr;
        QLineEdit *title = nullptr;
        QPlainTextEdit *body = nullptr;
        LiveView *live = nullptr;
    };
    const Fields &fields(Language language) const { return m_fields[language == Language::Welsh ? 0 : 1]; }
    Fields &fields(Language language) { return m_fields[language == Language::Welsh ? 0 : 1]; }
    Language primary() const;
    bool differs(Language language) const;
    void showMode();
    void edited();
    void reload();
    void showSaveState(const QString &text, bool error);
    void rebuildMoves(const QVector<SignOff> &signOffs);

    WorkbookSession &m_session;
    Schedule m_schedule;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_authors = nullptr;
    QLabel *m_lockNote = nullptr;
    LanguageSwitch *m_languages = nullptr;
    Fields m_fields[2];  // Welsh, English
    bool m_comparisonStale = true;  // the History tab shows an older comparison
    QPushButton *m_save = nullptr;
    QVBoxLayout *m_moves = nullptr;
    QPushButton *m_sign = nullptr;
    QListWidget *m_signOffs = nullptr;
    QComboBox *m_older = nullptr;
    QComboBox *m_newer = nullptr;
    QTextBrowser *m_left = nullptr;
    QTextBrowser *m_right = nullptr;
    QLabel *m_saveState = nullptr;
    QTimer *m_saveTimer = nullptr;
    qint64 m_sittingStart = 0;  // the revision the editor opened at: its saves amend one version
    bool m_loading = false;
    bool m_textShown = false;  // the Schedule's text is in the fields (before that, nothing is typed)
};

} // namespace qdf::gui
