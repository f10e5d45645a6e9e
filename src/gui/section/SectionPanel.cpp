#include "gui/section/SectionPanel.h"

#include "core/Workbook.h"
#include "gui/session/WorkbookSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qdf::gui {

SectionPanel::SectionPanel(WorkbookSession &session, qint64 sectionId, const QString &name, QWidget *parent)
    : QFrame(parent), m_session(session), m_sectionId(sectionId)
{
    setObjectName(name);
    setProperty("role", QStringLiteral("card"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(12, 10, 12, 10);
    m_list = new QListWidget(this);
    m_list->setObjectName(name + QStringLiteral("List"));
    m_list->setAlternatingRowColors(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);  // the whole line is in the row's tooltip
    m_layout->addWidget(m_list);
    m_unreadable = new QLabel(this);
    m_unreadable->setObjectName(QStringLiteral("unreadable"));
    m_unreadable->setProperty("role", QStringLiteral("error"));
    m_unreadable->setWordWrap(true);
    m_unreadable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unreadable->hide();
    m_layout->addWidget(m_unreadable);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);
    m_layout->addLayout(m_buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &SectionPanel::updateButtons);
    connect(&m_session, &WorkbookSession::sectionChanged, this, [this](qint64 id) {
        if (id == m_sectionId) {
            const int row = m_list->currentRow();
            reload();
            m_list->setCurrentRow(qMin(row, m_list->count() - 1));
            updateButtons();
        }
    });
}

void SectionPanel::start()
{
    reload();
    updateButtons();
    fitList();
    connect(&m_session, &WorkbookSession::sectionChanged, this, &SectionPanel::fitList);
}

void SectionPanel::fitList()
{
    // As tall as its rows (at least one, at most six): no empty box, no endless list.
    const int row = qMax(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 6);
    m_list->setFixedHeight(qBound(1, m_list->count(), 6) * row + 2 * m_list->frameWidth() + 2);
}

QPushButton *SectionPanel::addButton(const QString &text, const QString &objectName, bool needsSelection)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    if (needsSelection)
        m_selectionButtons << button;
    return button;
}

QString SectionPanel::selectedUuid() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SectionPanel::addPlaceholder(const QString &text)
{
    auto *item = new QListWidgetItem(text, m_list);
    item->setFlags(Qt::NoItemFlags);
}

bool SectionPanel::showRead(const QString &unreadable)
{
    m_list->clear();
    m_list->setVisible(unreadable.isEmpty());
    m_unreadable->setText(unreadable);
    m_unreadable->setVisible(!unreadable.isEmpty());
    return unreadable.isEmpty();
}

bool SectionPanel::canEdit() const
{
    return !m_session.workbook().isReadOnly();
}

void SectionPanel::updateButtons()
{
    for (QPushButton *b : std::as_const(m_selectionButtons))
        b->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace qdf::gui
