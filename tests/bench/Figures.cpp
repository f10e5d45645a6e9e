// The table qdf-bench prints and the helpers every figure uses.
#include "Figures.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace qdf::bench {

// Runs `prepare` (untimed) then `measure` K times; the median time and the largest peak.
std::optional<std::pair<double, long>> repeat(int runs, const std::function<void()> &prepare,
                                              const std::function<std::optional<Sample>()> &measure)
{
    QList<double> times;
    long peak = 0;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare();
        const auto s = measure();
        if (!s)
            return std::nullopt;
        times << s->seconds;
        peak = std::max(peak, s->peakKb);
    }
    return std::make_pair(median(times), peak);
}

void copyOver(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    if (!QFile::copy(from, to)) {
        std::fprintf(stderr, "qdf-bench: cannot copy %s\n", qPrintable(from));
        std::exit(2);
    }
}

QString seconds(double s)
{
    return s <= 0 ? QStringLiteral("—") : s < 1 ? QStringLiteral("%1 ms").arg(s * 1000, 0, 'f', 1) : QStringLiteral("%1 s").arg(s, 0, 'f', 2);
}

void print(const QList<Figure> &figures)
{
    std::printf("%-38s %10s  %-36s %10s %8s  %-22s %6s %9s\n", "figure", "median", "floor or peer", "median", "ratio", "target",
                "met", "peak RSS");
    for (const Figure &f : figures) {
        const QString ratio = f.peer > 0 ? QStringLiteral("%1x").arg(f.ours / f.peer, 0, 'f', 2) : QStringLiteral("—");
        const QString met = !f.met ? QStringLiteral("") : f.met(f) ? QStringLiteral("yes") : QStringLiteral("NO");
        std::printf("%-38s %10s  %-36s %10s %8s  %-22s %6s %6ld MB\n", qPrintable(f.name), qPrintable(seconds(f.ours)),
                    qPrintable(f.peerName), qPrintable(seconds(f.peer)), qPrintable(ratio), qPrintable(f.target), qPrintable(met),
                    f.peakKb / 1024);
    }
}


} // namespace qdf::bench
