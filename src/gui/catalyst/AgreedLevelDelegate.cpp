#include "gui/catalyst/AgreedLevelDelegate.h"

#include "core/catalyst/CatalystPack.h"

#include <QComboBox>
#include <QTimer>

#include <algorithm>

namespace qdf::gui {

QString AgreedLevelDelegate::levelText(int level)
{
    const catalyst::Pack &pack = catalyst::Pack::shipped();
    return level >= 1 && level <= 4 ? QStringLiteral("%1  %2").arg(level).arg(pack.levelTitles[level - 1]) : tr("not agreed");
}

QWidget *AgreedLevelDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *choice = new QComboBox(parent);
    // In a cell there is no label beside it: the name says what it sets.
    choice->setAccessibleName(tr("Agreed level: %1").arg(index.siblingAtColumn(0).data().toString()));
    for (int l = 0; l <= 4; ++l)
        choice->addItem(levelText(l), l);
    // A choice is the decision: saved at once, as the combo boxes of the plan page are.
    connect(choice, &QComboBox::activated, this, [this, choice] {
        auto *self = const_cast<AgreedLevelDelegate *>(this);
        Q_EMIT self->commitData(choice);
        Q_EMIT self->closeEditor(choice, QAbstractItemDelegate::NoHint);
    });
    return choice;
}

void AgreedLevelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *choice = static_cast<QComboBox *>(editor);
    choice->setCurrentIndex(std::clamp(index.data(kLevelRole).toInt(), 0, 4));
    // Opened to choose: the list at once, as Alt+Down would, once the editor is in its cell.
    QTimer::singleShot(0, choice, &QComboBox::showPopup);
}

void AgreedLevelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const int level = static_cast<QComboBox *>(editor)->currentData().toInt();
    if (level != index.data(kLevelRole).toInt())
        model->setData(index, level, kLevelRole);
}

} // namespace qdf::gui
