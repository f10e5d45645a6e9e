#include "gui/CellTyping.h"

#include "gui/session/WorkbookSession.h"

#include <QAbstractItemView>

namespace qdf::gui {

CellTyping::CellTyping(QAbstractItemView *view) : QStyledItemDelegate(view)
{
    view->setItemDelegate(this);
}

void CellTyping::registerWith(WorkbookSession &session)
{
    session.registerPending(this, [this] { return commit(); });
}

bool CellTyping::commit()
{
    // The view's commitData slot writes the editor into its cell; a cell whose text is unchanged
    // is left alone (no itemChanged, nothing saved).
    m_saved = true;
    if (m_editor)
        Q_EMIT commitData(m_editor);
    return m_saved;
}

QWidget *CellTyping::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    m_editor = QStyledItemDelegate::createEditor(parent, option, index);
    return m_editor;
}

void CellTyping::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    if (editor == m_editor)
        m_editor = nullptr;
    QStyledItemDelegate::destroyEditor(editor, index);
}

} // namespace qdf::gui
