// qdf-bench-window: figures of the window itself, in process (offscreen): what a person feels as
// lag. CPU time of the whole process around each step, so the figures hold on a busy machine.
// It prints; it never fails on a figure (docs/performance.md).
#include "Figures.h"

#include "core/WorkbookCreation.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "gui/Style.h"
#include "gui/app/MainWindow.h"
#include "gui/live/LiveController.h"
#include "gui/schedule/ScheduleDialog.h"
#include "workshop/LiveSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QCommandLineParser>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <ctime>

using namespace qdf;
using namespace qdf::bench;

namespace {

double cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// About `pages` printed pages of a Schedule: numbered headings, paragraphs and lists.
QString longSchedule(int pages)
{
    QString text;
    const QString paragraph = QStringLiteral(
        "The provider visits every person at home at the times agreed in their plan, and records each visit in the shared"
        " care record the same day, so that the district nurse, the person's family and the commissioner see the same"
        " account. Where a visit cannot be made, the provider tells the person and the care co-ordinator before the time"
        " agreed, and offers another within the day.\n\n");
    for (int page = 1; page <= pages; ++page) {
        text += QStringLiteral("## %1. Part %1 of the service\n\n").arg(page);
        text += paragraph + paragraph;
        text += QStringLiteral("- a visit within two hours of a referral\n- a named worker for every person\n- a review every six weeks\n\n");
        text += paragraph;
    }
    return text;
}

struct Typing {
    double perKeyMedian = 0;
    double perKeyWorst = 0;
    double preview = 0;  // the live view after a pause
    double save = 0;     // the save after a pause
};

Typing typeInLongSchedule(const QString &folder, int pages)
{
    const QString path = folder + QStringLiteral("/long.qdf");
    QString uuid;
    {
        auto wb = createMaster(path, {QStringLiteral("Bench"), QStringLiteral("Board"), QStringLiteral("Producer")},
                               QStringLiteral("Bench programme"));
        if (!wb)
            return {};
        auto section = SectionStore(**wb).byKey(QStringLiteral("activities"));
        auto s = section ? ScheduleStore(**wb).add(section->id, QStringLiteral("Home visits"), longSchedule(pages))
                         : Result<Schedule>(section.error());
        if (!s)
            return {};
        uuid = s->uuid;
    }
    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openWorkbook(path))
        return {};
    gui::ScheduleDialog dialog(*window.session(), uuid, &window);
    dialog.resize(1200, 760);
    dialog.show();
    QApplication::processEvents();
    QTest::qWait(1000);  // the first live view and layout are done
    QPlainTextEdit *body = dialog.bodyEdit();
    body->setFocus();
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(body->document()->characterCount() / 2);
    body->setTextCursor(cursor);
    QApplication::processEvents();

    Typing t;
    QList<double> keys;
    const QString word = QStringLiteral("promptly ");
    for (int i = 0; i < 30; ++i) {
        const double before = cpuNow();
        QTest::keyClick(body, word.at(i % word.size()).toLatin1());
        QApplication::processEvents();  // what the key set off at once (not the timers of a pause)
        keys << cpuNow() - before;
    }
    t.perKeyMedian = median(keys);
    t.perKeyWorst = *std::max_element(keys.cbegin(), keys.cend());
    double before = cpuNow();
    QTest::qWait(600);  // past the live view's pause, short of the save's
    t.preview = cpuNow() - before;
    before = cpuNow();
    QTest::qWait(2000);  // the save
    t.save = cpuNow() - before;
    dialog.close();
    return t;
}

volatile std::sig_atomic_t g_stop = 0;

// The window as the facilitator's program in a live workshop: the master open on the Catalyst
// page, a session started from it on loopback, its address and code printed as `qdf workshop
// serve` prints them (so qdf-bench --workshop drives it the same way), every join confirmed as the
// facilitator would. Until SIGTERM, a timer due every 10 ms measures how late the window's event
// loop runs it: what a person at the window feels as lag while the room scores.
int serveLive(const QString &master, const QString &round)
{
    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openWorkbook(master) || !window.showPage(QStringLiteral("catalyst")))
        return 2;
    if (!window.startLiveSession(round, QHostAddress(QHostAddress::LocalHost), 0))
        return 2;
    workshop::LiveSession *session = window.live()->session();
    QObject::connect(session, &workshop::LiveSession::joined, session, [session](const workshop::Seat &seat) {
        if (!seat.confirmed)
            session->confirm(seat.id);
    });
    std::printf("%s %s\n%s\n", qPrintable(window.live()->url().toString()), qPrintable(session->code()),
                qPrintable(session->facilitatorToken()));
    std::fflush(stdout);
    std::signal(SIGTERM, [](int) { g_stop = 1; });

    QList<double> late;
    QElapsedTimer clock;
    clock.start();
    qint64 due = 10;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        late << double(std::max<qint64>(0, now - due));
        due = now + 10;
        if (g_stop)
            QApplication::quit();
    });
    probe.start();
    QApplication::exec();
    std::sort(late.begin(), late.end());
    const auto at = [&](double share) { return late.isEmpty() ? 0.0 : late[std::min<qsizetype>(late.size() - 1, qsizetype(share * double(late.size())))]; };
    std::printf("  %-40s %5lld  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms\n", "the window's event loop, late by",
                static_cast<long long>(late.size()), at(0.5), at(0.95), late.isEmpty() ? 0.0 : late.last());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QDF Workbench Bench"));
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    gui::applyStyle(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("QDF Workbench: figures of the window, in process."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Printed pages of the long Schedule (200)."), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("serve-live"),
                      QStringLiteral("Serve a live session on ROUND of MASTER from the window (for qdf-bench --workshop)."),
                      QStringLiteral("MASTER")});
    parser.addOption({QStringLiteral("round"), QStringLiteral("The round of --serve-live."), QStringLiteral("ROUND")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("serve-live")))
        return serveLive(parser.value(QStringLiteral("serve-live")), parser.value(QStringLiteral("round")));
    const int pages = std::max(1, parser.value(QStringLiteral("pages")).toInt());
    QTemporaryDir dir;

    QList<Figure> figures;
    const Typing typing = typeInLongSchedule(dir.path(), pages);
    const auto under = [](double limit) { return [limit](const Figure &f) { return f.ours > 0 && f.ours < limit; }; };
    figures << Figure{QStringLiteral("a key typed, %1-page Schedule").arg(pages), QStringLiteral("the worst of 30 keys"), typing.perKeyMedian,
                      typing.perKeyWorst, 0, QStringLiteral("< 16 ms"), under(0.016)};
    figures << Figure{QStringLiteral("  its live view, after a pause"), QString(), typing.preview, 0, 0, QStringLiteral("< 100 ms"), under(0.1)};
    figures << Figure{QStringLiteral("  its save, after a pause"), QString(), typing.save, 0, 0, {}, {}};
    std::printf("qdf-bench-window: CPU time in process, offscreen; Qt %s\n\n", qVersion());
    print(figures);
    return 0;
}
