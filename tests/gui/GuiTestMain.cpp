#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "gui/Style.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Catch's test discovery runs this binary at build time, outside CTest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QDF Workbench Tests"));
    QTemporaryDir settingsDir;  // never touch the user's own settings
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    qdf::gui::applyStyle(app);
    return Catch::Session().run(argc, argv);
}
