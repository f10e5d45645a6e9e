#include "gui/ReadOrSay.h"

#include "gui/session/WorkbookSession.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace qdf::gui {

Error sayUnreadable(WorkbookSession &session, const Error &error, const QString &what)
{
    const Error said{error.code, UnreadableNotice::tr("%1 cannot be read: %2").arg(what, error.message)};
    Q_EMIT session.failed(said.message);
    return said;
}

UnreadableNotice::UnreadableNotice(QAbstractScrollArea *view) : QLabel(view->viewport()), m_view(view)
{
    setObjectName(QStringLiteral("unreadable"));
    setProperty("role", QStringLiteral("error"));
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setContentsMargins(12, 10, 12, 10);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    view->viewport()->installEventFilter(this);
    QLabel::setVisible(false);
}

void UnreadableNotice::say(const QString &message)
{
    setText(message);
    setGeometry(m_view->viewport()->rect());
    // The view is empty: assistive technology hears why from the view itself.
    if (isHidden())
        m_description = m_view->accessibleDescription();
    m_view->setAccessibleDescription(message);
    show();
    raise();
}

void UnreadableNotice::setVisible(bool visible)
{
    if (!visible && !isHidden())
        m_view->setAccessibleDescription(m_description);
    QLabel::setVisible(visible);
}

bool UnreadableNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace qdf::gui
