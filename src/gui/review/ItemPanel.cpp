#include "gui/review/ItemPanel.h"

#include "core/Workbook.h"
#include "core/SafeText.h"
#include "gui/OpenCopy.h"
#include "gui/review/RatingTone.h"
#include "gui/session/ReviewEdits.h"
#include "gui/session/WorkbookSession.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace qdf::gui {

using namespace qdf::review;

namespace {

QLabel *wrapped(QWidget *parent, const QString &role = {})
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!role.isEmpty())
        label->setProperty("role", role);
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("heading"));
    return label;
}

} // namespace

ItemPanel::ItemPanel(WorkbookSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("reviewItemPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    m_name = wrapped(this, QStringLiteral("heading"));
    m_name->setStyleSheet(QStringLiteral("margin-top: 0px;"));
    m_description = wrapped(this);
    m_question = wrapped(this, QStringLiteral("question"));
    m_guidance = wrapped(this, QStringLiteral("guidance"));
    m_guidance->setObjectName(QStringLiteral("itemGuidance"));
    layout->addWidget(m_name);
    layout->addWidget(m_description);
    layout->addWidget(m_question);
    layout->addWidget(m_guidance);

    auto *form = new QFormLayout;
    m_rating = new QComboBox(this);
    m_rating->setObjectName(QStringLiteral("itemRating"));
    m_rating->setAccessibleName(tr("Rating"));
    form->addRow(tr("&Rating:"), m_rating);
    layout->addLayout(form);
    auto *notesLabel = new QLabel(tr("Evidence &notes:"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("itemNote"));
    m_note->setAccessibleName(tr("Evidence notes"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(110);
    notesLabel->setBuddy(m_note);
    layout->addWidget(notesLabel);
    layout->addWidget(m_note);
    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(1500);
    connect(m_noteTimer, &QTimer::timeout, this, &ItemPanel::saveNote);
    m_session.registerPending(this, [this] { return saveNote(); });  // closing, undo, another page: saved first
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_session.noteTyping();
            m_noteTimer->start();
        }
    });
    connect(m_rating, &QComboBox::activated, this, [this] {
        saveNote();  // the note typed so far goes with the rating
        ReviewEdits(m_session).rate(m_data.review, m_data.item, m_rating->currentData().toString(), m_note->toPlainText());
    });

    layout->addWidget(heading(tr("Our own sub-questions"), this));
    m_questions = new QListWidget(this);
    m_questions->setObjectName(QStringLiteral("subQuestions"));
    m_questions->setAccessibleName(tr("Sub-questions"));
    m_questions->setMaximumHeight(110);
    m_questions->setWordWrap(true);
    layout->addWidget(m_questions);
    auto *questionBar = new QHBoxLayout;
    auto *add = button(tr("Add…"), QStringLiteral("addSubQuestion"));
    m_suggest = button(tr("Suggestions"), QStringLiteral("suggestSubQuestion"));
    m_suggest->setMenu(new QMenu(m_suggest));
    auto *edit = button(tr("Edit…"), QStringLiteral("editSubQuestion"));
    auto *up = button(tr("Up"), QStringLiteral("subQuestionUp"));
    auto *down = button(tr("Down"), QStringLiteral("subQuestionDown"));
    auto *remove = button(tr("Remove"), QStringLiteral("removeSubQuestion"));
    for (QPushButton *b : {add, m_suggest, edit, up, down, remove})
        questionBar->addWidget(b);
    questionBar->addStretch();
    layout->addLayout(questionBar);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString text = QInputDialog::getText(this, tr("Add sub-question"), tr("Sub-question:"));
        if (!text.trimmed().isEmpty())
            addQuestion(text);
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        const int row = m_questions->currentRow();
        if (row < 0 || row >= m_data.subQuestions.size())
            return;
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Edit sub-question"), tr("Sub-question:"), QLineEdit::Normal,
                                                   m_data.subQuestions[row].text, &ok);
        if (ok && !text.trimmed().isEmpty())
            ReviewEdits(m_session).editSubQuestion(m_data.review, m_data.subQuestions[row], text);
    });
    connect(up, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_questions->currentRow();
        if (row >= 0 && row < m_data.subQuestions.size())
            ReviewEdits(m_session).removeSubQuestion(m_data.review, m_data.subQuestions[row]);
    });

    layout->addWidget(heading(tr("Evidence files"), this));
    m_evidence = new QListWidget(this);
    m_evidence->setObjectName(QStringLiteral("evidenceFiles"));
    m_evidence->setAccessibleName(tr("Evidence files"));
    m_evidence->setMaximumHeight(80);
    layout->addWidget(m_evidence);
    auto *evidenceBar = new QHBoxLayout;
    auto *attachButton = button(tr("Attach…"), QStringLiteral("attachEvidence"));
    auto *open = new QPushButton(tr("Open"), this);
    auto *removeEvidence = button(tr("Remove"), QStringLiteral("removeEvidence"));
    for (QPushButton *b : {attachButton, open, removeEvidence})
        evidenceBar->addWidget(b);
    evidenceBar->addStretch();
    layout->addLayout(evidenceBar);
    connect(attachButton, &QPushButton::clicked, this, &ItemPanel::attach);
    connect(open, &QPushButton::clicked, this, &ItemPanel::openEvidence);
    connect(m_evidence, &QListWidget::itemActivated, this, &ItemPanel::openEvidence);
    connect(removeEvidence, &QPushButton::clicked, this, [this] {
        const int row = m_evidence->currentRow();
        if (row >= 0 && row < m_data.evidence.size())
            ReviewEdits(m_session).removeEvidence(m_data.review, m_data.evidence[row]);
    });

    layout->addWidget(heading(tr("Actions"), this));
    m_actions = new QListWidget(this);
    m_actions->setObjectName(QStringLiteral("itemActions"));
    m_actions->setAccessibleName(tr("Actions for this item"));
    m_actions->setMaximumHeight(80);
    layout->addWidget(m_actions);
    auto *actionBar = new QHBoxLayout;
    auto *addAction = button(tr("Add action…"), QStringLiteral("addItemAction"));
    actionBar->addWidget(addAction);
    actionBar->addStretch();
    layout->addLayout(actionBar);
    connect(addAction, &QPushButton::clicked, this, [this] { Q_EMIT addActionRequested(m_data.item); });
    connect(m_actions, &QListWidget::itemActivated, this, [this](QListWidgetItem *it) {
        const int row = m_actions->row(it);
        if (row >= 0 && row < m_data.actions.size())
            Q_EMIT openActionRequested(m_data.actions[row]);
    });
    layout->addStretch();
    clear();
}

