#include "core/Migrations.h"

#include "core/Sql.h"

#include <QDir>
#include <QFile>
#include <QMap>

namespace qdf::migrations {
namespace {

// Version number -> resource path, read once.
const QMap<int, QString> &scripts()
{
    static const QMap<int, QString> all = [] {
        QMap<int, QString> found;
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
            found.insert(name.left(4).toInt(), dir.filePath(name));
        return found;
    }();
    return all;
}

} // namespace

int latestVersion()
{
    return scripts().isEmpty() ? 0 : scripts().lastKey();
}

QByteArray script(int version)
{
    QFile file(scripts().value(version));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Status migrate(const QSqlDatabase &db, int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        const QByteArray text = migrations::script(version);
        if (text.isEmpty())
            return makeError(Error::Code::Io, QStringLiteral("migration %1 is missing").arg(version));
        const QString script = QStringLiteral("BEGIN IMMEDIATE;\n%1\nPRAGMA user_version = %2;\nCOMMIT;")
                                   .arg(QString::fromUtf8(text))
                                   .arg(version);
        if (Status s = sql::execScript(db, script); !s) {
            (void)sql::execScript(db, QStringLiteral("ROLLBACK;"));
            return makeError(s.error().code,
                             QStringLiteral("upgrading to schema %1 failed: %2").arg(version).arg(s.error().message));
        }
    }
    return Status::success();
}

} // namespace qdf::migrations
