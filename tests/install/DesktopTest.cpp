// What desktops and software centres read, checked with their own tools: the desktop entry,
// AppStream, the MIME types, the man pages, bash completion, and the program without a display.
#include "TestSupport.h"
#include "cli/QdfRun.h"

#include <QRegularExpression>

using namespace qdf::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kDesktop = s(QDF_SOURCE_DIR "/resources/desktop/");

// The verbs that act, from the program's own help (each verb's help starts "Usage: qdf VERB").
QStringList verbs()
{
    QStringList names;
    static const QRegularExpression usage(s("^Usage: qdf ([a-z -]+?) \\["), QRegularExpression::MultilineOption);
    for (auto it = usage.globalMatch(qdfRun({s("help"), s("--all")}).out); it.hasNext();)
        names << it.next().captured(1);
    names.removeAll(s("VERB"));
    return names;
}

} // namespace

TEST_CASE("The desktop entry is valid and opens workbooks with qdf-workbench", "[install][desktop]")
{
    const QString entry = kDesktop + s(QDF_APP_ID ".desktop");
    const Run valid = runProgram(s("desktop-file-validate"), {entry});
    INFO(valid.out.toStdString());
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.isEmpty());
    const QByteArray text = readAll(entry);
    CHECK(text.contains("\nExec=qdf-workbench %f\n"));
    CHECK(text.contains("\nMimeType=application/x-qdf-workbook;\n"));
    CHECK(text.contains("\nIcon=" QDF_APP_ID "\n"));
}

TEST_CASE("AppStream validates the metainfo, whose release is the version CMakeLists.txt and CHANGELOG.md name", "[install][desktop]")
{
    const Run valid = runProgram(s("appstreamcli"), {s("validate"), s("--no-net"), s(QDF_METAINFO)});
    INFO(valid.out.toStdString());
    CHECK(valid.exitCode == 0);
    const QByteArray metainfo = readAll(s(QDF_METAINFO));
    CHECK(metainfo.contains("<release version=\"" QDF_VERSION "\" date=\"" QDF_VERSION_DATE "\">"));
    CHECK(metainfo.contains("<id>" QDF_APP_ID "</id>"));
    const QString changelog = QString::fromUtf8(readAll(s(QDF_SOURCE_DIR "/CHANGELOG.md")));
    static const QRegularExpression newest(s("^## (.*)$"), QRegularExpression::MultilineOption);
    CHECK(newest.match(changelog).captured(1) == s(QDF_VERSION " — " QDF_VERSION_DATE));
}

TEST_CASE("The MIME types know a workbook by its content, bundles and updates by their names, and qdf-workbench opens workbooks",
          "[install][desktop]")
{
    Folder folder;
    const QString data = folder.path(s("share"));
    REQUIRE(QDir().mkpath(data + s("/mime/packages")));
    REQUIRE(QDir().mkpath(data + s("/applications")));
    REQUIRE(QFile::copy(kDesktop + s(QDF_APP_ID ".mime.xml"), data + s("/mime/packages/" QDF_APP_ID ".xml")));
    REQUIRE(QFile::copy(kDesktop + s(QDF_APP_ID ".desktop"), data + s("/applications/" QDF_APP_ID ".desktop")));
    REQUIRE(runProgram(s("update-mime-database"), {data + s("/mime")}).exitCode == 0);
    REQUIRE(runProgram(s("update-desktop-database"), {data + s("/applications")}).exitCode == 0);
    const RunIn desktop{folder.path(s("")), {}, {s("XDG_DATA_DIRS=") + data + s(":/usr/share"), s("XDG_DATA_HOME=") + folder.path(s("home")),
                                                 s("XDG_CURRENT_DESKTOP=X-Generic")}};

    const QString workbook = folder.path(s("w.qdf"));
    REQUIRE(qdfRun({s("new"), workbook, s("--owner"), s("A"), s("--master"), s("--programme"), s("P")}).exitCode == 0);
    const QString renamed = folder.path(s("renamed.bin"));
    REQUIRE(QFile::copy(workbook, renamed));
    const QString database = folder.path(s("other.db"));
    REQUIRE(runProgram(s("sqlite3"), {database, s("CREATE TABLE t(x);")}).exitCode == 0);
    writeAll(folder.path(s("b.qdfsync")), "{}");
    writeAll(folder.path(s("u.qdfupdate")), "{}");
    const QList<QPair<QString, QString>> types{{workbook, s("application/x-qdf-workbook")},
                                               {renamed, s("application/x-qdf-workbook")},  // by its application_id
                                               {database, s("application/vnd.sqlite3")},
                                               {folder.path(s("b.qdfsync")), s("application/x-qdf-contribution")},
                                               {folder.path(s("u.qdfupdate")), s("application/x-qdf-update")}};
    for (const auto &[file, type] : types) {
        INFO(file.toStdString());
        const Run query = runProgram(s("xdg-mime"), {s("query"), s("filetype"), file}, {}, desktop);
        CHECK(query.out.trimmed() == type);
    }
    const Run opener = runProgram(s("xdg-mime"), {s("query"), s("default"), s("application/x-qdf-workbook")}, {}, desktop);
    CHECK(opener.out.trimmed() == s(QDF_APP_ID ".desktop"));
}

