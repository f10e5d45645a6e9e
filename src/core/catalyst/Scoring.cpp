#include "core/catalyst/Scoring.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

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
    int sum = 0;
    for (const Driver &d : pack.drivers) {
        const DriverScore s = scoreDriver(d, ratings);
        sum += s.total;
        system.ratedElements += s.rated;
        system.incompleteDrivers += s.complete ? 0 : 1;
        system.drivers.push_back(s);
    }
    if (system.ratedElements > 0)
        system.averageElementScore = double(sum) / system.ratedElements;
    // Band first (Building partnerships at 10 is "Consolidating the basics" where another
    // driver's 10 is "Thinking differently"), then total.
    const auto rank = [](const DriverScore &s) { return std::make_pair(s.band.value_or(0), s.total); };
    std::optional<std::pair<int, int>> lowest, highest;
    for (const DriverScore &s : std::as_const(system.drivers)) {
        if (!s.complete)
            continue;
        lowest = lowest ? std::min(*lowest, rank(s)) : rank(s);
        highest = highest ? std::max(*highest, rank(s)) : rank(s);
    }
    if (lowest && *lowest != *highest) {
        for (const DriverScore &s : std::as_const(system.drivers)) {
            if (s.complete && rank(s) == *lowest)
                system.weakestDrivers << s.driverKey;
        }
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
    const auto tr = [](const char *text) { return QCoreApplication::translate("qdf::catalyst", text); };
    QString text = tr("Average element score %1 of 4.").arg(QLocale().toString(*score.averageElementScore, 'f', 1));
    if (score.incompleteDrivers > 0)
        text += QLatin1Char(' ')
            + tr("It is over the elements rated so far (%1 of %2); %3 of the %4 drivers are not complete yet.")
                  .arg(score.ratedElements)
                  .arg(std::accumulate(pack.drivers.cbegin(), pack.drivers.cend(), 0,
                                       [](int n, const Driver &d) { return n + int(d.elements.size()); }))
                  .arg(score.incompleteDrivers)
                  .arg(score.drivers.size());
    QStringList weakest;
    for (const QString &key : score.weakestDrivers) {
        const Driver *driver = pack.driver(key);
        for (const DriverScore &d : score.drivers) {
            if (d.driverKey == key && d.band)
                weakest << QStringLiteral("%1 (%2, %3)").arg(driver->name, pack.levelTitles.value(*d.band - 1)).arg(d.total);
        }
    }
    if (!weakest.isEmpty())
        text += QLatin1Char(' ') + tr("Weakest: %1.").arg(weakest.join(QStringLiteral("; ")));
    return text;
}

} // namespace qdf::catalyst
