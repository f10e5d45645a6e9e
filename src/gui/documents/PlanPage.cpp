#include "gui/documents/PlanPage.h"

#include "core/Workbook.h"
#include "core/stores/PlanStore.h"
#include "gui/ReadOrSay.h"
#include "gui/session/WorkbookSession.h"

#include <QComboBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

QString statusTitle(MilestoneStatus status)
{
    switch (status) {
    case MilestoneStatus::NotStarted: return PlanPage::tr("Not started");
    case MilestoneStatus::InProgress: return PlanPage::tr("In progress");
    case MilestoneStatus::Done: return PlanPage::tr("Done");
    case MilestoneStatus::AtRisk: return PlanPage::tr("At risk");
    }
    return {};
}

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QLabel *label(const QString &text, const char *role, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setProperty("role", QString::fromLatin1(role));
    return l;
}

} // namespace

PlanPage::PlanPage(WorkbookSession &session, QWidget *parent) : QScrollArea(parent), m_session(session)
{
    setObjectName(QStringLiteral("page-plan-on-a-page"));
    setAccessibleName(tr("Plan on a Page: the stages and their milestones"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Queued: the change comes from one of this page's own combo boxes, which rebuild() deletes.
    connect(&m_session, &WorkbookSession::planChanged, this, &PlanPage::rebuild, Qt::QueuedConnection);
    rebuild();
}

void PlanPage::rebuild()
{
    Workbook &workbook = m_session.workbook();
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 24);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(label(tr("CAREMORE Plan on a Page"), "title", content), 1);
    auto *print = new QPushButton(tr("&Print…"), content);
    print->setObjectName(QStringLiteral("printPlan"));
    print->setShortcut(QKeySequence::Print);
    connect(print, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            printTo(printer);  // if the plan cannot be read, the banner says so and nothing prints
    });
    titleRow->addWidget(print, 0, Qt::AlignTop);
    layout->addLayout(titleRow);
    layout->addWidget(label(tr("The three production stages, their milestones and outline timescales."), "purpose", content));

    PlanStore plan(workbook);
    auto stages = readOrSay(m_session, plan.stages(), tr("The Plan on a Page"));
    if (!stages)
        layout->addWidget(label(stages.error().message, "error", content));  // not a plan without stages
    for (const PlanStage &stage : stages ? *stages : QVector<PlanStage>()) {
        auto *card = new QFrame(content);
        card->setProperty("role", QStringLiteral("card"));
        auto *grid = new QGridLayout(card);
        grid->setContentsMargins(12, 10, 12, 10);
        grid->addWidget(label(tr("Stage %1: %2").arg(stage.number).arg(stage.title), "heading", card), 0, 0, 1, 3);
        grid->addWidget(label(stage.outcome, "", card), 1, 0, 1, 3);
        grid->addWidget(label(tr("Outline timescale: %1").arg(stage.timescale), "guidance", card), 2, 0, 1, 3);
        int row = 3;
        auto milestones = readOrSay(m_session, plan.milestones(stage.id), tr("The milestones of stage %1").arg(stage.number));
        if (!milestones)
            grid->addWidget(label(milestones.error().message, "error", card), row, 0, 1, 3);
        for (const Milestone &m : milestones ? *milestones : QVector<Milestone>()) {
            // The label is the combo box's buddy, so "&" in the title would make a shortcut of it.
            QLabel *title = label(QString(m.title).replace(QLatin1Char('&'), QStringLiteral("&&")), "", card);
            grid->addWidget(title, row, 0);
            grid->addWidget(label(m.due, "guidance", card), row, 1);
            auto *status = new QComboBox(card);
            title->setBuddy(status);  // on Linux a combo box is read by its value: its label says what it is
            status->setObjectName(QStringLiteral("milestone-%1-%2").arg(stage.number).arg(m.position));
            status->setAccessibleName(tr("Status of milestone: %1").arg(m.title));
            for (auto s : {MilestoneStatus::NotStarted, MilestoneStatus::InProgress, MilestoneStatus::Done,
                           MilestoneStatus::AtRisk})
                status->addItem(statusTitle(s), int(s));
            status->setCurrentIndex(status->findData(int(m.status)));
            status->setEnabled(!workbook.isReadOnly());
            connect(status, &QComboBox::activated, this, [this, status, m] {
                // Rebuilds this page (planChanged), so nothing here may run after it.
                m_session.setMilestone(m, static_cast<MilestoneStatus>(status->currentData().toInt()));
            });
            grid->addWidget(status, row, 2);
            ++row;
        }
        grid->setColumnStretch(0, 1);
        layout->addWidget(card);
    }
    layout->addStretch(1);
    const int scroll = verticalScrollBar() ? verticalScrollBar()->value() : 0;
    setWidget(content);  // deletes the previous content
    verticalScrollBar()->setValue(scroll);
}

Result<QString> PlanPage::printHtml() const
{
    const Workbook &wb = m_session.workbook();
    PlanStore plan(m_session.workbook());
    QString html = QStringLiteral("<h1 style=\"color:#1d3b53\">%1</h1><p><i>%2</i></p><table width=\"100%\" cellspacing=\"8\"><tr>")
                       .arg(e(tr("CAREMORE Plan on a Page")), e(wb.info().programme.name));
    auto stages = readOrSay(m_session, plan.stages(), tr("The Plan on a Page"));
    if (!stages)
        return stages.error();
    for (const PlanStage &stage : *stages) {
        html += QStringLiteral("<td valign=\"top\" width=\"33%\" style=\"border:1px solid #d8dee4; padding:8px\">"
                               "<h2 style=\"color:#1d3b53\">%1</h2><p>%2</p><p style=\"color:#5b6770\">%3</p><ul>")
                    .arg(e(tr("Stage %1: %2").arg(stage.number).arg(stage.title)), e(stage.outcome),
                         e(tr("Outline timescale: %1").arg(stage.timescale)));
        auto milestones = readOrSay(m_session, plan.milestones(stage.id), tr("The milestones of stage %1").arg(stage.number));
        if (!milestones)
            return milestones.error();
        for (const Milestone &m : *milestones) {
            html += QStringLiteral("<li>%1<br><b>%2</b>%3</li>")
                        .arg(e(m.title), e(statusTitle(m.status)), m.due.isEmpty() ? QString() : QStringLiteral(" · ") + e(m.due));
        }
        html += QStringLiteral("</ul></td>");
    }
    return html + QStringLiteral("</tr></table>");
}

bool PlanPage::printTo(QPrinter &printer) const
{
    const auto html = printHtml();
    if (!html)
        return false;
    printer.setPageOrientation(QPageLayout::Landscape);
    QTextDocument document;
    document.setHtml(*html);
    // Lay the document out at the page's width in points, then scale the whole of it onto
    // the one page, however long the milestones run.
    const QRectF page = printer.pageRect(QPrinter::Point);
    document.setPageSize(page.size());
    QPainter painter(&printer);
    const QRectF target = printer.pageRect(QPrinter::DevicePixel);
    const double scale = qMin(target.width() / page.width(), target.height() / qMax(page.height(), document.size().height()));
    painter.scale(scale, scale);
    document.drawContents(&painter);
    return true;
}

} // namespace qdf::gui
