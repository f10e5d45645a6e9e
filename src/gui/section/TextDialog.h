#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace qdf::gui {

class SaveAsYouType;
class WorkbookSession;

// Asks for a title and a Markdown text (a working example, a new Schedule, a note).
//
// For something new it has OK and Cancel, and Escape or Cancel with text typed asks before
// throwing it away. Editing something that exists, it saves as one types (saveAsYouType):
// after a pause, with all pending typing, and on Escape and Close, asking only if it cannot.
class TextDialog : public QDialog {
    Q_OBJECT
public:
    explicit TextDialog(const QString &caption, QWidget *parent = nullptr, bool withTitle = true);
    void setValues(const QString &title, const QString &body);
    // Call after setValues: `save` saves title and body, false if refused (the session says why);
    // `what` names it if closing has to ask ("the working example “Night sitting”").
    void saveAsYouType(WorkbookSession &session, const QString &what,
                       std::function<bool(const QString &title, const QString &body)> save);
    QString title() const;
    QString body() const;
    QString saveState() const;  // empty unless it saves as one types
    QPlainTextEdit *bodyEdit() const { return m_body; }

    void reject() override;

private:
    bool typed() const;  // differs from setValues

    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SaveAsYouType *m_saving = nullptr;
    QString m_what;
    bool m_withTitle = true;
    QString m_savedTitle;  // as given to setValues, then as last saved
    QString m_savedBody;
};

} // namespace qdf::gui
