#include "core/sync/KeptBlob.h"

#include "core/Limits.h"

#include <zstd.h>

namespace qdf::sync::keptblob {
namespace {

constexpr int kLevel = 1;
// The first four bytes of every zstd frame, as they are written (little-endian).
constexpr unsigned char kMagic[] = {0x28, 0xb5, 0x2f, 0xfd};

bool isZstd(const QByteArray &data)
{
    return data.size() >= 4 && std::equal(std::begin(kMagic), std::end(kMagic), reinterpret_cast<const unsigned char *>(data.constData()));
}

} // namespace

QByteArray pack(const QByteArray &json)
{
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(json.size()))), Qt::Uninitialized);
    const std::size_t written = ZSTD_compress(out.data(), std::size_t(out.size()), json.constData(), std::size_t(json.size()), kLevel);
    if (ZSTD_isError(written))
        return {};  // only with no memory left; the caller's INSERT then keeps nothing readable and says so on reading
    out.truncate(qsizetype(written));
    return out;
}

std::optional<QByteArray> unpack(const QByteArray &data)
{
    if (!isZstd(data)) {
        // qCompress's form (schemas 9-20): a big-endian length, then zlib.
        if (data.size() < 4)
            return std::nullopt;
        QByteArray json = qUncompress(data);
        if (json.isEmpty())
            return std::nullopt;
        return json;
    }
    // A kept state is never larger than a bundle: a frame claiming more is damage, not a state.
    const unsigned long long size = ZSTD_getFrameContentSize(data.constData(), std::size_t(data.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > quint64(exchangeLimits().bundleBytes))
        return std::nullopt;
    QByteArray json(qsizetype(size), Qt::Uninitialized);
    const std::size_t read = ZSTD_decompress(json.data(), std::size_t(json.size()), data.constData(), std::size_t(data.size()));
    if (ZSTD_isError(read) || read != size)
        return std::nullopt;
    return json;
}

} // namespace qdf::sync::keptblob
