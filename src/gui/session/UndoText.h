#pragma once

#include <QCoreApplication>
#include <QString>

namespace qdf::gui {

// What Edit › Undo and Redo say about a step, in people's words, for every kind of step in one
// place: "score of Degree of trust within all stakeholder relationships", never the internal key
// of what was changed. The menu reads "Undo: <text>"; a refused undo names the step the same way.
class UndoText {
    Q_DECLARE_TR_FUNCTIONS(qdf::gui::UndoText)
public:
    enum class Kind {
        Score,           // a participant's score of a Catalyst element (name: the element's key)
        AgreedLevel,     // the level the group agreed for an element (the element's key)
        Target,          // an improvement target (the driver's key)
        NewAction,       // an action of the action plan (name: what it is to achieve)
        Action,
        RemovedAction,
        Answer,          // an answer (name: the question's text)
        AnswerVersion,   // an earlier version brought back (name: its number)
        NewExample,      // a working example (name: its title)
        Example,
        ExampleOrder,
        RemovedExample,
        Attachment,      // a reference or evidence file (name: its file name)
        AttachmentNote,
        RemovedAttachment,
        ScheduleText,    // a Schedule's text (name: its number)
        Translated,      // a text marked as translated (name: what it is: a question's text, "Schedule 1.2")
        Milestone,       // a milestone's status (name: its title)
        Rating,          // a review item's rating (name: the item's path)
        NewSubQuestion,  // a review sub-question (name: its text)
        SubQuestion,
        SubQuestionOrder,
        RemovedSubQuestion,
    };
    static QString of(Kind kind, const QString &name = {});
    // The menu's label: "&Undo: score of …", shortened to fit a menu; "&Undo" with no step.
    static QString menuLabel(bool undo, const QString &text);
};

} // namespace qdf::gui
