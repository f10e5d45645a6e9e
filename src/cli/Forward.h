#pragma once

#include <QString>

// The helpers a verb runs in (src/cli/CMakeLists.txt says why there are any): `qdf-render` for the
// verbs that lay out documents, `qdf-workshop` for `qdf workshop serve`. Beside the calling program
// in the build tree and in the libexec folder (so each helper finds the other too); installed,
// found from qdf's folder by the relative path to the libexec folder, so a moved tree still works.
namespace qdf::cli {

// Replaces this process with `helper`, given the same arguments (argv[0] stays the name it was
// called by, which messages show), so output, errors and exit status are the helper's own. Returns
// only if the helper cannot be started: the error, naming it, with `purpose` ("it lays out
// documents and is installed with qdf").
int runInHelper(const QString &helper, const QString &purpose);

} // namespace qdf::cli
