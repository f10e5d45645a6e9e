#include "gui/section/ExamplesPanel.h"

#include "core/Workbook.h"
#include "core/stores/MaterialStore.h"
#include "gui/MarkdownPreview.h"
#include "report/Markdown.h"
#include "gui/section/TextDialog.h"
#include "gui/ReadOrSay.h"
#include "gui/session/WorkbookSession.h"

#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>

#include <memory>
#include <QVBoxLayout>

namespace qdf::gui {

ExamplesPanel::ExamplesPanel(WorkbookSession &session, qint64 sectionId, QWidget *parent)
    : SectionPanel(session, sectionId, QStringLiteral("workingExamples"), parent)
{
    list()->setAccessibleName(tr("Working Examples"));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("examplePreview"));
    m_preview->setAccessibleName(tr("The selected working example"));
    m_preview->setFixedHeight(110);
    m_layout->insertWidget(1, m_preview);
    if (canEdit()) {
        connect(addButton(tr("Add…"), QStringLiteral("addExample"), false), &QPushButton::clicked, this,
                [this] { openDialog(nullptr); });
        connect(addButton(tr("Edit…"), QStringLiteral("editExample"), true), &QPushButton::clicked, this,
                [this] { openDialog(selected()); });
        connect(addButton(tr("Move up"), QStringLiteral("moveExampleUp"), true), &QPushButton::clicked, this,
                [this] { moveSelected(-1); });
        connect(addButton(tr("Move down"), QStringLiteral("moveExampleDown"), true), &QPushButton::clicked, this,
                [this] { moveSelected(1); });
        connect(addButton(tr("Remove"), QStringLiteral("removeExample"), true), &QPushButton::clicked, this,
                &ExamplesPanel::removeSelected);
    }
    connect(list(), &QListWidget::currentRowChanged, this, [this] {
        const WorkingExample *e = selected();
        showMarkdown(m_preview->document(), m_session.workbook(), e ? e->body : QString());
    });
    connect(list(), &QListWidget::itemActivated, this, [this] {
        if (canEdit())
            openDialog(selected());
    });
    start();
}

void ExamplesPanel::reload()
{
    auto read = readOrSay(m_session, MaterialStore(m_session.workbook()).examples(m_sectionId), tr("The working examples"));
    m_examples = read ? *read : QVector<WorkingExample>();
    const QSignalBlocker block(list());
    m_preview->setVisible(read && !m_examples.isEmpty());
    if (!showRead(read))
        return;
    for (const WorkingExample &e : std::as_const(m_examples)) {
        auto *item = new QListWidgetItem(e.title, list());
        item->setData(Qt::UserRole, e.uuid);
        item->setToolTip(tr("%1, %2").arg(e.change.by, e.change.at.toLocalTime().toString(Qt::TextDate)));
    }
    if (m_examples.isEmpty())
        addPlaceholder(tr("No working examples yet: add one from practice, here or elsewhere."));
    else if (list()->currentRow() < 0)
        list()->setCurrentRow(0);
    const WorkingExample *e = selected();
    showMarkdown(m_preview->document(), m_session.workbook(), e ? e->body : QString());
}

const WorkingExample *ExamplesPanel::selected() const
{
    const int row = list()->currentRow();
    return row >= 0 && row < m_examples.size() ? &m_examples[row] : nullptr;
}

void ExamplesPanel::openDialog(const WorkingExample *example)
{
    TextDialog dialog(example ? tr("Edit working example") : tr("Add working example"), this);
    if (!example) {
        if (dialog.exec() == QDialog::Accepted)
            add(dialog.title(), dialog.body());
        return;
    }
    dialog.setValues(example->title, example->body);
    // A copy: the list is read again after each save. Each save is an undo step from the last one.
    auto saved = std::make_shared<WorkingExample>(*example);
    dialog.saveAsYouType(m_session, tr("the working example “%1”").arg(example->title),
                         [this, saved](const QString &title, const QString &body) {
                             if (!m_session.editExample(*saved, title, body))
                                 return false;
                             saved->title = title;
                             saved->body = body;
                             return true;
                         });
    dialog.exec();
}

bool ExamplesPanel::add(const QString &title, const QString &body)
{
    return m_session.addExample(m_sectionId, title, body);
}

bool ExamplesPanel::editSelected(const QString &title, const QString &body)
{
    const WorkingExample *e = selected();
    return e && m_session.editExample(*e, title, body);
}

bool ExamplesPanel::removeSelected()
{
    const WorkingExample *e = selected();
    return e && m_session.removeExample(*e);
}

bool ExamplesPanel::moveSelected(int delta)
{
    const WorkingExample *e = selected();
    if (!e)
        return false;
    const int to = list()->currentRow() + delta;
    if (to < 0 || to >= m_examples.size())
        return false;
    const bool moved = m_session.moveExample(*e, to);
    if (moved)
        list()->setCurrentRow(to);
    return moved;
}

} // namespace qdf::gui
