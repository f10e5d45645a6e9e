#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace qdf {
class Workbook;
}

namespace qdf::gui {

// The QDF Index: every Schedule in a sortable, filterable table.
class QdfIndexPage : public QWidget {
    Q_OBJECT
public:
    QdfIndexPage(Workbook &workbook, QWidget *parent = nullptr);
    void reload();
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    // A Schedule was chosen (double-click or Enter): its section and UUID.
    void scheduleActivated(const QString &sectionKey, const QString &scheduleUuid);

private:
    Workbook &m_workbook;
    QLineEdit *m_filter = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace qdf::gui
