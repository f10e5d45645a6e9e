#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace qdf {

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has
// them: Qt 6.4's QCryptographicHash runs a portable implementation at ~75 instructions a byte,
// and hashing was a quarter of a merge (bundle checks, item fingerprints, Schedule versions).
// The digests are the same, so hashes kept in files by earlier versions still compare.
QByteArray sha256(QByteArrayView data);
QString sha256Hex(QByteArrayView data);

} // namespace qdf
