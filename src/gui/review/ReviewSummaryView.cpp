#include "gui/review/ReviewSummaryView.h"

#include "core/Workbook.h"
#include "gui/ReadOrSay.h"
#include "gui/review/RatingTone.h"
#include "gui/session/WorkbookSession.h"
#include "gui/ChartWithTable.h"
#include "gui/Labels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace qdf::gui {

using namespace qdf::review;

namespace {

constexpr int kPathRole = Qt::UserRole + 1;
const QVector<RatingTone> kTones{RatingTone::Good, RatingTone::Partial, RatingTone::Bad, RatingTone::NotApplicable,
                                 RatingTone::Open};

// Stronger than the table's pastel fills, so that the bars read on a projector.
QColor chartColour(RatingTone tone)
{
    switch (tone) {
    case RatingTone::Good: return {0x3f, 0x9a, 0x62};
    case RatingTone::Partial: return {0xe3, 0xa3, 0x1c};
    case RatingTone::Bad: return {0xc8, 0x4b, 0x43};
    case RatingTone::NotApplicable: return {0x8d, 0x99, 0xa6};
    case RatingTone::Open: return {0xd5, 0xdb, 0xe1};
    }
    return {};
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("heading"));
    return label;
}

ItemRef refOf(const QString &path)
{
    return {path.section(QLatin1Char('/'), 0, 0), path.section(QLatin1Char('/'), 1)};
}

// The item's name first, so that it shows in a narrow column; then its checklist.
QString itemLabel(const ItemRef &ref)
{
    const Checklist *c = Pack::shipped().checklist(ref.checklistKey);
    const Item *item = c ? c->item(ref.itemKey) : nullptr;
    return item ? QStringLiteral("%1 · %2").arg(item->name, c->name) : ref.path();
}

// Checklist names run long ("NAO Good Practice Framework for Contract Management (2016)"):
// wrapped at about 16 characters for the chart's axis (its labels are rich text).
QString wrappedName(const QString &name)
{
    QStringList lines{QString()};
    for (const QString &word : name.split(QLatin1Char(' '))) {
        if (!lines.last().isEmpty() && lines.last().size() + word.size() > 16)
            lines << QString();
        lines.last() += (lines.last().isEmpty() ? QString() : QStringLiteral(" ")) + word.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

ReviewSummaryView::ReviewSummaryView(WorkbookSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("reviewSummary"));
    // The counts across the top; the chart below them beside the gaps and the comparison.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_counts = new QTableWidget(this);
    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    m_counts->setAccessibleName(tr("Counts per rating per checklist"));
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setColumnCount(1 + int(kTones.size()));
    QStringList headers{tr("Checklist")};
    for (RatingTone tone : kTones)
        headers << toneName(tone).replace(QStringLiteral(" / "), QStringLiteral("\n"));
    m_counts->setHorizontalHeaderLabels(headers);
    m_counts->setWordWrap(false);
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_counts->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("pbrVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setProperty("role", QStringLiteral("question"));
    layout->addWidget(m_counts);
    layout->addWidget(m_verdict);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);
    m_chart = new QChartView(splitter);
    m_chart->setObjectName(QStringLiteral("reviewChart"));
    m_chart->setAccessibleName(tr("Chart of the ratings per checklist"));
    m_chart->viewport()->setAccessibleName(m_chart->accessibleName());  // it takes the focus with the view
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    // The counts table above holds the chart's figures: its table alternative, always on show.
    m_chart->setProperty("tableAlternative", QVariant::fromValue<QObject *>(m_counts));

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(heading(tr("Gaps and their actions"), right));
    m_gaps = new QTreeWidget(right);
    m_gaps->setObjectName(QStringLiteral("reviewGaps"));
    m_gaps->setAccessibleName(tr("Gaps: items rated Not met or Partly met, with their actions"));
    m_gaps->setColumnCount(2);
    m_gaps->setHeaderLabels({tr("Item or action"), tr("Rating, who, by when")});
    m_gaps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_gaps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_gaps->header()->setStretchLastSection(false);
    m_gaps->setWordWrap(true);
    rightLayout->addWidget(m_gaps, 3);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(heading(tr("Since an earlier review"), right));
    compareRow->addStretch();
    m_compare = new QComboBox(right);
    compareRow->addWidget(labelFor(m_compare, tr("Compare with:")));
    m_compare->setObjectName(QStringLiteral("compareWith"));
    m_compare->setAccessibleName(tr("Compare with"));
    // Review titles run long: the box does not widen the column to fit them (which squeezed the
    // chart beside it until its legend was cut); the open list shows them whole.
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(12);
    compareRow->addWidget(m_compare);
    rightLayout->addLayout(compareRow);
    m_changes = new QTableWidget(right);
    m_changes->setObjectName(QStringLiteral("reviewChanges"));
    m_changes->setAccessibleName(tr("Ratings changed since the earlier review"));
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setColumnCount(3);
    m_changes->setHorizontalHeaderLabels({tr("Item"), tr("Then"), tr("Now")});
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    rightLayout->addWidget(m_changes, 2);
    splitter->setSizes({500, 500});  // halves, whatever the tables would like

    m_unreadable = new UnreadableNotice(m_chart);
    m_changesUnreadable = new UnreadableNotice(m_changes);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &ReviewSummaryView::showComparison);
    connect(m_gaps, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *it) {
        const QString path = it->data(0, kPathRole).toString();
        if (!path.isEmpty())
            Q_EMIT itemActivated(refOf(path));
    });
    connect(m_changes, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem *it = m_changes->item(row, 0))
            Q_EMIT itemActivated(refOf(it->data(kPathRole).toString()));
    });
}

