#include "gui/catalyst/DetailedAssessment.h"

#include "gui/ReadOrSay.h"
#include "gui/Colours.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QTextBrowser>

namespace qdf::gui {
namespace {

using namespace qdf::catalyst;

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left:12px\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(e(item));
    return html + QStringLiteral("</ul>");
}

} // namespace

DetailedAssessment::DetailedAssessment(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailedAssessment"));
    auto *layout = new QHBoxLayout(this);
    m_elements = new QListWidget(this);
    m_elements->setObjectName(QStringLiteral("detailedElements"));
    m_elements->setAccessibleName(tr("Elements"));
    m_elements->setMaximumWidth(340);
    m_elements->setWordWrap(true);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("detailedView"));
    m_view->setAccessibleName(tr("The element's levels in detail"));
    m_unreadable = new UnreadableNotice(m_view);
    layout->addWidget(m_elements);
    layout->addWidget(m_view, 1);
    for (const Driver &d : Pack::shipped().drivers) {
        auto *header = new QListWidgetItem(d.name, m_elements);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setFlags(Qt::ItemIsEnabled);
        for (const Element &el : d.elements) {
            auto *item = new QListWidgetItem(QStringLiteral("   ") + el.name, m_elements);
            item->setData(Qt::UserRole, el.key);
        }
    }
    connect(m_elements, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !item->data(Qt::UserRole).toString().isEmpty())
            showElement(item->data(Qt::UserRole).toString());
    });
    m_elements->setCurrentRow(1);
}

void DetailedAssessment::setAgreed(const Ratings &agreed)
{
    m_agreed = agreed;
    m_unreadable->hide();
    m_elements->setEnabled(true);
    if (const QListWidgetItem *item = m_elements->currentItem())
        showElement(item->data(Qt::UserRole).toString());
}

void DetailedAssessment::showUnreadable(const QString &message)
{
    m_agreed.clear();
    m_elements->setEnabled(false);
    m_view->clear();
    m_unreadable->say(message);
}

void DetailedAssessment::showElement(const QString &elementKey)
{
    const Pack &pack = Pack::shipped();
    const Element *el = pack.element(elementKey);
    if (!el || !m_unreadable->isHidden())
        return;
    const int current = m_agreed.value(elementKey, 0);
    const QPalette &p = m_view->palette();
    const QString heading = colours::css(colours::text(p, colours::Tone::Heading));
    QString html = QStringLiteral("<h2 style=\"color:%4\">%1</h2><p style=\"color:%5\">%2 · %3</p>")
                       .arg(e(el->name), e(pack.driverOf(elementKey)->name),
                            current ? e(tr("agreed level %1, %2").arg(current).arg(pack.levelTitles[current - 1]))
                                    : e(tr("no level agreed yet")),
                            heading, colours::css(colours::text(p, colours::Tone::Muted)));
    if (current >= 1 && current < 4)
        html += QStringLiteral("<p style=\"background:%3; padding:6px\"><b>%1</b></p>%2")
                    .arg(e(tr("To move on to “%1”:").arg(pack.levelTitles[current])), list(el->levels[current - 1].approaches),
                         colours::css(colours::tint(p, colours::Tint::Warning)));
    for (const LevelText &level : el->levels) {
        const bool here = level.level == current;
        html += QStringLiteral("<h3 style=\"color:%1\">%2 %3%4</h3><p>%5</p><p><b>%6</b></p>%7<p><b>%8</b></p>%9")
                    .arg(here ? colours::css(colours::text(p, colours::Tone::Positive)) : heading)
                    .arg(level.level)
                    .arg(e(pack.levelTitles[level.level - 1]), here ? e(tr(" — current level")) : QString(),
                         e(level.descriptor), e(tr("Indicators")), list(level.indicators), e(tr("Approaches to change")),
                         list(level.approaches));
    }
    m_view->setHtml(html);
}

QString DetailedAssessment::html() const
{
    return m_view->toPlainText();
}

} // namespace qdf::gui
