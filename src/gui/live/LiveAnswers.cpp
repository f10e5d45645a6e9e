#include "gui/live/LiveAnswers.h"

#include "core/SafeText.h"
#include "core/Workbook.h"
#include "gui/live/LiveAnswersWall.h"
#include "gui/live/LiveController.h"
#include "workshop/LiveSession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

using namespace qdf::workshop;

constexpr char kAnswerProperty[] = "liveAnswer";

} // namespace

LiveAnswers::LiveAnswers(LiveController &live, QWidget *parent) : QWidget(parent), m_live(live)
{
    setObjectName(QStringLiteral("liveAnswersPage"));
    m_anonymous = new QCheckBox(tr("Show answers anonymously"), this);
    m_anonymous->setObjectName(QStringLiteral("liveAnonymous"));
    m_anonymous->setToolTip(tr("On the screen, each answer says \"Anonymous\" instead of who sent it; a kept "
                               "answer still records its author"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("liveAnswersTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_keepNote = new QLabel(tr("Answers are kept as contributions only in the master copy: this workbook is a "
                               "participant's, so the answers are shown and stored here, not kept."),
                            this);
    m_keepNote->setObjectName(QStringLiteral("liveKeepNote"));
    m_keepNote->setWordWrap(true);
    m_keepNote->setProperty("role", QStringLiteral("guidance"));
    m_keepNote->hide();
    m_box = new QWidget;
    m_box->setObjectName(QStringLiteral("liveAnswers"));
    m_rows = new QVBoxLayout(m_box);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->addStretch();
    auto *area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("liveAnswersArea"));
    area->setAccessibleName(tr("Answers from the phones, as they arrive"));
    area->setWidgetResizable(true);
    area->setWidget(m_box);
    area->setMinimumHeight(2 * fontMetrics().lineSpacing());

    m_wallButton = new QPushButton(tr("Show to the room"), this);
    m_wallButton->setObjectName(QStringLiteral("liveShowWall"));
    m_wallButton->setToolTip(tr("The answers full screen in large type, for the projector: Escape closes it"));
    connect(m_wallButton, &QPushButton::clicked, this, [this] {
        if (!m_wall)
            m_wall = new LiveAnswersWall(m_live, window());
        refresh(m_titleWidth);  // what it shows
        m_wall->showFullScreen();
        m_wall->activateWindow();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_anonymous);
    layout->addWidget(m_wallButton, 0, Qt::AlignLeft);
    layout->addWidget(m_keepNote);
    layout->addWidget(area, 1);
    connect(m_anonymous, &QCheckBox::toggled, this, [this] { refresh(m_titleWidth); });
}

QStringList LiveAnswers::lines() const
{
    QStringList lines;
    for (int i = 0; i < m_ids.size(); ++i) {
        if (auto *label = m_box->findChild<QLabel *>(QStringLiteral("liveAnswer%1").arg(i)))
            lines << label->text();
    }
    return lines;
}

LiveAnswersWall *LiveAnswers::wall() const
{
    return m_wall;
}

QPushButton *LiveAnswers::keepButton(int row) const
{
    return m_box->findChild<QPushButton *>(QStringLiteral("liveKeep%1").arg(row));
}

void LiveAnswers::refresh(int titleWidth)
{
    LiveSession *session = m_live.session();
    m_titleWidth = titleWidth;
    const QVector<LiveAnswer> answers = session ? session->postedAnswers() : QVector<LiveAnswer>();
    // Keep writes a contribution, which only a master holds (LiveAnswerStore::keep): on a
    // participant's workbook no Keep is offered, and the note says why.
    const bool canKeep = session && session->workbook().isMaster();
    m_keepNote->setVisible(session && !canKeep);
    QStringList ids;
    for (const LiveAnswer &a : answers)
        ids << a.uuid;
    if (ids.mid(0, m_ids.size()) != m_ids) {
        for (QWidget *row : m_box->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
            delete row;
        m_ids.clear();
    }
    for (int i = int(m_ids.size()); i < answers.size(); ++i) {
        auto *row = new QWidget(m_box);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 2);
        auto *line = new QLabel(row);
        line->setObjectName(QStringLiteral("liveAnswer%1").arg(i));
        line->setTextFormat(Qt::PlainText);  // what a phone sent is text, whatever it looks like
        line->setWordWrap(true);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *keep = new QPushButton(tr("Keep"), row);
        keep->setObjectName(QStringLiteral("liveKeep%1").arg(i));
        keep->setToolTip(tr("Keep this answer as a contribution to the master's answer, to compose from later"));
        keep->setProperty(kAnswerProperty, answers[i].uuid);
        connect(keep, &QPushButton::clicked, this, [this, keep] {
            LiveSession *s = m_live.session();
            if (!s)
                return;
            const auto done = s->keepAnswer(keep->property(kAnswerProperty).toString());
            Q_EMIT kept(done.ok(), done.ok() ? tr("Kept as a contribution to the master's answer: compose from it in "
                                                  "Sync › Review conflicts and contributions.")
                                             : done.refusal().message);
        });
        rowLayout->addWidget(line, 1);
        rowLayout->addWidget(keep, 0, Qt::AlignTop);
        m_rows->insertWidget(m_rows->count() - 1, row);  // before the stretch
        m_ids << answers[i].uuid;
    }
    for (int i = 0; i < answers.size(); ++i) {
        const LiveAnswer &a = answers[i];
        const QString who = m_anonymous->isChecked() ? tr("Anonymous") : shownSafely(a.participant, false);
        const QString text = tr("%1: %2").arg(who, shownSafely(a.text));
        auto *line = m_box->findChild<QLabel *>(QStringLiteral("liveAnswer%1").arg(i));
        auto *keep = keepButton(i);
        const QString shown = a.kept() ? tr("%1 (kept)").arg(text) : text;
        if (line->text() != shown)
            line->setText(shown);
        keep->setVisible(canKeep);
        keep->setEnabled(!a.kept());
        keep->setText(a.kept() ? tr("Kept") : tr("Keep"));
        keep->setAccessibleName(a.kept() ? tr("Kept: %1").arg(text) : tr("Keep as a contribution: %1").arg(text));
    }
    if (session && session->question()) {
        const QString question = session->question()->question.text;
        m_title->setText(fontMetrics().elidedText(shownSafely(question, false), Qt::ElideRight,
                                                  std::max(titleWidth, 20 * fontMetrics().averageCharWidth())));
        m_title->setToolTip(question);
        m_title->setAccessibleName(tr("%n answer(s) to “%1”", nullptr, int(answers.size())).arg(question));
        if (m_wall)
            m_wall->showAnswers(question, answers, m_anonymous->isChecked());
    } else if (m_wall) {
        m_wall->close();  // the question closed: nothing to show the room
    }
}

} // namespace qdf::gui
