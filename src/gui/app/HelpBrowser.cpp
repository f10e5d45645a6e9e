#include "gui/app/HelpBrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QImage>
#include <QTextFragment>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace qdf::gui {

QString helpTopicFor(const QString &pageKey)
{
    // The guide's headings, which the guide itself keeps (a test checks each one is there).
    static const QHash<QString, QString> topics{
        {QString(), QStringLiteral("Before you start: the welcome page")},
        {QStringLiteral("baseline-questionnaire"), QStringLiteral("2. Start with the Baseline Questionnaire")},
        {QStringLiteral("qdf-index"), QStringLiteral("6. See where the programme stands")},
        {QStringLiteral("plan-on-a-page"), QStringLiteral("6. See where the programme stands")},
        {QStringLiteral("progress"), QStringLiteral("6. See where the programme stands")},
        {QStringLiteral("search"), QStringLiteral("7. Find anything")},
        {QStringLiteral("catalyst"), QStringLiteral("The Catalyst for Change self-assessment")},
        {QStringLiteral("review"), QStringLiteral("The commissioning review")},
    };
    // Every other page is one of the seven CAREMORE sections.
    return topics.value(pageKey, QStringLiteral("3. Answer the open questions of your section"));
}

QString dialogHelpTopic(const QString &name)
{
    static const QHash<QString, QString> topics{
        {QStringLiteral("scheduleDialog"), QStringLiteral("5. Draft a Schedule")},
        {QStringLiteral("mergeReview"), QStringLiteral("Working with the master copy")},
        {QStringLiteral("sync"), QStringLiteral("Working with the master copy")},
        {QStringLiteral("privacy"), QStringLiteral("A person's data: export, erasure, anonymous contributions")},
        {QStringLiteral("personPicker"), QStringLiteral("A person's data: export, erasure, anonymous contributions")},
        {QStringLiteral("export"), QStringLiteral("Print, export and publish")},
        {QStringLiteral("newMaster"), QStringLiteral("Before you start: the welcome page")},
        {QStringLiteral("newReviewDialog"), QStringLiteral("The commissioning review")},
        {QStringLiteral("startLiveDialog"), QStringLiteral("Running a live workshop")},
    };
    return topics.value(name);
}

namespace {
const char *const kTaskProperty = "helpTask";
}

HelpTopicScope::HelpTopicScope(QWidget *window, const QString &task) : m_window(window), m_before(window->property(kTaskProperty))
{
    m_window->setProperty(kTaskProperty, task);
}

HelpTopicScope::~HelpTopicScope()
{
    m_window->setProperty(kTaskProperty, m_before);
}

HelpBrowser *showUserGuide(QWidget *owner, const QString &heading)
{
    auto *help = owner->findChild<HelpBrowser *>(QStringLiteral("helpBrowser"), Qt::FindDirectChildrenOnly);
    if (!help)
        help = new HelpBrowser(owner);  // one, kept: it opens again where it was
    help->show();
    help->raise();
    help->activateWindow();
    if (heading.isEmpty())
        return help;
    help->showTopic(heading);
    // Once it is laid out at its size, the heading goes to the top of the view.
    QTimer::singleShot(0, help, [help, heading] { help->showTopic(heading); });
    return help;
}

HelpBrowser::HelpBrowser(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("QDF Workbench User Guide"));
    resize(900, 700);
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    // The pictures' relative paths (images/section.png) resolve beside the guide in the resource.
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/user-guide.md")), QTextDocument::MarkdownResource);
    layout->addWidget(m_browser);
    m_browser->viewport()->installEventFilter(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool HelpBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

// The guide's pictures are whole-window screenshots: each is shown at most as wide as the view,
// its height following, so the guide reads without scrolling sideways.
void HelpBrowser::fitImages()
{
    const int room = m_browser->viewport()->width() - 2 * int(m_browser->document()->documentMargin()) - 4;
    if (room <= 0 || room == m_imagesWidth)
        return;
    m_imagesWidth = room;
    QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage natural(QStringLiteral(":/help/") + image.name());
            if (natural.isNull())
                continue;
            image.setWidth(qMin(natural.width(), room));
            image.setHeight(double(natural.height()) * image.width() / natural.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

bool HelpBrowser::showTopic(const QString &heading)
{
    QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || !block.text().startsWith(heading))
            continue;
        QTextCursor cursor(block);
        m_browser->setTextCursor(cursor);
        // The heading at the top of the view, not merely somewhere on screen.
        m_browser->verticalScrollBar()->setValue(int(doc->documentLayout()->blockBoundingRect(block).top()));
        m_topic = block.text();
        return true;
    }
    return false;
}

} // namespace qdf::gui
