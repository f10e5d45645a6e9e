#include "gui/catalyst/GroupView.h"

#include "core/Workbook.h"
#include "core/catalyst/Anonymity.h"
#include "core/report/CatalystReport.h"
#include "gui/CellTyping.h"
#include "gui/Colours.h"
#include "gui/ReadOrSay.h"
#include "gui/RowHeights.h"
#include "gui/catalyst/AgreedLevelDelegate.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/session/WorkbookSession.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QSignalBlocker>

namespace qdf::gui {
namespace {

using namespace qdf::catalyst;
constexpr int kElementRole = Qt::UserRole + 1;
constexpr int kLevelRole = AgreedLevelDelegate::kLevelRole;

QTableWidgetItem *fixed(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

GroupView::GroupView(WorkbookSession &session, QWidget *parent) : QTableWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("groupView"));
    setAccessibleName(tr("Group view: everyone's levels, most divergent first"));
    setAccessibleDescription(tr("Press 1 to 4 to agree the level of the element in the current row; "
                                "F2, Return or Space open the list of levels."));
    verticalHeader()->hide();
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_typing = new CellTyping(this);
    m_agreed = new AgreedLevelDelegate(this);
    m_unreadable = new UnreadableNotice(this);
    fitRowsToColumns(this);  // wrapped names: the rows follow the element column's width
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const QString key = item->data(kElementRole).toString();
        if (item->column() == column(Column::Note))
            m_typing->setSaved(AssessmentEdits(m_session).agreeNote(m_roundId, key, item->text()));
        else if (item->column() == column(Column::Agreed))
            AssessmentEdits(m_session).agree(m_roundId, key, item->data(kLevelRole).toInt(), m_notes.value(key));
    });
    m_typing->registerWith(session);
}

void GroupView::showUnreadable(const QString &message)
{
    const QSignalBlocker block(this);
    m_roundId.clear();
    m_notes.clear();
    m_headers.clear();
    m_order.clear();
    clear();
    setRowCount(0);
    setColumnCount(0);
    m_unreadable->say(message);
}

int GroupView::column(Column which) const
{
    switch (which) {
    case Column::Element: return 0;
    case Column::FirstParticipant: return 1;
    case Column::Spread: return 1 + m_participants;
    case Column::Median: return 2 + m_participants;
    case Column::Agreed: return 3 + m_participants;
    case Column::Note: return 4 + m_participants;
    }
    return 0;
}

// The element's name keeps a third of the width whatever the font size; the note takes the rest.
void GroupView::fitElementColumn()
{
    if (columnCount() == 0)
        return;
    const int width = std::max(200, viewport()->width() * 35 / 100);
    if (horizontalHeader()->sectionSize(0) != width)
        horizontalHeader()->resizeSection(0, width);
}

void GroupView::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitElementColumn();
}

QString GroupView::elementAt(int row) const
{
    return item(row, 0) ? item(row, 0)->data(kElementRole).toString() : QString();
}

bool GroupView::agreeRow(int row, int level)
{
    QTableWidgetItem *cell = item(row, column(Column::Agreed));
    if (!cell || m_roundId.isEmpty() || !(cell->flags() & Qt::ItemIsEditable))
        return false;
    if (cell->data(kLevelRole).toInt() == level)
        return true;
    const QString key = elementAt(row);
    return AssessmentEdits(m_session).agree(m_roundId, key, level, m_notes.value(key));
}

