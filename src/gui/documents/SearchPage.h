#pragma once

#include "core/Search.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace qdf::gui {

class UnreadableNotice;
class WorkbookSession;

// Full-text search over the workbook: results with their context as you type; Enter (or a
// double-click) jumps to the place.
class SearchPage : public QWidget {
    Q_OBJECT
public:
    SearchPage(WorkbookSession &session, QWidget *parent = nullptr);
    QLineEdit *queryEdit() const { return m_query; }
    QListWidget *results() const { return m_results; }
    const QVector<SearchHit> &hits() const { return m_hits; }
    void run(const QString &text);

Q_SIGNALS:
    void hitActivated(const qdf::SearchHit &hit);

private:
    WorkbookSession &m_session;
    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
    QVector<SearchHit> m_hits;
    UnreadableNotice *m_unreadable = nullptr;
};

} // namespace qdf::gui
