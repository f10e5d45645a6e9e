#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace qdf::gui {

class UnreadableNotice;
class WorkbookSession;

// The QDF Index: every Schedule in a sortable, filterable table.
class QdfIndexPage : public QWidget {
    Q_OBJECT
public:
    QdfIndexPage(WorkbookSession &session, QWidget *parent = nullptr);
    void reload();
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    // A Schedule was chosen (double-click or Enter).
    void scheduleActivated(const QString &scheduleUuid);

private:
    WorkbookSession &m_session;
    QLineEdit *m_filter = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    UnreadableNotice *m_unreadable = nullptr;
};

} // namespace qdf::gui
