#pragma once

// Running `qdf` (and the other programs a user would) as a script would, for the tests.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStringList>

namespace qdf::test {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QByteArray outBytes;  // standard output as written (a PDF, a bundle)
};

// Where and how a program runs: its folder, and variables to drop or set.
struct RunIn {
    QString folder;
    QStringList unset;
    QStringList set;  // NAME=VALUE
};

inline Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                      const RunIn &in = {})
{
    QProcess p;
    if (!in.folder.isEmpty())
        p.setWorkingDirectory(in.folder);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : in.unset)
        environment.remove(name);
    for (const QString &pair : in.set)
        environment.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    INFO(program.toStdString());
    REQUIRE(p.waitForStarted());
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    const QByteArray out = p.readAllStandardOutput();
    return {p.exitCode(), QString::fromUtf8(out), QString::fromUtf8(p.readAllStandardError()), out};
}

inline Run qdfRun(const QStringList &arguments, const QByteArray &input = {}, const RunIn &in = {})
{
    return runProgram(QStringLiteral(QDF_CLI), arguments, input, in);
}

// `qdf ARGUMENTS`, which must succeed (what it said on stderr is shown when it does not).
inline Run qdfOk(const QStringList &arguments)
{
    const Run r = qdfRun(arguments);
    INFO("qdf " << arguments.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

// A command-line word, from UTF-8.
inline QString word(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace qdf::test
