// qdf-workbench: the desktop program. Main only wires the application together.

#include "gui/Style.h"
#include "gui/app/MainWindow.h"
#include "gui/app/Screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QDF Workbench"));
    QApplication::setApplicationName(QStringLiteral("QDF Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(QDF_VERSION));

    // English is built in; Welsh (or another shipped language) follows the system locale.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("qdfworkbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "QDF Workbench: CAREMORE workbooks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), QApplication::translate("main", "A workbook to open."),
                                 QStringLiteral("[WORKBOOK]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Render the window to FILE.png and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption open(QStringLiteral("open"), QApplication::translate("main", "The workbook to open."),
                                  QStringLiteral("WORKBOOK"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QApplication::translate("main", "The page to show: a section key, qdf-index or "
                                                                  "plan-on-a-page."),
                                  QStringLiteral("PAGE"));
    parser.addOptions({screenshot, open, page});
    parser.process(app);

    qdf::gui::applyStyle(app);
    qdf::gui::MainWindow window;
    const QString workbook = parser.isSet(open) ? parser.value(open) : parser.positionalArguments().value(0);
    if (!workbook.isEmpty())
        window.openWorkbook(workbook);
    if (parser.isSet(page) && !window.showPage(parser.value(page)))
        std::fprintf(stderr, "qdf-workbench: no page \"%s\"\n", qUtf8Printable(parser.value(page)));

    if (parser.isSet(screenshot)) {
        window.resize(1280, 800);
        const QString error = qdf::gui::saveScreenshot(window, parser.value(screenshot));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "qdf-workbench: %s\n", qUtf8Printable(error));
            return 2;
        }
        return window.bannerText().isEmpty() ? 0 : 2;
    }
    window.show();
    return app.exec();
}
