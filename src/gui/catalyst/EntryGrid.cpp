#include "gui/catalyst/EntryGrid.h"

#include "core/catalyst/Anonymity.h"
#include "core/report/CatalystReport.h"
#include "gui/Colours.h"
#include "gui/ReadOrSay.h"
#include "gui/RowHeights.h"
#include "gui/session/AssessmentEdits.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSignalBlocker>

namespace qdf::gui {
namespace {

using namespace qdf::catalyst;
constexpr int kElementRole = Qt::UserRole + 1;

QTableWidgetItem *fixed(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

EntryGrid::EntryGrid(WorkbookSession &session, QWidget *parent) : QTableWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("entryGrid"));
    setAccessibleName(tr("Scores by participant: type 1-4 in a cell"));
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    fitRowsToColumns(this);
    m_unreadable = new UnreadableNotice(this);
}

void EntryGrid::show(const RoundSnapshot &round, bool anonymous)
{
    if (round.round.uuid != m_round.round.uuid)
        m_added.clear();
    m_round = round;
    m_anonymous = anonymous;
    m_unreadable->hide();
    build();
}

void EntryGrid::showUnreadable(const QString &message)
{
    m_round = {};  // setCurrentLevel and addParticipant refuse without a round
    m_participants.clear();
    clear();
    setRowCount(0);
    setColumnCount(0);
    m_unreadable->say(message);
}

bool EntryGrid::addParticipant(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || m_participants.contains(trimmed) || m_round.round.uuid.isEmpty())
        return false;
    m_added << trimmed;
    build();
    setCurrentCell(1, int(m_participants.indexOf(trimmed)) + 1);
    return true;
}

// Shown again with the same people, only the cells whose text changed are touched: a score typed
// costs one cell and its driver's total, not the grid (400 columns) laid out again.
void EntryGrid::build()
{
    const QSignalBlocker block(this);
    // In name order, whoever has scored or not: a column never moves while people type.
    // Anonymised, in the round's anonymised order instead.
    QStringList participants = m_round.byParticipant.keys() + m_added;
    participants.sort(Qt::CaseInsensitive);
    participants.removeDuplicates();
    QStringList headers = participants;
    if (m_anonymous) {
        participants = anonymousOrder(m_round.round.uuid, participants);
        for (int i = 0; i < participants.size(); ++i)
            headers[i] = report::anonymousLabel(i);
    }
    if (participants != m_participants || headers != m_headers || columnCount() != 1 + participants.size() || rowCount() == 0)
        layOut(participants, headers);
    fill();
}

void EntryGrid::layOut(const QStringList &participants, const QStringList &headers)
{
    const Pack &pack = Pack::shipped();
    const int row = currentRow(), column = currentColumn();
    m_participants = participants;
    m_headers = headers;
    clear();
    QHeaderView *header = horizontalHeader();
    // Widths from the names, once: a header sized to contents measures every column again for
    // each label set.
    header->setSectionResizeMode(QHeaderView::Interactive);
    setColumnCount(1 + int(m_participants.size()));
    setHorizontalHeaderLabels(QStringList{tr("Element")} + m_headers);
    setRowCount(int(pack.drivers.size()) * 6);
    const QFontMetrics metrics(header->font());
    const int least = metrics.horizontalAdvance(tr("%1 of 5").arg(5)) + 2 * metrics.averageCharWidth();
    for (int p = 0; p < m_participants.size(); ++p)
        header->resizeSection(1 + p, std::max(least, metrics.horizontalAdvance(m_headers[p]) + 2 * metrics.averageCharWidth()));
    int nameWidth = metrics.horizontalAdvance(tr("Element"));
    const QFontMetrics cellMetrics(font());
    const QBrush driverFill(colours::tint(palette(), colours::Tint::Subtle));
    int r = 0;
    for (const Driver &d : pack.drivers) {
        auto *header = fixed(d.name);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        setItem(r, 0, header);
        nameWidth = std::max(nameWidth, QFontMetrics(bold).horizontalAdvance(d.name));
        for (int p = 0; p < m_participants.size(); ++p) {
            auto *total = fixed(QString());
            total->setFont(bold);
            total->setTextAlignment(Qt::AlignCenter);
            setItem(r, 1 + p, total);
        }
        for (int c = 0; c < columnCount(); ++c)
            item(r, c)->setBackground(driverFill);
        ++r;
        for (const Element &e : d.elements) {
            auto *name = fixed(e.name);
            name->setData(kElementRole, e.key);
            setItem(r, 0, name);
            nameWidth = std::max(nameWidth, cellMetrics.horizontalAdvance(e.name));
            for (int p = 0; p < m_participants.size(); ++p) {
                auto *cell = fixed(QString());
                cell->setTextAlignment(Qt::AlignCenter);
                cell->setData(kElementRole, e.key);
                setItem(r, 1 + p, cell);
            }
            ++r;
        }
    }
    m_nameWidth = nameWidth + 3 * cellMetrics.averageCharWidth();
    fitElementColumn();
    if (row >= 0 && column >= 0)
        setCurrentCell(row, std::min(column, columnCount() - 1));
}

