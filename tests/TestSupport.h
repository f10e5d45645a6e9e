#pragma once

// Helpers for tests: real files in a temporary folder, real content packs.

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/WorkbookCreation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

// The source documents the packs are checked against live beside the clone, in
// ../shared/seeds, which a clone elsewhere may not have. A test that needs them starts with
// QDF_NEEDS_SEEDS(): without the folder it says what is missing and stops, and the test program
// exits with kSkippedStatus, which CTest shows as skipped (tests/CMakeLists.txt registers these
// tests under the label "seeds" with that SKIP_RETURN_CODE). With the folder the test runs and a
// missing or different seed fails it.
inline constexpr int kSkippedStatus = 77;

inline bool &skippedHere()
{
    static bool skipped = false;
    return skipped;
}

inline bool seedsPresent()
{
    if (QFileInfo(QStringLiteral(QDF_SEEDS_DIR)).isDir())
        return true;
    WARN("skipped: the source documents are missing (no folder " QDF_SEEDS_DIR "; they sit in ../shared/seeds "
         "beside the clone on the project's machines and in CI)");
    skippedHere() = true;
    return false;
}

#define QDF_NEEDS_SEEDS()                  \
    do {                                   \
        if (!qdf::test::seedsPresent())    \
            return;                        \
    } while (false)

// A test that cannot run in this tree for the reason given (a file not there yet): it says so and
// stops, and the program exits with kSkippedStatus as for the seeds (core tests are registered with
// that SKIP_RETURN_CODE too).
#define QDF_SKIP(reason)                      \
    do {                                      \
        WARN("skipped: " << reason);          \
        qdf::test::skippedHere() = true;      \
        return;                               \
    } while (false)

// What a test program's main returns: Catch's status, or kSkippedStatus when everything it ran
// passed but a test was skipped (for want of the seeds, or QDF_SKIP).
inline int testStatus(int catchStatus)
{
    return catchStatus == 0 && skippedHere() ? kSkippedStatus : catchStatus;
}

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
