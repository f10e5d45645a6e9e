#include "workshop/QrCode.h"

#include <qrencode.h>

namespace qdf::workshop {

QrMatrix qrCode(const QByteArray &text)
{
    QRcode *code = QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    QrMatrix matrix;
    matrix.size = code->width;
    matrix.dark.resize(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        matrix.dark[i] = code->data[i] & 1;  // bit 0: a dark module
    QRcode_free(code);
    return matrix;
}

QString terminalArt(const QrMatrix &matrix)
{
    constexpr int quiet = 4;
    QString art;
    const int from = -quiet, to = matrix.size + quiet;
    for (int y = from; y < to; y += 2) {
        for (int x = from; x < to; ++x) {
            const bool top = !matrix.at(x, y), bottom = y + 1 < to && !matrix.at(x, y + 1);  // light = drawn
            art += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584) : QLatin1Char(' ');
        }
        art += QLatin1Char('\n');
    }
    return art;
}

} // namespace qdf::workshop
