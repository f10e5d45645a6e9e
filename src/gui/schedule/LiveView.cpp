#include "gui/schedule/LiveView.h"

#include "gui/MarkdownPreview.h"
#include "report/Markdown.h"

#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace qdf::gui {

namespace {

bool isFence(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

bool isHeading(QStringView line)
{
    int hashes = 0;
    while (hashes < line.size() && line[hashes] == QLatin1Char('#'))
        ++hashes;
    return hashes >= 1 && hashes <= 6 && (hashes == line.size() || line[hashes] == QLatin1Char(' ') || line[hashes] == QLatin1Char('\t'));
}

// Link reference definitions apply to the whole text: a part shown alone keeps them.
QString referenceDefinitions(const QString &markdown)
{
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:\\s.*$"), QRegularExpression::MultilineOption);
    QString kept;
    for (auto it = definition.globalMatch(markdown); it.hasNext();)
        kept += QLatin1Char('\n') + it.next().captured(0);
    return kept;
}

} // namespace

LiveView::LiveView(QPlainTextEdit *source, QWidget *parent)
    : QWidget(parent), m_source(source), m_browser(new QTextBrowser(this)), m_note(new QLabel(this)), m_pause(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setWordWrap(true);
    m_note->setProperty("role", QStringLiteral("status"));
    m_note->hide();
    layout->addWidget(m_note);
    layout->addWidget(m_browser, 1);
    m_browser->setAccessibleName(tr("Schedule as it will read"));
    m_browser->setFocusPolicy(Qt::NoFocus);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &LiveView::refresh);
    connect(m_source, &QPlainTextEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    // Moving to another part of a long Schedule shows that part.
    connect(m_source, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_source->document()->characterCount() > kWholeUpTo)
            m_pause->start();
    });
}

QString LiveView::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QVector<int> LiveView::partStarts(const QString &markdown)
{
    QVector<int> starts{0};
    bool inFence = false;
    int at = 0;
    while (at < markdown.size()) {
        int end = markdown.indexOf(QLatin1Char('\n'), at);
        if (end < 0)
            end = markdown.size();
        const QStringView line = QStringView(markdown).mid(at, end - at);
        if (isFence(line))
            inFence = !inFence;
        else if (!inFence && at > 0 && isHeading(line))
            starts << at;
        at = end + 1;
    }
    return starts;
}

void LiveView::refresh()
{
    m_pause->stop();
    const QString text = m_source->toPlainText();
    QString markdown = text;
    QString heading;
    if (text.size() > kWholeUpTo) {
        const QVector<int> starts = partStarts(text);
        const int cursor = m_source->textCursor().position();
        const int part = int(std::upper_bound(starts.cbegin(), starts.cend(), cursor) - starts.cbegin()) - 1;
        const int from = std::max(0, part - 1);
        const int to = std::min(int(starts.size()), part + 2);  // one past the last part shown
        const int end = to < starts.size() ? starts[to] : int(text.size());
        markdown = text.mid(starts[from], end - starts[from]) + referenceDefinitions(text);
        const int lineEnd = text.indexOf(QLatin1Char('\n'), starts[part]);
        heading = text.mid(starts[part], (lineEnd < 0 ? int(text.size()) : lineEnd) - starts[part]);
        m_note->setText(tr("Showing parts %1 to %2 of %3: the part being edited and its neighbours. The whole Schedule reads as"
                           " it will be printed in the Framework.")
                            .arg(from + 1)
                            .arg(to)
                            .arg(starts.size()));
        m_note->show();
    } else {
        m_note->hide();
    }
    if (markdown == m_shown)
        return;
    m_shown = markdown;
    if (m_workbook)
        showMarkdown(m_browser->document(), *m_workbook, markdown);
    else
        report::setMarkdown(m_browser->document(), markdown);
    // The part being edited at the top of the view.
    heading.remove(QRegularExpression(QStringLiteral("^#+\\s*"))).remove(QRegularExpression(QStringLiteral("\\s*#*\\s*$")));
    if (!heading.isEmpty()) {
        const QTextCursor found = m_browser->document()->find(heading);
        if (!found.isNull())
            m_browser->verticalScrollBar()->setValue(
                int(m_browser->document()->documentLayout()->blockBoundingRect(found.block()).top()));
    } else {
        m_browser->verticalScrollBar()->setValue(0);
    }
}

} // namespace qdf::gui
