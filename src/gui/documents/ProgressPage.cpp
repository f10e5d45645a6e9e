#include "gui/documents/ProgressPage.h"

#include "core/Workbook.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "gui/ReadOrSay.h"
#include "gui/session/WorkbookSession.h"
#include "gui/Colours.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qdf::gui {

ProgressPage::ProgressPage(WorkbookSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("page-progress"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 24);
    auto *title = new QLabel(tr("Progress at a glance"), this);
    title->setProperty("role", QStringLiteral("title"));
    layout->addWidget(title);
    auto *purpose = new QLabel(tr("For each CAREMORE section: the open questions answered, and its Schedules by maturity."),
                               this);
    purpose->setProperty("role", QStringLiteral("purpose"));
    layout->addWidget(purpose);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setAccessibleName(tr("Production matrix"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnCount(7);
    // Short headings so the matrix reads on a projector; the full names are in the tooltips.
    const QStringList headings{tr("Answered"), tr("Examples"), tr("References"), tr("Draft"), tr("Ready"),
                               tr("Signed off"), tr("Adopted")};
    const QStringList full{tr("Open questions answered"), tr("Working Examples"), tr("Reference Materials"),
                           maturityTitle(Maturity::Draft), maturityTitle(Maturity::Ready),
                           maturityTitle(Maturity::SignedOff), maturityTitle(Maturity::Adopted)};
    for (int i = 0; i < headings.size(); ++i) {
        auto *header = new QTableWidgetItem(headings[i]);
        header->setToolTip(full[i]);
        m_table->setHorizontalHeaderItem(i, header);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_table);
    layout->addStretch(1);
    m_unreadable = new UnreadableNotice(m_table);
    // Saves come with every pause in typing: only a visible matrix follows them; a hidden one
    // catches up when shown.
    connect(&m_session, &WorkbookSession::saved, this, [this] {
        if (isVisible())
            reload();
    });
    reload();
}

void ProgressPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void ProgressPage::reload()
{
    auto summaries = readOrSay(m_session, SectionStore(m_session.workbook()).summaries(), tr("The progress of the sections"));
    auto read = summaries ? readOrSay(m_session, ScheduleStore(m_session.workbook()).list(), tr("The Schedules"))
                          : summaries.error();
    if (!read) {
        // Not a matrix of noughts: why there is none.
        m_table->setRowCount(0);
        m_table->setFixedHeight(m_table->horizontalHeader()->height() + 5 * fontMetrics().lineSpacing());
        m_unreadable->say(read.error().message);
        return;
    }
    m_unreadable->hide();
    QVector<SectionSummary> sections;
    for (const SectionSummary &s : *summaries) {
        if (s.section.kind == SectionKind::Caremore)
            sections << s;
    }
    const QVector<Schedule> &schedules = *read;
    m_table->setRowCount(sections.size());
    for (int row = 0; row < sections.size(); ++row) {
        const SectionSummary &s = sections[row];
        m_table->setVerticalHeaderItem(row, new QTableWidgetItem(s.section.title));
        auto cell = [this, row](int column, const QString &text, bool strong) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignCenter);
            if (strong)
                item->setBackground(colours::tint(m_table->palette(), colours::Tint::Positive));
            m_table->setItem(row, column, item);
        };
        cell(0, tr("%1 of %2").arg(s.answers).arg(s.questions), s.answers == s.questions);
        cell(1, QString::number(s.workingExamples), s.workingExamples > 0);
        cell(2, QString::number(s.referenceMaterials), s.referenceMaterials > 0);
        int column = 3;
        for (Maturity m : {Maturity::Draft, Maturity::Ready, Maturity::SignedOff, Maturity::Adopted}) {
            const auto n = std::count_if(schedules.cbegin(), schedules.cend(), [&](const Schedule &d) {
                return d.sectionKey == s.section.key && d.maturity == m;
            });
            cell(column++, n ? QString::number(n) : QStringLiteral("·"), n > 0 && m >= Maturity::SignedOff);
        }
    }
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

} // namespace qdf::gui
