#pragma once

#include <QHash>
#include <QObject>
#include <QVector>

class QPlainTextEdit;

namespace qdf::gui {

// The merge review's four panes with the words that differ marked, by the program's own word
// diff (core/TextDiff.h): in this workbook's, their and the result pane, what is not in the base
// is underlined; in the base, what either side took out is struck through; both in the palette's
// link colours, so the marks read without colour and follow a dark palette. F7 and Shift+F7
// (the dialog's) select the next and previous marked stretch of a pane.
class DiffPanes : public QObject {
    Q_OBJECT
public:
    DiffPanes(QPlainTextEdit *base, QPlainTextEdit *ours, QPlainTextEdit *theirs, QPlainTextEdit *result, QObject *parent);

    // Marks every pane again from their texts (after a conflict is shown).
    void update();
    // Selects the next (or previous) marked stretch in `pane`, after (before) its cursor, going
    // round at the end; false if the pane has none.
    bool move(QPlainTextEdit *pane, bool forward);
    // The pane the keys work in: the focused one, or the result.
    QPlainTextEdit *paneInUse() const;
    // The marked stretches of a pane: [start, end) positions in its text.
    QVector<QPair<int, int>> marked(QPlainTextEdit *pane) const { return m_marked.value(pane); }

private:
    void markResult();
    void show(QPlainTextEdit *pane, const QVector<QPair<int, int>> &stretches, bool removed);

    QPlainTextEdit *m_base;
    QPlainTextEdit *m_ours;
    QPlainTextEdit *m_theirs;
    QPlainTextEdit *m_result;
    QHash<QPlainTextEdit *, QVector<QPair<int, int>>> m_marked;
};

} // namespace qdf::gui
