// The real `qdf` on workbooks named with as many bytes as a file name may have (255): made,
// written, checked, joined, exported from and merged into (docs/file-format.md, "Files beside a
// workbook, and long names").

#include "TestSupport.h"
#include "cli/QdfRun.h"

#include <QDir>

using namespace qdf;
using namespace qdf::test;

namespace {

QString nameOf(int bytes, const QString &start)
{
    QString name = start;
    while (name.toUtf8().size() < bytes - 4)
        name += QStringLiteral("-");
    name += QStringLiteral(".qdf");
    REQUIRE(name.toUtf8().size() == bytes);
    return name;
}

void ok(const QStringList &arguments)
{
    const Run r = qdfRun(arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("qdf makes, writes, checks, joins and merges workbooks whose names have 255 bytes", "[cli][long-names]")
{
    Folder folder;
    const QString master = folder.path(nameOf(255, QStringLiteral("Rhaglen Afon — Gwasanaethau nyrsio cymunedol ")));
    const QString participant = folder.path(nameOf(255, QStringLiteral("Dafydd Price, Bwrdd Iechyd ")));
    const QString bundle = folder.path(QStringLiteral("dafydd.qdfsync"));
    ok({QStringLiteral("new"), master, QStringLiteral("--master"), QStringLiteral("--programme"), QStringLiteral("Afon"),
        QStringLiteral("--owner"), QStringLiteral("Rhian Morgan")});
    ok({QStringLiteral("answer"), master, QStringLiteral("activities"), QStringLiteral("reason"), QStringLiteral("--text"),
        QStringLiteral("The master's answer.")});
    ok({QStringLiteral("new"), participant, QStringLiteral("--from-master"), master, QStringLiteral("--owner"), QStringLiteral("Dafydd Price")});
    ok({QStringLiteral("schedule"), QStringLiteral("add"), participant, QStringLiteral("--section"), QStringLiteral("activities"),
        QStringLiteral("--title"), QStringLiteral("Weekend visits"), QStringLiteral("--text"), QStringLiteral("Nurses visit at weekends.")});
    ok({QStringLiteral("bundle"), QStringLiteral("export"), participant, QStringLiteral("-o"), bundle});
    const Run merged = qdfRun({QStringLiteral("merge"), master, bundle});
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.contains(QStringLiteral("1 new")));
    const Run check = qdfRun({QStringLiteral("check"), master});
    CHECK(check.exitCode == 0);
    CHECK(check.out.trimmed() == QStringLiteral("ok"));
    const Run info = qdfRun({QStringLiteral("info"), master});
    CHECK(info.exitCode == 0);
    const Run list = qdfRun({QStringLiteral("schedule"), QStringLiteral("list"), master});
    CHECK(list.out.contains(QStringLiteral("Weekend visits")));
    // Nothing beside them has a name a disk refuses, and nothing is left but the backups.
    const QStringList left = QDir(folder.path(QString())).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : left)
        CHECK(name.toUtf8().size() <= 255);
    CHECK(left.size() == 4);  // the two workbooks, the bundle, the master's backups
}
