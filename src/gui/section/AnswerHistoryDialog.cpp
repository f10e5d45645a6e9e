#include "gui/section/AnswerHistoryDialog.h"

#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "gui/MarkdownPreview.h"
#include "report/Markdown.h"
#include "gui/ReadOrSay.h"
#include "gui/session/WorkbookSession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qdf::gui {

AnswerHistoryDialog::AnswerHistoryDialog(WorkbookSession &session, const Question &question, QWidget *parent)
    : QDialog(parent), m_session(session), m_question(question)
{
    setWindowTitle(tr("History of an answer"));
    resize(860, 520);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(question.text, this);
    heading->setProperty("role", QStringLiteral("question"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *row = new QHBoxLayout;
    m_versions = new QListWidget(this);
    m_versions->setObjectName(QStringLiteral("answerVersions"));
    m_versions->setAccessibleName(tr("Saved versions"));
    m_view = new QTextBrowser(this);
    m_view->setAccessibleName(tr("The selected version"));
    row->addWidget(m_versions, 1);
    row->addWidget(m_view, 2);
    layout->addLayout(row, 1);

    auto history = readOrSay(session, AnswerStore(session.workbook()).history(question.id), tr("The history of this answer"));
    if (history)
        m_revisions = *history;
    else
        (new UnreadableNotice(m_versions))->say(history.error().message);
    for (const AnswerRevision &r : std::as_const(m_revisions)) {
        QString label = tr("Version %1 — %2, %3")
                            .arg(r.version)
                            .arg(r.change.by, QLocale().toString(r.change.at.toLocalTime(), QLocale::ShortFormat));
        if (r.restoredFrom)
            label += tr(" (restored from version %1)").arg(*r.restoredFrom);
        m_versions->addItem(label);
    }
    connect(m_versions, &QListWidget::currentRowChanged, this, [this](int row) {
        showMarkdown(m_view->document(), m_session.workbook(), row >= 0 && row < m_revisions.size() ? m_revisions[row].text : QString());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *restore = buttons->addButton(tr("&Restore this version"), QDialogButtonBox::ActionRole);
    restore->setObjectName(QStringLiteral("restoreVersion"));
    restore->setEnabled(!session.workbook().isReadOnly() && history);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (restoreSelected())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!m_revisions.isEmpty())
        m_versions->setCurrentRow(0);
}

bool AnswerHistoryDialog::restoreSelected()
{
    const int row = m_versions->currentRow();
    if (row <= 0 || row >= m_revisions.size())
        return false;  // nothing selected, or the current version already
    return m_session.restoreAnswer(m_question, m_revisions[row].version);
}

} // namespace qdf::gui
