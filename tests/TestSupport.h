#pragma once

// Helpers for tests: real files in a temporary folder, real content packs.

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/WorkbookCreation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

// Lets Catch print QStrings in failure messages.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace qdf::test {

inline const Owner kProducer{QStringLiteral("Rhian Morgan"), QStringLiteral("Production team"),
                             QStringLiteral("Production lead")};
inline const Owner kParticipant{QStringLiteral("Dafydd Price"), QStringLiteral("Health board"),
                                QStringLiteral("Team lead")};

// A temporary folder that exists for the test's lifetime.
class Folder {
public:
    Folder() { REQUIRE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

inline std::unique_ptr<Workbook> need(Result<std::unique_ptr<Workbook>> r)
{
    INFO(r.error().message.toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

template <typename T>
T need(Result<T> r)
{
    INFO(r.error().message.toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

inline void need(const Status &s)
{
    INFO(s.error().message.toStdString());
    REQUIRE(s.ok());
}

inline std::unique_ptr<Workbook> newMaster(const QString &path)
{
    return need(createMaster(path, kProducer, QStringLiteral("Test programme")));
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Writes the file as another program would, beside QDF's own writers: a plain SQLite connection,
// no lock, nothing in the revision log.
inline void asAnotherProgram(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("another-program");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString &statement : statements) {
            const Status s = sql::exec(raw, statement);
            INFO(statement.toStdString() << ": " << s.error().message.toStdString());
            REQUIRE(s.ok());
        }
        sql::forgetStatements(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace qdf::test
