#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return qdf::test::testStatus(Catch::Session().run(argc, argv));
}
