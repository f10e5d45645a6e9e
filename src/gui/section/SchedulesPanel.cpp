#include "gui/section/SchedulesPanel.h"

#include "core/Workbook.h"
#include "core/stores/ScheduleStore.h"
#include "gui/section/TextDialog.h"
#include "gui/ReadOrSay.h"
#include "gui/session/WorkbookSession.h"

#include <QListWidget>
#include <QPushButton>

namespace qdf::gui {

SchedulesPanel::SchedulesPanel(WorkbookSession &session, qint64 sectionId, QWidget *parent)
    : SectionPanel(session, sectionId, QStringLiteral("draftSchedules"), parent)
{
    list()->setAccessibleName(tr("Draft Schedules"));
    if (canEdit()) {
        connect(addButton(tr("New Schedule…"), QStringLiteral("newSchedule"), false), &QPushButton::clicked, this, [this] {
            TextDialog dialog(tr("New Schedule"), this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            if (auto added = m_session.addSchedule(m_sectionId, dialog.title(), dialog.body()))
                Q_EMIT scheduleOpened(added->uuid);
        });
    }
    connect(addButton(tr("Open…"), QStringLiteral("openSchedule"), true), &QPushButton::clicked, this,
            [this] { Q_EMIT scheduleOpened(selectedUuid()); });
    connect(list(), &QListWidget::itemActivated, this, [this] { Q_EMIT scheduleOpened(selectedUuid()); });
    start();
}

void SchedulesPanel::reload()
{
    auto read = readOrSay(m_session, ScheduleStore(m_session.workbook()).list(m_sectionId), tr("The draft Schedules"));
    m_schedules = read ? *read : QVector<Schedule>();
    const QSignalBlocker block(list());
    if (!showRead(read))
        return;
    for (const Schedule &s : std::as_const(m_schedules)) {
        auto *item = new QListWidgetItem(
            tr("%1  %2 — %3, version %4").arg(s.number, s.title, maturityTitle(s.maturity)).arg(s.version), list());
        item->setData(Qt::UserRole, s.uuid);
    }
    if (m_schedules.isEmpty())
        addPlaceholder(tr("No Schedules drafted in this section yet."));
}

} // namespace qdf::gui
