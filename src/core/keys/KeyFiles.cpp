#include "core/keys/KeyFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace qdf::keys {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::keys", text);
}

const QByteArray kHeader = QByteArrayLiteral("qdf-signing-key 1");

} // namespace

QString keyFolder()
{
    const QString chosen = qEnvironmentVariable("QDF_KEY_DIR");
    if (!chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/qdf-workbench/keys");
}

QString keyFilePath(const QString &workbookUuid)
{
    // A workbook id is a UUID; anything else (a hostile file's) cannot name a path elsewhere.
    QString safe = workbookUuid;
    safe.remove(QRegularExpression(QStringLiteral("[^0-9A-Za-z-]")));
    return QDir(keyFolder()).filePath(safe + QStringLiteral(".key"));
}

Result<std::optional<KeyPair>> loadSecretKey(const QString &workbookUuid)
{
    QFile file(keyFilePath(workbookUuid));
    if (!file.exists())
        return std::optional<KeyPair>();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("%1: the workbook's signing key cannot be read (%2)").arg(file.fileName(), file.errorString()));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const auto key = lines.size() >= 2 && lines[0] == kHeader ? fromSeed(QByteArray::fromBase64(lines[1])) : std::nullopt;
    if (!key)
        return makeError(Error::Code::Damaged, tr("%1: the workbook's signing key is damaged").arg(file.fileName()));
    return std::optional<KeyPair>(*key);
}

Status storeSecretKey(const QString &workbookUuid, const KeyPair &key)
{
    const QString folder = keyFolder();
    if (!QDir().mkpath(folder))
        return makeError(Error::Code::Io, tr("%1: the folder for signing keys cannot be made").arg(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = keyFilePath(workbookUuid);
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    // Made readable by this account only from the start, written whole, then renamed into place.
    QFile file(part);
    QByteArray text = kHeader + '\n' + seedOf(key).toBase64() + '\n' + key.publicKey.toBase64() + '\n';
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)
        && file.write(text) == text.size() && file.flush();
    text.fill('\0');
    file.close();
    if (!written || (QFile::exists(path) && !QFile::remove(path)) || !QFile::rename(part, path)) {
        QFile::remove(part);
        return makeError(Error::Code::Io, tr("%1: the signing key could not be written (%2)").arg(path, file.errorString()));
    }
    return Status::success();
}

} // namespace qdf::keys
