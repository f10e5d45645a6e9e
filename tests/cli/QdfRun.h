#pragma once

// Running the `qdf` program as a script would, for the CLI tests.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStringList>

namespace qdf::test {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run qdfRun(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(QDF_CLI), arguments);
    REQUIRE(p.waitForStarted());
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace qdf::test
