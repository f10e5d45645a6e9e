// libFuzzer target: the content-pack readers (the CAREMORE sections, the Catalyst grid, the
// review domains), each given the same bytes.
#include "core/ContentPack.h"
#include "core/catalyst/CatalystPack.h"
#include "core/review/ReviewPack.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)qdf::ContentPack::fromJson(bytes);
    (void)qdf::catalyst::Pack::fromJson(bytes);
    (void)qdf::review::Pack::fromJson(bytes);
    return 0;
}
