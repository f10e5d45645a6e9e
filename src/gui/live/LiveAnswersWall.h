#pragma once

#include "core/stores/LiveAnswerStore.h"

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
// (Keep stays in the panel, on the facilitator's side); Escape closes it. The panel's answers
// (LiveAnswers) hand it what they read, once a burst of changes, and close it with the question;
// it closes itself when the session stops.
class LiveAnswersWall : public QWidget {
    Q_OBJECT
public:
    LiveAnswersWall(LiveController &live, QWidget *parent = nullptr);

    // The question and its answers so far, in the order they came.
    void showAnswers(const QString &question, const QVector<LiveAnswer> &answers, bool anonymous);
    // The cards shown, in order: each as its text reads.
    QStringList cards() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_question = nullptr;
    QLabel *m_empty = nullptr;
    QVector<QVBoxLayout *> m_columns;  // the cards in turn across them, each column its own height
    QVector<QLabel *> m_shown;        // the cards, in the order the answers came
    QWidget *m_cards = nullptr;
};

} // namespace qdf::gui
