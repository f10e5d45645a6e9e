#pragma once

#include "core/review/ReviewStore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace qdf::gui {

// A new commissioning review: its title, what is reviewed, date, reviewers, the outcome-based
// model in use and the checklists it uses (those that suit what is reviewed are ticked).
class NewReviewDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewReviewDialog(QWidget *parent = nullptr);
    review::Review review() const;

    QLineEdit *titleField() const { return m_title; }
    QListWidget *checklistList() const { return m_checklists; }

private:
    void suggestChecklists();
    void showModel();

    QLineEdit *m_title = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reviewers = nullptr;
    QComboBox *m_model = nullptr;
    QLabel *m_modelSummary = nullptr;
    QListWidget *m_checklists = nullptr;
};

} // namespace qdf::gui
