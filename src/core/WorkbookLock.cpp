#include "core/WorkbookLock.h"

#include "core/SiblingNames.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace qdf {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::WorkbookLock", text);
}

QString &programName()
{
    static QString name = QStringLiteral("QDF Workbench");
    return name;
}

QString login()
{
    const QByteArray user = qgetenv("USER");
    return QString::fromLocal8Bit(user.isEmpty() ? qgetenv("USERNAME") : user);
}

// QLockFile writes five lines (pid, program, host, machine id, boot id); ours follows them.
QJsonObject holderLine(const QString &lockPath)
{
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    for (int line = 0; line < 5; ++line)
        file.readLine();
    return QJsonDocument::fromJson(file.readLine()).object();
}

} // namespace

QString describeHolder(const LockHolder &h)
{
    const QDateTime since = h.since.toLocalTime();
    const QString when = since.date() == QDate::currentDate()
        ? QLocale().toString(since.time(), QStringLiteral("HH:mm"))
        : QLocale().toString(since, QStringLiteral("d MMMM yyyy HH:mm"));
    const QString person = h.person.isEmpty() ? h.login : h.person;
    if (person.isEmpty() || !since.isValid())
        return tr("open in %1 on %2 (process %3)").arg(h.program, h.host).arg(h.pid);
    return tr("open in %1 by %2 on %3 since %4").arg(h.program, person, h.host, when);
}

void WorkbookLock::setProgram(const QString &program)
{
    programName() = program;
}

QString WorkbookLock::program()
{
    return programName();
}

QString WorkbookLock::pathFor(const QString &workbookPath)
{
    return siblings::sibling(workbookPath, QStringLiteral(".lock"));
}

WorkbookLock::WorkbookLock(const QString &lockPath) : m_file(lockPath)
{
    // A lock lives as long as its holder: only a holder that is gone (seen from this machine)
    // makes it stale, never its age.
    m_file.setStaleLockTime(0);
}

WorkbookLock::~WorkbookLock()
{
    m_file.unlock();
}

Result<std::unique_ptr<WorkbookLock>> WorkbookLock::take(const QString &workbookPath, const QString &person, int waitMs)
{
    const QString lockPath = pathFor(workbookPath);
    std::unique_ptr<WorkbookLock> lock(new WorkbookLock(lockPath));
    if (lock->m_file.tryLock(waitMs)) {
        QFile file(lockPath);
        const QJsonObject line{{QStringLiteral("person"), person},
                               {QStringLiteral("login"), login()},
                               {QStringLiteral("program"), programName()},
                               {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        // Who holds it is for people only: a lock without the line still locks.
        if (file.open(QIODevice::Append))
            file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        return lock;
    }
    if (lock->m_file.error() == QLockFile::LockFailedError) {
        const auto who = holder(workbookPath);
        const QString by = who ? describeHolder(*who) : tr("open in another program");
        return makeError(Error::Code::Locked, QStringLiteral("%1: %2").arg(workbookPath, tr("is %1; it can be changed once that is closed").arg(by)));
    }
    return makeError(Error::Code::Io, QStringLiteral("%1: %2").arg(lockPath, tr("cannot create the lock file (is the folder writable?)")));
}

std::optional<LockHolder> WorkbookLock::holder(const QString &workbookPath)
{
    const QString lockPath = pathFor(workbookPath);
    QLockFile probe(lockPath);
    LockHolder h;
    if (!probe.getLockInfo(&h.pid, &h.host, &h.program))
        return std::nullopt;
    const QJsonObject line = holderLine(lockPath);
    h.person = line.value(QStringLiteral("person")).toString();
    h.login = line.value(QStringLiteral("login")).toString();
    if (line.contains(QStringLiteral("program")))
        h.program = line.value(QStringLiteral("program")).toString();
    h.since = QDateTime::fromString(line.value(QStringLiteral("since")).toString(), Qt::ISODate);
    if (!h.since.isValid())
        h.since = QFileInfo(lockPath).lastModified();
    return h;
}

} // namespace qdf
