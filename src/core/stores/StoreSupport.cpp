#include "core/stores/StoreSupport.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>

namespace qdf::store {

QString newRowUuid()
{
    std::array<quint32, 4> words;
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    std::array<uchar, 16> b;
    for (std::size_t i = 0; i < 16; ++i)
        b[i] = uchar(words[i / 4] >> (8 * (i % 4)));
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[std::size_t(i)] = uchar(ms >> (8 * (5 - i)));
    b[6] = uchar(0x70 | (b[6] & 0x0f));  // version 7
    b[8] = uchar(0x80 | (b[8] & 0x3f));  // the RFC's variant
    return QUuid::fromRfc4122(QByteArrayView(b.data(), qsizetype(b.size()))).toString(QUuid::WithoutBraces);
}

} // namespace qdf::store
