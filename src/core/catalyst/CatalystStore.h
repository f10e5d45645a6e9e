#pragma once

#include "core/Domain.h"
#include "core/Error.h"
#include "core/actions/ActionStore.h"
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

// How a rating came into this workbook (catalyst_rating.source, schema 13; docs/workshop.md):
// typed (the grid, `qdf catalyst rate`, a contribution or an update), or given live by the
// participant from their own phone or laptop in a workshop.
enum class RatingSource { Typed, LivePhone };

// One participant's rating of one element as stored: what a view showing its provenance reads.
struct RatingRecord {
    int level = 0;
    QString note;
    RatingSource source = RatingSource::Typed;
    Change change;  // who wrote it last (for a live rating: the participant), when, at which revision
};

// Everything recorded in a round, read at once for a view, a report or an export.
struct RoundSnapshot {
    Round round;
    QMap<QString, Ratings> byParticipant;  // by participant's name, in name order
    Ratings agreed;
    QHash<QString, QString> agreedNotes;  // by element key
    QHash<QString, QString> targets;      // by driver key
    QVector<Action> actions;
};

// The self-assessment as a workbook stores it. Levels outside 1-4, unknown elements, drivers
// and rounds are refused (Error::Code::NotAllowed: the input is not acceptable).
class CatalystStore {
public:
    explicit CatalystStore(Workbook &workbook, const Pack &pack = Pack::shipped()) : m_workbook(workbook), m_pack(pack) {}

    Result<Round> addRound(const QString &name, const QString &completedOn);
    Result<QVector<Round>> rounds() const;  // oldest first
    Result<Round> round(const QString &nameOrId) const;

    // A participant's rating (replaces their earlier one for the element, and its source).
    Status rate(const Round &round, const QString &participant, const QString &elementKey, int level,
                const QString &note = {}, RatingSource source = RatingSource::Typed);
    Status clearRating(const Round &round, const QString &participant, const QString &elementKey);
    // For sync and undo: the round with this uuid becomes `round` (created if new); removed.
    Status putRound(const Round &round);
    Status removeRound(const QString &uuid);
    // The level the group agreed after discussion; nothing is ever agreed automatically.
    Status agree(const Round &round, const QString &elementKey, int level, const QString &note = {});
    Status clearAgreed(const Round &round, const QString &elementKey);
    Status setTarget(const Round &round, const QString &driverKey, const QString &text);

    Result<QMap<QString, Ratings>> ratingsByParticipant(const Round &round) const;
    // Everyone who has a rating in any round, in name order: the people a live workshop offers.
    Result<QStringList> participants() const;
    // One participant's ratings, and one rating (0: none): what a view showing one person, or
    // following one change, reads instead of everyone's.
    Result<Ratings> ratingsOf(const Round &round, const QString &participant) const;
    Result<int> rating(const Round &round, const QString &participant, const QString &elementKey) const;
    // The rating with its note and provenance; nullopt when the participant has not rated it.
    Result<std::optional<RatingRecord>> ratingRecord(const Round &round, const QString &participant,
                                                     const QString &elementKey) const;
    // The level agreed for one element (0: none) and its note.
    Result<QPair<int, QString>> agreement(const Round &round, const QString &elementKey) const;
    Result<Ratings> agreed(const Round &round) const;
    Result<QHash<QString, QString>> agreedNotes(const Round &round) const;  // by element key
    Result<QHash<QString, QString>> targets(const Round &round) const;  // by driver key

    Result<RoundSnapshot> snapshot(const QString &roundNameOrId) const;

    // The round's action plan: actions linked to a driver or an element (the subject).
    Result<Action> addAction(const Round &round, Action draft);
    Result<QVector<Action>> actions(const Round &round) const;

private:
    Result<QVector<Round>> selectRounds(const QString &where, const QVariantList &values) const;
    // Whether this change may set or clear the rating (core/Rules.h), read inside its write.
    Status mayChange(const Round &round, const QString &participant, const QString &elementKey, const Change &change) const;
    Status checkLevel(const QString &elementKey, int level) const;
    Result<QHash<QString, QString>> textsByKey(const QString &query, const Round &round) const;
    Workbook &m_workbook;
    const Pack &m_pack;
};

} // namespace qdf::catalyst
