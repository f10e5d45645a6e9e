#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace qdf::gui {

class MainWindow;

// The production team's part of data protection, in the Sync menu of a master (docs/security.md,
// "Data protection"): Export everything about a person… (a person chosen, then a JSON file or a
// report) and Erase a person… (a person chosen, then a confirmation that says what will be removed
// and anonymised). The dialogs end in exportPerson() and erasePerson(), which tests call.
class PersonActions : public QObject {
    Q_OBJECT
public:
    PersonActions(MainWindow &window, QMenu &menu);

    void workbookOpened();  // offered in a writable master only
    // Writes everything about `person` to `path`: JSON (.json) or a report (.pdf, .docx, .odt, .html).
    bool exportPerson(const QString &person, const QString &path);
    // Erases `person` once a person confirmed it (app/Ask: tests answer in advance).
    bool erasePerson(const QString &person);

private:
    QString pick(const QString &title, const QString &action, bool owners);

    MainWindow &m_window;
    QAction *m_export = nullptr;
    QAction *m_erase = nullptr;
};

} // namespace qdf::gui
