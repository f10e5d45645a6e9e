#pragma once

#include "core/Domain.h"
#include "core/Error.h"

#include <QStringList>

namespace qdf {
class Workbook;

// One row of an action's delivery plan ("Detailed action planning" in the Catalyst workbook).
struct ReviewPoint {
    QString due;       // Review point
    QString expected;  // What we expect to have achieved
    QString achieved;  // What we have achieved
    QString learning;  // Learning points and plan to progress
    bool operator==(const ReviewPoint &o) const
    {
        return due == o.due && expected == o.expected && achieved == o.achieved && learning == o.learning;
    }
};

// An action of the workbook's one action plan. It comes from an assessment — a Catalyst round
// or a commissioning review (its `contextUuid`) — and improves one thing there: a driver or
// element, or a review item (`subjectKey`). The fields are the seed's action planning table,
// then its detailed action sheet.
struct Action {
    enum class Source { Catalyst, Review };

    qint64 id = 0;
    QString uuid;
    Source source = Source::Catalyst;
    QString contextUuid;
    QString subjectKey;
    int position = 0;

    QString achieve;      // We need to achieve...
    QString soThat;       // So that we can...
    QStringList steps;    // By doing... 1-3
    QString byWhen;
    QString involving;
    QString criticality;  // How critical, how well
    QString resources;    // Resources needed...

    QString purpose;      // What we are trying to achieve
    QString lead;         // Lead person for delivery
    QString support;      // Support roles and what is required
    QString difference;   // What will really make the difference?
    QVector<ReviewPoint> reviewPoints;

    Change change;
};

QString actionSourceSlug(Action::Source source);

// Reads and writes the action plan. An action needs something to achieve and a context; which
// subjects are valid is for the assessment that owns the context to say (CatalystStore does).
class ActionStore {
public:
    explicit ActionStore(Workbook &workbook) : m_workbook(workbook) {}

    // Adds at the end of its context's plan (a fresh uuid unless the draft carries one).
    Result<Action> add(Action draft);
    // Writes every field and the review points of the action with this uuid.
    Status update(const Action &action);
    Status remove(const QString &uuid);
    // Puts back a removed action as it was (undo of remove), at its old position.
    Status restore(const Action &action);

    Result<QVector<Action>> list(Action::Source source, const QString &contextUuid) const;
    Result<QVector<Action>> all() const;
    Result<Action> byUuid(const QString &uuid) const;

private:
    Result<QVector<Action>> select(const QString &where, const QVariantList &values) const;
    Status insert(Action &action, const Change &change);
    Status writePoints(const Action &action);

    Workbook &m_workbook;
};

} // namespace qdf
