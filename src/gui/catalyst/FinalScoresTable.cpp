#include "gui/catalyst/FinalScoresTable.h"

#include "gui/CellTyping.h"
#include "gui/ReadOrSay.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/Colours.h"
#include "gui/RowHeights.h"

#include <QHeaderView>
#include <QSignalBlocker>

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

void FinalScoresTable::show(const RoundSnapshot &round)
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
                              + QStringList{tr("Prioritised Improvement Target\n(carry through to the action plan)")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
}

} // namespace qdf::gui
