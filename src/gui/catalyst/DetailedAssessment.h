#pragma once

#include "core/catalyst/Scoring.h"

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace qdf::gui {

class UnreadableNotice;

// The detailed assessment: per element, the four levels with their descriptors, indicators
// and approaches to change, the current (agreed) level marked, and what would move it on to
// the next level.
class DetailedAssessment : public QWidget {
    Q_OBJECT
public:
    explicit DetailedAssessment(QWidget *parent = nullptr);
    void setAgreed(const catalyst::Ratings &agreed);
    // The agreed levels could not be read: no element is shown as "no level agreed yet".
    void showUnreadable(const QString &message);
    void showElement(const QString &elementKey);
    QString html() const;
    QListWidget *elements() const { return m_elements; }

private:
    QListWidget *m_elements = nullptr;
    QTextBrowser *m_view = nullptr;
    UnreadableNotice *m_unreadable = nullptr;
    catalyst::Ratings m_agreed;
};

} // namespace qdf::gui
