#pragma once

#include "core/Error.h"

#include <QLabel>

class QAbstractScrollArea;

namespace qdf::gui {

class WorkbookSession;

// Read errors are errors. A view that cannot read what it shows never shows an empty or default
// value instead: the window's banner says what could not be read and why (the session's failed
// signal), the view shows the same message where the data would be, and whatever step needed
// the data is refused.
//
//     auto rounds = readOrSay(m_session, store.rounds(), tr("The rounds"));
//     if (!rounds)
//         return m_notice->say(rounds.error().message);

// "<what> cannot be read: <why>", said in the window's banner; returned for the view to show.
Error sayUnreadable(WorkbookSession &session, const Error &error, const QString &what);

// The read, or the error sayUnreadable made of it.
template <typename T>
Result<T> readOrSay(WorkbookSession &session, Result<T> read, const QString &what)
{
    if (read)
        return read;
    return sayUnreadable(session, read.error(), what);
}

// Why a view's data cannot be read, over its emptied viewport where the rows would be. The view
// owns one, hidden while what it shows is readable: it empties itself, then calls say().
class UnreadableNotice : public QLabel {
    Q_OBJECT
public:
    explicit UnreadableNotice(QAbstractScrollArea *view);
    void say(const QString &message);
    void setVisible(bool visible) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractScrollArea *m_view = nullptr;
    QString m_description;  // the view's own, while the notice stands in for it
};

} // namespace qdf::gui
