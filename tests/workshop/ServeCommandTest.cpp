// `qdf workshop serve` as a script runs it: a real process, its two lines of standard output, a
// client on loopback, and SIGTERM or SIGINT ending it with everything saved.
#include "WorkshopSupport.h"
#include "cli/QdfRun.h"
#include "core/stores/LiveAnswerStore.h"
#include "core/stores/SectionStore.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

#include <csignal>

using namespace qdf;
using namespace qdf::test;

namespace {

const QString kDafydd = QStringLiteral("Dafydd Price");

// A master with the round "Workshop", closed again so that the server can take its lock.
QString masterWithRound(const Folder &folder)
{
    const QString path = folder.path(QStringLiteral("master.qdf"));
    auto master = newMaster(path);
    need(catalyst::CatalystStore(*master).addRound(QStringLiteral("Workshop"), QString()));
    return path;
}

struct Served {
    QProcess process;
    QUrl url;
    QString code;
    QString facilitator;

    Served(const QStringList &arguments)
    {
        process.start(QStringLiteral(QDF_CLI), QStringList{QStringLiteral("workshop"), QStringLiteral("serve")} + arguments);
        REQUIRE(process.waitForStarted());
        QByteArray out;
        const bool twoLines = waitFor([&] {
            out += process.readAllStandardOutput();
            return out.count('\n') >= 2 || process.state() == QProcess::NotRunning;
        });
        INFO(out.toStdString() << process.readAllStandardError().toStdString());
        REQUIRE(twoLines);
        const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
        const auto first = QRegularExpression(QStringLiteral("^(http://127\\.0\\.0\\.1:[0-9]+/) ([A-Z2-9]{6})$")).match(lines[0]);
        REQUIRE(first.hasMatch());
        url = QUrl(first.captured(1));
        code = first.captured(2);
        facilitator = lines[1];
        CHECK(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(facilitator).hasMatch());
    }
    // The signal, then the process's end: its exit code (-1 if it crashed or hung).
    int endWith(int signal)
    {
        ::kill(pid_t(process.processId()), signal);
        if (!waitFor([&] { return process.state() == QProcess::NotRunning; }, 15000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
};

} // namespace

TEST_CASE("qdf workshop serve prints URL CODE, then the facilitator's token, serves, and SIGTERM ends it with every score saved",
          "[workshop][cli]")
{
    Folder folder;
    const QString master = masterWithRound(folder);
    Served served({master, QStringLiteral("--round"), QStringLiteral("Workshop"), QStringLiteral("--person"), kDafydd});
    Client c(served.url);
    const QString dafydd = c.join(served.code, kDafydd);
    CHECK(c.rate(dafydd, QStringLiteral("building-partnerships-1"), 3).status == 204);
    CHECK(c.rate(dafydd, QStringLiteral("building-partnerships-2"), 1).status == 204);
    CHECK(c.post(QStringLiteral("/api/facilitator/next"), {}, served.facilitator).status == 200);
    CHECK(c.rate(dafydd, QStringLiteral("encouraging-innovation-1"), 2).status == 204);

    // While it serves, nobody else writes the master.
    const Run other = qdfRun({QStringLiteral("catalyst"), QStringLiteral("rate"), master, QStringLiteral("--round"),
                              QStringLiteral("Workshop"), QStringLiteral("--participant"), QStringLiteral("Aled Hughes"),
                              QStringLiteral("--element"), QStringLiteral("building-partnerships-1"), QStringLiteral("--level"),
                              QStringLiteral("2")});
    CHECK(other.exitCode == 2);
    CHECK(other.err.contains(QStringLiteral("qdf workshop serve")));

    CHECK(served.endWith(SIGTERM) == 0);
    const QString err = QString::fromUtf8(served.process.readAllStandardError());
    CHECK(err.contains(QStringLiteral("Dafydd Price joined.")));
    CHECK(err.contains(QStringLiteral("every score received is saved")));
    CHECK_FALSE(QFileInfo::exists(master + QStringLiteral(".lock")));
    auto wb = need(Workbook::open(master));
    catalyst::CatalystStore store(*wb);
    const auto round = need(store.round(QStringLiteral("Workshop")));
    CHECK(need(store.ratingsOf(round, kDafydd))
          == catalyst::Ratings{{QStringLiteral("building-partnerships-1"), 3}, {QStringLiteral("building-partnerships-2"), 1},
                               {QStringLiteral("encouraging-innovation-1"), 2}});
    CHECK(need(store.ratingRecord(round, kDafydd, QStringLiteral("encouraging-innovation-1")))->source
          == catalyst::RatingSource::LivePhone);
    CHECK(qdfRun({QStringLiteral("check"), master}).out == QStringLiteral("ok\n"));
}

TEST_CASE("SIGINT ends qdf workshop serve as cleanly, and the master can be written again at once", "[workshop][cli]")
{
    Folder folder;
    const QString master = masterWithRound(folder);
    Served served({master, QStringLiteral("--round"), QStringLiteral("Workshop"), QStringLiteral("--person"), kDafydd,
                   QStringLiteral("--bind"), QStringLiteral("localhost")});
    Client c(served.url);
    CHECK(c.rate(c.join(served.code, kDafydd), QStringLiteral("building-partnerships-5"), 4).status == 204);
    CHECK(served.endWith(SIGINT) == 0);
    CHECK(qdfRun({QStringLiteral("catalyst"), QStringLiteral("rate"), master, QStringLiteral("--round"), QStringLiteral("Workshop"),
                  QStringLiteral("--participant"), kDafydd, QStringLiteral("--element"), QStringLiteral("building-partnerships-5"),
                  QStringLiteral("--level"), QStringLiteral("3")})
              .exitCode
          == 0);  // the facilitator corrects it: a live rating is the room's to correct
}

TEST_CASE("qdf workshop serve refuses a command line it cannot serve: usage 1, an unusable workbook or round 2", "[workshop][cli]")
{
    Folder folder;
    const QString master = masterWithRound(folder);
    const QString serve = QStringLiteral("serve"), workshop = QStringLiteral("workshop");
    const Run help = qdfRun({workshop, serve, QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(QStringLiteral("Usage: qdf workshop serve [options] MASTER")));
    CHECK(qdfRun({QStringLiteral("help"), workshop, serve}).out == help.out);
    CHECK(qdfRun({workshop, serve, master}).exitCode == 1);  // no --round
    CHECK(qdfRun({workshop, serve, master, QStringLiteral("--round"), QStringLiteral("Workshop"), QStringLiteral("--port"),
                  QStringLiteral("70000")})
              .exitCode
          == 1);
    const Run badBind = qdfRun({workshop, serve, master, QStringLiteral("--round"), QStringLiteral("Workshop"),
                                QStringLiteral("--bind"), QStringLiteral("the-room")});
    CHECK(badBind.exitCode == 1);
    CHECK(badBind.err.contains(QStringLiteral("--bind the-room")));
    const Run noRound = qdfRun({workshop, serve, master, QStringLiteral("--round"), QStringLiteral("Autumn")});
    CHECK(noRound.exitCode == 2);
    CHECK(noRound.err.contains(QStringLiteral("no Catalyst round \"Autumn\"")));
    CHECK(qdfRun({workshop, serve, folder.path(QStringLiteral("missing.qdf")), QStringLiteral("--round"), QStringLiteral("W")})
              .exitCode
          == 2);
    // A port already taken: said, and nothing served.
    QTcpServer taken;
    REQUIRE(taken.listen(QHostAddress::LocalHost, 0));
    const Run busy = qdfRun({workshop, serve, master, QStringLiteral("--round"), QStringLiteral("Workshop"), QStringLiteral("--port"),
                             QString::number(taken.serverPort())});
    CHECK(busy.exitCode == 2);
    CHECK(busy.err.contains(QStringLiteral("cannot listen")));
    CHECK(busy.out.isEmpty());
}

TEST_CASE("qdf workshop serve --question opens a question for the phones, with or without a round, and every answer is "
          "saved when it ends",
          "[workshop][cli][question]")
{
    Folder folder;
    const QString master = masterWithRound(folder);
    const QString question = QStringLiteral("care-standards/intended-product");
    {
        Served served({master, QStringLiteral("--question"), question, QStringLiteral("--person"), kDafydd});
        Client c(served.url);
        const QString dafydd = c.join(served.code, kDafydd);
        const QJsonObject state = c.get(QStringLiteral("/api/state"), dafydd).json();
        CHECK(state.value(QStringLiteral("round")).isNull());  // no round: nothing to score
        CHECK(state.value(QStringLiteral("driver")).isNull());
        CHECK(state.value(QStringLiteral("question")).toObject().value(QStringLiteral("key")) == QStringLiteral("intended-product"));
        CHECK(c.rate(dafydd, QStringLiteral("building-partnerships-1"), 3).status == 409);
        CHECK(c.post(QStringLiteral("/api/facilitator/next"), {}, served.facilitator).status == 409);
        CHECK(c.post(QStringLiteral("/api/answer"), {{QStringLiteral("text"), QStringLiteral("A plan per person")}}, dafydd).status == 204);
        CHECK(served.endWith(SIGTERM) == 0);
        const QString err = QString::fromUtf8(served.process.readAllStandardError());
        CHECK(err.contains(QStringLiteral("Dafydd Price answered: A plan per person")));
        CHECK(err.contains(QStringLiteral("every answer received is saved")));
    }
    {
        // Beside a round: the first driver open and the question too.
        Served served({master, QStringLiteral("--round"), QStringLiteral("Workshop"), QStringLiteral("--question"), question,
                       QStringLiteral("--person"), kDafydd});
        Client c(served.url);
        const QString dafydd = c.join(served.code, kDafydd);
        const QJsonObject state = c.get(QStringLiteral("/api/state"), dafydd).json();
        CHECK(state.value(QStringLiteral("driver")).toObject().value(QStringLiteral("key")) == QStringLiteral("building-partnerships"));
        CHECK_FALSE(state.value(QStringLiteral("question")).isNull());
        CHECK(c.rate(dafydd, QStringLiteral("building-partnerships-1"), 3).status == 204);
        CHECK(served.endWith(SIGTERM) == 0);
    }
    auto wb = need(Workbook::open(master));
    const auto q = need(SectionStore(*wb).question(QStringLiteral("care-standards"), QStringLiteral("intended-product")));
    const auto answers = need(LiveAnswerStore(*wb).answers(q.uuid));
    REQUIRE(answers.size() == 1);
    CHECK(answers[0].participant == kDafydd);
    CHECK(answers[0].text == QStringLiteral("A plan per person"));
    CHECK(qdfRun({QStringLiteral("check"), master}).out == QStringLiteral("ok\n"));

    const QString serve = QStringLiteral("serve"), workshop = QStringLiteral("workshop");
    CHECK(qdfRun({workshop, serve, master, QStringLiteral("--question"), QStringLiteral("care-standards")}).exitCode == 1);
    const Run unknown = qdfRun({workshop, serve, master, QStringLiteral("--question"), QStringLiteral("care-standards/no-such")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.out.isEmpty());
}
