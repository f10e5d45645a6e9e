#pragma once

#include "core/actions/ActionStore.h"

#include <QDialog>
#include <QPair>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace qdf::gui {

// What an action can improve: key and name (a driver or element; a review item).
using Subjects = QVector<QPair<QString, QString>>;

// One action: its row of the action planning table, then its detailed action sheet with the
// delivery plan's review points. Used by every assessment that feeds the action plan.
class ActionSheetDialog : public QDialog {
    Q_OBJECT
public:
    ActionSheetDialog(const Subjects &subjects, QWidget *parent = nullptr);
    void setAction(const Action &action);
    // The action as edited (id, uuid, source and context kept from setAction).
    Action action() const;

    QLineEdit *achieveField() const { return m_achieve; }
    QTableWidget *reviewPoints() const { return m_points; }

private:
    QPlainTextEdit *text(const QString &accessibleName, int lines);

    Action m_action;
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
