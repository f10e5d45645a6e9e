#pragma once

#include "core/privacy/People.h"

#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace qdf::gui {

// Chooses a person among those a master's records name (core/privacy/People.h): their name,
// organisation and what they sent and signed, so that two people of the same name are told apart.
// Used by Sync › Export everything about a person… and Sync › Erase a person….
class PersonPicker : public QDialog {
    Q_OBJECT
public:
    // `action`: what the OK button does ("Export…", "Erase…").
    PersonPicker(const QVector<privacy::Person> &people, const QString &title, const QString &action, QWidget *parent = nullptr);

    // The name of the person chosen (empty: none).
    QString chosen() const;
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace qdf::gui
