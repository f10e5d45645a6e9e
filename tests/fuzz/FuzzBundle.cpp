// libFuzzer target: the body of a bundle or update as it is read once its signature has been
// checked (parsePayload: the manifest and the changes), then every state it accepts hashed and
// turned back into JSON, as an import would. Fed the payload directly, the fuzzer reaches the
// body parser without having to forge a signature (FuzzEnvelope covers the outside).
#include "core/sync/Bundle.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto bundle = qdf::sync::parsePayload(bytes, QStringLiteral("fuzz.qdfsync"));
    if (bundle) {
        for (const qdf::sync::ItemChange &c : bundle->changes) {
            (void)c.state.hash();
            (void)qdf::sync::toJson(c.state);
            if (c.base)
                (void)c.base->hash();
        }
    }
    return 0;
}