void ReviewSummaryView::setReview(const Review &review)
{
    const ReviewStore store(m_session.workbook());
    m_review = review;
    auto summary = readOrSay(m_session, summarise(store, review), tr("The summary of “%1”").arg(review.title));
    if (!summary) {
        showUnreadable(summary.error().message);
        return;
    }
    m_summary = *summary;
    m_unreadable->hide();
    const Pack &pack = Pack::shipped();

    m_counts->setRowCount(int(m_summary.checklists.size()));
    for (int row = 0; row < m_summary.checklists.size(); ++row) {
        const ChecklistSummary &c = m_summary.checklists[row];
        m_counts->setItem(row, 0, new QTableWidgetItem(pack.checklist(c.checklistKey)->name));
        QMap<RatingTone, int> byTone;
        QMap<RatingTone, QStringList> names;
        for (auto it = c.counts.cbegin(); it != c.counts.cend(); ++it) {
            byTone[ratingTone(it.key())] += it.value();
            names[ratingTone(it.key())] << ratingName(it.key());
        }
        byTone[RatingTone::Open] += c.unanswered;  // not yet looked at: open, never a rating
        for (int t = 0; t < kTones.size(); ++t) {
            const bool onScale = names.contains(kTones[t]);
            auto *cell = new QTableWidgetItem(onScale ? QString::number(byTone.value(kTones[t])) : QString());
            cell->setTextAlignment(Qt::AlignCenter);
            cell->setToolTip(names.value(kTones[t]).join(QStringLiteral(", ")));
            if (onScale && byTone.value(kTones[t]) > 0)
                cell->setBackground(toneColour(palette(), kTones[t]));
            m_counts->setItem(row, t + 1, cell);
        }
    }
    fitCounts();
    const bool pbr = review.checklists.contains(QStringLiteral("pbr-suitability"));
    m_verdict->setText(m_summary.pbrVerdict ? verdictText(*m_summary.pbrVerdict) : noVerdictText(m_summary.pbrUnanswered));
    m_verdict->setVisible(pbr);
    drawChart();

    m_gaps->clear();
    for (const Gap &g : m_summary.gaps) {
        auto *gap = new QTreeWidgetItem(m_gaps, {itemLabel(g.item), ratingName(g.rating)});
        gap->setData(0, kPathRole, g.item.path());
        gap->setToolTip(0, g.note.isEmpty() ? pack.subjectName(g.item.path()) : g.note);
        gap->setBackground(1, toneColour(palette(), ratingTone(g.rating)));
        for (const Action &a : g.actions) {
            QStringList who{a.lead, a.byWhen};
            who.removeAll(QString());
            auto *child = new QTreeWidgetItem(gap, {a.achieve, who.join(QStringLiteral(", "))});
            child->setData(0, kPathRole, g.item.path());
        }
        if (g.actions.isEmpty()) {
            auto *none = new QTreeWidgetItem(gap, {tr("No action yet")});
            QFont italic = none->font(0);
            italic.setItalic(true);
            none->setFont(0, italic);
            none->setData(0, kPathRole, g.item.path());
        }
    }
    m_gaps->expandAll();
    if (m_summary.gaps.isEmpty())
        new QTreeWidgetItem(m_gaps, {tr("No item is rated Not met or Partly met.")});

    const QString chosen = m_compare->currentData().toString();
    const QSignalBlocker block(m_compare);
    m_compare->clear();
    auto reviews = readOrSay(m_session, store.reviews(), tr("The earlier reviews"));
    for (const Review &r : reviews ? earlierReviews(*reviews, review) : QVector<Review>())
        m_compare->addItem(r.reviewedOn.isEmpty() ? r.title : tr("%1 (%2)").arg(r.title, r.reviewedOn), r.uuid);
    if (!reviews)
        m_compare->addItem(tr("Earlier reviews cannot be read"));
    else if (m_compare->count() == 0)
        m_compare->addItem(tr("No earlier review of this subject"));
    m_compare->setEnabled(!m_compare->currentData().toString().isEmpty());
    if (const int keep = m_compare->findData(chosen); keep >= 0)
        m_compare->setCurrentIndex(keep);
    showComparison();
}

