#pragma once

#include "core/Error.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace qdf::gui {

class WorkbookSession;

// What the three parts of a section (Working Examples, Reference Materials, Draft Schedules)
// share: a card with a list, a row of buttons, and a reload whenever the session says the
// section changed.
class SectionPanel : public QFrame {
    Q_OBJECT
public:
    SectionPanel(WorkbookSession &session, qint64 sectionId, const QString &name, QWidget *parent);
    QListWidget *list() const { return m_list; }

protected:
    // Fills the list from the store; called at first and after every change to the section.
    virtual void reload() = 0;
    // Call at the end of a subclass constructor, once it can reload.
    void start();
    QPushButton *addButton(const QString &text, const QString &objectName, bool needsSelection);
    QString selectedUuid() const;
    // A greyed line saying the list is empty; it cannot be selected.
    void addPlaceholder(const QString &text);
    // Shows the list, or in its place why it could not be read (the window's banner says so
    // too); true if it was read. The list is empty either way, for reload() to fill.
    template <typename T>
    bool showRead(const Result<T> &read)
    {
        return showRead(read ? QString() : read.error().message);
    }
    bool showRead(const QString &unreadable);
    bool canEdit() const;

    WorkbookSession &m_session;
    const qint64 m_sectionId;
    QVBoxLayout *m_layout = nullptr;

private:
    void updateButtons();
    void fitList();

    QListWidget *m_list = nullptr;
    QLabel *m_unreadable = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QList<QPushButton *> m_selectionButtons;
};

} // namespace qdf::gui
