#pragma once

#include <QStringList>

namespace qdf::bench {

// A realistic programme for the benchmark: the master and N participant workbooks made from it.
// Each participant answers every open question (a few paragraphs of Markdown), edits the
// master's 10 draft Schedules (a few pages each) where others edit too, so that merging does
// real three-way work (clean word merges and conflicts), rates every Catalyst element and keeps
// two reviews with every item rated. Their contribution bundles are exported once, as the
// starting point of the merge figure.
struct Programme {
    QString folder;
    QString master;
    QStringList participants;  // each as it was before its contribution was exported
    QStringList bundles;
};

Programme generate(const QString &folder, int participants, quint32 seed = 2026);

} // namespace qdf::bench
