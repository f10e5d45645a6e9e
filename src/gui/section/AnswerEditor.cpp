#include "gui/section/AnswerEditor.h"
#include "gui/MarkdownPreview.h"
#include "gui/app/EditKeys.h"

#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "report/Markdown.h"
#include "gui/session/WorkbookSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {
constexpr int kSaveDelayMs = 700;   // a pause in typing, not every keystroke
constexpr int kPreviewDelayMs = 150;
} // namespace

AnswerEditor::AnswerEditor(WorkbookSession &session, const Question &question, QWidget *parent)
    : QFrame(parent), m_session(session), m_question(question)
{
    setProperty("role", QStringLiteral("card"));
    setObjectName(QStringLiteral("answer-%1").arg(question.key));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);

    auto *text = new QLabel(question.text, this);
    text->setProperty("role", QStringLiteral("question"));
    text->setWordWrap(true);
    layout->addWidget(text);
    if (!question.guidance.isEmpty()) {
        auto *guidance = new QLabel(question.guidance, this);
        guidance->setProperty("role", QStringLiteral("guidance"));
        guidance->setWordWrap(true);
        layout->addWidget(guidance);
    }

    auto *row = new QHBoxLayout;
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("answerText"));
    m_editor->setAccessibleName(tr("Answer: %1").arg(question.text));
    m_editor->setPlaceholderText(tr("Write your answer here (Markdown: **bold**, - lists, ## headings)"));
    m_editor->setTabChangesFocus(true);
    m_editor->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_editor->installEventFilter(this);
    m_editor->setUndoRedoEnabled(false);  // the workbook's undo stack takes Ctrl+Z
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("answerPreview"));
    m_preview->setAccessibleName(tr("Answer as it will read: %1").arg(question.text));
    m_preview->setOpenExternalLinks(false);

    m_preview->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_editor, 1);
    row->addWidget(m_preview, 1);
    layout->addLayout(row);

    auto *footer = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setProperty("role", QStringLiteral("status"));
    m_status->setObjectName(QStringLiteral("answerStatus"));
    m_status->setWordWrap(true);
    footer->addWidget(m_status, 1);
    auto *history = new QPushButton(tr("History…"), this);
    history->setObjectName(QStringLiteral("answerHistory"));
    history->setAccessibleName(tr("History of the answer to: %1").arg(question.text));
    connect(history, &QPushButton::clicked, this, [this] { Q_EMIT historyRequested(m_question); });
    footer->addWidget(history);
    layout->addLayout(footer);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &AnswerEditor::flush);
    m_session.registerPending(this, [this] { return flush(); });
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &AnswerEditor::renderPreview);

    reload();
    connect(&m_session, &WorkbookSession::answerChanged, this, [this](qint64 questionId) {
        if (questionId == m_question.id)
            reload();
    });
    if (m_session.workbook().isReadOnly()) {
        m_editor->setReadOnly(true);
        m_status->setText(tr("Read-only workbook: this answer cannot be changed here"));
    }
    connect(m_editor, &QPlainTextEdit::textChanged, this, &AnswerEditor::textEdited);
}

bool AnswerEditor::hasUnsavedText() const
{
    return m_editor->toPlainText() != m_savedText;
}

void AnswerEditor::textEdited()
{
    if (hasUnsavedText())
        m_session.noteTyping();
    m_previewTimer.start();
    m_saveTimer.start();
}

void AnswerEditor::renderPreview()
{
    showMarkdown(m_preview->document(), m_session.workbook(), m_editor->toPlainText());
    // Short answers take little room, long ones up to about fourteen lines before scrolling.
    // Estimated from the text (about 80 characters a line), since the box has no width yet
    // when the page is built.
    int lines = 1;
    const QString text = m_editor->toPlainText();
    for (const QStringView block : QStringView(text).split(QLatin1Char('\n')))
        lines += 1 + int(block.size()) / 80;
    lines = qBound(4, lines, 14);
    const int lineHeight = m_editor->fontMetrics().lineSpacing();
    const int height = lines * lineHeight + 2 * m_editor->frameWidth() + 8;
    m_editor->setFixedHeight(height);
    m_preview->setFixedHeight(height);
}

bool AnswerEditor::flush()
{
    m_saveTimer.stop();
    if (!hasUnsavedText())
        return true;
    if (m_session.setAnswer(m_question, m_savedText, m_editor->toPlainText()))
        return true;
    // The session reported why; the text stays on screen and is saved with the next change.
    setStatus(tr("Not saved yet. Your text is kept here and will be saved when possible."), true);
    return false;
}

void AnswerEditor::reload()
{
    auto current = AnswerStore(m_session.workbook()).current(m_question.id);
    if (!current) {
        // Nothing on screen is replaced by a guess: the text stays, and the save is refused too.
        m_editor->setReadOnly(true);
        setStatus(tr("This answer cannot be read: %1").arg(current.error().message), true);
        return;
    }
    const bool answered = bool(*current);
    const bool typing = hasUnsavedText();
    m_savedText = answered ? (*current)->text : QString();
    // Text being typed is kept; it is saved over the newer version with the next pause.
    if (!typing && m_editor->toPlainText() != m_savedText) {
        const QSignalBlocker block(m_editor);
        m_editor->setPlainText(m_savedText);
    }
    renderPreview();
    if (!answered) {
        setStatus(tr("Not answered yet"), false);
        return;
    }
    const Answer &a = **current;
    setStatus(tr("Version %1, saved by %2, %3")
                  .arg(a.version)
                  .arg(a.change.by, QLocale().toString(a.change.at.toLocalTime(), QLocale::ShortFormat)),
              false);
}

void AnswerEditor::setStatus(const QString &text, bool error)
{
    m_status->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("status"));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_status->setText(text);
}

bool AnswerEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor)
        return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::FocusOut)
        flush();
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = editkeys::isUndo(key);
        const bool redo = editkeys::isRedo(key);
        if (undo || redo) {
            // Claim the key from the window's shortcuts, then hand it to the workbook's stack.
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                flush();
                Q_EMIT(undo ? undoRequested() : redoRequested());
            }
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace qdf::gui
