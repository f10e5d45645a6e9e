#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace qdf::gui {

class LiveAnswersWall;
class LiveController;

// The answers the phones posted to the question open in a live session, as they arrive: each a
// line of plain text ("Dafydd Price: …", or "Anonymous: …" for the projector) and a Keep button
// that makes it a contribution to the master's answer. Part of the live panel (LivePanel).
class LiveAnswers : public QWidget {
    Q_OBJECT
public:
    explicit LiveAnswers(LiveController &live, QWidget *parent = nullptr);

    // Follows the controller's session (none: empty). Answers only arrive, so rows are added at the end and
    // the rows already there, and the focus on one of their buttons, stay. `titleWidth`: the room
    // the question's one line has.
    void refresh(int titleWidth);
    int count() const { return int(m_ids.size()); }

    QCheckBox *anonymousBox() const { return m_anonymous; }
    QLabel *keepNote() const { return m_keepNote; }
    QPushButton *wallButton() const { return m_wallButton; }
    // The answers for the room, full screen (none until "Show to the room" is pressed).
    LiveAnswersWall *wall() const;
    QStringList lines() const;
    QPushButton *keepButton(int row) const;

Q_SIGNALS:
    // Keep was pressed and done or refused: what it did, for the panel to say.
    void kept(bool ok, const QString &message);

private:
    LiveController &m_live;
    QCheckBox *m_anonymous = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_keepNote = nullptr;
    QPushButton *m_wallButton = nullptr;
    QPointer<LiveAnswersWall> m_wall;
    QWidget *m_box = nullptr;  // one row an answer: its line and its Keep button
    QVBoxLayout *m_rows = nullptr;
    QStringList m_ids;  // the rows' answers, in order
    int m_titleWidth = 0;
};

} // namespace qdf::gui
