// In `qdf` (and `qdf-workshop`), the verbs that lay out documents run in `qdf-render` (see
// CMakeLists.txt): their command line is read here first with the same parser (so help and usage
// errors need no renderer), then the process becomes the renderer with the same arguments.

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/Forward.h"
#include "cli/RenderVerbs.h"

#include <QCoreApplication>

namespace qdf::cli {
namespace {

int runInRenderer(const QString &verb, const QStringList &arguments)
{
    renderVerb(verb)->parse(arguments);  // help and usage errors end here
    return runInHelper(QStringLiteral("qdf-render"),
                       QCoreApplication::translate("cli", "it lays out documents and is installed with qdf"));
}

} // namespace

int publish(const QStringList &arguments) { return runInRenderer(QStringLiteral("publish"), arguments); }
int print(const QStringList &arguments) { return runInRenderer(QStringLiteral("print"), arguments); }
int catalystReport(const QStringList &arguments) { return runInRenderer(QStringLiteral("catalyst report"), arguments); }
int reviewReport(const QStringList &arguments) { return runInRenderer(QStringLiteral("review report"), arguments); }

int personExport(const QStringList &arguments)
{
    const auto verb = renderVerb(QStringLiteral("person export"));
    verb->parse(arguments);
    if (verb->parser().value(personFormatOption()) == QLatin1String("json"))
        return personJson(*verb);  // JSON needs no layout
    return runInRenderer(QStringLiteral("person export"), arguments);
}

} // namespace qdf::cli
