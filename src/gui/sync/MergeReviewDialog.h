#pragma once

#include "core/sync/Sync.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace qdf {
class Workbook;
}

namespace qdf::gui {

class SignerKeys;
class DiffPanes;

// Taking bundles or an update in, with a person watching: first a summary of what each file
// would do (new, fast-forward, merged, conflicting, already had, contributions, or why it is
// refused), applied only on Import; then the review — each conflict with its base, this
// workbook's side, theirs and the merged result to edit, decided by keyboard; and each question's
// contributions side by side, to compose the master's answer from. A review left unfinished is
// picked up again from Sync › Review conflicts….
class MergeReviewDialog : public QDialog {
    Q_OBJECT
public:
    // With no files, opens straight at the review.
    MergeReviewDialog(Workbook &workbook, const QStringList &files, QWidget *parent = nullptr);

    void showTab(int index);  // 0 conflicts, 1 answers
    bool importAll();  // what the Import button does; false if any file failed
    int importedCount() const { return m_imported; }
    QTableWidget *summaryTable() const { return m_summary; }
    SignerKeys *signerKeys() const { return m_signers; }
    QListWidget *conflictList() const { return m_conflicts; }
    QPlainTextEdit *resultEdit() const { return m_result; }
    QPlainTextEdit *basePane() const { return m_base; }
    QPlainTextEdit *oursPane() const { return m_ours; }
    QPlainTextEdit *theirsPane() const { return m_theirs; }
    QListWidget *questionList() const { return m_questions; }
    QPlainTextEdit *answerEdit() const { return m_answer; }
    bool resolveCurrent(sync::Take take);  // what the buttons (and their keys) do
    bool saveAnswer();                     // the composed master answer, from the current question's contributions

Q_SIGNALS:
    void workbookChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void preview();
    void showReview();
    void reloadConflicts();
    void showConflict();
    void reloadQuestions();
    void showQuestion();

    Workbook &m_workbook;
    QStringList m_files;
    int m_imported = 0;
    QVector<sync::Conflict> m_open;
    QVector<sync::Contribution> m_contributions;
    QStackedWidget *m_pages = nullptr;
    QTableWidget *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    SignerKeys *m_signers = nullptr;
    QPushButton *m_import = nullptr;
    QTabWidget *m_review = nullptr;
    QListWidget *m_conflicts = nullptr;
    QLabel *m_conflictTitle = nullptr;
    QPlainTextEdit *m_base = nullptr;
    QPlainTextEdit *m_ours = nullptr;
    QPlainTextEdit *m_theirs = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QLabel *m_theirsTitle = nullptr;
    DiffPanes *m_diff = nullptr;
    QListWidget *m_questions = nullptr;
    QListWidget *m_offered = nullptr;
    QPlainTextEdit *m_answer = nullptr;
};

} // namespace qdf::gui
