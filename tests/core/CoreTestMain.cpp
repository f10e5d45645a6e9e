#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Signing keys the tests make go to a scratch folder, never the account's own (the programs
    // the tests run inherit it: docs/security.md).
    QTemporaryDir keyDir;
    if (qEnvironmentVariableIsEmpty("QDF_KEY_DIR"))
        qputenv("QDF_KEY_DIR", keyDir.path().toLocal8Bit());
    return qdf::test::testStatus(Catch::Session().run(argc, argv));
}
