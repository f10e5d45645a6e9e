#include "gui/review/ChecklistTable.h"

#include "gui/CellTyping.h"
#include "gui/ReadOrSay.h"
#include "gui/review/RatingTone.h"
#include "gui/Colours.h"
#include "gui/RowHeights.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSignalBlocker>

namespace qdf::gui {

using namespace qdf::review;

namespace {

// The first sentence, or the first 150 characters or so at a word's end.
QString brief(const QString &text)
{
    constexpr int kMost = 110;
    const int stop = int(text.indexOf(QLatin1String(". ")));
    if (stop > 0 && stop < kMost)
        return text.left(stop + 1) + (stop + 2 < text.size() ? QStringLiteral(" …") : QString());
    if (text.size() <= kMost)
        return text;
    const int space = int(text.lastIndexOf(QLatin1Char(' '), kMost));
    return text.left(space > 0 ? space : kMost) + QStringLiteral(" …");
}

} // namespace

ChecklistTable::ChecklistTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("checklistTable"));
    verticalHeader()->hide();
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_typing = new CellTyping(this);
    m_unreadable = new UnreadableNotice(this);
    // Wrapped text: row heights follow the columns' widths, which exist only once shown.
    fitRowsToColumns(this);
    connect(this, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous, int) {
        if (row != previous && !m_loading)
            Q_EMIT currentItemChanged(m_itemKeys.value(row));
    });
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *it) {
        if (!m_loading && it->column() == m_notesColumn)
            Q_EMIT noteEdited(m_itemKeys.value(it->row()), it->text());
    });
}

void ChecklistTable::setChecklist(const Checklist &checklist, const QVector<Column> &columns, bool notes)
{
    m_loading = true;
    clear();
    m_checklistKey = checklist.key;
    m_itemKeys.clear();
    QStringList headers{checklist.key == QLatin1String("step-change") ? tr("Step")
                        : checklist.key == QLatin1String("pbr-suitability") ? tr("Feature")
                                                                            : tr("Item")};
    for (const Column &c : columns)
        headers << c.title;
    m_ratingColumn = int(headers.size());
    headers << (checklist.key == QLatin1String("step-change") ? tr("Status")
                : checklist.key == QLatin1String("pbr-suitability") ? tr("In place?")
                                                                    : tr("Rating"));
    m_notesColumn = notes ? int(headers.size()) : -1;
    if (notes)
        headers << tr("Notes");
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(int(checklist.items.size()));
    for (int c = 0; c < columns.size(); ++c) {
        if (columns[c].highlighted) {
            QFont bold = font();
            bold.setBold(true);
            horizontalHeaderItem(c + 1)->setFont(bold);
        }
    }
    for (int row = 0; row < checklist.items.size(); ++row) {
        const Item &item = checklist.items[row];
        m_itemKeys << item.key;
        auto *name = new QTableWidgetItem(item.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setToolTip(item.description);
        setItem(row, 0, name);
        for (int c = 0; c < columns.size(); ++c) {
            const QString text = columns[c].text(item);
            auto *cell = new QTableWidgetItem(columns[c].brief ? brief(text) : text);
            if (columns[c].brief && cell->text() != text)
                cell->setToolTip(text);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (columns[c].highlighted)
                cell->setBackground(colours::tint(palette(), colours::Tint::Info));
            setItem(row, c + 1, cell);
        }
        auto *rating = new QTableWidgetItem;
        rating->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        rating->setToolTip(ratingKeysHint(checklist.key));
        setItem(row, m_ratingColumn, rating);
        if (notes)
            setItem(row, m_notesColumn, new QTableWidgetItem);
    }
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(0, columns.isEmpty() && !notes ? QHeaderView::Stretch : QHeaderView::Interactive);
    setColumnWidth(0, 200);
    for (int c = 0; c < columns.size(); ++c) {
        if (columns[c].width > 0)
            setColumnWidth(c + 1, columns[c].width);
        else
            header->setSectionResizeMode(c + 1, QHeaderView::Stretch);
    }
    setColumnWidth(m_ratingColumn, 110);
    if (notes)
        header->setSectionResizeMode(m_notesColumn, columns.isEmpty() ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (notes && !columns.isEmpty())
        setColumnWidth(m_notesColumn, 180);
    m_loading = false;
}

void ChecklistTable::setResponses(const QHash<QString, Response> &byItemKey, bool editable)
{
    setReadable(true);
    m_loading = true;
    const QString first = ratingScale(m_checklistKey).first();
    for (int row = 0; row < m_itemKeys.size(); ++row) {
        const Response r = byItemKey.value(m_itemKeys[row], Response{{m_checklistKey, m_itemKeys[row]}, first, {}, {}});
        QTableWidgetItem *rating = item(row, m_ratingColumn);
        rating->setText(ratingName(r.rating));
        rating->setData(Qt::UserRole, r.rating);
        rating->setBackground(toneColour(palette(), ratingTone(r.rating)));
        if (m_notesColumn >= 0) {
            QTableWidgetItem *note = item(row, m_notesColumn);
            note->setText(r.note);
            note->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                    : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
    m_loading = false;
    resizeRowsToContents();
}

void ChecklistTable::showUnreadable(const QString &message)
{
    setReadable(false);
    m_unreadable->say(message);
}

void ChecklistTable::setReadable(bool readable)
{
    for (int row = 0; row < rowCount(); ++row)
        setRowHidden(row, !readable);
    if (readable)
        m_unreadable->hide();
}

QString ChecklistTable::currentItemKey() const
{
    return m_itemKeys.value(currentRow());
}

void ChecklistTable::selectItem(const QString &itemKey)
{
    const int row = int(m_itemKeys.indexOf(itemKey));
    if (row >= 0)
        setCurrentCell(row, m_ratingColumn);
}

void ChecklistTable::keyPressEvent(QKeyEvent *event)
{
    const QString rating = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier
                               ? ratingForKey(m_checklistKey, event->key())
                               : QString();
    if (!rating.isEmpty() && state() != QAbstractItemView::EditingState && currentRow() >= 0 && m_unreadable->isHidden()) {
        const int row = currentRow();
        Q_EMIT ratingRequested(m_itemKeys.value(row), rating);
        if (row + 1 < rowCount())
            setCurrentCell(row + 1, m_ratingColumn);  // on to the next item, as in the Catalyst grid
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace qdf::gui
