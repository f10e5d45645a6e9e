#pragma once

#include "core/actions/ActionStore.h"

#include <QDialog>
#include <QPair>

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace qdf::gui {

class CellTyping;
class SaveAsYouType;
class WorkbookSession;

// What an action can improve: key and name (a driver or element; a review item).
using Subjects = QVector<QPair<QString, QString>>;
// Adds a new action to its assessment's plan: its uuid, or empty if refused.
using AddAction = std::function<QString(const Action &draft)>;

// One action: its row of the action planning table, then its detailed action sheet with the
// delivery plan's review points. Used by every assessment that feeds the action plan.
//
// Saved as one types, as the Schedule editor is: after a pause, with all pending typing, and on
// Escape and Close (which ask only if it cannot be saved); each save is a step on the undo
// stack. A new action is added (through `add`) once it says what we need to achieve; nothing
// is added for a sheet closed untouched.
class ActionSheetDialog : public QDialog {
    Q_OBJECT
public:
    ActionSheetDialog(WorkbookSession &session, const Subjects &subjects, AddAction add, QWidget *parent = nullptr);
    void setAction(const Action &action);
    // The action as on screen (id, uuid, source and context kept from setAction and the first save).
    Action action() const;

    bool hasUnsavedChanges() const;
    bool saveNow();
    QString saveState() const;
    void reject() override;  // Escape, Close and the title bar's close button: saves first

    QLineEdit *achieveField() const { return m_achieve; }
    QTableWidget *reviewPoints() const { return m_points; }

private:
    QPlainTextEdit *text(const QString &accessibleName, int lines);
    QString save();

    WorkbookSession &m_session;
    AddAction m_add;
    SaveAsYouType *m_saving = nullptr;
    CellTyping *m_pointTyping = nullptr;
    Action m_action;
    Action m_saved;  // as last saved (or as opened), field by field as action() gives it
    bool m_loading = false;
    QComboBox *m_subject = nullptr;
    QLineEdit *m_achieve = nullptr;
    QPlainTextEdit *m_soThat = nullptr;
    QVector<QLineEdit *> m_steps;
    QLineEdit *m_byWhen = nullptr;
    QLineEdit *m_involving = nullptr;
    QLineEdit *m_criticality = nullptr;
    QPlainTextEdit *m_resources = nullptr;
    QPlainTextEdit *m_purpose = nullptr;
    QLineEdit *m_lead = nullptr;
    QPlainTextEdit *m_support = nullptr;
    QPlainTextEdit *m_difference = nullptr;
    QTableWidget *m_points = nullptr;
};

} // namespace qdf::gui
