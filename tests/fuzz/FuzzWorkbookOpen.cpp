// libFuzzer target: opening a workbook file. The bytes are written to a file and opened as a
// person would open it; a workbook that opens is read through (info, sections, every item).
#include "core/Workbook.h"
#include "core/stores/SectionStore.h"
#include "core/sync/Items.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace {

QString scratchPath()
{
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("fuzz.qdf"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);  // the SQL driver plugin needs an application
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = scratchPath();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto workbook = qdf::Workbook::open(path);
    if (workbook) {
        (void)qdf::SectionStore(**workbook).summaries();
        (void)qdf::sync::readItems(**workbook);
    }
    return 0;
}
