#include "report/ReportLibraries.h"

#include <qpdf/QPDF.hh>

namespace qdf::report {

QVector<Library> reportLibraries()
{
    return {
        {QStringLiteral("QuaZip"), QStringLiteral(QDF_QUAZIP_VERSION), QStringLiteral("LGPL-2.1")},
        {QStringLiteral("qpdf"), QString::fromStdString(QPDF::QPDFVersion()), QStringLiteral("Apache-2.0")},
    };
}

} // namespace qdf::report
