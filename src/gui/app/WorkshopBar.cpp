#include "gui/app/WorkshopBar.h"

#include "gui/catalyst/WorkshopClock.h"
#include "gui/catalyst/WorkshopTimer.h"

namespace qdf::gui {

WorkshopBar::WorkshopBar(QWidget *parent) : QToolBar(tr("Workshop timer"), parent)
{
    setObjectName(QStringLiteral("workshopBar"));
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false);  // it shows itself where it is needed
    m_clock = new WorkshopClock(this);
    m_timer = new WorkshopTimer(*m_clock, this);
    addWidget(m_timer);
    connect(m_clock, &WorkshopClock::changed, this, &WorkshopBar::follow);
    hide();
}

void WorkshopBar::pageShown(bool catalyst)
{
    m_onCatalyst = catalyst;
    setVisible(m_onCatalyst || m_clock->isStarted());
}

// Started on the Catalyst page, it stays in view on the pages the facilitator goes on to. A
// reset does not take it away under the pointer: the next page change does.
void WorkshopBar::follow()
{
    if (m_clock->isStarted() && isHidden())
        show();
}

void WorkshopBar::setPresenting(bool on)
{
    m_timer->setLarge(on);
}

} // namespace qdf::gui