void ReviewSummaryView::showComparison()
{
    const ReviewStore store(m_session.workbook());
    const QString earlierId = m_compare->currentData().toString();
    m_changes->setRowCount(0);
    m_changesUnreadable->hide();
    if (earlierId.isEmpty())
        return;
    auto earlier = readOrSay(m_session, store.review(earlierId), tr("The earlier review"));
    auto read = earlier ? readOrSay(m_session, compare(store, *earlier, m_review), tr("What changed since the earlier review"))
                        : earlier.error();
    if (!read) {
        m_changesUnreadable->say(read.error().message);
        return;
    }
    const QVector<RatingChange> &changes = *read;
    m_changes->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const RatingChange &c = changes[row];
        auto *name = new QTableWidgetItem(itemLabel(c.item));
        name->setToolTip(Pack::shipped().subjectName(c.item.path()));
        name->setData(kPathRole, c.item.path());
        m_changes->setItem(row, 0, name);
        for (int col : {1, 2}) {
            const QString rating = col == 1 ? c.before : c.after;
            auto *cell = new QTableWidgetItem(ratingName(rating));
            cell->setBackground(toneColour(palette(), ratingTone(rating)));
            m_changes->setItem(row, col, cell);
        }
    }
}

// As tall as its rows: the counts never hide behind a scroll bar.
void ReviewSummaryView::fitCounts()
{
    m_counts->resizeRowsToContents();
    int height = m_counts->horizontalHeader()->height() + 2 * m_counts->frameWidth();
    for (int row = 0; row < m_counts->rowCount(); ++row)
        height += m_counts->rowHeight(row);
    m_counts->setFixedHeight(height);
}

void ReviewSummaryView::showUnreadable(const QString &message)
{
    m_summary = {};
    m_counts->setRowCount(0);
    fitCounts();
    m_verdict->hide();
    drawChart();  // an empty one
    m_gaps->clear();
    {
        const QSignalBlocker block(m_compare);
        m_compare->clear();
    }
    m_compare->setEnabled(false);
    m_changes->setRowCount(0);
    m_unreadable->say(message);
}

