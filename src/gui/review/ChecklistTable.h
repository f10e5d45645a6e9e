#pragma once

#include "core/review/ReviewStore.h"

#include <QTableWidget>

#include <functional>

namespace qdf::gui {

class CellTyping;
class UnreadableNotice;

// The items of one checklist, a row each, with text columns chosen by the owner (a stage, the
// guidance of each model, why a feature matters), the rating and, if asked, the notes. Keys rate
// the current item and move on to the next (see ratingForKey); a note is edited in its cell.
// The owner saves: this table only asks (and, through typing(), hands over a note still being
// typed in its cell when pending typing is saved).
class ChecklistTable : public QTableWidget {
    Q_OBJECT
public:
    struct Column {
        QString title;
        std::function<QString(const review::Item &)> text;
        bool highlighted = false;  // the review's own model
        bool brief = false;        // long text: its first sentence, the whole as a tooltip
        int width = 0;             // 0: shares the free width
    };

    explicit ChecklistTable(QWidget *parent = nullptr);

    void setChecklist(const review::Checklist &checklist, const QVector<Column> &columns, bool notes);
    void setResponses(const QHash<QString, review::Response> &byItemKey, bool editable);
    // The ratings could not be read: the items are hidden behind why, and none can be rated.
    void showUnreadable(const QString &message);
    CellTyping *typing() const { return m_typing; }
    QString checklistKey() const { return m_checklistKey; }
    QString currentItemKey() const;
    void selectItem(const QString &itemKey);
    int ratingColumn() const { return m_ratingColumn; }
    int notesColumn() const { return m_notesColumn; }

Q_SIGNALS:
    void ratingRequested(const QString &itemKey, const QString &rating);
    void noteEdited(const QString &itemKey, const QString &note);
    void currentItemChanged(const QString &itemKey);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setReadable(bool readable);

    CellTyping *m_typing = nullptr;
    UnreadableNotice *m_unreadable = nullptr;
    QString m_checklistKey;
    QStringList m_itemKeys;  // by row
    int m_ratingColumn = -1;
    int m_notesColumn = -1;
    bool m_loading = false;
};

} // namespace qdf::gui
