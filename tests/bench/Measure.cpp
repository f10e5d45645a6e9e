#include "Measure.h"

#include <QElapsedTimer>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace qdf::bench {

std::optional<Sample> run(const Command &command)
{
    std::vector<QByteArray> args;
    for (const QString &a : command.argv)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> env;
    for (char **e = environ; *e; ++e)
        env.emplace_back(*e);
    for (const QString &e : command.environment)
        env.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &files, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0) {
        std::fprintf(stderr, "qdf-bench: cannot start %s\n", argv[0]);
        return std::nullopt;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return std::nullopt;
    Sample s;
    s.wall = double(timer.nsecsElapsed()) / 1e9;
    s.seconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    s.peakKb = usage.ru_maxrss;
    s.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (!command.acceptedExits.contains(s.exitCode)) {
        std::fprintf(stderr, "qdf-bench: %s exited with %d\n", qPrintable(command.argv.join(QLatin1Char(' ')).left(200)),
                     s.exitCode);
        return std::nullopt;
    }
    return s;
}

std::optional<Sample> runAll(const QList<Command> &commands)
{
    Sample total;
    for (const Command &c : commands) {
        const auto s = run(c);
        if (!s)
            return std::nullopt;
        total.seconds += s->seconds;
        total.wall += s->wall;
        total.peakKb = std::max(total.peakKb, s->peakKb);
    }
    return total;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString findProgram(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

} // namespace qdf::bench
