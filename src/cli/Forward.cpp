#include "cli/Forward.h"

#include "cli/Cli.h"

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

QString helperPath(const QString &helper)
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString beside = bin.filePath(helper);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QDir::cleanPath(bin.filePath(QStringLiteral(QDF_LIBEXEC_FROM_BIN "/") + helper));
}

} // namespace

int runInHelper(const QString &helper, const QString &purpose)
{
    const QString program = helperPath(helper);
    const QByteArray path = QFile::encodeName(program);
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
    return fail(program, makeError(Error::Code::Io, QCoreApplication::translate("cli", "cannot start it (%1); %2")
                                                        .arg(QString::fromLocal8Bit(std::strerror(error)), purpose)));
}

} // namespace qdf::cli
