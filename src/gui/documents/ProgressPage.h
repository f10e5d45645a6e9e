#pragma once

#include <QWidget>

class QTableWidget;

namespace qdf::gui {

class UnreadableNotice;
class WorkbookSession;

// Progress at a glance: per section, how many questions are answered and how mature its
// Schedules are (the production matrix).
class ProgressPage : public QWidget {
    Q_OBJECT
public:
    ProgressPage(WorkbookSession &session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    WorkbookSession &m_session;
    QTableWidget *m_table = nullptr;
    UnreadableNotice *m_unreadable = nullptr;
};

} // namespace qdf::gui
