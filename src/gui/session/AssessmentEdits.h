#pragma once

#include "core/actions/ActionStore.h"

#include <QString>

namespace qdf::gui {

class WorkbookSession;

// The undoable edits of the Catalyst self-assessment and of the action plan, each one command
// on the session's undo stack. Cheap to make where needed: it holds only the session, and the
// commands it pushes capture the session, never this short-lived helper.
class AssessmentEdits {
public:
    explicit AssessmentEdits(WorkbookSession &session) : m_session(session) {}

    // A participant's rating of an element in a round (level 0 clears it).
    bool rate(const QString &roundId, const QString &participant, const QString &elementKey, int level);
    // The level the group agreed for an element with a note of the discussion (0 clears both).
    bool agree(const QString &roundId, const QString &elementKey, int level, const QString &note);
    bool agreeNote(const QString &roundId, const QString &elementKey, const QString &note);
    bool setTarget(const QString &roundId, const QString &driverKey, const QString &text);

    // The round's action plan. addAction returns the new action's uuid (empty if refused).
    QString addAction(const QString &roundId, const Action &draft);
    // Any action of the one plan, whichever assessment raised it (announced by actionsChanged).
    bool updateAction(const Action &action);
    bool removeAction(const QString &uuid);

private:
    WorkbookSession &m_session;
};

} // namespace qdf::gui
