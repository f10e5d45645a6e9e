// The installed tree, as `cmake --install` writes it (the .deb is the same tree under /usr).
#include "TestSupport.h"
#include "cli/QdfRun.h"

#include <QDirIterator>

using namespace qdf::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Installs the build into `root` as if the prefix were /usr.
QString installInto(const Folder &folder)
{
    const QString root = folder.path(s("root"));
    const Run install = runProgram(s(QDF_CMAKE), {s("--install"), s(QDF_BUILD_DIR), s("--prefix"), s("/usr")}, {},
                                   {{}, {}, {s("DESTDIR=") + root}});
    INFO(install.out.toStdString() << install.err.toStdString());
    REQUIRE(install.exitCode == 0);
    return root + s("/usr");
}

} // namespace

TEST_CASE("cmake --install puts the programs, the renderer, the desktop files, man pages, completion and licence in place",
          "[install]")
{
    Folder folder;
    const QString usr = installInto(folder);
    const QString id = s(QDF_APP_ID);
    QStringList expected{s("bin/qdf"), s("bin/qdf-workbench"), s("libexec/qdf/qdf-render"), s("libexec/qdf/qdf-workshop"),
                         s("share/applications/") + id + s(".desktop"), s("share/metainfo/") + id + s(".metainfo.xml"),
                         s("share/mime/packages/") + id + s(".xml"), s("share/icons/hicolor/scalable/apps/") + id + s(".svg"),
                         s("share/man/man1/qdf.1.gz"), s("share/man/man1/qdf-workbench.1.gz"),
                         s("share/bash-completion/completions/qdf"), s("share/doc/qdf-workbench/copyright"),
                         s("share/doc/qdf-workbench/changelog.gz"), s("share/doc/qdf-workbench/CHANGELOG.md.gz"),
                         s("share/doc/qdf-workbench/cli.md")};
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id);
    for (const QString &file : expected) {
        INFO(file.toStdString());
        CHECK(QFileInfo(usr + QLatin1Char('/') + file).isFile());
    }
    for (const QString &program : {s("bin/qdf"), s("bin/qdf-workbench"), s("libexec/qdf/qdf-render"), s("libexec/qdf/qdf-workshop")})
        CHECK(QFileInfo(usr + QLatin1Char('/') + program).isExecutable());
    // Nothing else: every installed file is one of these.
    QStringList installed;
    for (QDirIterator it(usr, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        installed << it.next().mid(usr.size() + 1);
    installed.sort();
    expected.sort();
    CHECK(installed == expected);
}

TEST_CASE("The installed qdf says its version and finds its renderer and its workshop server in the libexec folder", "[install]")
{
    Folder folder;
    const QString usr = installInto(folder);
    const QString qdf = usr + s("/bin/qdf");
    const Run version = runProgram(qdf, {s("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == s("qdf " QDF_VERSION "\n"));
    const QString master = folder.path(s("m.qdf"));
    REQUIRE(runProgram(qdf, {s("new"), master, s("--owner"), s("Rhian Morgan"), s("--master"), s("--programme"), s("Afon Vale")})
                .exitCode == 0);
    const Run published = runProgram(qdf, {s("publish"), master, s("--format"), s("html"), s("-o"), s("-")});
    INFO(published.err.toStdString());
    CHECK(published.exitCode == 0);
    CHECK(published.out.contains(s("Afon Vale")));
    // qdf workshop serve runs in qdf-workshop, found the same way: it reads the master (a round it
    // does not have is refused by the helper itself, status 2).
    const Run serve = runProgram(qdf, {s("workshop"), s("serve"), master, s("--round"), s("Spring")});
    CHECK(serve.exitCode == 2);
    CHECK(serve.err.contains(s("no Catalyst round \"Spring\"")));
    REQUIRE(QFile::remove(usr + s("/libexec/qdf/qdf-workshop")));
    CHECK(runProgram(qdf, {s("workshop"), s("serve"), s("--help")}).exitCode == 0);
    const Run noHelper = runProgram(qdf, {s("workshop"), s("serve"), master, s("--round"), s("Spring")});
    CHECK(noHelper.exitCode == 2);
    CHECK(noHelper.err.contains(s("qdf-workshop")));
    // Without its renderer qdf still helps, and says what is missing.
    REQUIRE(QFile::remove(usr + s("/libexec/qdf/qdf-render")));
    CHECK(runProgram(qdf, {s("publish"), s("--help")}).exitCode == 0);
    const Run missing = runProgram(qdf, {s("publish"), master, s("--format"), s("html"), s("-o"), s("-")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(s("qdf-render")));
}