QPushButton *ItemPanel::button(const QString &text, const QString &name)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(name);
    m_editButtons << b;
    return b;
}

void ItemPanel::clear()
{
    m_data = {};
    m_name->setText(tr("Choose an item on the left."));
    for (QLabel *label : {m_description, m_question, m_guidance})
        label->clear();
    setEnabled(false);
}

void ItemPanel::show(const Data &data, bool editable)
{
    const bool sameItem = data.item.path() == m_data.item.path() && data.review.uuid == m_data.review.uuid;
    m_loading = true;
    m_data = data;
    m_editable = editable;
    setEnabled(true);
    const Pack &pack = Pack::shipped();
    const Checklist *checklist = pack.checklist(data.item.checklistKey);
    const Item *item = checklist ? checklist->item(data.item.itemKey) : nullptr;
    m_name->setText(item ? item->name : data.item.itemKey);
    m_description->setText(item ? item->description : QString());
    m_question->setText(item && !item->question.isEmpty() ? tr("Comments (Tool 20): %1").arg(item->question) : QString());
    const QString guidance = item ? item->guidance.value(data.review.model) : QString();
    m_guidance->setText(guidance.isEmpty() ? QString() : tr("For model %1: %2").arg(data.review.model).arg(guidance));
    m_guidance->setVisible(!guidance.isEmpty());
    m_question->setVisible(!m_question->text().isEmpty());

    m_rating->clear();
    for (const QString &rating : ratingScale(data.item.checklistKey))
        m_rating->addItem(ratingName(rating), rating);
    m_rating->setCurrentIndex(m_rating->findData(data.response.rating));
    m_rating->setToolTip(ratingKeysHint(data.item.checklistKey));
    // The note being typed is kept while the same item refreshes (e.g. after its rating changed).
    if (m_note->toPlainText() != data.response.note && (!sameItem || !m_note->hasFocus()))
        m_note->setPlainText(data.response.note);
    m_note->setReadOnly(!editable);
    m_rating->setEnabled(editable);

    m_questions->clear();
    for (const SubQuestion &q : data.subQuestions)
        m_questions->addItem(q.text);
    QMenu *menu = m_suggest->menu();
    menu->clear();
    for (const QString &suggestion : pack.suggestions.value(data.item.itemKey))
        menu->addAction(suggestion, this, [this, suggestion] { addQuestion(suggestion); });
    m_suggest->setVisible(!menu->isEmpty());

    m_evidence->clear();
    for (const Evidence &e : data.evidence)
        m_evidence->addItem(tr("%1 (%2 KB)").arg(shownSafely(e.fileName, false)).arg(qMax<qint64>(1, (e.size + 1023) / 1024)));
    m_actions->clear();
    for (const Action &a : data.actions) {
        QStringList parts{a.achieve};
        if (!a.lead.isEmpty())
            parts << a.lead;
        if (!a.byWhen.isEmpty())
            parts << tr("by %1").arg(a.byWhen);
        m_actions->addItem(parts.join(QStringLiteral(" · ")));
    }
    if (m_actions->count() == 0)
        m_actions->addItem(tr("No actions yet."));
    for (QPushButton *b : m_editButtons)
        b->setEnabled(editable);
    m_loading = false;
}

