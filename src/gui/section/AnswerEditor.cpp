#include "gui/section/AnswerEditor.h"

#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "gui/Markdown.h"

#include <QEvent>
#include <QHBoxLayout>
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

AnswerEditor::AnswerEditor(Workbook &workbook, const Question &question, QWidget *parent)
    : QFrame(parent), m_workbook(workbook), m_question(question)
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
    m_editor->setMinimumHeight(120);
    m_editor->installEventFilter(this);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("answerPreview"));
    m_preview->setAccessibleName(tr("Answer as it will read: %1").arg(question.text));
    m_preview->setOpenExternalLinks(false);
    m_preview->setMinimumHeight(120);
    m_preview->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_editor, 1);
    row->addWidget(m_preview, 1);
    layout->addLayout(row);

    m_status = new QLabel(this);
    m_status->setProperty("role", QStringLiteral("status"));
    m_status->setObjectName(QStringLiteral("answerStatus"));
    layout->addWidget(m_status);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &AnswerEditor::flush);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &AnswerEditor::renderPreview);

    auto current = AnswerStore(m_workbook).current(question.id);
    if (current && *current) {
        m_savedText = (*current)->text;
        m_editor->setPlainText(m_savedText);
        showAnswer(**current);
    } else {
        m_status->setText(tr("Not answered yet"));
    }
    renderPreview();
    if (m_workbook.isReadOnly()) {
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
    m_previewTimer.start();
    m_saveTimer.start();
}

void AnswerEditor::renderPreview()
{
    setMarkdown(m_preview->document(), m_editor->toPlainText());
}

bool AnswerEditor::flush()
{
    m_saveTimer.stop();
    if (!hasUnsavedText())
        return true;
    const QString text = m_editor->toPlainText();
    auto result = AnswerStore(m_workbook).set(m_question.id, text);
    if (!result) {
        m_status->setProperty("role", QStringLiteral("error"));
        m_status->setText(tr("Not saved: %1. Your text is kept here and will be saved when possible.")
                              .arg(result.error().message));
        m_status->style()->unpolish(m_status);
        m_status->style()->polish(m_status);
        Q_EMIT saveFailed(result.error().message);
        return false;
    }
    m_savedText = text;
    m_status->setProperty("role", QStringLiteral("status"));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    showAnswer(*result);
    Q_EMIT saved(*result);
    return true;
}

void AnswerEditor::showAnswer(const Answer &answer)
{
    m_status->setText(tr("Version %1, saved by %2, %3")
                          .arg(answer.version)
                          .arg(answer.change.by,
                               QLocale().toString(answer.change.at.toLocalTime(), QLocale::ShortFormat)));
}

bool AnswerEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        flush();
    return QFrame::eventFilter(watched, event);
}

} // namespace qdf::gui
