#pragma once

#include "Figures.h"
#include "Generator.h"

#include <QDir>

namespace qdf::bench {

// What must grow no faster than the work (issue 16): measured at one programme size.
struct Scale {
    int participants = 0;
    double mergePerBundle = 0;  // CPU seconds per bundle of a merge of all N
    double oneMoreFull = 0;     // one more bundle into a master already holding N - 1
    double oneMoreFresh = 0;    // the same bundle into the fresh master
    long oneMorePeakKb = 0;
    double resolve = 0;         // `qdf resolve` of one conflict in the merged master
    double mbPerParticipant = 0;  // the merged master's growth, compacted, per participant
};

struct Programs {
    QString qdf;
    QString sqlite3;  // empty: not installed (no floor for the merge)
};

// Measures the scale figures of `p`, appends them to `figures` and leaves the master with all N
// bundles merged at `merged` for the figures that read it.
Scale measureScale(const Programme &p, const QDir &dir, const Programs &programs, int runs, const QString &merged,
                   QList<Figure> &figures);

// The growth between the smallest and the largest size measured in one run.
void printGrowth(const QList<Scale> &scales);

} // namespace qdf::bench
