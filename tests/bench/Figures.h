#pragma once

#include "Measure.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace qdf::bench {

// One line of qdf-bench's table: our median beside a floor or a peer measured in the same run.
struct Figure {
    QString name;
    QString peerName;
    double ours = 0;
    double peer = 0;  // 0: no peer measured
    long peakKb = 0;
    QString target;   // as printed
    std::function<bool(const Figure &)> met;  // null: no target
};

// Runs `prepare` (untimed) then `measure` K times; the median CPU time and the largest peak.
std::optional<std::pair<double, long>> repeat(int runs, const std::function<void()> &prepare,
                                              const std::function<std::optional<Sample>()> &measure);

// Replaces `to` (and its -wal and -shm) by a copy of `from`; exits the benchmark if it cannot.
void copyOver(const QString &from, const QString &to);

QString seconds(double s);

void print(const QList<Figure> &figures);

} // namespace qdf::bench
