#pragma once

#include <QString>
#include <QStringList>

// `qdf workshop serve`'s command line, read once here: `qdf` reads it (help and usage errors need
// no server) before it hands the verb to `qdf-workshop`, which reads it again with the same code
// and serves (WorkshopCommands.cpp). Only the address is checked there: telling an address from a
// name takes Qt's network module, which `qdf` does not load.
namespace qdf::cli {

struct ServeOptions {
    QString master;
    QString round;          // empty: a session for an open question only
    QString questionSection;  // --question SECTION/QUESTION: the question open for answers
    QString questionKey;
    QString bind;  // as given (default 127.0.0.1); "any" for every address of this machine
    quint16 port = 0;
    QStringList people;
};

// Help and usage errors end the verb here.
ServeOptions parseWorkshopServe(const QStringList &arguments);

} // namespace qdf::cli
