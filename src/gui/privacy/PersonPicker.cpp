#include "gui/privacy/PersonPicker.h"

#include "gui/Labels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace qdf::gui {

PersonPicker::PersonPicker(const QVector<privacy::Person> &people, const QString &title, const QString &action, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("personPicker"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("people"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Name"), tr("Organisation"), tr("In the records")});
    m_list->setAccessibleName(tr("People"));
    for (const privacy::Person &p : people) {
        QStringList about{tr("%n contribution(s)", nullptr, p.contributions), tr("%n Catalyst rating(s)", nullptr, p.catalystRatings),
                          tr("%n sign-off(s)", nullptr, p.signOffs)};
        if (p.owner)
            about.prepend(tr("this workbook's owner"));
        auto *item = new QTreeWidgetItem(m_list, {p.name, p.organisation, about.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, p.name);
        // The owner is never erased from their own workbook, but may see what it holds of them.
        item->setData(0, Qt::UserRole + 1, p.owner);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QLabel *label = labelFor(m_list, tr("&People named in this master's records:"));
    layout->addWidget(label);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("choosePerson"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) { m_ok->setEnabled(current != nullptr); });
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    resize(860, 380);
}

QString PersonPicker::chosen() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace qdf::gui
