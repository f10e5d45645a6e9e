// In `qdf` (and `qdf-render`), `qdf workshop serve` runs in `qdf-workshop` (see CMakeLists.txt):
// its command line is read here first with the same parser, then the process becomes the helper.

#include "cli/Commands.h"
#include "cli/Forward.h"
#include "cli/WorkshopVerbs.h"

#include <QCoreApplication>

namespace qdf::cli {

int workshopServe(const QStringList &arguments)
{
    (void)parseWorkshopServe(arguments);  // help and usage errors end here
    return runInHelper(QStringLiteral("qdf-workshop"),
                       QCoreApplication::translate("cli", "it serves live workshops and is installed with qdf"));
}

} // namespace qdf::cli
