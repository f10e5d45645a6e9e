// qdf workshop serve: a live Catalyst session served to the room's phones (docs/workshop.md). Run by
// qdf-workshop, which links Qt's network and HTTP modules; qdf hands the verb over to it
// (WorkshopForward.cpp). The session and its server are src/workshop's, as the window's are.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/WorkshopVerbs.h"

#include "core/SafeText.h"
#include "workshop/LiveSession.h"
#include "workshop/QrCode.h"
#include "workshop/WorkshopServer.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

namespace qdf::cli {
namespace {

using namespace qdf::workshop;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cli", text, disambiguation, n);
}

// A line for the facilitator on standard error; what participants typed is shown safely.
void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(shownSafely(line, false)));
    std::fflush(stderr);
}

// SIGINT and SIGTERM end the event loop. A signal handler may do next to nothing, so it writes a
// byte to a socket pair, which the event loop reads like any other input.
int g_signalSocket[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalSocket[0], &byte, 1);
}

bool stopOnSignals(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSocket) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalSocket[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

std::optional<QHostAddress> addressOf(const QString &text)
{
    if (text == QLatin1String("any"))
        return QHostAddress(QHostAddress::Any);
    if (text == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    const QHostAddress address(text);
    return address.isNull() ? std::nullopt : std::optional<QHostAddress>(address);
}

// The facilitator's keyboard, when standard input is a terminal: the same steps as the
// facilitator's routes, typed.
void facilitatorKeyboard(LiveSession &session, QObject *context)
{
    if (!::isatty(STDIN_FILENO))
        return;
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [&session, notifier] {
        char line[256];
        const ssize_t n = ::read(STDIN_FILENO, line, sizeof line - 1);
        if (n <= 0) {
            notifier->setEnabled(false);  // the terminal closed: signals still end the session
            return;
        }
        const QStringList words = QString::fromLocal8Bit(line, int(n)).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            return;
        const QString step = words.first(), argument = words.value(1);
        Outcome outcome;
        if (step == QLatin1String("next"))
            outcome = session.next();
        else if (step == QLatin1String("close"))
            outcome = session.closeDriver();
        else if (step == QLatin1String("reveal"))
            outcome = session.reveal();
        else if (step == QLatin1String("open"))
            outcome = session.open(argument);
        else if (step == QLatin1String("confirm"))
            outcome = session.confirm(argument);
        else if (step == QLatin1String("refuse"))
            outcome = session.refuse(argument);
        else if (step == QLatin1String("keep")) {
            // By its number in "answers": 1 for the first posted.
            const QVector<LiveAnswer> posted = session.postedAnswers();
            const int n = argument.toInt();
            if (n < 1 || n > posted.size())
                outcome = {Refusal::UnknownAnswer, tr("no answer number %1: type \"answers\" to see them").arg(argument)};
            else if (const auto kept = session.keepAnswer(posted[n - 1].uuid); !kept)
                outcome = kept.refusal();
            else
                say(tr("Kept answer %1 as a contribution to the master's answer.").arg(n));
        } else if (step == QLatin1String("answers")) {
            const QVector<LiveAnswer> posted = session.postedAnswers();
            for (int i = 0; i < posted.size(); ++i) {
                say(tr("  %1  %2%3: %4")
                        .arg(i + 1)
                        .arg(posted[i].participant, posted[i].kept() ? tr(" (kept)") : QString(), posted[i].text));
            }
        } else if (step == QLatin1String("quit"))
            QCoreApplication::quit();
        else if (step == QLatin1String("who")) {
            for (const Seat &seat : session.seats()) {
                say(tr("  %1  %2%3: %n answered", nullptr, int(session.answered(seat.person).size()))
                        .arg(seat.id, seat.person, seat.confirmed ? QString() : tr(" (waiting to be confirmed)")));
            }
        } else
            say(tr("Type next, close, open DRIVER, reveal, confirm N, refuse N, who, answers, keep N or quit."));
        if (!outcome)
            say(outcome.message);
    });
}

void narrate(LiveSession &session, bool keyboard)
{
    QObject::connect(&session, &LiveSession::joined, &session, [keyboard](const Seat &seat) {
        if (seat.confirmed) {
            say(tr("%1 joined.").arg(seat.person));
            return;
        }
        const QString how = keyboard ? tr("type \"confirm %1\" or \"refuse %1\"").arg(seat.id)
                                     : tr("POST /api/facilitator/confirm or /refuse with {\"seat\": \"%1\"}").arg(seat.id);
        say(seat.typed ? tr("%1 typed their name and waits to be confirmed: %2.").arg(seat.person, how)
                       : tr("%1 joined again from another device and waits to be confirmed: %2.").arg(seat.person, how));
    });
    QObject::connect(&session, &LiveSession::seatConfirmed, &session,
                     [](const Seat &seat) { say(tr("%1 is confirmed.").arg(seat.person)); });
    QObject::connect(&session, &LiveSession::seatRefused, &session,
                     [](const Seat &seat) { say(tr("%1 (number %2) was removed from the session.").arg(seat.person, seat.id)); });
    QObject::connect(&session, &LiveSession::driverOpened, &session, [&session](const QString &key) {
        say(tr("Open for scoring: %1.").arg(session.pack().driver(key)->name));
    });
    QObject::connect(&session, &LiveSession::driverClosed, &session, [&session](const QString &key) {
        say(tr("Closed: %1.").arg(session.pack().driver(key)->name));
    });
    QObject::connect(&session, &LiveSession::revealed, &session, [&session](const QStringList &keys) {
        QStringList names;
        for (const QString &key : keys)
            names << session.pack().driver(key)->name;
        say(tr("Revealed: %1.").arg(names.join(QStringLiteral(", "))));
    });
    QObject::connect(&session, &LiveSession::answerPosted, &session, [](const LiveAnswer &answer) {
        say(tr("%1 answered: %2").arg(answer.participant, answer.text));
    });
}

} // namespace