void ReviewSummaryView::drawChart()
{
    const Pack &pack = Pack::shipped();
    auto *chart = new QChart;
    ChartWithTable::fitTheme(chart, palette());
    chart->setTitle(tr("Ratings per checklist"));
    auto *series = new QHorizontalStackedBarSeries;
    series->setLabelsVisible(true);  // each part of a bar says its count
    int most = 0;
    // Met and Not met are told apart by pattern and by their counts' labels, not by colour alone.
    static const QHash<RatingTone, Qt::BrushStyle> patterns{{RatingTone::Good, Qt::SolidPattern}, {RatingTone::Partial, Qt::Dense3Pattern},
                                                            {RatingTone::Bad, Qt::BDiagPattern}, {RatingTone::NotApplicable, Qt::Dense6Pattern},
                                                            {RatingTone::Open, Qt::NoBrush}};
    QStringList said;
    for (RatingTone tone : kTones) {
        // Short names, so the legend fits under a half-width chart; the table above spells them out.
        static const QHash<RatingTone, const char *> shortNames{{RatingTone::Good, QT_TR_NOOP("Met")}, {RatingTone::Partial, QT_TR_NOOP("Partly")},
                                                                 {RatingTone::Bad, QT_TR_NOOP("Not met")}, {RatingTone::NotApplicable, QT_TR_NOOP("N/A")},
                                                                 {RatingTone::Open, QT_TR_NOOP("Not yet")}};
        auto *set = new QBarSet(tr(shortNames.value(tone)));
        set->setBrush(QBrush(ChartWithTable::seriesColour(palette(), chartColour(tone)), patterns.value(tone)));
        set->setBorderColor(chart->titleBrush().color());
        set->setLabelColor(chart->titleBrush().color());
        // Reversed so the first checklist is at the top, as in the table.
        for (auto it = m_summary.checklists.crbegin(); it != m_summary.checklists.crend(); ++it) {
            int count = 0;
            for (auto c = it->counts.cbegin(); c != it->counts.cend(); ++c)
                count += ratingTone(c.key()) == tone ? c.value() : 0;
            count += tone == RatingTone::Open ? it->unanswered : 0;
            *set << count;
            most = qMax(most, it->items);
        }
        series->append(set);
        QStringList counts;
        for (int i = int(m_summary.checklists.size()) - 1; i >= 0; --i)
            counts << tr("%1 %2").arg(pack.checklist(m_summary.checklists[int(m_summary.checklists.size()) - 1 - i].checklistKey)->name)
                                 .arg(set->at(i));
        said << tr("%1: %2").arg(set->label(), counts.join(tr(", ")));
    }
    chart->addSeries(series);
    auto *lists = new QBarCategoryAxis;
    for (auto it = m_summary.checklists.crbegin(); it != m_summary.checklists.crend(); ++it)
        lists->append(wrappedName(pack.checklist(it->checklistKey)->name));
    auto *counts = new QValueAxis;
    counts->setRange(0, qMax(1, most));
    counts->setTickCount(qMin(qMax(2, most + 1), 7));
    counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(lists, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(lists);
    series->attachAxis(counts);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Wide enough for the legend's names whole (a legend too narrow cuts them to "N…"): each
    // marker, its name and the room around them.
    const QFontMetrics legend(chart->legend()->font());
    int legendWidth = 0;
    for (QBarSet *set : series->barSets())
        legendWidth += legend.height() + legend.horizontalAdvance(set->label()) + 3 * legend.averageCharWidth();
    m_chart->setMinimumWidth(legendWidth + 2 * legend.height());
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAccessibleDescription(tr("%1. %2. The table of counts above holds the same figures.")
                                          .arg(chart->title(), said.join(tr("; "))));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace qdf::gui
