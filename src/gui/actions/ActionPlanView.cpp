#include "gui/actions/ActionPlanView.h"

#include "gui/ReadOrSay.h"
#include "gui/RowHeights.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qdf::gui {

ActionPlanView::ActionPlanView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("actionPlan"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_add = new QPushButton(tr("Add ac&tion…"), this);
    m_add->setObjectName(QStringLiteral("addAction"));
    m_open = new QPushButton(tr("&Open action sheet…"), this);
    m_remove = new QPushButton(tr("Remove action"), this);
    bar->addWidget(m_add);
    bar->addWidget(m_open);
    bar->addWidget(m_remove);
    bar->addStretch();
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setAccessibleName(tr("Action plan"));
    // Two-line headings: eight columns share the width.
    m_table->setHorizontalHeaderLabels({tr("Improves"), tr("We need\nto achieve..."), tr("So that\nwe can..."),
                                        tr("By doing..."), tr("By when..."), tr("Involving..."),
                                        tr("How critical,\nhow well"), tr("Resources\nneeded...")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->installEventFilter(this);
    fitRowsToColumns(m_table);
    layout->addWidget(m_table, 1);
    m_unreadable = new UnreadableNotice(m_table);
    auto *hint = m_hint = new QLabel(tr("Carry each driver's Prioritised Improvement Target through to an action here. Enter opens "
                               "an action's detailed sheet: lead person, support roles, what will really make the "
                               "difference, and the delivery plan's review points."),
                            this);
    hint->setWordWrap(true);
    hint->setProperty("role", QStringLiteral("purpose"));
    layout->addWidget(hint);

    connect(m_add, &QPushButton::clicked, this, &ActionPlanView::addRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Action *a = currentAction())
            Q_EMIT openRequested(*a);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const Action *a = currentAction())
            Q_EMIT removeRequested(*a);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_actions.size())
            Q_EMIT openRequested(m_actions[row]);
    });
}

const Action *ActionPlanView::currentAction() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_actions.size() ? &m_actions[row] : nullptr;
}

void ActionPlanView::setHintShown(bool shown)
{
    m_hint->setVisible(shown);
}

void ActionPlanView::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
}

void ActionPlanView::showUnreadable(const QString &message)
{
    m_actions.clear();
    m_table->setRowCount(0);
    for (QPushButton *b : {m_add, m_open, m_remove})
        b->setEnabled(false);
    m_unreadable->say(message);
}

void ActionPlanView::setActions(const QVector<Action> &actions, const std::function<QString(const QString &)> &subjectName)
{
    const int row = m_table->currentRow();
    m_unreadable->hide();
    m_open->setEnabled(true);
    setEditable(m_editable);
    m_actions = actions;
    m_table->setRowCount(int(actions.size()));
    for (int r = 0; r < actions.size(); ++r) {
        const Action &a = actions[r];
        QStringList steps;
        for (int i = 0; i < a.steps.size(); ++i) {
            if (!a.steps[i].trimmed().isEmpty())
                steps << QStringLiteral("%1. %2").arg(i + 1).arg(a.steps[i].trimmed());
        }
        const QStringList cells{subjectName(a.subjectKey), a.achieve, a.soThat, steps.join(QLatin1Char('\n')),
                                a.byWhen, a.involving, a.criticality, a.resources};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeRowsToContents();
    if (!actions.isEmpty())
        m_table->setCurrentCell(std::clamp(row, 0, int(actions.size()) - 1), 0);
}

bool ActionPlanView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (const Action *a = currentAction()) {
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                Q_EMIT openRequested(*a);
                return true;
            }
            if (key == Qt::Key_Delete && m_remove->isEnabled()) {
                Q_EMIT removeRequested(*a);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace qdf::gui
