#include "report/Zip.h"

#include <QBuffer>
#include <QCoreApplication>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace qdf::report {

Result<QByteArray> zip(const QVector<ZipPart> &parts)
{
    const auto failed = [] {
        return makeError(Error::Code::Io, QCoreApplication::translate("qdf::report", "the document could not be packed"));
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QuaZip archive(&buffer);
        if (!archive.open(QuaZip::mdCreate))
            return failed();
        for (const ZipPart &part : parts) {
            QuaZipNewInfo info(part.name);
            // A fixed time: the same document packs to the same bytes.
            info.dateTime = QDateTime(QDate(2000, 1, 1), QTime(0, 0));
            QuaZipFile file(&archive);
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, part.stored ? 0 : Z_DEFLATED,
                           part.stored ? 0 : Z_DEFAULT_COMPRESSION))
                return failed();
            if (file.write(part.bytes) != part.bytes.size())
                return failed();
            file.close();
            if (file.getZipError() != UNZ_OK)
                return failed();
        }
        archive.close();
        if (archive.getZipError() != UNZ_OK)
            return failed();
    }
    return buffer.data();
}

} // namespace qdf::report
