#pragma once

#include "core/Domain.h"

#include <QFrame>
#include <QTimer>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace qdf::gui {

class LanguageSwitch;
class WorkbookSession;

// One open question with its answer, in Welsh, English or both: the Markdown of the language
// being written on the left and the rendered text beside it, or — "Both, side by side" — the two
// languages beside each other, each saved on its own, with their translation state and "Mark as
// translated" above (LanguageSwitch). Typing is saved on its own after a short pause (and when
// focus leaves) as one undoable step; a failed save keeps the text on screen, says why, and tries
// again on the next change. Ctrl+Z / Ctrl+Shift+Z go to the workbook's undo stack, not the text
// box's own.
class AnswerEditor : public QFrame {
    Q_OBJECT
public:
    AnswerEditor(WorkbookSession &session, const Question &question, QWidget *parent = nullptr);

    const Question &question() const { return m_question; }
    // The box of the language the answer is in (the one on show, unless both are).
    QPlainTextEdit *editor() const;
    QPlainTextEdit *editorIn(Language language) const;
    LanguageSwitch *languages() const { return m_languages; }
    bool hasUnsavedText() const;
    // Saves now if anything is pending; false if it could not be saved.
    bool flush();
    // "Ask the room…" beside History…: a CAREMORE question answered from the phones in a live
    // session (docs/workshop.md, "Open questions"). Only a section page for such a question adds it.
    QPushButton *offerAskTheRoom();
    QPushButton *askTheRoomButton() const { return m_ask; }

Q_SIGNALS:
    void historyRequested(const qdf::Question &question);
    void askTheRoomRequested(const qdf::Question &question);
    void undoRequested();
    void redoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Side {
        QPlainTextEdit *edit = nullptr;
        QString saved;
    };
    Side &side(Language language) { return m_sides[language == Language::Welsh ? 0 : 1]; }
    const Side &side(Language language) const { return m_sides[language == Language::Welsh ? 0 : 1]; }
    Language primary() const;
    void textEdited();
    void renderPreview();
    void showMode();
    void markTranslated();
    void reload();  // after a save, an undo, a restore or another writer's change
    void setStatus(const QString &text, bool error);

    WorkbookSession &m_session;
    Question m_question;
    Side m_sides[2];  // Welsh, English
    Language m_language = Language::English;  // the one the answer was first written in
    LanguageSwitch *m_languages = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QHBoxLayout *m_footer = nullptr;
    QPushButton *m_ask = nullptr;
    QTimer m_saveTimer;
    QTimer m_previewTimer;
};

} // namespace qdf::gui
