#pragma once

#include "core/review/ReviewStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace qdf::gui {

class WorkbookSession;

// One domain of a review's checklist in full: its description and review question, the
// guidance for the review's model, the rating and evidence notes (saved as one types), the
// review's own sub-questions (with the seed's suggestions), evidence files and actions.
class ItemPanel : public QWidget {
    Q_OBJECT
public:
    ItemPanel(WorkbookSession &session, QWidget *parent = nullptr);

    struct Data {
        review::Review review;
        review::ItemRef item;
        review::Response response;
        QVector<review::SubQuestion> subQuestions;  // this item's, in order
        QVector<review::Evidence> evidence;
        QVector<Action> actions;
    };
    // The owner calls saveNote() before showing another item.
    void show(const Data &data, bool editable);
    void clear();
    bool saveNote();  // saves typed notes now (also done after a pause and on leaving)

    QComboBox *ratingBox() const { return m_rating; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QListWidget *subQuestionList() const { return m_questions; }
    QPushButton *suggestionsButton() const { return m_suggest; }

Q_SIGNALS:
    void addActionRequested(const review::ItemRef &item);
    void openActionRequested(const Action &action);

private:
    QPushButton *button(const QString &text, const QString &name);
    void addQuestion(const QString &text);
    void moveQuestion(int by);
    void attach();
    void openEvidence();

    WorkbookSession &m_session;
    Data m_data;
    bool m_editable = false;
    bool m_loading = false;
    QLabel *m_name = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_guidance = nullptr;
    QComboBox *m_rating = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QTimer *m_noteTimer = nullptr;
    QListWidget *m_questions = nullptr;
    QPushButton *m_suggest = nullptr;
    QListWidget *m_evidence = nullptr;
    QListWidget *m_actions = nullptr;
    QVector<QPushButton *> m_editButtons;
};

} // namespace qdf::gui
