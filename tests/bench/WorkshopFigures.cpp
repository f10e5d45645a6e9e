#include "WorkshopFigures.h"

#include "core/WorkbookCreation.h"
#include "core/catalyst/CatalystPack.h"
#include "core/catalyst/CatalystStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace qdf::bench {
namespace {

struct Times {
    QList<double> ms;
    void add(double value) { ms << value; }
    double at(double share) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min<qsizetype>(sorted.size() - 1, qsizetype(share * double(sorted.size())))];
    }
    void print(const char *what) const
    {
        std::printf("  %-40s %5lld  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms\n", what, static_cast<long long>(ms.size()), at(0.5),
                    at(0.95), ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end()));
    }
};

// One request, timed from sending to its whole reply; `done` gets the status and the body.
void send(QNetworkAccessManager &net, const QUrl &url, const QByteArray &method, const QByteArray &body, const QString &token,
          Times &times, std::function<void(int, const QByteArray &)> done)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = net.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, clock, &times, done = std::move(done)] {
        times.add(double(clock->nsecsElapsed()) / 1e6);
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        reply->deleteLater();
    });
}

double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readAll().split(')').value(1).trimmed().split(' ');
    // After the name: state is field 3 of stat(5), utime 14 and stime 15.
    return fields.size() > 13 ? double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK)) : 0;
}

struct Phone {
    QString name;
    QString token;
    std::unique_ptr<QNetworkAccessManager> net = std::make_unique<QNetworkAccessManager>();
};

} // namespace

