#pragma once

#include "core/catalyst/CatalystPack.h"

#include <QHash>
#include <QMap>

#include <optional>

namespace qdf::catalyst {

// Levels chosen, by element key (1-4). An element without an entry is unrated.
using Ratings = QHash<QString, int>;

// A driver's score: the sum of its five element levels (5-20), and the band its thresholds
// give — but only when all five are rated; otherwise it is incomplete and has no band.
struct DriverScore {
    QString driverKey;
    int total = 0;  // of the rated elements
    int rated = 0;
    bool complete = false;
    std::optional<int> band;  // 1-4
};

struct SystemScore {
    QVector<DriverScore> drivers;
    std::optional<double> averageElementScore;  // over the rated elements
    int ratedElements = 0;
    int incompleteDrivers = 0;  // drivers with an element unrated: the average leaves them partly out
    // The complete drivers in the lowest band, and of those the lowest total (ties all listed):
    // each driver's own thresholds decide, as totals mean different bands for different
    // drivers. Empty when every complete driver ties (one alone ties with itself).
    QStringList weakestDrivers;
};

std::optional<int> bandFor(const Driver &driver, int total);
DriverScore scoreDriver(const Driver &driver, const Ratings &ratings);
SystemScore scoreSystem(const Pack &pack, const Ratings &ratings);
// "Average element score 2.4 of 4. Weakest: … (band)." and, while drivers are incomplete, over
// what the average was taken (empty while nothing is rated).
QString describeSystem(const Pack &pack, const SystemScore &score);

// Where the room disagrees: per element, the spread of participants' levels, most divergent
// first (then by element order), so the group discusses the biggest differences first.
struct ElementSpread {
    QString elementKey;
    QVector<int> levels;  // one per participant who rated it
    int min = 0;
    int max = 0;
    double median = 0;
    int spread() const { return max - min; }
};

QVector<ElementSpread> spreads(const Pack &pack, const QMap<QString, Ratings> &byParticipant);

} // namespace qdf::catalyst
