#pragma once

#include "core/Domain.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace qdf::gui {

class WorkbookSession;

// Every saved version of an answer (who, when), each viewable; restoring one saves it as a
// new version (undoable), so nothing is lost.
class AnswerHistoryDialog : public QDialog {
    Q_OBJECT
public:
    AnswerHistoryDialog(WorkbookSession &session, const Question &question, QWidget *parent = nullptr);
    QListWidget *versions() const { return m_versions; }
    bool restoreSelected();

private:
    WorkbookSession &m_session;
    Question m_question;
    QVector<AnswerRevision> m_revisions;
    QListWidget *m_versions = nullptr;
    QTextBrowser *m_view = nullptr;
};

} // namespace qdf::gui
