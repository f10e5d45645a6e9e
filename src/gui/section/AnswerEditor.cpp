#include "gui/section/AnswerEditor.h"
#include "gui/MarkdownPreview.h"
#include "gui/app/EditKeys.h"

#include "core/Translation.h"
#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "report/Markdown.h"
#include "gui/LanguageSwitch.h"
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
    m_languages = new LanguageSwitch(tr("the answer to: %1").arg(question.text), this);
    layout->addWidget(m_languages);

    auto *row = new QHBoxLayout;
    for (Language l : translation::kBoth) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(l == Language::Welsh ? QStringLiteral("answerTextCy") : QStringLiteral("answerText"));
        edit->setPlaceholderText(l == Language::Welsh ? tr("Write your answer in Welsh here (Markdown: **bold**, - lists, ## headings)")
                                                      : tr("Write your answer here (Markdown: **bold**, - lists, ## headings)"));
        edit->setTabChangesFocus(true);
        edit->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        edit->installEventFilter(this);
        edit->setUndoRedoEnabled(false);  // the workbook's undo stack takes Ctrl+Z
        edit->setProperty("lang", translation::tag(l));
        side(l).edit = edit;
        row->addWidget(edit, 1);
    }
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("answerPreview"));
    m_preview->setAccessibleName(tr("Answer as it will read: %1").arg(question.text));
    m_preview->setOpenExternalLinks(false);

    m_preview->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_preview, 1);
    layout->addLayout(row);

    auto *footer = m_footer = new QHBoxLayout;
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
    if (auto a = AnswerStore(m_session.workbook()).current(m_question.id); a && *a)
        m_languages->setMode(LanguageSwitch::startingMode((*a)->texts));
    else
        m_languages->setMode(LanguageSwitch::startingMode({}));
    showMode();
    connect(m_languages, &LanguageSwitch::modeChanged, this, [this] {
        flush();  // what was typed in the language put away is saved first
        showMode();
    });
    connect(m_languages, &LanguageSwitch::markRequested, this, &AnswerEditor::markTranslated);
    connect(&m_session, &WorkbookSession::answerChanged, this, [this](qint64 questionId) {
        if (questionId == m_question.id)
            reload();
    });
    if (m_session.workbook().isReadOnly()) {
        for (Side &s : m_sides)
            s.edit->setReadOnly(true);
        m_status->setText(tr("Read-only workbook: this answer cannot be changed here"));
    }
    for (Side &s : m_sides)
        connect(s.edit, &QPlainTextEdit::textChanged, this, &AnswerEditor::textEdited);
}

QPushButton *AnswerEditor::offerAskTheRoom()
{
    if (m_ask)
        return m_ask;
    m_ask = new QPushButton(tr("Ask the room…"), this);
    m_ask->setObjectName(QStringLiteral("answerAskTheRoom"));
    connect(m_ask, &QPushButton::clicked, this, [this] { Q_EMIT askTheRoomRequested(m_question); });
    m_footer->addWidget(m_ask);  // after History…, as the keyboard reaches them
    return m_ask;
}

QPlainTextEdit *AnswerEditor::editor() const
{
    return side(primary()).edit;
}

QPlainTextEdit *AnswerEditor::editorIn(Language language) const
{
    return side(language).edit;
}

Language AnswerEditor::primary() const
{
    switch (m_languages->mode()) {
    case LanguageSwitch::Mode::Welsh: return Language::Welsh;
    case LanguageSwitch::Mode::English: return Language::English;
    case LanguageSwitch::Mode::Both: break;
    }
    return m_language;
}

void AnswerEditor::showMode()
{
    const LanguageSwitch::Mode mode = m_languages->mode();
    const bool both = mode == LanguageSwitch::Mode::Both;
    for (Language l : translation::kBoth) {
        QPlainTextEdit *edit = side(l).edit;
        edit->setVisible(shows(mode, l));
        // Read with its language where both are on show; as before where one is.
        edit->setAccessibleName(both ? (l == Language::Welsh ? tr("Answer in Welsh: %1") : tr("Answer in English: %1")).arg(m_question.text)
                                     : tr("Answer: %1").arg(m_question.text));
    }
    // Side by side, the two languages take the room; one alone has its rendered text beside it.
    m_preview->setVisible(!both);
    renderPreview();
}

bool AnswerEditor::hasUnsavedText() const
{
    for (const Side &s : m_sides) {
        if (s.edit->toPlainText() != s.saved)
            return true;
    }
    return false;
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
    QPlainTextEdit *shown = editor();
    showMarkdown(m_preview->document(), m_session.workbook(), shown->toPlainText());
    // Short answers take little room, long ones up to about fourteen lines before scrolling.
    // Estimated from the text (about 80 characters a line), since the box has no width yet
    // when the page is built.
    int lines = 1;
    for (const Side &s : m_sides) {
        int these = 1;
        const QString text = s.edit->toPlainText();
        for (const QStringView block : QStringView(text).split(QLatin1Char('\n')))
            these += 1 + int(block.size()) / 80;
        if (s.edit->isVisibleTo(this) || s.edit == shown)
            lines = qMax(lines, these);
    }
    lines = qBound(4, lines, 14);
    const int lineHeight = shown->fontMetrics().lineSpacing();
    const int height = lines * lineHeight + 2 * shown->frameWidth() + 8;
    for (Side &s : m_sides)
        s.edit->setFixedHeight(height);
    m_preview->setFixedHeight(height);
}

bool AnswerEditor::flush()
{
    m_saveTimer.stop();
    bool saved = true;
    for (Language l : translation::kBoth) {
        Side &s = side(l);
        if (s.edit->toPlainText() == s.saved)
            continue;
        if (!m_session.setAnswerIn(m_question, l, s.saved, s.edit->toPlainText()))
            saved = false;
    }
    if (saved)
        return true;
    // The session reported why; the text stays on screen and is saved with the next change.
    setStatus(tr("Not saved yet. Your text is kept here and will be saved when possible."), true);
    return false;
}

void AnswerEditor::markTranslated()
{
    if (flush())
        m_session.markAnswerTranslated(m_question);
}

void AnswerEditor::reload()
{
    auto current = AnswerStore(m_session.workbook()).current(m_question.id);
    if (!current) {
        // Nothing on screen is replaced by a guess: the text stays, and the save is refused too.
        for (Side &s : m_sides)
            s.edit->setReadOnly(true);
        setStatus(tr("This answer cannot be read: %1").arg(current.error().message), true);
        return;
    }
    const bool answered = bool(*current) && translation::stateOf((*current)->texts, (*current)->language) != translation::State::Empty;
    const Bilingual texts = *current ? (*current)->texts : Bilingual{};
    m_language = *current ? (*current)->language : Language::English;
    for (Language l : translation::kBoth) {
        Side &s = side(l);
        const bool typing = s.edit->toPlainText() != s.saved;
        s.saved = texts.in(l).body;
        // Text being typed is kept; it is saved over the newer version with the next pause.
        if (!typing && s.edit->toPlainText() != s.saved) {
            const QSignalBlocker block(s.edit);
            s.edit->setPlainText(s.saved);
        }
    }
    m_languages->showTexts(texts, !m_session.workbook().isReadOnly());
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
    auto *edit = qobject_cast<QPlainTextEdit *>(watched);
    if (!edit || (edit != m_sides[0].edit && edit != m_sides[1].edit))
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
