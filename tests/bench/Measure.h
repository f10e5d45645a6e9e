#pragma once

#include <QStringList>

#include <optional>

namespace qdf::bench {

// One run of a child process: CPU time (user + system, its children included: figures that hold
// on a busy machine), wall time and peak resident memory, from wait4's rusage.
struct Sample {
    double seconds = 0;  // CPU
    double wall = 0;
    long peakKb = 0;
    int exitCode = 0;
};

struct Command {
    QStringList argv;            // argv[0] is the program (a path, or a name looked up in PATH)
    QStringList environment;     // extra NAME=VALUE entries
    QList<int> acceptedExits{0};  // e.g. 3 for a merge that leaves conflicts
};

// Runs the command, its output discarded; nullopt (and a message on stderr) if it fails.
std::optional<Sample> run(const Command &command);

// Runs `commands` one after another and sums the time; the peak is the largest of them.
std::optional<Sample> runAll(const QList<Command> &commands);

double median(QList<double> values);

// The program's absolute path, or empty if it is not installed.
QString findProgram(const QString &name);

} // namespace qdf::bench
