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
    // Qt makes (and keeps) a widget's interface at its first accessibility event, which a label's
    // setText already sends: one made before this is let go, and the next is made by factory().
    const QAccessible::Role role = urgency == Urgency::Assertive ? QAccessible::AlertMessage : QAccessible::Notification;
    if (QAccessibleInterface *made = QAccessible::queryAccessibleInterface(widget); made && made->role() != role)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(made));
    if (auto *bar = qobject_cast<QStatusBar *>(widget))
        QObject::connect(bar, &QStatusBar::messageChanged, bar, [bar](const QString &message) {
            if (!message.isEmpty())
                announceChange(bar);
        });
}

Announcements &Announcements::instance()
{
    static Announcements announcements;
    return announcements;
}

void announceChange(QWidget *widget)
{
    QAccessibleEvent named(widget, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    if (widget->isVisible()) {
        QAccessibleEvent shown(widget, QAccessible::ObjectShow);  // what makes Orca speak a notification
        QAccessible::updateAccessibility(&shown);
    }
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    Q_EMIT Announcements::instance().announced(widget, iface ? iface->text(QAccessible::Name) : QString());
}

} // namespace qdf::gui
