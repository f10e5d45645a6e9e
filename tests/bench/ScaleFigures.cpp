// The figures of issue 16: per-bundle merge cost, one more bundle into a full master, resolving
// one conflict and the master's size per participant, each at one size; and their growth.
#include "ScaleFigures.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>

namespace qdf::bench {

namespace {

Command merge(const QString &qdf, const QString &master, const QStringList &bundles)
{
    Command c{{qdf, QStringLiteral("merge"), master}, {}, {0, 3}};
    c.argv << bundles;
    return c;
}

void removeBackups(const QString &workbook)
{
    QDir(workbook + QStringLiteral(".backups")).removeRecursively();
    QDir(QFileInfo(workbook).absolutePath() + QLatin1Char('/') + QFileInfo(workbook).completeBaseName() + QStringLiteral(".backups"))
        .removeRecursively();
}

// One row of a query through the SQLite C API (the bench must not need the program to read).
QString firstValue(const QString &db, const char *query)
{
    ::sqlite3 *raw = nullptr;
    QString value;
    if (sqlite3_open_v2(qPrintable(db), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(raw, query, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(raw);
    return value;
}

// The file's size once compacted (VACUUM INTO): what it holds, not the free pages it keeps.
qint64 compactedSize(const QString &db, const QString &scratch)
{
    QFile::remove(scratch);
    ::sqlite3 *raw = nullptr;
    qint64 size = 0;
    if (sqlite3_open_v2(qPrintable(db), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        const QByteArray statement = "VACUUM INTO '" + scratch.toUtf8() + "'";
        if (sqlite3_exec(raw, statement.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
            size = QFileInfo(scratch).size();
    }
    sqlite3_close(raw);
    QFile::remove(scratch);
    return size;
}

} // namespace

Scale measureScale(const Programme &p, const QDir &dir, const Programs &programs, int runs, const QString &merged,
                   QList<Figure> &figures)
{
    const int n = int(p.bundles.size());
    Scale scale;
    scale.participants = n;

    // Merge all N into the master; the floor is the sqlite3 shell reading the same bundles' JSON.
    {
        Figure f{QStringLiteral("merge %1 bundles into the master").arg(n), QStringLiteral("sqlite3 reads the bundles' JSON"), 0, 0, 0,
                 QStringLiteral("≤ 10x"), [](const Figure &x) { return x.peer > 0 && x.ours <= 10 * x.peer; }};
        const auto ours = repeat(runs, [&] {
            copyOver(p.master, merged);
            removeBackups(merged);
        }, [&] { return run(merge(programs.qdf, merged, p.bundles)); });
        if (ours)
            std::tie(f.ours, f.peakKb) = *ours;
        if (!programs.sqlite3.isEmpty()) {
            QStringList docs;
            for (const QString &b : p.bundles)
                docs << QStringLiteral("SELECT readfile('%1') AS doc").arg(b);
            const Command read{{programs.sqlite3, QStringLiteral(":memory:"),
                                QStringLiteral("SELECT count(*), sum(length(t.atom)) FROM (%1) AS d, json_tree(d.doc) AS t;")
                                    .arg(docs.join(QStringLiteral(" UNION ALL ")))},
                               {},
                               {0}};
            if (const auto floor = repeat(runs, {}, [&] { return run(read); }))
                f.peer = floor->first;
        }
        scale.mergePerBundle = f.ours / n;
        figures << f;
    }

    // One more bundle into a master already holding N - 1, beside the same into the fresh master.
    if (n > 1) {
        const QString full = dir.filePath(QStringLiteral("full.qdf"));
        const QString work = dir.filePath(QStringLiteral("one-more.qdf"));
        copyOver(p.master, full);
        run(merge(programs.qdf, full, p.bundles.mid(0, n - 1)));
        removeBackups(full);
        const QStringList last{p.bundles.last()};
        Figure f{QStringLiteral("one more bundle, master holding %1").arg(n - 1), QStringLiteral("the same into the fresh master"), 0, 0, 0,
                 QStringLiteral("≤ 1.3x, peak < 40 MB"),
                 [](const Figure &x) { return x.peer > 0 && x.ours <= 1.3 * x.peer && x.peakKb < 40 * 1024; }};
        // The day's backup is made by a first, untimed import: the figure is the steady state
        // of a master that takes bundles in as they arrive (see docs/sync.md, Safety).
        const QString freshWork = dir.filePath(QStringLiteral("one-more-fresh.qdf"));
        for (const auto &[from, to] : {std::pair{full, work}, std::pair{p.master, freshWork}}) {
            removeBackups(to);
            copyOver(from, to);
            run(merge(programs.qdf, to, last));
        }
        if (const auto ours = repeat(runs, [&] { copyOver(full, work); }, [&] { return run(merge(programs.qdf, work, last)); }))
            std::tie(f.ours, f.peakKb) = *ours;
        if (const auto fresh = repeat(runs, [&] { copyOver(p.master, freshWork); },
                                      [&] { return run(merge(programs.qdf, freshWork, last)); }))
            f.peer = fresh->first;
        scale.oneMoreFull = f.ours;
        scale.oneMoreFresh = f.peer;
        scale.oneMorePeakKb = f.peakKb;
        figures << f;
    }

    // Resolve one conflict of the merged master, beside opening it to read its summary.
    {
        const QString id = firstValue(merged, "SELECT uuid FROM sync_conflict WHERE status = 'open' ORDER BY id DESC LIMIT 1");
        const QString work = dir.filePath(QStringLiteral("resolve.qdf"));
        Figure f{QStringLiteral("qdf resolve of one conflict"), QStringLiteral("qdf info of the same master"), 0, 0, 0,
                 QStringLiteral("< 50 ms"), [](const Figure &x) { return x.ours > 0 && x.ours < 0.05; }};
        if (id.isEmpty()) {
            f.peerName = QStringLiteral("no conflict to resolve");
        } else {
            if (const auto ours = repeat(runs, [&] { copyOver(merged, work); removeBackups(work); }, [&] {
                    return run({{programs.qdf, QStringLiteral("resolve"), work, id, QStringLiteral("--take"), QStringLiteral("theirs")}, {}, {0}});
                }))
                std::tie(f.ours, f.peakKb) = *ours;
            if (const auto info = repeat(runs, {}, [&] { return run({{programs.qdf, QStringLiteral("info"), merged, QStringLiteral("--json")}, {}, {0}}); }))
                f.peer = info->first;
        }
        scale.resolve = f.ours;
        figures << f;
    }

    // The master's growth per participant, both files compacted.
    {
        const QString scratch = dir.filePath(QStringLiteral("compacted.qdf"));
        scale.mbPerParticipant = double(compactedSize(merged, scratch) - compactedSize(p.master, scratch)) / 1e6 / n;
    }
    return scale;
}

void printGrowth(const QList<Scale> &scales)
{
    if (scales.isEmpty())
        return;
    std::printf("%-14s %18s %18s %18s %10s %12s %14s\n", "participants", "merge, per bundle", "one more (full)", "one more (fresh)",
                "peak", "resolve", "MB/participant");
    for (const Scale &s : scales)
        std::printf("%-14d %18s %18s %18s %7ld MB %12s %14.3f\n", s.participants, qPrintable(seconds(s.mergePerBundle)),
                    qPrintable(seconds(s.oneMoreFull)), qPrintable(seconds(s.oneMoreFresh)), s.oneMorePeakKb / 1024,
                    qPrintable(seconds(s.resolve)), s.mbPerParticipant);
    const Scale &small = scales.first();
    const Scale &large = scales.last();
    if (scales.size() > 1 && small.mergePerBundle > 0) {
        const double growth = large.mergePerBundle / small.mergePerBundle;
        std::printf("\nper-bundle merge cost, %d against %d participants: %.2fx (target ≤ 1.3x: %s)\n", large.participants,
                    small.participants, growth, growth <= 1.3 ? "met" : "NOT met");
    }
    for (const Scale &s : scales) {
        if (s.oneMoreFresh > 0)
            std::printf("one more bundle into %d against the fresh master: %.2fx (target ≤ 1.3x: %s); %.3f MB a participant (≤ 0.15: %s)\n",
                        s.participants - 1, s.oneMoreFull / s.oneMoreFresh, s.oneMoreFull <= 1.3 * s.oneMoreFresh ? "met" : "NOT met",
                        s.mbPerParticipant, s.mbPerParticipant <= 0.15 ? "met" : "NOT met");
    }
    std::printf("\n");
}

} // namespace qdf::bench
