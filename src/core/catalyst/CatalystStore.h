#pragma once

#include "core/Domain.h"
#include "core/Error.h"
#include "core/catalyst/Scoring.h"

#include <QMap>

namespace qdf {
class Workbook;
}

namespace qdf::catalyst {

struct Round {
    qint64 id = 0;
    QString uuid;
    QString name;
    QString completedOn;  // "Date completed", YYYY-MM-DD or empty
    Change change;
};

// The self-assessment as a workbook stores it. Levels outside 1-4, unknown elements, drivers
// and rounds are refused (Error::Code::NotAllowed: the input is not acceptable).
class CatalystStore {
public:
    explicit CatalystStore(Workbook &workbook, const Pack &pack = Pack::shipped()) : m_workbook(workbook), m_pack(pack) {}

    Result<Round> addRound(const QString &name, const QString &completedOn);
    Result<QVector<Round>> rounds() const;  // oldest first
    Result<Round> round(const QString &nameOrId) const;

    // A participant's rating (replaces their earlier one for the element).
    Status rate(const Round &round, const QString &participant, const QString &elementKey, int level,
                const QString &note = {});
    Status clearRating(const Round &round, const QString &participant, const QString &elementKey);
    // The level the group agreed after discussion; nothing is ever agreed automatically.
    Status agree(const Round &round, const QString &elementKey, int level, const QString &note = {});
    Status clearAgreed(const Round &round, const QString &elementKey);
    Status setTarget(const Round &round, const QString &driverKey, const QString &text);

    Result<QMap<QString, Ratings>> ratingsByParticipant(const Round &round) const;
    Result<Ratings> agreed(const Round &round) const;
    Result<QHash<QString, QString>> targets(const Round &round) const;  // by driver key

private:
    Status checkLevel(const QString &elementKey, int level) const;
    Workbook &m_workbook;
    const Pack &m_pack;
};

} // namespace qdf::catalyst
