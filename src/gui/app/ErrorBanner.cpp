#include "gui/app/ErrorBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {
constexpr int kCollapsedLines = 2;
} // namespace

ErrorBanner::ErrorBanner(QLabel *label) : QFrame(label->parentWidget()), m_label(label)
{
    setObjectName(QStringLiteral("bannerBox"));
    setAutoFillBackground(true);
    if (QLayout *outer = label->parentWidget()->layout())
        delete outer->replaceWidget(label, this);
    auto *layout = new QHBoxLayout(this);
    // No margin below the label: a collapsed message is cut at its widget's edge, right after
    // the second line; the space under it is the frame's.
    layout->setContentsMargins(0, 0, 8, 8);
    layout->setSpacing(4);
    m_label->setParent(this);
    m_label->setContentsMargins(12, 8, 4, 0);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->show();
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("bannerDetails"));
    m_more->setCheckable(true);
    m_more->setText(tr("More"));
    m_more->setAccessibleName(tr("Show the whole message"));
    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(QStringLiteral("bannerDismiss"));
    m_dismiss->setText(QStringLiteral("✕"));
    m_dismiss->setAccessibleName(tr("Dismiss the message"));
    m_dismiss->setToolTip(tr("Dismiss the message (Escape)"));
    layout->addWidget(m_label, 1);
    for (QToolButton *button : {m_more, m_dismiss}) {
        button->setAutoRaise(true);
        layout->addWidget(button, 0, Qt::AlignTop);
    }
    connect(m_more, &QToolButton::toggled, this, [this](bool more) {
        m_more->setText(more ? tr("Less") : tr("More"));
        m_more->setAccessibleName(more ? tr("Show only the start of the message") : tr("Show the whole message"));
        fit();
    });
    connect(m_dismiss, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    m_label->installEventFilter(this);
    if (QWidget *top = window())
        top->installEventFilter(this);  // Escape that no control used reaches the window
    hide();
}

void ErrorBanner::showMessage(const QString &message)
{
    m_label->setText(message);
    m_more->setChecked(false);
    show();
    fit();
}

void ErrorBanner::dismiss()
{
    hide();
}

QString ErrorBanner::message() const
{
    return isHidden() ? QString() : m_label->text();
}

int ErrorBanner::collapsedHeight() const
{
    const QMargins m = m_label->contentsMargins();
    return kCollapsedLines * m_label->fontMetrics().lineSpacing() + m.top() + m.bottom() + 2 * m_label->margin();
}

void ErrorBanner::fit()
{
    // The style sheet colours the label; the frame around it takes the same colour.
    QPalette own = palette();
    own.setColor(QPalette::Window, m_label->palette().color(m_label->backgroundRole()));
    setPalette(own);
    const int width = m_label->width() > 0 ? m_label->width() : this->width() - 80;
    const bool longer = m_label->heightForWidth(qMax(width, 100)) > collapsedHeight();
    m_more->setVisible(longer || m_more->isChecked());
    m_label->setMaximumHeight(m_more->isChecked() ? QWIDGETSIZE_MAX : collapsedHeight());
}

void ErrorBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fit();
}

bool ErrorBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::StyleChange)
        fit();
    if (watched == window() && event->type() == QEvent::KeyPress && isVisible()
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        dismiss();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace qdf::gui
