#include "cli/WorkshopVerbs.h"

#include "cli/Cli.h"

#include <QCoreApplication>

namespace qdf::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

ServeOptions parseWorkshopServe(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("workshop serve"),
                    tr("serve a live Catalyst session to the participants' phones and laptops on the room's network: "
                       "they join with the session code, score each driver the facilitator opens, blind, and see "
                       "the group's spread once it is revealed. Each score is saved at once in the round, as that "
                       "participant's own rating. Prints \"URL CODE\" on the first line of standard output and the "
                       "facilitator's token on the second (POST /api/facilitator/next and /api/facilitator/reveal "
                       "with it move the session on; docs/workshop.md), then serves until interrupted: SIGINT or "
                       "SIGTERM ends it cleanly, everything received saved."));
    verb.positional(QStringLiteral("MASTER"), tr("The workbook the round is in (the master)."));
    verb.parser().addOption({QStringLiteral("round"), tr("The round's name or id."), QStringLiteral("R")});
    verb.parser().addOption({QStringLiteral("question"),
                             tr("A question open for short answers from the phones, besides the round or instead of "
                                "it: the section's key and the question's, e.g. care-standards/intended-product."),
                             QStringLiteral("SECTION/QUESTION")});
    verb.parser().addOption({QStringLiteral("bind"),
                             tr("The address to listen on: this machine's address on the room's network, or \"any\" "
                                "for all of them (default 127.0.0.1: this machine only)."),
                             QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")});
    verb.parser().addOption({QStringLiteral("port"), tr("The port to listen on (default 0: any free port)."),
                             QStringLiteral("N"), QStringLiteral("0")});
    verb.parser().addOption({QStringLiteral("person"),
                             tr("A participant expected besides the programme's people, who joins without being "
                                "confirmed (repeat for more)."),
                             QStringLiteral("NAME")});
    verb.parse(arguments);

    ServeOptions options;
    options.master = verb.positionals().at(0);
    options.round = verb.parser().value(QStringLiteral("round"));
    if (verb.parser().isSet(QStringLiteral("question"))) {
        const QString question = verb.parser().value(QStringLiteral("question")).trimmed();
        options.questionSection = question.section(QLatin1Char('/'), 0, 0);
        options.questionKey = question.section(QLatin1Char('/'), 1);
        if (options.questionSection.isEmpty() || options.questionKey.isEmpty() || options.questionKey.contains(QLatin1Char('/')))
            usageExit(verb.name(), tr("--question takes SECTION/QUESTION, e.g. care-standards/intended-product"));
    }
    if (options.round.trimmed().isEmpty() && options.questionKey.isEmpty())
        usageExit(verb.name(), tr("--round R names the round to score (or --question SECTION/QUESTION the question to answer)"));
    options.bind = verb.parser().value(QStringLiteral("bind")).trimmed();
    bool number = false;
    const uint port = verb.parser().value(QStringLiteral("port")).toUInt(&number);
    if (!number || port > 65535)
        usageExit(verb.name(), tr("--port takes a number from 0 to 65535"));
    options.port = quint16(port);
    options.people = verb.parser().values(QStringLiteral("person"));
    return options;
}

} // namespace qdf::cli
