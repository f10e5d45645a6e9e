#include "gui/SaveAsYouType.h"

#include "gui/app/Ask.h"
#include "gui/session/WorkbookSession.h"

#include <QLabel>
#include <QStyle>

namespace qdf::gui {
namespace {
constexpr int kPauseMs = 1500;  // as the Schedule editor
} // namespace

SaveAsYouType::SaveAsYouType(WorkbookSession &session, QWidget *dialog, std::function<bool()> unsaved,
                             std::function<QString()> save)
    : QObject(dialog), m_session(session), m_dialog(dialog), m_unsaved(std::move(unsaved)), m_save(std::move(save))
{
    m_state = new QLabel(dialog);
    m_state->setObjectName(QStringLiteral("saveState"));
    m_state->setWordWrap(true);
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SaveAsYouType::saveNow);
    session.registerPending(this, [this] { return saveNow(); });
    showState(tr("All changes saved"), false);
}

QString SaveAsYouType::refusedBySession()
{
    return tr("the window says why");
}

QString SaveAsYouType::state() const
{
    return m_state->text();
}

void SaveAsYouType::showState(const QString &text, bool error)
{
    m_state->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("status"));
    m_state->style()->unpolish(m_state);
    m_state->style()->polish(m_state);
    m_state->setText(text);
}

void SaveAsYouType::edited()
{
    if (!m_unsaved()) {
        m_pause.stop();
        return;
    }
    m_session.noteTyping();
    showState(tr("Unsaved changes: saved when you pause"), false);
    m_pause.start();
}

bool SaveAsYouType::saveNow()
{
    m_pause.stop();
    if (!m_unsaved())
        return true;
    m_refused = m_save();
    if (!m_refused.isEmpty()) {
        showState(tr("Not saved yet (%1). Your changes are kept here and saved when possible.").arg(m_refused), true);
        return false;
    }
    showState(tr("All changes saved"), false);
    return true;
}

bool SaveAsYouType::mayClose(const QString &what)
{
    if (saveNow())
        return true;
    const auto answer = ask::question(m_dialog, tr("Changes not saved"),
                                      tr("Your changes to %1 could not be saved (%2). Keep editing to try again or to copy "
                                         "your text somewhere safe, or discard them.")
                                          .arg(what, m_refused),
                                      QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

} // namespace qdf::gui
