#pragma once

#include "core/Domain.h"
#include "core/Error.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>
#include <memory>

class QFileSystemWatcher;
class QUndoStack;

namespace qdf {
class Workbook;
struct ChangeSet;
}

namespace qdf::gui {

// The open workbook as the GUI edits it. Every change a person makes goes through here as one
// command on the undo stack (Ctrl+Z / Ctrl+Shift+Z across the whole workbook); doing, undoing
// and redoing all write through the core stores, so each step is saved at once and becomes a
// revision in the history.
//
// Views follow the data layer, not the commands: after every write through this workbook, and
// whenever the file changes under it (another program, or the writer holding the lock while this
// window reads), the session reads the change log (core/Changes.h) and says what changed;
// pages refresh only what they show. An undo step whose items someone else changed since is
// refused rather than replayed over their change.
//
// Editors with typing not yet saved register with the session (registerPending); closing,
// undo, an import, opening another workbook and switching pages save all of it first.
//
// Not undoable, on purpose: Schedule maturity moves and sign-offs (formal acts, recorded with
// who and when) and creating a Schedule (its number is taken for good).
class WorkbookSession : public QObject {
    Q_OBJECT
public:
    explicit WorkbookSession(std::unique_ptr<Workbook> workbook, QObject *parent = nullptr);
    ~WorkbookSession() override;

    Workbook &workbook() const { return *m_workbook; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Undoable edits. Each returns false (and emits failed) if the change could not be saved.
    bool setAnswer(const Question &question, const QString &oldText, const QString &newText);
    // The answer's words in one language (the other keeps its own; core/Translation.h's rule).
    bool setAnswerIn(const Question &question, Language language, const QString &oldText, const QString &newText);
    // "Mark as translated": undone, the two languages' states are put back as they were.
    bool markAnswerTranslated(const Question &question);
    bool restoreAnswer(const Question &question, int version);
    bool addExample(qint64 sectionId, const QString &title, const QString &body);
    bool editExample(const WorkingExample &example, const QString &title, const QString &body);
    bool moveExample(const WorkingExample &example, int to);
    bool removeExample(const WorkingExample &example);
    bool attachReference(qint64 sectionId, const QString &fileName, const QByteArray &data, const QString &note);
    bool setReferenceNote(const ReferenceMaterial &reference, const QString &note);
    bool removeReference(const ReferenceMaterial &reference);
    // With `sittingStart` (the revision the editor opened at), the sitting's saves amend one
    // version (ScheduleStore::amend).
    bool editSchedule(const Schedule &schedule, const QString &title, const QString &body,
                      std::optional<qint64> sittingStart = std::nullopt);
    // The same in one language; `schedule` is as the editor read it (undo puts that language back).
    bool editScheduleIn(const Schedule &schedule, Language language, const QString &title, const QString &body,
                        std::optional<qint64> sittingStart = std::nullopt);
    bool markScheduleTranslated(const Schedule &schedule);
    bool setMilestone(const Milestone &milestone, MilestoneStatus status);

    // Formal acts, saved at once and not undoable.
    Result<Schedule> addSchedule(qint64 sectionId, const QString &title, const QString &body);
    bool moveSchedule(const Schedule &schedule, Maturity to);
    bool signSchedule(const Schedule &schedule);

    // Saves pending typing, then undoes or redoes the last step; refused (failed) where someone
    // else changed what the step touched since.
    bool undo();
    bool redo();

    // An editor with typing not yet saved: `flush` saves it now (false if it could not). Forgotten
    // when the editor is destroyed.
    void registerPending(QObject *editor, std::function<bool()> flush);
    // Saves every registered editor's typing; false if anything could not be saved.
    bool flushPending();
    // The save state the window's title shows: an editor whose text now differs from what is
    // saved says so; the next save that succeeds (or a flush of every editor) clears it. A save
    // that fails leaves it set: what is on screen is not in the file.
    void noteTyping();
    bool hasUnsavedChanges() const { return m_unsaved; }

    // Reads what changed since the session last looked and says so (the signals below). Runs
    // after every write through this workbook and when the file changes; callable any time.
    void catchUp();
    // While the signals below are emitted: the items that changed (their sync ids, e.g.
    // "catalyst-rating:ROUND/PERSON/ELEMENT"), so a view can read only those; empty otherwise
    // (a view asked to refresh for another reason reads all it shows).
    const QSet<QString> &changedItems() const { return m_announcing; }

Q_SIGNALS:
    void answerChanged(qint64 questionId);
    void sectionChanged(qint64 sectionId);  // its examples, references or Schedules
    void schedulesChanged();
    void planChanged();
    void catalystChanged();  // ratings, agreed levels, targets or the round's actions
    void reviewChanged();    // a review's ratings, notes, sub-questions, evidence or actions
    void actionsChanged();   // an action of the one action plan was edited or removed
    void structureChanged(); // sections or questions (an update, the production team)
    void syncChanged();      // imports, conflicts, contributions
    void workbookChanged();  // the workbook's own record (owner, base revision)
    // Someone other than this window wrote the workbook ("qdf merge (Rhian Morgan)").
    void changedElsewhere(const QStringList &writers);
    void saved();
    void failed(const QString &message);
    void unsavedChanged(bool unsaved);

public:
    // For the edit helpers of each panel (AssessmentEdits, ...): pushes a command whose redo and
    // undo are store calls. report() emits saved or failed.
    bool push(const QString &text, std::function<Status()> redo, std::function<Status()> undo);
    bool report(const Status &status);

private:
    void announce(const ChangeSet &changes);
    bool mayReplay(int index, const QString &what);
    void watchFile();

    std::unique_ptr<Workbook> m_workbook;
    QUndoStack *m_undoStack = nullptr;
    qint64 m_seenRevision = 0;
    QHash<QObject *, std::function<bool()>> m_pending;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_poll;
    bool m_catchingUp = false;
    bool m_unsaved = false;
    void setUnsaved(bool unsaved);
    QSet<QString> m_announcing;
};

} // namespace qdf::gui
