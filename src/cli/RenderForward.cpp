// In `qdf`, the verbs that lay out documents run in `qdf-render` beside it (see CMakeLists.txt):
// the process becomes the renderer with the same arguments, so output, errors and exit status
// are the renderer's own.

#include "cli/Cli.h"
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <unistd.h>

namespace qdf::cli {
namespace {

int runInRenderer()
{
    const QString renderer = QCoreApplication::applicationDirPath() + QStringLiteral("/qdf-render");
    const QByteArray program = QFile::encodeName(renderer);
    // argv[0] stays the name it was called by, which help and messages show.
    std::vector<QByteArray> arguments;
    for (const QString &a : QCoreApplication::arguments())
        arguments.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : arguments)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    ::execv(program.constData(), argv.data());
    const int error = errno;  // execv returns only when it failed
    return fail(renderer, makeError(Error::Code::Io, QCoreApplication::translate("cli", "cannot start it (%1); it lays out "
                                                                                 "documents and belongs beside qdf")
                                                         .arg(QString::fromLocal8Bit(std::strerror(error)))));
}

} // namespace

int publish(const QStringList &) { return runInRenderer(); }
int print(const QStringList &) { return runInRenderer(); }
int catalystReport(const QStringList &) { return runInRenderer(); }
int reviewReport(const QStringList &) { return runInRenderer(); }

} // namespace qdf::cli
