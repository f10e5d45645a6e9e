#pragma once

#include "core/Domain.h"
#include "core/Error.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace qdf {
class Workbook;
}

namespace qdf::gui {

// The open workbook as the GUI edits it. Every change a person makes goes through here as one
// command on the undo stack (Ctrl+Z / Ctrl+Shift+Z across the whole workbook); doing, undoing
// and redoing all write through the core stores, so each step is saved at once and becomes a
// revision in the history. After each step the session says what changed, and pages refresh.
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
    bool restoreAnswer(const Question &question, int version);
    bool addExample(qint64 sectionId, const QString &title, const QString &body);
    bool editExample(const WorkingExample &example, const QString &title, const QString &body);
    bool moveExample(const WorkingExample &example, int to);
    bool removeExample(const WorkingExample &example);
    bool attachReference(qint64 sectionId, const QString &fileName, const QByteArray &data, const QString &note);
    bool setReferenceNote(const ReferenceMaterial &reference, const QString &note);
    bool removeReference(const ReferenceMaterial &reference);
    bool editSchedule(const Schedule &schedule, const QString &title, const QString &body);
    bool setMilestone(const Milestone &milestone, MilestoneStatus status);

    // Formal acts, saved at once and not undoable.
    Result<Schedule> addSchedule(qint64 sectionId, const QString &title, const QString &body);
    bool moveSchedule(const Schedule &schedule, Maturity to);
    bool signSchedule(const Schedule &schedule);

Q_SIGNALS:
    void answerChanged(qint64 questionId);
    void sectionChanged(qint64 sectionId);  // its examples, references or Schedules
    void schedulesChanged();
    void planChanged();
    void catalystChanged();  // ratings, agreed levels, targets or the round's actions
    void reviewChanged();    // a review's ratings, notes, sub-questions, evidence or actions
    void actionsChanged();   // an action of the one action plan was edited or removed
    void saved();
    void failed(const QString &message);

public:
    // For the edit helpers of each panel (AssessmentEdits, ...): pushes a command whose redo and
    // undo are store calls; `changed` announces the result. report() emits saved or failed.
    bool push(const QString &text, std::function<Status()> redo, std::function<Status()> undo,
              std::function<void()> changed);
    bool report(const Status &status);

private:

    std::unique_ptr<Workbook> m_workbook;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace qdf::gui
