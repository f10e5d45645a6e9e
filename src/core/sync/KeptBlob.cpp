#include "core/sync/KeptBlob.h"

#include "core/Limits.h"

#include <zstd.h>

#include <algorithm>

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

Result<QByteArray> unpack(const QByteArray &data, const QString &name)
{
    const auto damaged = [&] { return makeError(Error::Code::Damaged, QStringLiteral("a kept state cannot be read (%1)").arg(name)); };
    if (!isZstd(data)) {
        // qCompress's form (schemas 9-20): a big-endian length, then zlib.
        QByteArray json = data.size() < 4 ? QByteArray() : qUncompress(data);
        if (json.isEmpty())
            return damaged();
        return json;
    }
    // A kept state is never larger than a bundle: a frame claiming more is damage, not a state.
    const unsigned long long size = ZSTD_getFrameContentSize(data.constData(), std::size_t(data.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > quint64(exchangeLimits().bundleBytes))
        return damaged();
    QByteArray json(qsizetype(size), Qt::Uninitialized);
    const std::size_t read = ZSTD_decompress(json.data(), std::size_t(json.size()), data.constData(), std::size_t(data.size()));
    if (ZSTD_isError(read) || read != size)
        return damaged();
    return json;
}

} // namespace qdf::sync::keptblob
