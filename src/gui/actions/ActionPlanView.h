#pragma once

#include "core/actions/ActionStore.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qdf::gui {

class UnreadableNotice;

// The action planning table (We need to achieve / So that we can / By doing / By when /
// Involving / How critical, how well / Resources needed), each row linked to what it improves.
// Enter or a double-click opens the action's detailed sheet. The owner does the editing.
class ActionPlanView : public QWidget {
    Q_OBJECT
public:
    explicit ActionPlanView(QWidget *parent = nullptr);

    void setActions(const QVector<Action> &actions, const std::function<QString(const QString &)> &subjectName);
    void setEditable(bool editable);
    // Presenting, the hint for the facilitator leaves its height to the plan.
    void setHintShown(bool shown);
    // In place of a plan that could not be read: nothing to open, remove or add to.
    void showUnreadable(const QString &message);
    QTableWidget *table() const { return m_table; }
    const QVector<Action> &actions() const { return m_actions; }
    const Action *currentAction() const;

Q_SIGNALS:
    void addRequested();
    void openRequested(const Action &action);
    void removeRequested(const Action &action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVector<Action> m_actions;
    QTableWidget *m_table = nullptr;
    QLabel *m_hint = nullptr;
    UnreadableNotice *m_unreadable = nullptr;
    bool m_editable = true;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace qdf::gui
