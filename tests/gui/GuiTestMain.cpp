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
    // Signing keys the tests make go to a scratch folder, never the account's own (the programs
    // the tests run inherit it: docs/security.md).
    QTemporaryDir keyDir;
    if (qEnvironmentVariableIsEmpty("QDF_KEY_DIR"))
        qputenv("QDF_KEY_DIR", keyDir.path().toLocal8Bit());
    QApplication::setOrganizationName(QStringLiteral("QDF Workbench Tests"));
    QTemporaryDir settingsDir;  // never touch the user's own settings
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    qdf::gui::applyStyle(app);
    return Catch::Session().run(argc, argv);
}
