#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Rendering needs fonts, not a screen; Catch's discovery runs this outside CTest too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Signing keys the tests make go to a scratch folder, never the account's own (the programs
    // the tests run inherit it: docs/security.md).
    QTemporaryDir keyDir;
    if (qEnvironmentVariableIsEmpty("QDF_KEY_DIR"))
        qputenv("QDF_KEY_DIR", keyDir.path().toLocal8Bit());
    return Catch::Session().run(argc, argv);
}
