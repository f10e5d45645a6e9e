// In `qdf`, the verbs that lay out documents run in `qdf-render` (see CMakeLists.txt): their
// command line is read here first with the same parser (so help and usage errors need no
// renderer), then the process becomes the renderer with the same arguments, so output, errors
// and exit status are the renderer's own.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/RenderVerbs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <unistd.h>

namespace qdf::cli {
namespace {

// Beside qdf in the build tree; installed, in the libexec folder (QDF_RENDERER_FROM_BIN is the
// path from the programs' folder to it, so an installed tree can move as a whole).
QString renderer()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString beside = bin.filePath(QStringLiteral("qdf-render"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QDir::cleanPath(bin.filePath(QStringLiteral(QDF_RENDERER_FROM_BIN)));
}

int runInRenderer(const QString &verb, const QStringList &arguments)
{
    renderVerb(verb)->parse(arguments);  // help and usage errors end here
    const QString program = renderer();
    const QByteArray path = QFile::encodeName(program);
    // argv[0] stays the name it was called by, which messages show.
    std::vector<QByteArray> argumentBytes;
    for (const QString &a : QCoreApplication::arguments())
        argumentBytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argumentBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    ::execv(path.constData(), argv.data());
    const int error = errno;  // execv returns only when it failed
    return fail(program, makeError(Error::Code::Io, QCoreApplication::translate("cli", "cannot start it (%1); it lays out "
                                                                                "documents and is installed with qdf")
                                                        .arg(QString::fromLocal8Bit(std::strerror(error)))));
}

} // namespace

int publish(const QStringList &arguments) { return runInRenderer(QStringLiteral("publish"), arguments); }
int print(const QStringList &arguments) { return runInRenderer(QStringLiteral("print"), arguments); }
int catalystReport(const QStringList &arguments) { return runInRenderer(QStringLiteral("catalyst report"), arguments); }
int reviewReport(const QStringList &arguments) { return runInRenderer(QStringLiteral("review report"), arguments); }

int personExport(const QStringList &arguments)
{
    const auto verb = renderVerb(QStringLiteral("person export"));
    verb->parse(arguments);
    if (verb->parser().value(personFormatOption()) == QLatin1String("json"))
        return personJson(*verb);  // JSON needs no layout
    return runInRenderer(QStringLiteral("person export"), arguments);
}

} // namespace qdf::cli
