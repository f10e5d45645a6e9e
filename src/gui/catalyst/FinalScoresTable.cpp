#include "gui/catalyst/FinalScoresTable.h"

#include "gui/CellTyping.h"
#include "gui/ReadOrSay.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/Colours.h"
#include "gui/RowHeights.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QStyle>

namespace qdf::gui {
namespace {

using namespace qdf::catalyst;

QTableWidgetItem *fixed(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

FinalScoresTable::FinalScoresTable(WorkbookSession &session, QWidget *parent) : QTableWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("finalScores"));
    setAccessibleName(tr("The final scores"));
    verticalHeader()->hide();
    // A heading wraps where its column is narrower than its lines (the target's, presenting).
    horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    setWordWrap(true);
    setAlternatingRowColors(true);
    m_typing = new CellTyping(this);
    m_unreadable = new UnreadableNotice(this);
    fitRowsToColumns(this);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == kTargetColumn && !item->data(Qt::UserRole).toString().isEmpty())
            m_typing->setSaved(AssessmentEdits(m_session).setTarget(m_roundId, item->data(Qt::UserRole).toString(), item->text()));
    });
    m_typing->registerWith(session);
}

void FinalScoresTable::showUnreadable(const QString &message)
{
    const QSignalBlocker block(this);
    m_roundId.clear();
    clearContents();
    setRowCount(0);
    m_unreadable->say(message);
}

void FinalScoresTable::show(const RoundSnapshot &round, bool presenting)
{
    const QSignalBlocker block(this);
    const Pack &pack = Pack::shipped();
    m_unreadable->hide();
    m_roundId = round.round.uuid;
    const SystemScore system = scoreSystem(pack, round.agreed);
    clear();
    setColumnCount(7);
    // Two-line headings keep the band columns narrow, leaving the room to the targets.
    QStringList bandHeadings;
    for (QString title : pack.levelTitles)
        bandHeadings << title.replace(title.indexOf(QLatin1Char(' ')), 1, QLatin1Char('\n'));
    setHorizontalHeaderLabels(QStringList{tr("Driver"), tr("Score")} + bandHeadings
                              + QStringList{presenting ? tr("Prioritised Improvement Target")  // the room needs no reminder
                                                       : tr("Prioritised Improvement Target\n(carry through to the action plan)")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(kTargetColumn, QHeaderView::Stretch);
    setRowCount(int(pack.drivers.size()));
    for (int r = 0; r < pack.drivers.size(); ++r) {
        const Driver &d = pack.drivers[r];
        const DriverScore &s = system.drivers[r];
        setItem(r, 0, fixed(d.name));
        setItem(r, 1, fixed(s.complete ? QString::number(s.total) : tr("incomplete")));
        for (const Band &b : d.bands) {
            auto *cell = fixed(QStringLiteral("%1–%2").arg(b.from).arg(b.to));
            cell->setTextAlignment(Qt::AlignCenter);
            if (s.band == b.level) {
                cell->setBackground(colours::tint(palette(), colours::Tint::Positive));
                cell->setText(cell->text() + QStringLiteral("  ✓"));
            }
            setItem(r, 1 + b.level, cell);
        }
        auto *target = new QTableWidgetItem(round.targets.value(d.key));
        target->setData(Qt::UserRole, d.key);
        target->setToolTip(tr("Type the Prioritised Improvement Target for %1").arg(d.name));
        setItem(r, kTargetColumn, target);
    }
    fitDriverColumn();
}

void FinalScoresTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitDriverColumn();
}

// The drivers' names whole where there is room; where there is not (a projector's large text
// at 1280x720), they wrap, never within a word, so that the targets keep a quarter of the width
// rather than a sliver.
void FinalScoresTable::fitDriverColumn()
{
    if (columnCount() != kTargetColumn + 1)
        return;
    int others = 0;
    for (int c = 1; c < kTargetColumn; ++c)
        others += horizontalHeader()->sectionSize(c);
    const int whole = std::max(sizeHintForColumn(0), horizontalHeader()->sectionSizeHint(0));
    int word = 0;
    for (int r = 0; r < rowCount(); ++r) {
        if (!item(r, 0))
            return;  // being filled: show() fits it when done
        for (const QString &w : item(r, 0)->text().split(QLatin1Char(' ')))
            word = std::max(word, fontMetrics().horizontalAdvance(w));
    }
    word += 2 * fontMetrics().averageCharWidth() + 8;  // the cell's padding and margins
    const int room = viewport()->width() - others - viewport()->width() / 4;
    const int width = std::clamp(room, std::min(whole, word), whole);
    if (horizontalHeader()->sectionSize(0) != width)
        horizontalHeader()->resizeSection(0, width);
    // Qt sizes a header by its lines as given, not as wrapped: its height is that of the
    // tallest heading as wrapped in its column.
    const QFontMetrics metrics(horizontalHeader()->font());
    const int margins = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, horizontalHeader());
    int height = 0;
    for (int c = 0; c < columnCount(); ++c) {
        const QRect room(0, 0, std::max(1, horizontalHeader()->sectionSize(c) - margins), 4096);
        const QTableWidgetItem *heading = horizontalHeaderItem(c);
        height = std::max(height, metrics.boundingRect(room, Qt::AlignCenter | Qt::TextWordWrap,
                                                       heading ? heading->text() : QString()).height());
    }
    horizontalHeader()->setMinimumHeight(height + margins);
}

} // namespace qdf::gui
