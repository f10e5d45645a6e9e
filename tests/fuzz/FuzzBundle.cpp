// libFuzzer target: the bundle and update reader (parseBundle), then every state it accepts
// hashed and turned back into JSON, as an import would.
#include "core/sync/Bundle.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto bundle = qdf::sync::parseBundle(bytes, QStringLiteral("fuzz.qdfsync"));
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
