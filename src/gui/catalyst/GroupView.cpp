#include "gui/catalyst/GroupView.h"

#include "core/report/CatalystReport.h"
#include "gui/CellTyping.h"
#include "gui/ReadOrSay.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/session/WorkbookSession.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

using namespace qdf::catalyst;
constexpr int kElementRole = Qt::UserRole + 1;
const QColor kWide(0xfb, 0xe3, 0xc8);  // a spread of 2 or more: talk about it first

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
    verticalHeader()->hide();
    setWordWrap(true);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_typing = new CellTyping(this);
    m_unreadable = new UnreadableNotice(this);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &QTableWidget::resizeRowsToContents, Qt::QueuedConnection);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == column(Column::Note))
            m_typing->setSaved(AssessmentEdits(m_session).agreeNote(m_roundId, item->data(kElementRole).toString(), item->text()));
    });
    m_typing->registerWith(session);
}

void GroupView::showUnreadable(const QString &message)
{
    const QSignalBlocker block(this);
    m_roundId.clear();
    m_notes.clear();
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
    horizontalHeader()->resizeSection(column(Column::Element), std::max(200, viewport()->width() * 35 / 100));
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

void GroupView::show(const RoundSnapshot &round, bool anonymous)
{
    const QSignalBlocker block(this);
    const Pack &pack = Pack::shipped();
    m_unreadable->hide();
    m_roundId = round.round.uuid;
    m_notes = round.agreedNotes;
    const QStringList names = round.byParticipant.keys();
    m_participants = int(names.size());
    clear();
    setColumnCount(5 + m_participants);
    QStringList headers{tr("Element")};
    // Names on two lines keep the level columns narrow, leaving room for the elements.
    for (int i = 0; i < names.size(); ++i)
        headers << QString(anonymous ? report::anonymousLabel(i) : names[i]).replace(QLatin1Char(' '), QLatin1Char('\n'));
    headers << tr("Spread") << tr("Median") << tr("Agreed") << tr("Note of the discussion");
    setHorizontalHeaderLabels(headers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(column(Column::Element), QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(column(Column::Note), QHeaderView::Stretch);
    fitElementColumn();

    const auto spread = spreads(pack, round.byParticipant);
    setRowCount(int(spread.size()));
    for (int r = 0; r < spread.size(); ++r) {
        const ElementSpread &s = spread[r];
        const Element *element = pack.element(s.elementKey);
        auto *name = fixed(element->name);
        name->setData(kElementRole, s.elementKey);
        name->setToolTip(pack.driverOf(s.elementKey)->name);
        setItem(r, 0, name);
        for (int p = 0; p < names.size(); ++p) {
            const int level = round.byParticipant.value(names[p]).value(s.elementKey, 0);
            auto *cell = fixed(level ? QString::number(level) : QStringLiteral("–"));
            cell->setTextAlignment(Qt::AlignCenter);
            setItem(r, column(Column::FirstParticipant) + p, cell);
        }
        auto *range = fixed(s.levels.isEmpty() ? QString() : QStringLiteral("%1–%2").arg(s.min).arg(s.max));
        range->setTextAlignment(Qt::AlignCenter);
        if (s.spread() >= 2)
            range->setBackground(kWide);
        setItem(r, column(Column::Spread), range);
        auto *median = fixed(s.levels.isEmpty() ? QString() : QLocale().toString(s.median));
        median->setTextAlignment(Qt::AlignCenter);
        setItem(r, column(Column::Median), median);

        auto *choice = new QComboBox(this);
        choice->setAccessibleName(tr("Agreed level: %1").arg(element->name));
        choice->addItem(tr("not agreed"), 0);
        for (int l = 1; l <= 4; ++l)
            choice->addItem(QStringLiteral("%1  %2").arg(l).arg(pack.levelTitles[l - 1]), l);
        choice->setCurrentIndex(round.agreed.value(s.elementKey, 0));
        const QString key = s.elementKey;
        connect(choice, &QComboBox::activated, this, [this, choice, key] {
            AssessmentEdits(m_session).agree(m_roundId, key, choice->currentData().toInt(), m_notes.value(key));
        });
        // Centred in its cell at its natural height, however tall the element's name makes the row.
        auto *holder = new QWidget(this);
        auto *centre = new QVBoxLayout(holder);
        centre->setContentsMargins(4, 2, 4, 2);
        centre->addWidget(choice, 0, Qt::AlignVCenter);
        setCellWidget(r, column(Column::Agreed), holder);

        auto *note = new QTableWidgetItem(round.agreedNotes.value(s.elementKey));
        note->setData(kElementRole, s.elementKey);
        if (!round.agreed.contains(s.elementKey)) {
            note->setFlags(Qt::ItemIsEnabled);
            note->setToolTip(tr("Agree a level first, then note the discussion."));
        }
        setItem(r, column(Column::Note), note);
    }
}

} // namespace qdf::gui
