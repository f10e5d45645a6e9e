#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// The session's address as a QR code (Debian's libqrencode), for the projector to show and the
// terminal to print, so a phone's camera opens the join page without anyone typing the address.
namespace qdf::workshop {

struct QrMatrix {
    int size = 0;          // modules a side, without the quiet zone around
    QVector<bool> dark;    // size * size, row by row
    bool isNull() const { return size == 0; }
    bool at(int x, int y) const { return x >= 0 && y >= 0 && x < size && y < size && dark[y * size + x]; }
};

// Error correction M (15% of the code may be lost: a projector's glare, a head in the way).
// Null if libqrencode cannot encode it.
QrMatrix qrCode(const QByteArray &text);

// For a terminal with a dark background: two rows of modules per line in half blocks, light
// modules drawn, with the quiet zone of four modules the standard asks for.
QString terminalArt(const QrMatrix &matrix);

} // namespace qdf::workshop
