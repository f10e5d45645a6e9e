#pragma once

#include <QStyledItemDelegate>

namespace qdf::gui {

// The group view's "Agreed" cell: the level shown as text in the cell (so a screen reader reads
// it with the row), edited in a combo box opened by F2, Return, Space or a double click. The
// level lives in the item's kLevelRole; choosing one writes it there, where the view saves it.
class AgreedLevelDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kLevelRole = Qt::UserRole + 2;
    using QStyledItemDelegate::QStyledItemDelegate;

    // "not agreed", or "2  Developing strategically".
    static QString levelText(int level);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace qdf::gui
