#pragma once

#include "core/Domain.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace qdf::gui {

class WorkbookSession;

// One open question with its answer: Markdown on the left, the rendered text beside it.
// Typing is saved on its own after a short pause (and when focus leaves) as one undoable step;
// a failed save keeps the text on screen, says why, and tries again on the next change.
// Ctrl+Z / Ctrl+Shift+Z go to the workbook's undo stack, not the text box's own.
class AnswerEditor : public QFrame {
    Q_OBJECT
public:
    AnswerEditor(WorkbookSession &session, const Question &question, QWidget *parent = nullptr);

    const Question &question() const { return m_question; }
    QPlainTextEdit *editor() const { return m_editor; }
    bool hasUnsavedText() const;
    // Saves now if anything is pending; false if it could not be saved.
    bool flush();

Q_SIGNALS:
    void historyRequested(const qdf::Question &question);
    void undoRequested();
    void redoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited();
    void renderPreview();
    void reload();  // after a save, an undo, a restore or another writer's change
    void setStatus(const QString &text, bool error);

    WorkbookSession &m_session;
    Question m_question;
    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_saveTimer;
    QTimer m_previewTimer;
    QString m_savedText;
};

} // namespace qdf::gui
