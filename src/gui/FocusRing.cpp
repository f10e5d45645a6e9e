#include "gui/FocusRing.h"

#include "gui/Colours.h"

#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QTabBar>

namespace qdf::gui {
namespace {

constexpr int kWidth = 3;

bool wantsRing(QWidget *widget)
{
    return widget && !widget->isWindow() && !qobject_cast<QMenu *>(widget) && !qobject_cast<QMenuBar *>(widget)
        && widget->focusPolicy() != Qt::NoFocus;
}

} // namespace

FocusRing::FocusRing() : QWidget(nullptr)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
    setFocusPolicy(Qt::NoFocus);
}

void FocusRing::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    // A QPointer: the ring is a child of the focused widget, and goes if that widget is deleted
    // with the focus still in it; the next focus change makes another.
    static QPointer<FocusRing> ring;
    QObject::connect(qApp, &QApplication::focusChanged, qApp, [](QWidget *, QWidget *now) {
        if (!ring)
            ring = new FocusRing;
        ring->follow(now);
    });
}

void FocusRing::follow(QWidget *widget)
{
    if (m_target)
        m_target->removeEventFilter(this);
    if (auto *tabs = qobject_cast<QTabBar *>(m_target.data()))
        disconnect(tabs, nullptr, this, nullptr);
    m_target = wantsRing(widget) ? widget : nullptr;
    if (!m_target) {
        hide();
        setParent(nullptr);
        return;
    }
    // A child of the focused widget, on top of its own children: drawn over its edge, moved and
    // clipped with it.
    setParent(m_target);
    m_target->installEventFilter(this);
    if (auto *tabs = qobject_cast<QTabBar *>(m_target.data()))
        connect(tabs, &QTabBar::currentChanged, this, &FocusRing::place);
    place();
    show();
    raise();
}

void FocusRing::place()
{
    if (!m_target)
        return;
    const auto *tabs = qobject_cast<QTabBar *>(m_target.data());
    setGeometry(tabs && tabs->currentIndex() >= 0 ? tabs->tabRect(tabs->currentIndex()) : m_target->rect());
    update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
            place();
        else if (event->type() == QEvent::ChildAdded)
            raise();
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    if (!m_target)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(colours::focus(m_target->palette()), kWidth);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal inset = kWidth / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 3, 3);
}

} // namespace qdf::gui