void GroupView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const bool inNote = currentColumn() == column(Column::Note);
    const bool inAgreed = currentColumn() == column(Column::Agreed);
    if (plain && !inNote && state() != EditingState && key >= Qt::Key_1 && key <= Qt::Key_4 && currentRow() >= 0) {
        agreeRow(currentRow(), key - Qt::Key_0);
        event->accept();
        return;
    }
    if (plain && inAgreed && (key == Qt::Key_0 || key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
        agreeRow(currentRow(), 0);
        event->accept();
        return;
    }
    if (inAgreed && state() != EditingState
        && ((plain && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space))
            || (key == Qt::Key_Down && event->modifiers() == Qt::AltModifier))) {
        edit(currentIndex());
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void GroupView::show(const RoundSnapshot &round, bool anonymous)
{
    const Pack &pack = Pack::shipped();
    m_unreadable->hide();
    // By name, or anonymised in the round's own order (Person A is not the first by name).
    const QStringList names = anonymous ? anonymousOrder(round.round.uuid, round.byParticipant.keys())
                                        : round.byParticipant.keys();
    QStringList headers{tr("Element")};
    // Names on two lines keep the level columns narrow, leaving room for the elements.
    for (int i = 0; i < names.size(); ++i)
        headers << QString(anonymous ? report::anonymousLabel(i) : names[i]).replace(QLatin1Char(' '), QLatin1Char('\n'));
    headers << tr("Spread") << tr("Median") << tr("Agreed") << tr("Note of the discussion");
    QVector<QString> order;
    for (const ElementSpread &s : spreads(pack, round.byParticipant))
        order << s.elementKey;
    if (round.round.uuid != m_roundId || headers != m_headers || order != m_order || rowCount() != order.size())
        build(round, order, headers);
    m_roundId = round.round.uuid;
    m_notes = round.agreedNotes;
    m_people = names;
    fill(round, order);
}

// The table's frame: its columns, their widths and one row per element. Everything in the
// cells is fill()'s.
void GroupView::build(const RoundSnapshot &round, const QVector<QString> &order, const QStringList &headers)
{
    const QSignalBlocker block(this);
    const Pack &pack = Pack::shipped();
    if (columnCount() > 0)
        setItemDelegateForColumn(column(Column::Agreed), nullptr);
    clear();
    m_headers = headers;
    m_order = order;
    m_participants = int(round.byParticipant.size());
    QHeaderView *header = horizontalHeader();
    // Widths are set here from the labels, once: a header sized to contents measures every cell
    // of a column again for each label set, and with 400 people that is most of the time shown.
    header->setSectionResizeMode(QHeaderView::Interactive);
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(int(order.size()));
    const QFontMetrics metrics(header->font());
    for (int c = 1; c < column(Column::Agreed); ++c) {
        int width = metrics.horizontalAdvance(QStringLiteral("0.0–0.0"));
        for (const QString &line : headers[c].split(QLatin1Char('\n')))
            width = std::max(width, metrics.horizontalAdvance(line));
        header->resizeSection(c, width + 2 * metrics.averageCharWidth() + 8);
    }
    int agreedWidth = metrics.horizontalAdvance(headers[column(Column::Agreed)]);
    for (int l = 0; l <= 4; ++l)
        agreedWidth = std::max(agreedWidth, fontMetrics().horizontalAdvance(AgreedLevelDelegate::levelText(l)));
    header->resizeSection(column(Column::Agreed), agreedWidth + 4 * metrics.averageCharWidth());
    header->setSectionResizeMode(column(Column::Note), QHeaderView::Stretch);
    setItemDelegateForColumn(column(Column::Agreed), m_agreed);
    const bool editable = !m_session.workbook().isReadOnly();
    for (int r = 0; r < order.size(); ++r) {
        const Element *element = pack.element(order[r]);
        auto *name = fixed(element->name);
        name->setData(kElementRole, order[r]);
        name->setToolTip(pack.driverOf(order[r])->name);
        setItem(r, 0, name);
        for (int c = 1; c < column(Column::Agreed); ++c) {
            auto *cell = fixed(QString());
            cell->setTextAlignment(Qt::AlignCenter);
            setItem(r, c, cell);
        }
        auto *agreed = fixed(QString());
        agreed->setData(kElementRole, order[r]);
        if (editable)
            agreed->setFlags(agreed->flags() | Qt::ItemIsEditable);
        agreed->setToolTip(tr("Press 1-4 to agree a level, F2 or Return to choose from the list"));
        setItem(r, column(Column::Agreed), agreed);
        auto *note = new QTableWidgetItem;
        note->setData(kElementRole, order[r]);
        setItem(r, column(Column::Note), note);
    }
    fitElementColumn();
}

void GroupView::setText(int row, int column, const QString &text)
{
    QTableWidgetItem *cell = item(row, column);
    if (cell->text() != text)
        cell->setText(text);
}

// The round's figures into the cells already there; unchanged cells are left alone.
void GroupView::fill(const RoundSnapshot &round, const QVector<QString> &order)
{
    const QSignalBlocker block(this);
    const Pack &pack = Pack::shipped();
    const auto spread = spreads(pack, round.byParticipant);
    QHash<QString, const ElementSpread *> byKey;
    for (const ElementSpread &s : spread)
        byKey.insert(s.elementKey, &s);
    QList<Ratings> people;  // in the columns' order
    for (const QString &name : std::as_const(m_people))
        people << round.byParticipant.value(name);
    const QBrush wide(colours::tint(palette(), colours::Tint::Warning));
    const bool editable = !m_session.workbook().isReadOnly();
    for (int r = 0; r < order.size(); ++r) {
        const QString &key = order[r];
        const ElementSpread &s = *byKey.value(key);
        for (int p = 0; p < people.size(); ++p) {
            const int level = people[p].value(key, 0);
            setText(r, column(Column::FirstParticipant) + p, level ? QString::number(level) : QStringLiteral("–"));
        }
        // A spread of 2 or more is talked about first: its rows come first and the range says it;
        // the tint only repeats it.
        setText(r, column(Column::Spread), s.levels.isEmpty() ? QString() : QStringLiteral("%1–%2").arg(s.min).arg(s.max));
        item(r, column(Column::Spread))->setBackground(s.spread() >= 2 ? wide : QBrush());
        setText(r, column(Column::Median), s.levels.isEmpty() ? QString() : QLocale().toString(s.median));
        const int level = round.agreed.value(key, 0);
        QTableWidgetItem *agreed = item(r, column(Column::Agreed));
        if (agreed->data(kLevelRole).toInt() != level || agreed->text().isEmpty()) {
            agreed->setData(kLevelRole, level);
            agreed->setText(AgreedLevelDelegate::levelText(level));
        }
        QTableWidgetItem *note = item(r, column(Column::Note));
        // The note being typed stays as typed; CellTyping saved it before this was read.
        if (state() != EditingState || currentRow() != r || currentColumn() != column(Column::Note))
            setText(r, column(Column::Note), round.agreedNotes.value(key));
        const bool noteEditable = editable && round.agreed.contains(key);
        const Qt::ItemFlags flags = noteEditable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                                 : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (note->flags() != flags) {
            note->setFlags(flags);
            note->setToolTip(noteEditable ? QString() : tr("Agree a level first, then note the discussion."));
        }
    }
}

} // namespace qdf::gui