bool ItemPanel::saveNote()
{
    m_noteTimer->stop();
    if (m_data.review.uuid.isEmpty() || !m_editable || m_note->toPlainText() == m_data.response.note)
        return true;
    const QString rating = m_data.response.rating.isEmpty() ? ratingScale(m_data.item.checklistKey).first()
                                                            : m_data.response.rating;
    m_data.response.note = m_note->toPlainText();
    return ReviewEdits(m_session).rate(m_data.review, m_data.item, rating, m_data.response.note);
}

void ItemPanel::addQuestion(const QString &text)
{
    ReviewEdits(m_session).addSubQuestion(m_data.review, m_data.item, text);
}

void ItemPanel::moveQuestion(int by)
{
    const int row = m_questions->currentRow();
    if (row < 0 || row >= m_data.subQuestions.size() || row + by < 0 || row + by >= m_data.subQuestions.size())
        return;
    if (ReviewEdits(m_session).moveSubQuestion(m_data.review, m_data.subQuestions[row], row + by))
        m_questions->setCurrentRow(row + by);
}

void ItemPanel::attach()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach evidence"));
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT m_session.failed(tr("%1: %2").arg(path, file.errorString()));
            continue;
        }
        ReviewEdits(m_session).attachEvidence(m_data.review, m_data.item, QFileInfo(path).fileName(), file.readAll());
    }
}

void ItemPanel::openEvidence()
{
    const int row = m_evidence->currentRow();
    if (row < 0 || row >= m_data.evidence.size())
        return;
    const Evidence &e = m_data.evidence[row];
    auto data = ReviewStore(m_session.workbook()).evidenceData(e.uuid);
    const Status opened = data ? openAttachment(this, e.uuid, e.fileName, *data) : Status(data.error());
    if (!opened)
        Q_EMIT m_session.failed(opened.error().message);
}

} // namespace qdf::gui
