// qdf: the command line over the same core as the GUI. Verbs, flags, JSON and exit codes are
// a contract (docs/cli.md). Built twice: as `qdf`, and with QDF_RENDERER as `qdf-render`, the
// one that runs the verbs laying out documents (src/cli/CMakeLists.txt says why).

#include "cli/Verbs.h"
#include "core/Allocator.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#ifdef QDF_RENDERER
#include <QGuiApplication>
#endif

#include <cstdio>
#include <memory>

#include <unistd.h>

int main(int argc, char *argv[])
{
    qdf::keepFreedMemory();
    // --lang cy|en before any verb sees the arguments: it is everyone's (docs/cli.md), but for the
    // verbs that lay out a document, whose own --lang (cy, en or both) is the document's: there only
    // a --lang before the verb is the program's.
    int documentVerb = -1;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0) {
            ++i;
            continue;
        }
        if (qstrncmp(argv[i], "--lang=", 7) == 0)
            continue;
        if (qstrcmp(argv[i], "publish") == 0 || qstrcmp(argv[i], "print") == 0)
            documentVerb = i;
        break;
    }
    bool badLanguage = false;
    const QString language = qdf::language::takeLanguageOption(argc, argv, &badLanguage, documentVerb);
#ifdef QDF_RENDERER
    // Laying out documents needs fonts, so the verbs that render run a (headless) GUI app.
    const bool renders = argc > 1
        && (qstrcmp(argv[1], "publish") == 0 || qstrcmp(argv[1], "print") == 0
            || (argc > 2 && (qstrcmp(argv[1], "catalyst") == 0 || qstrcmp(argv[1], "review") == 0)
                && qstrcmp(argv[2], "report") == 0)
            || (argc > 2 && qstrcmp(argv[1], "person") == 0 && qstrcmp(argv[2], "export") == 0));
    if (renders && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (renders && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt wants a private runtime folder and warns on stderr without one; stderr is for errors.
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/qdf-runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QFile::setPermissions(QString::fromLocal8Bit(dir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    std::unique_ptr<QCoreApplication> application = renders ? std::make_unique<QGuiApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
#else
    QCoreApplication application(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("qdf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QDF_VERSION));
    const QString spoken = qdf::language::install(*QCoreApplication::instance(), qdf::language::choose(language));
    if (!language.isEmpty())
        qputenv("LANGUAGE", spoken.toUtf8());  // qdf-render, which a layout verb becomes, speaks it too
    if (badLanguage) {
        std::fprintf(stderr, "qdf: %s\n", qUtf8Printable(QCoreApplication::translate("cli", "--lang takes cy (Cymraeg) or en (English)")));
        return 1;  // a usage error
    }
    return qdf::cli::runCommandLine(QCoreApplication::arguments());
}
