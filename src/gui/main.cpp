// qdf-workbench: the desktop program. Main only wires the application together.

#include "gui/Style.h"
#include "gui/app/About.h"
#include "gui/app/HelpBrowser.h"
#include "gui/app/MainWindow.h"
#include "gui/app/Presentation.h"
#include "gui/app/Screenshot.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/review/ReviewPage.h"
#include "gui/sync/MergeReviewDialog.h"
#include "gui/documents/SearchPage.h"
#include "gui/schedule/ScheduleDialog.h"

#include "core/Allocator.h"
#include "core/Workbook.h"
#include "core/i18n/Language.h"
#include "gui/app/Settings.h"
#include "core/stores/ScheduleStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QTabWidget>

#include <cstdio>
#include <memory>

namespace {

// --help and --version print and leave: they need no display, so they get no GUI application.
bool onlyAsksForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

// The language: --lang, else View › Language, else the desktop's (core/i18n/Language.h).
void installLanguage(QCoreApplication &app, const QString &fromOption)
{
    qdf::language::install(app, qdf::language::choose(fromOption.isEmpty() ? qdf::gui::settings::language() : fromOption));
}

} // namespace

int main(int argc, char *argv[])
{
    qdf::keepFreedMemory();
    bool badLanguage = false;
    const QString language = qdf::language::takeLanguageOption(argc, argv, &badLanguage);
    const bool headless = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    std::unique_ptr<QCoreApplication> text;
    if (onlyAsksForText(argc, argv)) {
        text = std::make_unique<QCoreApplication>(argc, argv);
    } else if (headless && wantsScreenshot(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");  // a screenshot needs no screen
    } else if (headless) {
        // Qt would abort ("could not connect to display"); say what works instead.
        QCoreApplication app(argc, argv);
        qdf::gui::setIdentity(app);
        installLanguage(app, language);
        std::fprintf(stderr, "%s\n", qUtf8Printable(QCoreApplication::translate(
                                         "main", "qdf-workbench: there is no display to show the window on (DISPLAY and "
                                                 "WAYLAND_DISPLAY are not set).\n"
                                                 "Start it from a desktop session, or:\n"
                                                 "  xvfb-run qdf-workbench WORKBOOK                 runs it on a virtual display\n"
                                                 "  qdf-workbench --screenshot shot.png WORKBOOK    takes a picture of the window\n"
                                                 "  qdf --help                                      the command line needs no display")));
        return 1;
    }
    std::unique_ptr<QApplication> gui = text ? nullptr : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = text ? *text : *gui;
    qdf::gui::setIdentity(app);
    installLanguage(app, language);
    if (badLanguage) {
        std::fprintf(stderr, "qdf-workbench: %s\n",
                     qUtf8Printable(QCoreApplication::translate("main", "--lang takes cy (Cymraeg) or en (English)")));
        return 1;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "The desktop program of QDF Workbench: CAREMORE "
                                                                         "workbooks, their Schedules and the Quality and "
                                                                         "Delivery Framework."));
    // Not addHelpOption() and addVersionOption(): their text names the program as it was called.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("main", "Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Show the version."));
    parser.addOptions({help, version});
    parser.addPositionalArgument(QStringLiteral("WORKBOOK"), QCoreApplication::translate("main", "A workbook to open."),
                                 QStringLiteral("[WORKBOOK]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Render the window to FILE.png and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption open(QStringLiteral("open"), QCoreApplication::translate("main", "The workbook to open."),
                                  QStringLiteral("WORKBOOK"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("main", "The page to show: a section key, qdf-index, "
                                                                      "plan-on-a-page, progress, search, help[:PAGE] for the user guide, or "
                                                                      "schedule:NUMBER[:sign-off|:history] for the Schedule editor."),
                                  QStringLiteral("PAGE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QCoreApplication::translate("main", "Window size for --screenshot (default 1280x800)."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption find(QStringLiteral("find"),
                                  QCoreApplication::translate("main", "Show the search page with these words."),
                                  QStringLiteral("WORDS"));
    const QCommandLineOption palette(QStringLiteral("palette"),
                                     QCoreApplication::translate("main", "Colours to show the window in: light, dark or "
                                                                         "high-contrast (default: the desktop's)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "The language to speak: cy (Cymraeg) or en (English); "
                                                                      "default: View › Language, else the desktop's."),
                                  QStringLiteral("LANG"));
    parser.addOptions({screenshot, open, page, size, find, palette, lang});
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "qdf-workbench: %s\n", qUtf8Printable(parser.errorText()));
        return 1;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1String(" [options]")), QStringLiteral("Usage: qdf-workbench"));
        std::fputs(qUtf8Printable(text), stdout);
        return 0;
    }
    if (parser.isSet(version)) {
        std::printf("qdf-workbench %s\n", QDF_VERSION);
        return 0;
    }

    if (parser.isSet(palette)) {
        const auto chosen = qdf::gui::namedPalette(parser.value(palette));
        if (!chosen) {
            std::fprintf(stderr, "qdf-workbench: no palette \"%s\" (light, dark or high-contrast)\n",
                         qUtf8Printable(parser.value(palette)));
            return 1;
        }
        QApplication::setPalette(*chosen);
    }
    qdf::gui::applyStyle(*gui);
    qdf::gui::MainWindow window;
    const QString workbook = parser.isSet(open) ? parser.value(open) : parser.positionalArguments().value(0);
    if (!workbook.isEmpty())
        window.openWorkbook(workbook);
    else if (!parser.isSet(screenshot))
        window.reopenLastWorkbook();  // a picture shows only what was asked for
    const QString pageKey = parser.value(page);
    const bool schedulePage = pageKey.startsWith(QLatin1String("schedule:"));
    const bool helpPage = pageKey == QLatin1String("help") || pageKey.startsWith(QLatin1String("help:"));
    const bool dialogPage = schedulePage || helpPage || pageKey.startsWith(QLatin1String("sync:"));
    // "catalyst:VIEW[:projector]" opens the Catalyst page at that view (see CatalystPage::showView),
    // presenting with ":projector";
    // "review:VIEW[:CHECKLIST]" the review page (see ReviewPage::showView), at its latest review.
    const QString pageName = pageKey.section(QLatin1Char(':'), 0, 0) == QLatin1String("schedule") ? pageKey
                                                                                                : pageKey.section(QLatin1Char(':'), 0, 0);
    if (parser.isSet(page) && !dialogPage && !window.showPage(pageName))
        std::fprintf(stderr, "qdf-workbench: no page \"%s\"\n", qUtf8Printable(pageKey));
    auto *catalyst = qobject_cast<qdf::gui::CatalystPage *>(window.page(QStringLiteral("catalyst")));
    if (catalyst && pageKey.startsWith(QLatin1String("catalyst:"))) {
        const QStringList view = pageKey.split(QLatin1Char(':'));
        if (!catalyst->showView(view.value(1)))
            std::fprintf(stderr, "qdf-workbench: no Catalyst view \"%s\"\n", qUtf8Printable(view.value(1)));
        // ":projector": the window in presentation mode, as F5 puts it.
        if (view.value(2) == QLatin1String("projector"))
            window.presentation()->setOn(true);
    }
    auto *review = qobject_cast<qdf::gui::ReviewPage *>(window.page(QStringLiteral("review")));
    if (review && pageKey.startsWith(QLatin1String("review:"))) {
        const QStringList view = pageKey.split(QLatin1Char(':'));
        if (view.size() > 2 && !review->selectChecklist(view.value(2)))
            std::fprintf(stderr, "qdf-workbench: the review does not use the checklist \"%s\"\n", qUtf8Printable(view.value(2)));
        if (!review->showView(view.value(1)))
            std::fprintf(stderr, "qdf-workbench: no review view \"%s\"\n", qUtf8Printable(view.value(1)));
    }
    if (parser.isSet(find) && window.showPage(QStringLiteral("search")))
        static_cast<qdf::gui::SearchPage *>(window.page(QStringLiteral("search")))->queryEdit()->setText(parser.value(find));

    if (parser.isSet(screenshot)) {
        // The picture is of the size asked for, not of the screen presentation mode would fill.
        window.setWindowState(window.windowState() & ~Qt::WindowFullScreen);
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        window.resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1280, wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 800);
        std::unique_ptr<qdf::gui::ScheduleDialog> dialog;
        if (schedulePage && window.session()) {
            auto found = qdf::ScheduleStore(*window.workbook()).find(pageKey.section(QLatin1Char(':'), 1, 1));
            if (!found) {
                std::fprintf(stderr, "qdf-workbench: %s\n", qUtf8Printable(found.error().message));
                return 2;
            }
            window.show();
            dialog = std::make_unique<qdf::gui::ScheduleDialog>(*window.session(), found->uuid, &window);
            dialog->showTab(pageKey.section(QLatin1Char(':'), 2) == QLatin1String("history")    ? 2
                            : pageKey.section(QLatin1Char(':'), 2) == QLatin1String("sign-off") ? 1
                                                                                                 : 0);
        }
        // "sync:conflicts" or "sync:answers": the merge review of what waits in the workbook.
        std::unique_ptr<qdf::gui::MergeReviewDialog> review;
        if (pageKey.startsWith(QLatin1String("sync:")) && window.workbook()) {
            window.show();
            review = std::make_unique<qdf::gui::MergeReviewDialog>(*window.workbook(), QStringList(), &window);
            review->showTab(pageKey.section(QLatin1Char(':'), 1) == QLatin1String("answers") ? 1 : 0);
        }
        // "help" or "help:PAGE": the user guide at that page's topic (the welcome page's without one).
        std::unique_ptr<qdf::gui::HelpBrowser> help;
        if (helpPage) {
            window.show();
            help = std::make_unique<qdf::gui::HelpBrowser>(&window);
            help->show();
            QApplication::processEvents();
            help->showTopic(qdf::gui::helpTopicFor(pageKey.section(QLatin1Char(':'), 1)));
        }
        QWidget &shot = dialog ? static_cast<QWidget &>(*dialog)
                        : review ? static_cast<QWidget &>(*review)
                        : help   ? static_cast<QWidget &>(*help)
                                 : window;
        const QString error = qdf::gui::saveScreenshot(shot, parser.value(screenshot));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "qdf-workbench: %s\n", qUtf8Printable(error));
            return 2;
        }
        return window.bannerText().isEmpty() ? 0 : 2;
    }
    window.show();
    return QApplication::exec();
}
