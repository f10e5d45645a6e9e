#pragma once

#include <QSet>
#include <QTableWidget>

namespace qdf::gui {

class UnreadableNotice;
class WorkbookSession;

// A participant scores every element by choosing one of its four level descriptors: click a
// descriptor, or press 1-4 on the element's row (arrows move between rows), about a minute an
// element. Each driver's row shows its running total and band, or that it is incomplete.
class ScoringGrid : public QTableWidget {
    Q_OBJECT
public:
    ScoringGrid(WorkbookSession &session, QWidget *parent = nullptr);

    // Whose ratings in which round the grid shows and edits. Nobody's (an empty name): the
    // levels to read, none chosen, no totals — what the projector shows.
    void setRater(const QString &roundId, const QString &participant);
    // The text shown for a driver's total (e.g. "15 · Developing strategically").
    QString driverSummary(const QString &driverKey) const;
    bool rateCurrent(int level);
    // Elements whose chosen level is not shown (a live session's drivers not revealed yet).
    void setBlind(const QSet<QString> &elements) { m_blind = elements; }
    // The scores could not be read: no grid to score again from nothing.
    void showUnreadable(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reload();
    void setReadable(bool readable);

    WorkbookSession &m_session;
    UnreadableNotice *m_unreadable = nullptr;
    QString m_roundId;
    QString m_participant;
    QHash<QString, int> m_driverRows;  // driver key -> its header row
    QHash<QString, int> m_ratings;     // element key -> the level chosen, as saved
    QSet<QString> m_blind;
};

} // namespace qdf::gui