void EntryGrid::fill()
{
    const Pack &pack = Pack::shipped();
    auto set = [this](int r, int c, const QString &text, const QString &tip) {
        QTableWidgetItem *cell = item(r, c);
        if (cell->text() != text)
            cell->setText(text);
        if (cell->toolTip() != tip)
            cell->setToolTip(tip);
    };
    int r = 0;
    for (const Driver &d : pack.drivers) {
        for (int p = 0; p < m_participants.size(); ++p) {
            const DriverScore s = scoreDriver(d, m_round.byParticipant.value(m_participants[p]));
            if (m_anonymous)  // the room compares elements, not people: nobody's totals on the projector
                set(r, 1 + p, QString(), QString());
            else
                set(r, 1 + p, s.complete ? QString::number(s.total) : tr("%1 of 5").arg(s.rated),
                    s.band ? pack.levelTitles[*s.band - 1] : tr("incomplete"));
        }
        ++r;
        for (const Element &e : d.elements) {
            for (int p = 0; p < m_participants.size(); ++p) {
                const int level = m_round.byParticipant.value(m_participants[p]).value(e.key, 0);
                set(r, 1 + p, level ? QString::number(level) : QString(), level ? pack.levelTitles[level - 1] : tr("Type 1-4"));
            }
            ++r;
        }
    }
}

// The elements' names whole when there is room, and never more than half the width (a long
// name wraps): set again as the grid is resized, as it is once shown and when presenting.
void EntryGrid::fitElementColumn()
{
    if (columnCount() == 0)
        return;
    const int width = std::min(m_nameWidth, std::max(240, viewport()->width() / 2));
    if (horizontalHeader()->sectionSize(0) != width)
        horizontalHeader()->resizeSection(0, width);
}

void EntryGrid::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitElementColumn();
}

bool EntryGrid::setCurrentLevel(int level)
{
    const int column = currentColumn();
    const QTableWidgetItem *cell = item(currentRow(), column);
    if (!cell || column < 1 || cell->data(kElementRole).toString().isEmpty() || m_round.round.uuid.isEmpty())
        return false;
    return AssessmentEdits(m_session).rate(m_round.round.uuid, m_participants.value(column - 1),
                                           cell->data(kElementRole).toString(), level);
}

void EntryGrid::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool level = key >= Qt::Key_1 && key <= Qt::Key_4;
    const bool clear = key == Qt::Key_Delete || key == Qt::Key_Backspace || key == Qt::Key_0;
    if ((level || clear) && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        const int row = currentRow(), column = currentColumn();
        if (setCurrentLevel(level ? key - Qt::Key_0 : 0) && level) {
            // Down to the next element, over the driver rows.
            int next = row + 1;
            while (next < rowCount() && item(next, 0) && item(next, 0)->data(kElementRole).toString().isEmpty())
                ++next;
            if (next < rowCount())
                setCurrentCell(next, column);
        }
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace qdf::gui
