#pragma once

#include "core/Domain.h"

#include <QScrollArea>
#include <QVector>

namespace qdf::gui {

class AnswerEditor;
class ExamplesPanel;
class LiveController;
class ReferencesPanel;
class SchedulesPanel;
class WorkbookSession;

// A CAREMORE section (or the Baseline Questionnaire): purpose, explanation, each open
// question with its answer, then the section's Working Examples, Reference Materials and
// Draft Schedules.
class SectionPage : public QScrollArea {
    Q_OBJECT
public:
    SectionPage(WorkbookSession &session, const Section &section, QWidget *parent = nullptr);

    const Section &section() const { return m_section; }
    const QVector<AnswerEditor *> &answerEditors() const { return m_editors; }
    ExamplesPanel *examples() const { return m_examples; }
    ReferencesPanel *references() const { return m_references; }
    SchedulesPanel *schedules() const { return m_schedules; }
    // Saves every pending answer; false if any could not be saved.
    bool flush();
    // Scrolls to and focuses a question's editor, or selects an item in one of the lists.
    void focusQuestion(const QString &questionKey);
    void focusItem(const QString &uuid);
    // The window's live session, which each question's "Ask the room…" follows: it starts one
    // (with a dialog, hence the ellipsis) or, while one runs, opens the question in it.
    void setLive(LiveController *live);

Q_SIGNALS:
    void scheduleOpened(const QString &uuid);
    void undoRequested();
    void redoRequested();
    // "Ask the room…" on one of the section's questions (a CAREMORE section's only).
    void askTheRoomRequested(const QString &sectionKey, const QString &questionKey);

private:
    void followLive();

    WorkbookSession &m_session;
    Section m_section;
    QVector<AnswerEditor *> m_editors;
    ExamplesPanel *m_examples = nullptr;
    ReferencesPanel *m_references = nullptr;
    SchedulesPanel *m_schedules = nullptr;
    LiveController *m_live = nullptr;
};

} // namespace qdf::gui
