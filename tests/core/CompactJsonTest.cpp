#include "core/sync/CompactJson.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cmath>
#include <limits>

using namespace qdf::sync;

namespace {

QString randomText(QRandomGenerator &random)
{
    // Every kind of character Qt's writer treats apart: printable ASCII, the two it escapes, the
    // line ends and tab, other controls, DEL, Latin-1, Welsh, a pair of surrogates, a lone one.
    static const char16_t pieces[] = {u'a', u'Z', u' ', u'/', u'"', u'\\', u'\n', u'\r', u'\t', u'\b', u'\f', 0x01, 0x1f,
                                      0x7f, 0xe9, 0x0175, 0x2028, 0xd83d, 0xde42, 0xfffe};
    QString text;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i) {
        // Mostly plain, as a state's texts are.
        text += random.bounded(3) ? QChar(u'a' + char16_t(random.bounded(26))) : QChar(pieces[random.bounded(int(std::size(pieces)))]);
    }
    return text;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    static const double numbers[] = {0.0, -0.0, 1.0, 3.0, -7.0, 2.5, 1e5, 123456789.0, 1e15, 1e21, 1e-7, 0.1,
                                     9007199254740993.0, std::numeric_limits<double>::max()};
    switch (random.bounded(depth > 2 ? 6 : 8)) {
    case 0: case 1: return randomText(random);
    case 2: return numbers[random.bounded(int(std::size(numbers)))];
    case 3: return qint64(random.bounded(2000)) - 1000;
    case 4: return random.bounded(2) == 0;
    case 5: return QJsonValue(QJsonValue::Null);
    case 6: {
        QJsonArray array;
        for (int i = int(random.bounded(4)); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = int(random.bounded(5)); i > 0; --i)
            object.insert(randomText(random), randomValue(random, depth + 1));
        return object;
    }
    }
}

} // namespace

TEST_CASE("A state's JSON is written byte for byte as Qt's compact writer writes it", "[sync][hash]")
{
    // Its SHA-256 is the fingerprint kept in files and compared by undo: it must never change.
    QRandomGenerator random(16);
    for (int n = 0; n < 4000; ++n) {
        QJsonObject object;
        for (int i = int(random.bounded(6)); i > 0; --i)
            object.insert(randomText(random), randomValue(random, 0));
        const QByteArray qt = QJsonDocument(object).toJson(QJsonDocument::Compact);
        INFO(qt.toStdString());
        REQUIRE(compactJson(object) == qt);
    }
    // A multi-page text, as a Schedule's, and the empty object.
    QString pages;
    for (int i = 0; i < 300; ++i)
        pages += QStringLiteral("## Part %1\n\nThe provider \"shall\" report\tmonthly \\ quarterly.\r\n").arg(i);
    const QJsonObject schedule{{QStringLiteral("body"), pages}, {QStringLiteral("version"), 3}, {QStringLiteral("maturity"), QStringLiteral("draft")}};
    CHECK(compactJson(schedule) == QJsonDocument(schedule).toJson(QJsonDocument::Compact));
    CHECK(compactJson(QJsonObject()) == QJsonDocument(QJsonObject()).toJson(QJsonDocument::Compact));
}
