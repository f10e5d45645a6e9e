// qdf-bench: figures for speed and memory, each the median of several runs beside a floor or a
// peer measured in the same run (see docs/performance.md). It prints; it never fails on a figure.
#include "Figures.h"
#include "Generator.h"
#include "GuiFigures.h"
#include "ScaleFigures.h"
#include "WorkshopFigures.h"

#include "core/Search.h"
#include "core/Workbook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <functional>

using namespace qdf::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("QDF Workbench benchmark: medians beside floors and peers."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("participants"), QStringLiteral("Participants in the generated programme (100)."), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each figure; the median is printed (5)."), QStringLiteral("K"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("sizes"),
                      QStringLiteral("Only the scale figures, at each of these sizes (e.g. 25,400), and their growth."),
                      QStringLiteral("N,M")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Generate into this folder and keep it."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("workshop"),
                      QStringLiteral("Only the live workshop's figures: this many phones score all 30 elements at once (60)."),
                      QStringLiteral("N")});
    parser.process(app);
    const int n = std::max(1, parser.value(QStringLiteral("participants")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    const QString bin = QCoreApplication::applicationDirPath();
    const QString qdf = bin + QStringLiteral("/qdf");
    const QString workbench = bin + QStringLiteral("/qdf-workbench");
    const QString bare = bin + QStringLiteral("/qdf-bare-window");
    const QString bareQuery = bin + QStringLiteral("/qdf-bare-query");
    const QString sqlite3 = findProgram(QStringLiteral("sqlite3"));
    const QString libreoffice = findProgram(QStringLiteral("libreoffice"));

    QTemporaryDir temp;
    const QString folder = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temp.path();
    const QDir dir(folder);
    if (parser.isSet(QStringLiteral("workshop"))) {
        const int phones = std::max(1, parser.value(QStringLiteral("workshop")).toInt());
        printWorkshopFigures(qdf, folder, phones);
        printWorkshopFigures(qdf, folder, phones, bin + QStringLiteral("/qdf-bench-window"));
        return 0;
    }
    if (parser.isSet(QStringLiteral("sizes"))) {
        QList<Scale> scales;
        for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int count = std::max(2, size.toInt());
            const QDir at(dir.filePath(QStringLiteral("size-%1").arg(count)));
            QDir().mkpath(at.path());
            std::fprintf(stderr, "qdf-bench: generating a programme of %d participants …\n", count);
            const Programme programme = generate(at.filePath(QStringLiteral("programme")), count);
            QList<Figure> figures;
            scales << measureScale(programme, at, {qdf, sqlite3}, runs, at.filePath(QStringLiteral("merged.qdf")), figures);
            std::printf("qdf-bench: %d participants, median of %d runs\n\n", count, runs);
            print(figures);
            std::printf("\n");
            printGuiFigures(bin + QStringLiteral("/qdf-gui-probe"), at.filePath(QStringLiteral("merged.qdf")), count, runs);
        }
        std::printf("qdf-bench: growth, %s, %d cores, Qt %s (CPU seconds)\n\n", qPrintable(QSysInfo::prettyProductName()),
                    QThread::idealThreadCount(), qVersion());
        printGrowth(scales);
        return 0;
    }
    QElapsedTimer generation;
    generation.start();
    std::fprintf(stderr, "qdf-bench: generating a programme of %d participants in %s …\n", n, qPrintable(folder));
    const Programme p = generate(dir.filePath(QStringLiteral("programme")), n);
    std::fprintf(stderr, "qdf-bench: generated in %.1f s; measuring, %d runs each …\n", double(generation.elapsed()) / 1000, runs);
    const QStringList gui{QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("XDG_CONFIG_HOME=") + dir.filePath(QStringLiteral("config")),
                          QStringLiteral("XDG_RUNTIME_DIR=") + dir.filePath(QStringLiteral("runtime"))};
    QDir().mkpath(dir.filePath(QStringLiteral("runtime")));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QList<Figure> figures;
    const auto sql = [&](const QString &db, const QString &statements) {
        return Command{{sqlite3, QStringLiteral("-readonly"), db, statements}, {}, {0}};
    };

    // Export N contribution bundles, each from a participant as it was before exporting.
    {
        Figure f{QStringLiteral("export %1 contribution bundles").arg(n), QStringLiteral("sqlite3 reads their tables"), 0, 0, 0, {}, {}};
        QStringList work;
        for (int i = 0; i < n; ++i)
            work << dir.filePath(QStringLiteral("export-%1.qdf").arg(i));
        QList<Command> exports, reads;
        for (int i = 0; i < n; ++i) {
            exports << Command{{qdf, QStringLiteral("bundle"), QStringLiteral("export"), work[i], QStringLiteral("-o"),
                                work[i] + QStringLiteral("sync")},
                               {},
                               {0}};
            reads << sql(p.participants[i], QStringLiteral("SELECT * FROM answer; SELECT * FROM schedule; SELECT * FROM catalyst_rating;"
                                                           " SELECT * FROM review_response; SELECT * FROM sync_base;"));
        }
        const auto ours = repeat(runs, [&] { for (int i = 0; i < n; ++i) copyOver(p.participants[i], work[i]); },
                                 [&] { return runAll(exports); });
        if (ours)
            std::tie(f.ours, f.peakKb) = *ours;
        if (!sqlite3.isEmpty()) {
            if (const auto floor = repeat(runs, {}, [&] { return runAll(reads); }))
                f.peer = floor->first;
        }
        figures << f;
    }

    // Merge all N, one more into a full master, resolve, the master's size: what must scale.
    const QString merged = dir.filePath(QStringLiteral("merged.qdf"));
    const Scale scale = measureScale(p, dir, {qdf, sqlite3}, runs, merged, figures);

    // Open the merged master and read its first page's data (what `qdf info` shows).
    {
        Figure f{QStringLiteral("open the master, first page's data"), QStringLiteral("sqlite3 runs the same queries"), 0, 0, 0, {}, {}};
        if (const auto ours = repeat(runs, {}, [&] { return run({{qdf, QStringLiteral("info"), merged, QStringLiteral("--json")}, {}, {0}}); }))
            std::tie(f.ours, f.peakKb) = *ours;
        if (!sqlite3.isEmpty()) {
            const Command same = sql(merged, QStringLiteral(
                "SELECT * FROM workbook; SELECT s.key, s.title, (SELECT COUNT(*) FROM question q WHERE q.section_id = s.id),"
                " (SELECT COUNT(*) FROM answer a JOIN question q ON q.id = a.question_id WHERE q.section_id = s.id"
                " AND length(trim(a.text)) > 0), (SELECT COUNT(*) FROM working_example e WHERE e.section_id = s.id),"
                " (SELECT COUNT(*) FROM reference_material r WHERE r.section_id = s.id),"
                " (SELECT COUNT(*) FROM schedule d WHERE d.section_id = s.id) FROM section s ORDER BY s.position;"));
            if (const auto floor = repeat(runs, {}, [&] { return run(same); }))
                f.peer = floor->first;
        }
        figures << f;
    }

    // A person's data (docs/security.md, "Data protection"): everything about one participant
    // exported, and the participant erased from a copy of the master, beside rebuilding the same
    // file (VACUUM), which the erasure does last so that no free page keeps what it removed.
    {
        Figure f{QStringLiteral("export everything about a person (JSON)"), QStringLiteral("sqlite3 reads every table"), 0, 0, 0, {}, {}};
        const QString json = dir.filePath(QStringLiteral("person.json"));
        if (const auto ours = repeat(runs, {}, [&] {
                return run({{qdf, QStringLiteral("person"), QStringLiteral("export"), merged, QStringLiteral("Participant 001"),
                             QStringLiteral("-o"), json},
                            {},
                            {0}});
            }))
            std::tie(f.ours, f.peakKb) = *ours;
        if (!sqlite3.isEmpty()) {
            if (const auto floor = repeat(runs, {}, [&] { return run(sql(merged, QStringLiteral(".dump"))); }))
                f.peer = floor->first;
        }
        figures << f;
        Figure e{QStringLiteral("erase a person from the master"), QStringLiteral("sqlite3 VACUUM of the same file"), 0, 0, 0, {}, {}};
        const QString copy = dir.filePath(QStringLiteral("erase.qdf"));
        if (const auto ours = repeat(runs, [&] { copyOver(merged, copy); }, [&] {
                return run({{qdf, QStringLiteral("person"), QStringLiteral("erase"), copy, QStringLiteral("Participant 001"),
                             QStringLiteral("--yes")},
                            {},
                            {0}});
            }))
            std::tie(e.ours, e.peakKb) = *ours;
        if (!sqlite3.isEmpty()) {
            if (const auto floor = repeat(runs, [&] { copyOver(merged, copy); },
                                          [&] { return run({{sqlite3, copy, QStringLiteral("VACUUM;")}, {}, {0}}); }))
                e.peer = floor->first;
        }
        figures << e;
    }

    // Full-text search over the master, beside the same FTS5 query in the sqlite3 shell.
    {
        Figure f{QStringLiteral("full-text search of the master"), QStringLiteral("sqlite3, the same FTS5 query"), 0, 0, 0,
                 QStringLiteral("≤ 2x"), [](const Figure &x) { return x.peer > 0 && x.ours <= 2 * x.peer; }};
        if (const auto ours = repeat(runs, {}, [&] {
                return run({{qdf, QStringLiteral("search"), merged, QStringLiteral("nurse visit")}, {}, {0}});
            }))
            std::tie(f.ours, f.peakKb) = *ours;
        const QString query = QStringLiteral("SELECT rowid, snippet(search_index, 1, '[', ']', '…', 12) FROM search_index"
                                             " WHERE search_index MATCH '\"nurse\"* \"visit\"*' ORDER BY rank LIMIT 50;");
        if (!sqlite3.isEmpty()) {
            if (const auto floor = repeat(runs, {}, [&] { return run(sql(merged, query)); }))
                f.peer = floor->first;
        }
        figures << f;
        // The same beside the least a Qt program does for that query: what qdf adds to Qt's start.
        Figure qt{QStringLiteral("  the same, beside a bare Qt program"), QStringLiteral("qdf-bare-query, the same query"), f.ours,
                  0, f.peakKb, {}, {}};
        if (const auto floor = repeat(runs, {}, [&] { return run({{bareQuery, merged, query}, {}, {0}}); }))
            qt.peer = floor->first;
        figures << qt;
    }

    // The same search inside one process: the query's own cost, without either program's start.
    {
        Figure f{QStringLiteral("  the same, in process (Search API)"), QStringLiteral("SQLite C API, the same FTS5 query"), 0, 0, 0,
                 QStringLiteral("≤ 2x"), [](const Figure &x) { return x.peer > 0 && x.ours <= 2 * x.peer; }};
        auto wb = qdf::Workbook::open(merged, {true});
        ::sqlite3 *raw = nullptr;
        if (wb && sqlite3_open_v2(qPrintable(merged), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            const int repeats = 20;  // each sample: 20 queries, for a measurable time
            QList<double> ours, peer;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                for (int r = 0; r < repeats; ++r)
                    (void)qdf::search(**wb, QStringLiteral("nurse visit"));
                ours << double(t.nsecsElapsed()) / 1e9 / repeats;
                t.restart();
                for (int r = 0; r < repeats; ++r) {
                    sqlite3_stmt *stmt = nullptr;
                    sqlite3_prepare_v2(raw,
                                       "SELECT rowid, snippet(search_index, 1, '[', ']', '…', 12) FROM search_index"
                                       " WHERE search_index MATCH '\"nurse\"* \"visit\"*' ORDER BY rank LIMIT 50",
                                       -1, &stmt, nullptr);
                    while (sqlite3_step(stmt) == SQLITE_ROW) {
                    }
                    sqlite3_finalize(stmt);
                }
                peer << double(t.nsecsElapsed()) / 1e9 / repeats;
            }
            f.ours = median(ours);
            f.peer = median(peer);
        }
        sqlite3_close(raw);
        figures << f;
    }

    // Publish the Framework to PDF, beside LibreOffice converting the same Framework as HTML.
    {
        Figure f{QStringLiteral("publish the Framework to PDF"), QStringLiteral("libreoffice --convert-to pdf"), 0, 0, 0,
                 QStringLiteral("≤ 0.1x (10x faster)"), [](const Figure &x) { return x.peer > 0 && 10 * x.ours <= x.peer; }};
        const QString pdf = dir.filePath(QStringLiteral("framework.pdf"));
        const QString html = dir.filePath(QStringLiteral("framework.html"));
        if (const auto ours = repeat(runs, {}, [&] {
                return run({{qdf, QStringLiteral("publish"), merged, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                             pdf, QStringLiteral("--include-drafts")},
                            {},
                            {0}});
            }))
            std::tie(f.ours, f.peakKb) = *ours;
        if (libreoffice.isEmpty()) {
            f.peerName = QStringLiteral("libreoffice: not installed");
        } else if (run({{qdf, QStringLiteral("publish"), merged, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"),
                         html, QStringLiteral("--include-drafts")},
                        {},
                        {0}})) {
            const Command convert{{libreoffice, QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile")),
                                   QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                   QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), html},
                                  {},
                                  {0}};
            run(convert);  // the first start makes LibreOffice's profile: not part of the figure
            if (const auto peer = repeat(runs, {}, [&] { return run(convert); }))
                f.peer = peer->first;
        }
        figures << f;
    }

    // Cold start to the first painted window, beside a bare Qt Widgets window doing the same.
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    double bareStart = 0;
    {
        Figure f{QStringLiteral("start-up to the first painted window"), QStringLiteral("a bare Qt Widgets window"), 0, 0, 0,
                 QStringLiteral("≤ 1.5x"), [](const Figure &x) { return x.peer > 0 && x.ours <= 1.5 * x.peer; }};
        if (const auto ours = repeat(runs, {}, [&] { return run({{workbench, QStringLiteral("--screenshot"), png}, gui, {0}}); }))
            std::tie(f.ours, f.peakKb) = *ours;
        if (const auto peer = repeat(runs, {}, [&] { return run({{bare, png}, gui, {0}}); }))
            f.peer = bareStart = peer->first;
        figures << f;
    }

    // The master with everyone's work in it, open in the window: time and peak memory.
    {
        Figure f{QStringLiteral("window with the merged master open"), QStringLiteral("a bare Qt Widgets window"), 0, bareStart, 0,
                 QStringLiteral("peak ≤ 200 MB"), [](const Figure &x) { return x.peakKb > 0 && x.peakKb <= 200 * 1024; }};
        if (const auto ours = repeat(runs, {}, [&] {
                return run({{workbench, QStringLiteral("--screenshot"), png, QStringLiteral("--open"), merged}, gui, {0}});
            }))
            std::tie(f.ours, f.peakKb) = *ours;
        figures << f;
    }

    std::printf("qdf-bench: %d participants, median of %d runs; %s, %d cores, Qt %s\n\n", n, runs,
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), qVersion());
    print(figures);
    std::printf("\nmaster after the merge: %.1f MB; %d bundles: %.1f MB\n\n", double(QFileInfo(merged).size()) / 1e6, n, [&] {
        qint64 total = 0;
        for (const QString &b : p.bundles)
            total += QFileInfo(b).size();
        return double(total) / 1e6;
    }());
    printGrowth({scale});
    printGuiFigures(bin + QStringLiteral("/qdf-gui-probe"), merged, n, runs);
    printWorkshopFigures(qdf, folder, 60);
    return 0;
}
