#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace qdf::gui {

class WorkbookSession;

// Typing in a table cell reaches the table only with Enter or on leaving the cell: until then it
// is in the cell's editor, and closing the window, an undo or a rebuild of the table would drop
// it. Set as a table's delegate, this knows the open editor, and commit() puts what is typed
// there into its cell (the editor stays open), where the table's itemChanged saves it and tells
// this whether it could (setSaved). Registered with the session, every flush of pending typing
// commits the open cell.
class CellTyping : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CellTyping(QAbstractItemView *view);
    void registerWith(WorkbookSession &session);
    // False if the typing was there and its save failed.
    bool commit();
    void setSaved(bool saved) { m_saved = saved; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;

private:
    mutable QPointer<QWidget> m_editor;  // the open one, if any
    bool m_saved = true;
};

} // namespace qdf::gui
