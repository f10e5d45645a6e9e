#include "core/SaveFile.h"

#include "core/SiblingNames.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace qdf {
namespace {

Error notWritten(const QString &path, const QFileDevice &file)
{
    // A short write reports no reason of its own ("Unknown error"): it is nearly always space.
    QString why = file.errorString();
    if (file.error() == QFileDevice::ResourceError || why.isEmpty() || why == QLatin1String("Unknown error"))
        why = QCoreApplication::translate("qdf", "the disk is full or the folder cannot be written: free some space or "
                                                 "choose another folder, and try again");
    return makeError(Error::Code::Io, QCoreApplication::translate("qdf", "%1 could not be written: %2; nothing was changed")
                                          .arg(path, why));
}

bool copyAll(QIODevice &source, QFileDevice &to)
{
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && !source.atEnd())
            return false;
        if (to.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

} // namespace

Status saveFile(const QString &path, const QByteArray &bytes)
{
    QByteArray data = bytes;
    QBuffer source(&data);
    source.open(QIODevice::ReadOnly);
    return replaceFile(path, source);
}

Status replaceFile(const QString &path, QIODevice &source)
{
    const QString template_ = path + QStringLiteral(".XXXXXX");
    if (siblings::sibling(path, QStringLiteral(".XXXXXX")) == template_) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !copyAll(source, file) || !file.commit())
            return notWritten(path, file);
        return Status::success();
    }
    // As QSaveFile does it: written whole and to the disk, then renamed over the old one.
    const QString temp = siblings::sibling(path, QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128).left(8));
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !copyAll(source, file) || !file.flush()
        || ::fsync(file.handle()) != 0) {
        const Error e = notWritten(path, file);
        file.close();
        QFile::remove(temp);
        return e;
    }
    file.close();
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temp);
        return makeError(Error::Code::Io, QCoreApplication::translate("qdf", "%1 could not be written: %2; nothing was changed")
                                              .arg(path, why));
    }
    return Status::success();
}

} // namespace qdf
