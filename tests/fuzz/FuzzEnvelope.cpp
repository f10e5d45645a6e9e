// libFuzzer target: the outside of a bundle or update (format 2 and the unsigned format 1), as
// a workbook reads a file it is sent: the envelope, opening a sealed one with a fixed key, the
// signature check, and (where a mutation keeps a valid signature, as in the seeds) the payload.
#include "core/keys/Crypto.h"
#include "core/sync/Bundle.h"
#include "core/sync/Envelope.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto reader = qdf::keys::fromSeed(QByteArray(32, '\x2a'));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)qdf::sync::readEnvelope(bytes, QStringLiteral("fuzz.qdfsync"));
    for (const bool allowUnsigned : {false, true}) {
        qdf::sync::BundleReadOptions options;
        options.allowUnsigned = allowUnsigned;
        options.openWith = reader;
        (void)qdf::sync::parseBundle(bytes, QStringLiteral("fuzz.qdfsync"), options);
    }
    return 0;
}