void printWorkshopFigures(const QString &qdf, const QString &folder, int participants, const QString &window)
{
    const catalyst::Pack &pack = catalyst::Pack::shipped();
    const QString master = QDir(folder).filePath(QStringLiteral("workshop-load.qdf"));
    QFile::remove(master);
    {
        auto wb = createMaster(master, Owner{QStringLiteral("Rhian Morgan"), {}, {}}, QStringLiteral("Load"));
        if (!wb || !catalyst::CatalystStore(**wb).addRound(QStringLiteral("Workshop"), QString())) {
            std::fprintf(stderr, "qdf-bench: cannot make the workshop's master in %s\n", qPrintable(folder));
            return;
        }
    }
    std::vector<Phone> phones(static_cast<size_t>(participants));
    // Headless (`qdf workshop serve`), or the window's own session (qdf-bench-window --serve-live,
    // which confirms each typed name as the facilitator would).
    QStringList arguments = window.isEmpty()
        ? QStringList{QStringLiteral("workshop"), QStringLiteral("serve"), master, QStringLiteral("--round"), QStringLiteral("Workshop")}
        : QStringList{QStringLiteral("--serve-live"), master, QStringLiteral("--round"), QStringLiteral("Workshop")};
    for (int i = 0; i < participants; ++i) {
        phones[i].name = QStringLiteral("Participant %1").arg(i + 1, 2, 10, QLatin1Char('0'));
        if (window.isEmpty())
            arguments << QStringLiteral("--person") << phones[i].name;
    }
    QProcess server;
    server.start(window.isEmpty() ? qdf : window, arguments);
    QByteArray out;
    while (out.count('\n') < 2 && server.waitForReadyRead(10000))
        out += server.readAllStandardOutput();
    const QList<QByteArray> lines = out.split('\n');
    if (lines.size() < 2 || !lines[0].contains(' ')) {
        std::fprintf(stderr, "qdf-bench: qdf workshop serve did not start: %s\n", server.readAllStandardError().constData());
        return;
    }
    const QUrl base(QString::fromUtf8(lines[0].split(' ')[0]));
    const QString code = QString::fromUtf8(lines[0].split(' ')[1]);
    const QString facilitator = QString::fromUtf8(lines[1]);

    // What each phone will say for each element, the same every run.
    QRandomGenerator random(24);
    QVector<QVector<int>> levels(participants);
    for (auto &mine : levels) {
        for (int e = 0; e < 30; ++e)
            mine << 1 + int(random.bounded(4));
    }

    Times joins, states, rates, facilitatorView;
    int accepted = 0, refused = 0;
    QEventLoop loop;
    QElapsedTimer wall;
    wall.start();
    QNetworkAccessManager facilitatorNet;
    QTimer watching;
    watching.setInterval(100);
    QObject::connect(&watching, &QTimer::timeout, &loop, [&] {
        send(facilitatorNet, base.resolved(QUrl(QStringLiteral("/api/facilitator/state"))), "GET", {}, facilitator, facilitatorView,
             [](int, const QByteArray &) {});
    });

    int driver = 0, finished = 0;
    std::function<void()> startDriver;
    std::function<void(int, int)> rateNext = [&](int p, int element) {
        if (element == 5) {
            if (++finished < participants)
                return;
            // Everyone has scored this driver: the facilitator opens the next.
            finished = 0;
            if (++driver == pack.drivers.size()) {
                loop.quit();
                return;
            }
            send(facilitatorNet, base.resolved(QUrl(QStringLiteral("/api/facilitator/next"))), "POST", {}, facilitator,
                 facilitatorView, [&](int, const QByteArray &) { startDriver(); });
            return;
        }
        const QString key = pack.drivers[driver].elements[element].key;
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("element"), key},
                                                          {QStringLiteral("level"), levels[p][driver * 5 + element]}})
                                    .toJson(QJsonDocument::Compact);
        send(*phones[p].net, base.resolved(QUrl(QStringLiteral("/api/rate"))), "POST", body, phones[p].token, rates,
             [&, p, element](int status, const QByteArray &) {
                 (status == 204 ? accepted : refused)++;
                 rateNext(p, element + 1);
             });
    };
    startDriver = [&] {
        for (int p = 0; p < participants; ++p) {
            send(*phones[p].net, base.resolved(QUrl(QStringLiteral("/api/state"))), "GET", {}, phones[p].token, states,
                 [&, p](int, const QByteArray &) { rateNext(p, 0); });
        }
    };
    int joined = 0;
    for (int p = 0; p < participants; ++p) {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), phones[p].name}})
                                    .toJson(QJsonDocument::Compact);
        send(*phones[p].net, base.resolved(QUrl(QStringLiteral("/api/join"))), "POST", body, {}, joins,
             [&, p](int, const QByteArray &reply) {
                 phones[p].token = QJsonDocument::fromJson(reply).object().value(QStringLiteral("token")).toString();
                 if (++joined == participants) {
                     wall.restart();
                     watching.start();
                     startDriver();
                 }
             });
    }
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);  // bounded, whatever happens
    loop.exec();
    watching.stop();
    const double seconds = double(wall.elapsed()) / 1000;
    const double serverCpu = cpuSeconds(server.processId());
    server.terminate();
    server.waitForFinished(30000);
    const QByteArray after = server.readAllStandardOutput();

    // What the file holds, read back by SQLite itself.
    int rows = 0, right = 0, distinct = 0;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(master).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(db, "SELECT participant, element_key, level FROM catalyst_rating WHERE source = 'live-phone'", -1, &q,
                           nullptr);
        QSet<QString> seen;
        while (sqlite3_step(q) == SQLITE_ROW) {
            ++rows;
            const QString who = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
            const QString key = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 1)));
            seen.insert(who + QLatin1Char('/') + key);
            const int p = who.mid(12).toInt() - 1;
            for (int d = 0; d < pack.drivers.size(); ++d) {
                for (int e = 0; e < 5; ++e) {
                    if (p >= 0 && p < participants && pack.drivers[d].elements[e].key == key
                        && levels[p][d * 5 + e] == sqlite3_column_int(q, 2))
                        ++right;
                }
            }
        }
        distinct = int(seen.size());
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    const int expected = participants * 30;

    std::printf("qdf-bench: a live workshop on loopback, %d participants × 30 elements (%s; wall-clock times)\n\n", participants,
                window.isEmpty() ? "qdf workshop serve" : "the window's own session, on the Catalyst page, offscreen");
    std::printf("  ratings sent %d: accepted %d, refused %d; in the round %d: lost %d, duplicated %d, wrong level %d\n",
                expected, accepted, refused, rows, expected - right, rows - distinct, distinct - right);
    joins.print("POST /api/join (60 at once)");
    states.print("GET /api/state (each phone, each driver)");
    rates.print("POST /api/rate (60 phones at once)");
    facilitatorView.print("the facilitator's view, every 100 ms");
    if (!after.isEmpty())
        std::printf("%s", after.constData());  // the window's own figure: how late its event loop ran
    const qsizetype requests = joins.ms.size() + states.ms.size() + rates.ms.size() + facilitatorView.ms.size();
    std::printf("  %.2f s for the scoring, %.0f ratings a second; the server used %.2f s of CPU, %.2f ms a request\n", seconds,
                double(accepted) / seconds, serverCpu, requests ? 1000 * serverCpu / double(requests) : 0);
    // Wall-clock times suffer on a busy machine, and these clients share its cores with the server.
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("  load average while measuring: %s on %d cores\n", load.readAll().split(' ').value(0).constData(),
                    QThread::idealThreadCount());
    std::printf("\n");
}

} // namespace qdf::bench
