#pragma once

#include "core/review/ReviewSummary.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace qdf::gui {

class UnreadableNotice;
class WorkbookSession;

// A review at a glance: counts per rating per checklist (a table and a stacked bar chart), the
// Payment-by-Results verdict, the gaps (Not met, Partly met) with their actions, and what
// changed since an earlier review of the same subject.
class ReviewSummaryView : public QWidget {
    Q_OBJECT
public:
    ReviewSummaryView(WorkbookSession &session, QWidget *parent = nullptr);

    void setReview(const review::Review &review);  // reads the store afresh
    // No summary of what could not be read: no counts, no gaps, nothing to compare.
    void showUnreadable(const QString &message);
    const review::Summary &summary() const { return m_summary; }
    QTableWidget *countsTable() const { return m_counts; }
    QTreeWidget *gapsTree() const { return m_gaps; }
    QTableWidget *changesTable() const { return m_changes; }
    QComboBox *compareBox() const { return m_compare; }
    QChartView *chartView() const { return m_chart; }

Q_SIGNALS:
    void itemActivated(const review::ItemRef &item);  // a gap or a change was opened

private:
    void drawChart();
    void fitCounts();
    void showComparison();

    WorkbookSession &m_session;
    review::Review m_review;
    review::Summary m_summary;
    QTableWidget *m_counts = nullptr;
    QLabel *m_verdict = nullptr;
    QChartView *m_chart = nullptr;
    QTreeWidget *m_gaps = nullptr;
    QComboBox *m_compare = nullptr;
    QTableWidget *m_changes = nullptr;
    UnreadableNotice *m_unreadable = nullptr;         // over the chart, for the whole summary
    UnreadableNotice *m_changesUnreadable = nullptr;  // for the comparison alone
};

} // namespace qdf::gui
