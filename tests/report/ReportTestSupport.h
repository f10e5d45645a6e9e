#pragma once

// What the report tests share: the demo programme, and the tools people's own programs use to
// open what the program writes (poppler, unzip, qpdf, LibreOffice).

#include "TestSupport.h"

#include "core/Demo.h"
#include "core/report/Report.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace qdf::test {

inline QString demoMaster(const Folder &folder)
{
    auto paths = buildDemo(folder.path(QStringLiteral("demo")));
    REQUIRE(paths.ok());
    return paths->first();
}

// The master's Framework, with or without the Schedules not yet adopted.
inline report::Report frameworkOf(const QString &master, bool drafts)
{
    auto wb = need(Workbook::open(master));
    return need(report::frameworkReport(*wb, drafts));
}

// Runs the real `qdf`: its exit status, and what it printed on both streams.
inline std::pair<int, QString> runQdf(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(QDF_CLI), arguments);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

// Runs a tool and returns what it printed; the tool must succeed.
inline QString tool(const QString &program, const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(timeoutMs));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A part of a zip package (DOCX, ODT, XLSX).
inline QString zipPart(const QString &package, const QString &part)
{
    QString pattern = part;  // unzip reads [ and ] as a wildcard
    pattern.replace(QLatin1Char('['), QStringLiteral("\\[")).replace(QLatin1Char(']'), QStringLiteral("\\]"));
    return tool(QStringLiteral("unzip"), {QStringLiteral("-p"), package, pattern});
}

// The text of each page, in order (with the font's ff/fi/fl ligatures spelt out).
inline QStringList pdfPageTexts(const QString &pdf)
{
    return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .replace(QChar(0xFB00), QLatin1String("ff"))
        .replace(QChar(0xFB01), QLatin1String("fi"))
        .replace(QChar(0xFB02), QLatin1String("fl"))
        .split(QLatin1Char('\f'));
}

inline int pdfPages(const QString &pdf)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// The pages of a laid-out Framework: numbered "Page n of m", and the contents (page 2) gives
// the page its first section is really on.
inline void checkPagesAndContents(const QStringList &pages, int count)
{
    REQUIRE(count >= 3);
    CHECK(pages[count - 1].contains(QStringLiteral("Page %1 of %1").arg(count)));
    CHECK(pages[1].contains(QStringLiteral("Contents")));
    const auto m = QRegularExpression(QStringLiteral("1\\. Care standards[ .]+(\\d+)")).match(pages[1]);
    REQUIRE(m.hasMatch());
    CHECK(pages[m.captured(1).toInt() - 1].contains(QStringLiteral("1. Care standards")));
}

inline bool haveLibreOffice()
{
    return !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty();
}

// LibreOffice converts `file` into `folder` (its own profile there, so runs never share one)
// and returns the new file's path.
inline QString libreOfficeConvert(const QString &file, const QString &to, const QString &folder)
{
    QDir().mkpath(folder);
    tool(QStringLiteral("soffice"),
         {QStringLiteral("-env:UserInstallation=file://%1/profile").arg(folder), QStringLiteral("--headless"),
          QStringLiteral("--convert-to"), to, QStringLiteral("--outdir"), folder, file},
         180000);
    const QString converted = QDir(folder).filePath(QFileInfo(file).completeBaseName() + QLatin1Char('.') + to.section(QLatin1Char(':'), 0, 0));
    REQUIRE(QFileInfo::exists(converted));
    return converted;
}

} // namespace qdf::test
