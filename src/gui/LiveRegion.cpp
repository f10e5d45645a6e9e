#include "gui/LiveRegion.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLabel>
#include <QStatusBar>

namespace qdf::gui {
namespace {

const char *const kUrgency = "qdfLiveRegion";

class LiveRegionAccessible : public QAccessibleWidget {
public:
    LiveRegionAccessible(QWidget *widget, QAccessible::Role role) : QAccessibleWidget(widget, role) {}

    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Name)
            return QAccessibleWidget::text(t);
        QString said;
        if (auto *label = qobject_cast<QLabel *>(widget()))
            said = label->text();
        else if (auto *bar = qobject_cast<QStatusBar *>(widget()))
            said = bar->currentMessage();
        return said.isEmpty() ? widget()->accessibleName() : said;
    }
};

QAccessibleInterface *factory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget || !widget->property(kUrgency).isValid())
        return nullptr;
    const auto urgency = Urgency(widget->property(kUrgency).toInt());
    return new LiveRegionAccessible(widget, urgency == Urgency::Assertive ? QAccessible::AlertMessage : QAccessible::Notification);
}

} // namespace

void makeLiveRegion(QWidget *widget, Urgency urgency)
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
    widget->setProperty(kUrgency, int(urgency));
    if (auto *bar = qobject_cast<QStatusBar *>(widget))
        QObject::connect(bar, &QStatusBar::messageChanged, bar, [bar](const QString &message) {
            if (!message.isEmpty())
                announceChange(bar);
        });
}

void announceChange(QWidget *widget)
{
    if (!widget->isVisible())
        return;
    QAccessibleEvent named(widget, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    QAccessibleEvent shown(widget, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
}

} // namespace qdf::gui