int workshopServe(const QStringList &arguments)
{
    const ServeOptions options = parseWorkshopServe(arguments);
    const auto address = addressOf(options.bind);
    if (!address)
        usageExit(QStringLiteral("workshop serve"),
                  tr("--bind %1 is not an address of this machine: give one such as 192.168.1.20, or \"any\"").arg(options.bind));

    auto wb = openOrExit(options.master);
    // Checked whole and locked now, not at the first score: a session that cannot save is refused
    // before anyone joins it, and nobody else writes the master while it runs.
    orExit(*wb, wb->verify());
    orExit(*wb, wb->lock());
    LiveSession::Options sessionOptions;
    sessionOptions.people = options.people;
    auto started = LiveSession::start(*wb, options.round, sessionOptions);
    if (!started)
        failExit(*wb, started.error());
    LiveSession &session = **started;
    if (!options.questionKey.isEmpty()) {
        if (const Outcome opened = session.openQuestion(options.questionSection, options.questionKey); !opened)
            failExit(*wb, makeError(Error::Code::NotFound, opened.message));  // as an unknown round: 2
    }

    WorkshopServer server(session);
    if (const Status listening = server.listen(*address, options.port); !listening)
        return fail(options.master, listening.error());

    QObject context;
    if (!stopOnSignals(&context))
        return fail(options.master, makeError(Error::Code::Io, tr("cannot catch SIGINT and SIGTERM to end the session cleanly")));
    const bool keyboard = ::isatty(STDIN_FILENO);
    narrate(session, keyboard);
    facilitatorKeyboard(session, &context);

    // The contract: "URL CODE", then the facilitator's token; nothing else on standard output.
    const QString url = server.url().toString();
    std::printf("%s %s\n%s\n", qUtf8Printable(url), qUtf8Printable(session.code()), qUtf8Printable(session.facilitatorToken()));
    std::fflush(stdout);
    if (stderrIsTerminal()) {
        std::fputs(qUtf8Printable(terminalArt(qrCode(url.toUtf8()))), stderr);
        say(tr("Participants open %1 (or scan the code above) and give the session code %2.").arg(url, session.code()));
    }
    if (session.hasRound())
        say(tr("Serving round \"%1\"; \"%2\" is open for scoring. SIGINT (Ctrl+C) or SIGTERM ends the session.")
                .arg(session.round().name, session.pack().driver(session.openDriver())->name));
    if (session.question())
        say(tr("Open for answers: %1").arg(session.question()->question.text));
    if (keyboard)
        say(tr("Type next, close, open DRIVER, reveal, confirm N, refuse N, who, answers, keep N or quit."));

    QCoreApplication::exec();

    server.close();
    if (session.hasRound())
        say(tr("The session has ended; every score received is saved in round \"%1\".").arg(session.round().name));
    else
        say(tr("The session has ended; every answer received is saved."));
    return Ok;
}

} // namespace qdf::cli
