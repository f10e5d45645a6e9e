#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

class QHBoxLayout;
class QVBoxLayout;
class QLabel;

namespace qdf::gui {

class LiveController;

// The open question's answers for the whole room: a window of its own, full screen (on the
// projector, or the screen it is moved to), the question in large type and every answer as a card
// as it arrives, newest last, named or "Anonymous" as the panel's box says. Nothing is done here
// (Keep stays in the panel, on the facilitator's side); Escape closes it. It follows the
// controller and closes itself when the question closes or the session stops.
class LiveAnswersWall : public QWidget {
    Q_OBJECT
public:
    LiveAnswersWall(LiveController &live, QWidget *parent = nullptr);

    void setAnonymous(bool anonymous);
    // The cards shown, in order: each as its text reads.
    QStringList cards() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();

    LiveController &m_live;
    bool m_anonymous = false;
    QLabel *m_question = nullptr;
    QLabel *m_empty = nullptr;
    QVector<QVBoxLayout *> m_columns;  // the cards in turn across them, each column its own height
    QVector<QLabel *> m_shown;        // the cards, in the order the answers came
    QWidget *m_cards = nullptr;
};

} // namespace qdf::gui
