#pragma once

#include <QImage>
#include <QTimer>
#include <QWidget>

class QAction;
class QActionGroup;
class QCheckBox;
class QMenu;
class QToolButton;
class QLabel;
class QListWidget;
class QTabWidget;
class QPushButton;
class QVBoxLayout;

namespace qdf::workshop {
struct QrMatrix;
}

namespace qdf::gui {

class LiveAnswers;
class LiveController;

// The live session on the facilitator's screen, big enough for the projector: the QR code of the
// address, the short address and the six-character code to type, the open driver, who has joined
// and how many of the open driver's elements each has scored — never which levels —, typed names
// to confirm or refuse, and Next driver, Reveal and Stop; a question open for answers from the
// phones, the answers as they arrive (named, or "Anonymous" for the projector), each with Keep, which
// makes it a contribution to the master's answer. A view of the window's LiveController,
// in a dock beside the page, so it stays in view on every page and through imports.
class LivePanel : public QWidget {
    Q_OBJECT
public:
    explicit LivePanel(LiveController &live, QWidget *parent = nullptr);

    QLabel *qrLabel() const { return m_qr; }
    QLabel *addressLabel() const { return m_address; }
    QLabel *codeLabel() const { return m_code; }
    QLabel *openDriverLabel() const { return m_open; }
    QListWidget *people() const { return m_people; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *refuseButton() const { return m_refuse; }
    // The question open for answers: a menu of "No question open", then a submenu a CAREMORE
    // section of its questions; each a checkable action whose data is "SECTION/QUESTION" ("" for none).
    QToolButton *questionButton() const { return m_question; }
    QAction *questionAction(const QString &sectionAndQuestion) const;
    LiveAnswers *answers() const { return m_answers; }
    // The answers shown, in the order they arrived: the line each shows, and its Keep button.
    QStringList answerLines() const;
    QPushButton *keepButton(int row) const;
    QCheckBox *anonymousBox() const;
    QString outcome() const;
    // Why no answer can be kept here (a participant's workbook: contributions are the master's);
    // hidden where they can.
    QLabel *keepNote() const;
    // As narrow as its contents allow: the page beside it needs the width more.
    QSize sizeHint() const override;  // what the last step said, if it was refused

    // The code as an image of `scale` pixels a module, with the quiet zone of four modules the
    // standard asks for, dark on light whatever the palette (a phone's camera needs that), and
    // scaled without smoothing so each module stays sharp.
    static QImage qrImage(const workshop::QrMatrix &matrix, int scale);

Q_SIGNALS:
    // What a step did, for the window to say (its status bar is a live region).
    void said(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void fitFonts();
    void step(bool ok, const QString &message);
    QString selectedSeat() const;
    void fillQuestions();
    void chooseQuestion(QAction *action);
    void refreshAnswers();

    LiveController &m_live;
    QTimer m_pending;  // a burst of answers is one refresh
    QLabel *m_title = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_open = nullptr;
    QLabel *m_scored = nullptr;
    QListWidget *m_people = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_refuse = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_outcome = nullptr;
    QToolButton *m_question = nullptr;
    QMenu *m_questionMenu = nullptr;
    QActionGroup *m_questions = nullptr;
    LiveAnswers *m_answers = nullptr;  // the open question's answers, a tab while it is open
    QTabWidget *m_tabs = nullptr;      // who joined; the answers, while a question is open
    QWidget *m_joinedPage = nullptr;
    bool m_qrSmall = false;
    QString m_questionsOf;             // the workbook the question list was filled from
};

} // namespace qdf::gui
