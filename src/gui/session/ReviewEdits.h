#pragma once

#include "core/review/ReviewStore.h"

namespace qdf::gui {

class WorkbookSession;

// The undoable edits of a commissioning review, each one command on the session's undo stack,
// announced by WorkbookSession::reviewChanged. Like AssessmentEdits, cheap to make where needed.
class ReviewEdits {
public:
    explicit ReviewEdits(WorkbookSession &session) : m_session(session) {}

    bool rate(const review::Review &review, const review::ItemRef &item, const QString &rating, const QString &note);
    bool addSubQuestion(const review::Review &review, const review::ItemRef &item, const QString &text);
    bool editSubQuestion(const review::Review &review, const review::SubQuestion &question, const QString &text);
    bool moveSubQuestion(const review::Review &review, const review::SubQuestion &question, int to);
    bool removeSubQuestion(const review::Review &review, const review::SubQuestion &question);
    bool attachEvidence(const review::Review &review, const review::ItemRef &item, const QString &fileName,
                        const QByteArray &data);
    bool removeEvidence(const review::Review &review, const review::Evidence &evidence);
    // Returns the new action's uuid (empty if refused).
    QString addAction(const review::Review &review, const review::ItemRef &item, const Action &draft);

private:
    bool push(const QString &text, std::function<Status()> redo, std::function<Status()> undo);
    WorkbookSession &m_session;
};

} // namespace qdf::gui
