#include "core/Sha256.h"

#include <openssl/evp.h>

namespace qdf {

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    // EVP_Digest cannot fail for SHA-256 on memory short of an allocation failure, which Qt
    // itself does not survive either.
    EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(), nullptr);
    digest.resize(int(size));
    return digest;
}

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

} // namespace qdf
