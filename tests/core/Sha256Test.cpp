#include "core/Sha256.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QRandomGenerator>

TEST_CASE("SHA-256 through libcrypto gives the standard digests, the same as Qt's", "[core][hash]")
{
    // FIPS 180-2's examples.
    CHECK(qdf::sha256Hex("") == QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    CHECK(qdf::sha256Hex("abc") == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    // Hashes kept by earlier versions (made with Qt's) still compare: any size, any bytes.
    QRandomGenerator random(7);
    for (int size : {1, 55, 56, 63, 64, 65, 1000, 1 << 20}) {
        QByteArray data(size, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        CHECK(qdf::sha256(data) == QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    }
}
