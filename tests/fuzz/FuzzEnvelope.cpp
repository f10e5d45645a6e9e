// libFuzzer target: the outside of a bundle or update (format 2 and the unsigned format 1), as
// a workbook reads a file it is sent: the envelope, opening a sealed one with a fixed key, the
// signature check and the payload. The same bytes are then taken as a payload, signed and
// sealed with fixed keys as an export would, and read back, so the whole path past the seal and
// the signature is reached too (FuzzBundle feeds the payload parser alone).
#include "core/keys/Crypto.h"
#include "core/sync/Bundle.h"
#include "core/sync/Envelope.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const auto reader = qdf::keys::fromSeed(QByteArray(32, '\x2a'));
    static const auto signer = qdf::keys::fromSeed(QByteArray(32, '\x17'));
    const QString name = QStringLiteral("fuzz.qdfsync");
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)qdf::sync::readEnvelope(bytes, name);
    qdf::sync::BundleReadOptions options;
    options.openWith = reader;
    for (const bool allowUnsigned : {false, true}) {
        options.allowUnsigned = allowUnsigned;
        (void)qdf::sync::parseBundle(bytes, name, options);
    }
    qdf::sync::Envelope envelope;
    envelope.kind = QStringLiteral("contribution");
    envelope.programmeId = QStringLiteral("fuzz");
    envelope.payload = bytes;
    if (const auto sealed = qdf::sync::writeEnvelope(envelope, *signer, {reader->publicKey}))
        (void)qdf::sync::parseBundle(*sealed, name, options);
    return 0;
}
