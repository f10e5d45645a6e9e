#include "gui/catalyst/ScoringGrid.h"

#include "core/catalyst/CatalystStore.h"
#include "core/catalyst/Scoring.h"
#include "gui/Colours.h"
#include "gui/ReadOrSay.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/session/WorkbookSession.h"
#include "gui/RowHeights.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSignalBlocker>

namespace qdf::gui {
namespace {

using namespace qdf::catalyst;
constexpr int kElementRole = Qt::UserRole + 1;

} // namespace

ScoringGrid::ScoringGrid(WorkbookSession &session, QWidget *parent) : QTableWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("scoringGrid"));
    setAccessibleName(tr("Self-assessment: choose a level for each element"));
    const Pack &pack = Pack::shipped();
    setColumnCount(5);
    // The level titles on two lines: five columns share the width, and on a projector one line
    // was cut off ("…nsolidating the bas…").
    QStringList titles{tr("Element")};
    for (QString title : pack.levelTitles)
        titles << title.replace(title.indexOf(QLatin1Char(' ')), 1, QLatin1Char('\n'));
    setHorizontalHeaderLabels(titles);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->hide();
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    int row = 0;
    setRowCount(int(pack.drivers.size()) * 6);
    for (const Driver &d : pack.drivers) {
        auto *header = new QTableWidgetItem(d.name);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setBackground(colours::tint(palette(), colours::Tint::Subtle));
        header->setFlags(Qt::ItemIsEnabled);
        setItem(row, 0, header);
        setSpan(row, 0, 1, 5);
        m_driverRows.insert(d.key, row++);
        for (const Element &e : d.elements) {
            auto *name = new QTableWidgetItem(e.name);
            name->setData(kElementRole, e.key);
            setItem(row, 0, name);
            for (int l = 0; l < 4; ++l) {
                auto *cell = new QTableWidgetItem(QStringLiteral("%1  %2").arg(l + 1).arg(e.levels[l].descriptor));
                cell->setData(kElementRole, e.key);
                // A check box says which level is chosen, to the eye and to a screen reader
                // ("checked"), not only the tint; Space chooses it as 1-4 do.
                cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                cell->setCheckState(Qt::Unchecked);
                cell->setToolTip(tr("Press %1 to choose this level").arg(l + 1));
                setItem(row, l + 1, cell);
            }
            ++row;
        }
    }
    // Wrapped descriptors: row heights follow the columns' widths, which exist only once shown.
    fitRowsToColumns(this);
    m_unreadable = new UnreadableNotice(this);
    connect(this, &QTableWidget::cellClicked, this, [this](int r, int column) {
        setCurrentCell(r, column);
        if (column >= 1)
            rateCurrent(column);
    });
    // Space or a click on a level's check box: that level chosen; the chosen one stays chosen.
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *cell) {
        const QString element = cell->data(kElementRole).toString();
        if (cell->column() < 1 || element.isEmpty())
            return;
        if (cell->checkState() == Qt::Checked && m_ratings.value(element) != cell->column()) {
            setCurrentCell(cell->row(), cell->column());
            if (rateCurrent(cell->column()))
                return;
        }
        reload();  // as saved
    });
}

void ScoringGrid::setRater(const QString &roundId, const QString &participant)
{
    m_roundId = roundId;
    m_participant = participant;
    reload();
}

bool ScoringGrid::rateCurrent(int level)
{
    const QTableWidgetItem *it = item(currentRow(), 0);
    const QString element = it ? it->data(kElementRole).toString() : QString();
    if (element.isEmpty() || m_roundId.isEmpty() || m_participant.trimmed().isEmpty() || !m_unreadable->isHidden())
        return false;
    if (m_ratings.value(element) == level)
        return true;  // chosen already: no second undo step for the same choice
    return AssessmentEdits(m_session).rate(m_roundId, m_participant, element, level);
}

void ScoringGrid::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_4 && event->modifiers() == Qt::NoModifier) {
        const int row = currentRow();
        if (rateCurrent(key - Qt::Key_0)) {
            // On to the next element, skipping the driver rows.
            int next = row + 1;
            while (next < rowCount() && item(next, 0) && item(next, 0)->data(kElementRole).toString().isEmpty())
                ++next;
            if (next < rowCount())
                setCurrentCell(next, key - Qt::Key_0);
        }
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

QString ScoringGrid::driverSummary(const QString &driverKey) const
{
    const int row = m_driverRows.value(driverKey, -1);
    return row >= 0 ? item(row, 0)->text() : QString();
}

void ScoringGrid::reload()
{
    const Pack &pack = Pack::shipped();
    Ratings ratings;
    // Nobody's scores (no one named, or the window presenting): the descriptors alone.
    const bool nobody = m_participant.trimmed().isEmpty();
    if (!m_roundId.isEmpty() && !nobody) {
        CatalystStore store(m_session.workbook());
        auto round = readOrSay(m_session, store.round(m_roundId), tr("The round"));
        auto theirs = round ? readOrSay(m_session, store.ratingsOf(*round, m_participant), tr("The round's scores"))
                            : Result<Ratings>(round.error());
        if (!theirs) {
            showUnreadable(theirs.error().message);
            return;
        }
        ratings = *theirs;
        for (const QString &element : std::as_const(m_blind))
            ratings.remove(element);
    }
    setReadable(true);
    m_ratings = ratings;
    const QSignalBlocker block(this);
    const QBrush chosenFill(colours::tint(palette(), colours::Tint::Positive));
    for (int r = 0; r < rowCount(); ++r) {
        const QString element = item(r, 0) ? item(r, 0)->data(kElementRole).toString() : QString();
        if (element.isEmpty())
            continue;
        const int chosen = ratings.value(element, 0);
        for (int l = 1; l <= 4; ++l) {
            QTableWidgetItem *cell = item(r, l);
            // Nobody's choice to show, no check boxes: on a projector their width is the text's.
            const Qt::ItemFlags flags = nobody ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                               : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
            if (cell->flags() != flags) {
                cell->setFlags(flags);
                if (nobody)
                    cell->setData(Qt::CheckStateRole, QVariant());
            }
            const Qt::CheckState state = l == chosen ? Qt::Checked : Qt::Unchecked;
            if (!nobody && (!cell->data(Qt::CheckStateRole).isValid() || cell->checkState() != state))
                cell->setCheckState(state);
            cell->setBackground(l == chosen ? chosenFill : QBrush());
        }
    }
    for (const Driver &d : pack.drivers) {
        const DriverScore s = scoreDriver(d, ratings);
        const QString summary = nobody ? d.name
                              : s.band ? tr("%1 — %2 of 20 · %3").arg(d.name).arg(s.total).arg(pack.levelTitles[*s.band - 1])
                                       : tr("%1 — incomplete (%2 of 5 rated)").arg(d.name).arg(s.rated);
        item(m_driverRows.value(d.key), 0)->setText(summary);
    }
}

void ScoringGrid::showUnreadable(const QString &message)
{
    setReadable(false);
    m_unreadable->say(message);
}

void ScoringGrid::setReadable(bool readable)
{
    for (int r = 0; r < rowCount(); ++r)
        setRowHidden(r, !readable);
    if (readable)
        m_unreadable->hide();
}

} // namespace qdf::gui
