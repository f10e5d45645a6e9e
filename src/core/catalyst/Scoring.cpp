#include "core/catalyst/Scoring.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace qdf::catalyst {

std::optional<int> bandFor(const Driver &driver, int total)
{
    for (const Band &b : driver.bands) {
        if (total >= b.from && total <= b.to)
            return b.level;
    }
    return std::nullopt;
}

DriverScore scoreDriver(const Driver &driver, const Ratings &ratings)
{
    DriverScore s;
    s.driverKey = driver.key;
    for (const Element &e : driver.elements) {
        const auto it = ratings.constFind(e.key);
        if (it == ratings.constEnd())
            continue;
        s.total += it.value();
        ++s.rated;
    }
    s.complete = s.rated == driver.elements.size();
    if (s.complete)
        s.band = bandFor(driver, s.total);
    return s;
}

SystemScore scoreSystem(const Pack &pack, const Ratings &ratings)
{
    SystemScore system;
    int sum = 0, rated = 0;
    for (const Driver &d : pack.drivers) {
        const DriverScore s = scoreDriver(d, ratings);
        sum += s.total;
        rated += s.rated;
        system.drivers.push_back(s);
    }
    if (rated > 0)
        system.averageElementScore = double(sum) / rated;
    int lowest = std::numeric_limits<int>::max();
    for (const DriverScore &s : std::as_const(system.drivers)) {
        if (s.complete)
            lowest = std::min(lowest, s.total);
    }
    for (const DriverScore &s : std::as_const(system.drivers)) {
        if (s.complete && s.total == lowest)
            system.weakestDrivers << s.driverKey;
    }
    return system;
}

QVector<ElementSpread> spreads(const Pack &pack, const QMap<QString, Ratings> &byParticipant)
{
    QVector<ElementSpread> result;
    for (const Driver &d : pack.drivers) {
        for (const Element &e : d.elements) {
            ElementSpread s;
            s.elementKey = e.key;
            for (const Ratings &r : byParticipant) {
                const auto it = r.constFind(e.key);
                if (it != r.constEnd())
                    s.levels << it.value();
            }
            if (s.levels.isEmpty())
                continue;
            QVector<int> sorted = s.levels;
            std::sort(sorted.begin(), sorted.end());
            s.min = sorted.first();
            s.max = sorted.last();
            const int n = int(sorted.size());
            s.median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
            result.push_back(s);
        }
    }
    // Stable: equal spreads keep the pack's order.
    std::stable_sort(result.begin(), result.end(),
                     [](const ElementSpread &a, const ElementSpread &b) { return a.spread() > b.spread(); });
    return result;
}

QString describeSystem(const Pack &pack, const SystemScore &score)
{
    if (!score.averageElementScore)
        return {};
    QStringList weakest;
    for (const QString &key : score.weakestDrivers)
        weakest << pack.driver(key)->name;
    QString text = QCoreApplication::translate("qdf::catalyst", "Average element score %1 of 4.")
                       .arg(QLocale().toString(*score.averageElementScore, 'f', 1));
    if (!weakest.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("qdf::catalyst", "Weakest: %1.").arg(weakest.join(QStringLiteral(", ")));
    return text;
}

} // namespace qdf::catalyst