TEST_CASE("The man pages describe qdf with every verb, and qdf-workbench with its options", "[install][man]")
{
    const RunIn wide{{}, {}, {s("MANWIDTH=100")}};
    const Run qdf = runProgram(s("man"), {s("-l"), s(QDF_BUILD_DIR "/share/man/qdf.1.gz")}, {}, wide);
    REQUIRE(qdf.exitCode == 0);
    CHECK(qdf.out.contains(s("qdf - the command line of QDF Workbench")));
    CHECK(qdf.out.contains(s("EXIT STATUS")) | qdf.out.contains(s("Exit status")));
    const QStringList all = verbs();
    CHECK(all.size() >= 45);
    for (const QString &verb : all) {
        INFO(verb.toStdString());
        CHECK(qdf.out.contains(s("qdf ") + verb + s(" [options]")));
    }
    CHECK(qdf.out.contains(s("qdf " QDF_VERSION)));
    const Run workbench = runProgram(s("man"), {s("-l"), s(QDF_BUILD_DIR "/share/man/qdf-workbench.1.gz")}, {}, wide);
    REQUIRE(workbench.exitCode == 0);
    CHECK(workbench.out.contains(s("--screenshot")));
    CHECK(workbench.out.contains(s("xvfb-run")));
}

TEST_CASE("qdf-workbench answers --version and --help without a display, and without one says what to do", "[install][desktop]")
{
    const RunIn noDisplay{{}, {s("DISPLAY"), s("WAYLAND_DISPLAY"), s("QT_QPA_PLATFORM")}, {}};
    const Run version = runProgram(s(QDF_WORKBENCH), {s("--version")}, {}, noDisplay);
    CHECK(version.exitCode == 0);
    CHECK(version.out == s("qdf-workbench " QDF_VERSION "\n"));
    const Run help = runProgram(s(QDF_WORKBENCH), {s("--help")}, {}, noDisplay);
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(s("Usage: qdf-workbench [options] [WORKBOOK]")));
    CHECK(help.out.contains(s("--screenshot")));
    const Run run = runProgram(s(QDF_WORKBENCH), {}, {}, noDisplay);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(s("no display")));
    CHECK(run.err.contains(s("xvfb-run")));
    CHECK(run.err.contains(s("--screenshot")));
}

TEST_CASE("Bash completes qdf's verbs, sub-verbs, options and their values from qdf's own help", "[install][completion]")
{
    // Each line is completed as bash would at its end; the results print one a line.
    const QString script = s(R"(
        source /usr/share/bash-completion/bash_completion
        source %1/resources/completion/qdf
        complete_line() {
            COMP_LINE=$1; COMP_POINT=${#1}
            read -ra COMP_WORDS <<< "$1"
            [[ $1 == *' ' ]] && COMP_WORDS+=('')
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMPREPLY=()
            _qdf
            echo "$1 => ${COMPREPLY[*]}"
        }
        complete_line 'qdf sch'
        complete_line 'qdf schedule '
        complete_line 'qdf catalyst r'
        complete_line 'qdf catalyst round '
        complete_line 'qdf merge --j'
        complete_line 'qdf publish m.qdf --format '
        complete_line 'qdf help sc'
        complete_line 'qdf workshop '
        complete_line 'qdf workshop serve m.qdf --b'
        complete_line 'qdf workshop serve m.qdf --bind '
    )").arg(s(QDF_SOURCE_DIR));
    const QString bin = QFileInfo(s(QDF_CLI)).absolutePath();
    const Run bash = runProgram(s("bash"), {s("-c"), script}, {}, {{}, {}, {s("PATH=") + bin + s(":/usr/bin:/bin")}});
    INFO(bash.err.toStdString());
    REQUIRE(bash.exitCode == 0);
    const QStringList lines = bash.out.split(QLatin1Char('\n'));
    CHECK(lines.contains(s("qdf sch => schedule")));
    CHECK(lines.contains(s("qdf schedule  => add edit move sign list")));
    CHECK(lines.contains(s("qdf catalyst r => round rate report")));
    CHECK(lines.contains(s("qdf catalyst round  => add")));
    CHECK(lines.contains(s("qdf merge --j => --json")));
    CHECK(lines.contains(s("qdf publish m.qdf --format  => pdf odt html")));
    CHECK(lines.contains(s("qdf help sc => schedule")));
    CHECK(lines.contains(s("qdf workshop  => serve")));
    CHECK(lines.contains(s("qdf workshop serve m.qdf --b => --bind")));
    CHECK(lines.contains(s("qdf workshop serve m.qdf --bind  => any localhost 127.0.0.1")));
}
