#include "gui/section/SectionPage.h"

#include "core/ContentPack.h"
#include "core/Workbook.h"
#include "core/stores/SectionStore.h"
#include "gui/ReadOrSay.h"
#include "gui/live/LiveController.h"
#include "workshop/LiveSession.h"
#include "gui/section/AnswerEditor.h"
#include "gui/section/AnswerHistoryDialog.h"
#include "gui/section/ExamplesPanel.h"
#include "gui/section/ReferencesPanel.h"
#include "gui/section/SchedulesPanel.h"
#include "gui/session/WorkbookSession.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

QLabel *label(const QString &text, const char *role, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setProperty("role", QString::fromLatin1(role));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// The pack's heading and explanation for one of the three parts of a section.
void addPartHeading(QVBoxLayout *layout, const QString &key, QWidget *parent)
{
    for (const SectionPart &part : ContentPack::caremore().parts) {
        if (part.key != key)
            continue;
        layout->addWidget(label(part.title, "heading", parent));
        layout->addWidget(label(part.explanation, "guidance", parent));
    }
}

// Selects the list row carrying `uuid`; true if found.
bool selectIn(QListWidget *list, const QString &uuid)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == uuid) {
            list->setCurrentRow(i);
            list->setFocus();
            return true;
        }
    }
    return false;
}

} // namespace

SectionPage::SectionPage(WorkbookSession &session, const Section &section, QWidget *parent)
    : QScrollArea(parent), m_session(session), m_section(section)
{
    setObjectName(QStringLiteral("page-%1").arg(section.key));
    setAccessibleName(section.title);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 24);
    layout->setSpacing(8);

    layout->addWidget(label(section.title, "title", content));
    layout->addWidget(label(section.purpose, "purpose", content));
    if (!section.explanation.isEmpty())
        layout->addWidget(label(section.explanation, "", content));

    const auto questions = readOrSay(session, SectionStore(session.workbook()).questions(section.id),
                                     tr("The open questions of %1").arg(section.title));
    if (!questions)
        layout->addWidget(label(questions.error().message, "error", content));  // not a section without questions
    else if (!questions->isEmpty())
        layout->addWidget(label(tr("Open questions"), "heading", content));
    for (const Question &q : questions ? *questions : QVector<Question>()) {
        auto *editor = new AnswerEditor(session, q, content);
        connect(editor, &AnswerEditor::historyRequested, this, [this](const Question &question) {
            AnswerHistoryDialog(m_session, question, this).exec();
        });
        connect(editor, &AnswerEditor::undoRequested, this, &SectionPage::undoRequested);
        connect(editor, &AnswerEditor::redoRequested, this, &SectionPage::redoRequested);
        // The live panel opens a CAREMORE section's questions only (the Baseline's are the
        // programme's own, not the room's).
        if (section.kind == SectionKind::Caremore) {
            editor->offerAskTheRoom();
            connect(editor, &AnswerEditor::askTheRoomRequested, this, [this](const Question &question) {
                Q_EMIT askTheRoomRequested(m_section.key, question.key);
            });
        }
        m_editors.push_back(editor);
        layout->addWidget(editor);
    }

    if (section.kind == SectionKind::Caremore) {
        addPartHeading(layout, QStringLiteral("working-examples"), content);
        m_examples = new ExamplesPanel(session, section.id, content);
        layout->addWidget(m_examples);
        addPartHeading(layout, QStringLiteral("reference-materials"), content);
        m_references = new ReferencesPanel(session, section.id, content);
        layout->addWidget(m_references);
        addPartHeading(layout, QStringLiteral("draft-schedules"), content);
        m_schedules = new SchedulesPanel(session, section.id, content);
        connect(m_schedules, &SchedulesPanel::scheduleOpened, this, &SectionPage::scheduleOpened);
        layout->addWidget(m_schedules);
    }
    layout->addStretch(1);
    setWidget(content);
    followLive();
}

void SectionPage::setLive(LiveController *live)
{
    m_live = live;
    connect(live, &LiveController::started, this, &SectionPage::followLive);
    connect(live, &LiveController::stopped, this, &SectionPage::followLive);
    connect(live, &LiveController::changed, this, &SectionPage::followLive);  // a question opened or closed
    followLive();
}

void SectionPage::followLive()
{
    const bool running = m_live && m_live->isRunning();
    // The answers are written to the workbook as they arrive: a read-only one cannot take them.
    const bool writable = !m_session.workbook().isReadOnly();
    const auto &asked = running ? m_live->session()->question() : std::optional<workshop::OpenQuestion>();
    for (AnswerEditor *editor : std::as_const(m_editors)) {
        QPushButton *ask = editor->askTheRoomButton();
        if (!ask)
            continue;
        const bool open = asked && asked->sectionKey == m_section.key && asked->question.key == editor->question().key;
        const QString text = open ? tr("Open to the room") : running ? tr("Ask the room") : tr("Ask the room…");
        ask->setText(text);
        ask->setEnabled(writable && !open);
        ask->setAccessibleName(open ? tr("Open to the room for answers: %1").arg(editor->question().text)
                                    : tr("Ask the room: %1").arg(editor->question().text));
        ask->setToolTip(!writable ? tr("Read-only workbook: a live session cannot store the room's answers in it")
                        : open    ? tr("The phones are answering this question: the live panel's Question menu closes it")
                        : running ? tr("Open this question for answers from the phones in the live session running")
                                  : tr("Start a live session with this question open: participants answer it from "
                                       "their phones"));
    }
}

bool SectionPage::flush()
{
    bool all = true;
    for (AnswerEditor *editor : std::as_const(m_editors))
        all = editor->flush() && all;
    return all;
}

void SectionPage::focusQuestion(const QString &questionKey)
{
    for (AnswerEditor *editor : std::as_const(m_editors)) {
        if (editor->question().key == questionKey) {
            ensureWidgetVisible(editor);
            editor->editor()->setFocus();
        }
    }
}

void SectionPage::focusItem(const QString &uuid)
{
    for (SectionPanel *panel : {static_cast<SectionPanel *>(m_examples), static_cast<SectionPanel *>(m_references),
                                static_cast<SectionPanel *>(m_schedules)}) {
        if (panel && selectIn(panel->list(), uuid)) {
            ensureWidgetVisible(panel);
            return;
        }
    }
}

} // namespace qdf::gui
