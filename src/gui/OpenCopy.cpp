#include "gui/OpenCopy.h"

#include "core/SafeText.h"
#include "core/SaveFile.h"
#include "gui/app/Ask.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace qdf::gui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::gui", text);
}

std::function<bool(const QUrl &)> &opener()
{
    static std::function<bool(const QUrl &)> open = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    return open;
}

// The kinds a desktop's viewer shows without running anything of them. Exact types, never
// "inherits": a shell script is a kind of plain text.
bool isDocument(const QString &mime)
{
    static const QStringList documents{
        QStringLiteral("application/pdf"),
        QStringLiteral("application/vnd.oasis.opendocument.text"),
        QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"),
        QStringLiteral("application/vnd.oasis.opendocument.presentation"),
        QStringLiteral("application/vnd.oasis.opendocument.graphics"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        QStringLiteral("image/png"),
        QStringLiteral("image/jpeg"),
        QStringLiteral("image/gif"),
        QStringLiteral("image/webp"),
        QStringLiteral("image/bmp"),
        QStringLiteral("image/tiff"),
        QStringLiteral("text/plain"),
    };
    return documents.contains(mime);
}

// What the person is told a file is: the desktop's own words for its kind, and the type.
QString described(const QString &fileName, const AttachmentKind &kind)
{
    const QString comment = kind.mime.comment().isEmpty() ? kind.mime.name() : kind.mime.comment();
    return tr("“%1” is %2 (%3).").arg(shownSafely(fileName, false), comment, kind.mime.name());
}

// A folder of the person's own (XDG_RUNTIME_DIR: theirs alone, emptied when they log out), one
// per copy, so no one else can put a file where the copy goes.
Result<QString> privateFolder(const QString &key)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString dir = QDir(base.isEmpty() ? QDir::tempPath() : base)
                            .filePath(QStringLiteral("qdf-workbench/%1-%2")
                                          .arg(safeFileName(key).left(8), QUuid::createUuid().toString(QUuid::Id128).left(12)));
    if (!QDir().mkpath(dir)
        || !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return makeError(Error::Code::Io, tr("%1: a folder for the copy could not be made").arg(dir));
    return dir;
}

} // namespace

AttachmentKind attachmentKind(const QByteArray &data)
{
    AttachmentKind kind;
    kind.mime = QMimeDatabase().mimeTypeForData(data);
    if (isDocument(kind.mime.name())) {
        kind.opening = Opening::Document;
        kind.suffix = kind.mime.preferredSuffix();
    } else if (kind.mime.inherits(QStringLiteral("text/plain"))) {
        kind.opening = Opening::AsText;
        kind.suffix = QStringLiteral("txt");
    }
    return kind;
}

QString copyName(const QString &fileName, const AttachmentKind &kind)
{
    const QString safe = safeFileName(fileName);
    if (kind.suffix.isEmpty())
        return safe;
    // A document keeps a name that already says what it is ("plan.PDF"); any other name gets the
    // suffix of what it holds, which is what the desktop chooses its program by.
    const QString own = QFileInfo(safe).suffix().toLower();
    if (kind.opening == Opening::Document && !own.isEmpty() && kind.mime.suffixes().contains(own))
        return safe;
    return safeFileName(safe + QLatin1Char('.') + kind.suffix);
}

Status saveAttachment(const QString &path, const QByteArray &data)
{
    if (Status s = saveFile(path, data); !s)
        return s;
    // QSaveFile keeps the permissions of a file it replaces: an executable stays executable.
    const QFileDevice::Permissions executable = QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const QFileDevice::Permissions now = QFile::permissions(path);
    if ((now & executable) && !QFile::setPermissions(path, now & ~executable))
        return makeError(Error::Code::Io, tr("%1: could not be made not executable").arg(path));
    return Status::success();
}

Status openAttachment(QWidget *parent, const QString &key, const QString &fileName, const QByteArray &data)
{
    const AttachmentKind kind = attachmentKind(data);
    const QString what = described(fileName, kind);
    if (kind.opening == Opening::AsText) {
        const auto answer = ask::question(parent, tr("Open %1").arg(shownSafely(fileName, false)),
                                          what + QLatin1Char(' ')
                                              + tr("Programs and scripts can harm your computer, so QDF Workbench never runs "
                                                   "one: Open shows it as plain text."),
                                          QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return Status::success();
    } else if (kind.opening == Opening::Refused) {
        const auto answer = ask::question(parent, tr("Open %1").arg(shownSafely(fileName, false)),
                                          what + QLatin1Char(' ')
                                              + tr("It is not a document. Programs can harm your computer, so QDF Workbench "
                                                   "does not open it. Save keeps a copy where you choose, to check it first."),
                                          QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return Status::success();
        const QString path = QFileDialog::getSaveFileName(parent, tr("Save a copy of %1").arg(shownSafely(fileName, false)),
                                                          safeFileName(fileName));
        return path.isEmpty() ? Status::success() : saveAttachment(path, data);
    }
    auto dir = privateFolder(key);
    if (!dir)
        return dir.error();
    const QString path = QDir(*dir).filePath(copyName(fileName, kind));
    if (Status s = saveAttachment(path, data); !s)
        return s;
    // Read and written by its owner only: nobody else reads it, and nothing runs it.
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(Error::Code::Io, tr("%1: could not be made private").arg(path));
    if (!opener()(QUrl::fromLocalFile(path)))
        return makeError(Error::Code::Io, tr("%1: no program on this computer opens %2").arg(path, kind.mime.name()));
    return Status::success();
}

void setOpenerForTests(std::function<bool(const QUrl &)> open)
{
    opener() = std::move(open);
}

} // namespace qdf::gui
