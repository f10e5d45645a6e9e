#pragma once

#include <QStringList>

#include <vector>

// The one table of `qdf`'s verbs: what routes a command line to its verb, and what the general
// help, `qdf help VERB`, a noun's list of sub-verbs and `qdf help --all` (the man page) are
// made from, so none of them can miss a verb.
namespace qdf::cli {

struct Verb {
    const char *name;
    const char *summary;  // translated in context "cli" when shown
    int (*run)(const QStringList &arguments) = nullptr;  // a verb that acts, or
    std::vector<Verb> subverbs;                           // a noun with sub-verbs
};

const std::vector<Verb> &verbs();

// Runs `qdf ARGUMENTS` (arguments[0] is the program as called) and returns the exit status.
int runCommandLine(const QStringList &arguments);

} // namespace qdf::cli
