#include "gui/live/LiveAnswersWall.h"

#include "core/SafeText.h"
#include "gui/LiveRegion.h"
#include "gui/live/LiveController.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

constexpr int kColumns = 3;  // cards side by side: a short answer each, read from the back

} // namespace

LiveAnswersWall::LiveAnswersWall(LiveController &live, QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("liveAnswersWall"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Answers from the room"));
    setAccessibleName(tr("Answers from the room, for the projector"));
    QFont large = font();
    large.setPointSizeF(font().pointSizeF() * 1.8);
    setFont(large);
    auto *layout = new QVBoxLayout(this);
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("wallQuestion"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    QFont heading = large;
    heading.setPointSizeF(large.pointSizeF() * 1.3);
    heading.setBold(true);
    m_question->setFont(heading);
    m_empty = new QLabel(tr("No answers yet: they appear here as they arrive."), this);
    m_empty->setObjectName(QStringLiteral("wallEmpty"));
    m_cards = new QWidget;
    auto *row = new QHBoxLayout(m_cards);
    row->setSpacing(12);
    for (int c = 0; c < kColumns; ++c) {
        auto *column = new QVBoxLayout;
        column->setSpacing(12);
        column->addStretch();
        row->addLayout(column, 1);
        m_columns << column;
    }
    auto *area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("wallArea"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(m_cards);
    auto *hint = new QLabel(tr("Escape closes this screen."), this);
    hint->setProperty("role", QStringLiteral("guidance"));
    layout->addWidget(m_question);
    layout->addWidget(m_empty);
    layout->addWidget(area, 1);
    layout->addWidget(hint);
    connect(&live, &LiveController::stopped, this, &QWidget::close);
}

QStringList LiveAnswersWall::cards() const
{
    QStringList texts;
    for (const QLabel *card : m_shown)
        texts << card->text();
    return texts;
}

void LiveAnswersWall::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

// Answers only arrive: new cards are added after the others, so the room's place stays.
void LiveAnswersWall::showAnswers(const QString &question, const QVector<LiveAnswer> &answers, bool anonymous)
{
    m_question->setText(shownSafely(question, false));
    m_empty->setVisible(answers.isEmpty());
    for (int i = 0; i < answers.size(); ++i) {
        const LiveAnswer &a = answers[i];
        const QString who = anonymous ? tr("Anonymous") : shownSafely(a.participant, false);
        const QString text = tr("%1\n— %2").arg(shownSafely(a.text), who);
        QLabel *card = i < m_shown.size() ? m_shown[i] : nullptr;
        if (!card) {
            card = new QLabel(m_cards);
            card->setFont(font());  // the wall's large type, whatever the scroll area's own
            card->setObjectName(QStringLiteral("wallCard%1").arg(i));
            card->setTextFormat(Qt::PlainText);  // what a phone sent is text, whatever it looks like
            card->setWordWrap(true);
            card->setFrameShape(QFrame::StyledPanel);
            card->setMargin(12);
            card->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            card->setBackgroundRole(QPalette::Base);
            card->setAutoFillBackground(true);
            QVBoxLayout *column = m_columns[i % kColumns];
            column->insertWidget(column->count() - 1, card);  // before the stretch
            m_shown << card;
        }
        if (card->text() != text)
            card->setText(text);
    }
}

} // namespace qdf::gui
