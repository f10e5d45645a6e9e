#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QLabel;
class QWidget;

namespace qdf::gui {

class WorkbookSession;

// A dialog that saves as one types, as the answer and Schedule editors do: after a pause in
// typing, whenever the session saves pending typing (closing the window, undo, an import,
// another page), and before it closes. Its label always says whether what is on screen is saved;
// typing that cannot be saved stays on screen, and closing then asks instead of dropping it.
class SaveAsYouType : public QObject {
    Q_OBJECT
public:
    // `unsaved` says whether what is on screen differs from what was last saved; `save` saves it
    // and returns why it could not (empty when saved).
    SaveAsYouType(WorkbookSession &session, QWidget *dialog, std::function<bool()> unsaved, std::function<QString()> save);
    // The reason to give when the session refused a save: its banner says why.
    static QString refusedBySession();

    QLabel *stateLabel() const { return m_state; }
    QString state() const;
    // Connect each field's change signal here: unsaved until the pause.
    void edited();
    bool saveNow();
    // For the dialog's reject() (Escape, Close, the title bar's close button): saves, and if that
    // fails asks whether to keep editing or to discard `what`. True: the dialog may close.
    bool mayClose(const QString &what);
    void showState(const QString &text, bool error);

private:
    WorkbookSession &m_session;
    QWidget *m_dialog = nullptr;
    std::function<bool()> m_unsaved;
    std::function<QString()> m_save;
    QString m_refused;  // why the last save failed
    QLabel *m_state = nullptr;
    QTimer m_pause;
};

} // namespace qdf::gui
