#include "core/sync/CompactJson.h"

#include "core/sync/JsonChars.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace qdf::sync {
namespace {

void writeValue(const QJsonValue &value, QByteArray &out);

// Qt's own text of one value: the one-element array it makes, without its brackets.
void writeByQt(const QJsonValue &value, QByteArray &out)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, array.size() - 2);
}

// A string of ASCII without control characters but line ends and tabs, as Qt escapes it; false
// (nothing written) for any other string. Runs between escapes are copied whole, as bytes.
bool writePlainString(QStringView text, QByteArray &out)
{
    if (!QtPrivate::isAscii(text))
        return false;
    const QByteArray bytes = text.toLatin1();
    const auto *at = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *const end = at + bytes.size();
    const qsizetype start = out.size();
    out.append('"');
    for (;;) {
        const unsigned char *run = jsonchars::plainRunEnd(at, end);  // DEL is written as it is, as Qt does
        out.append(reinterpret_cast<const char *>(at), run - at);
        if (run == end)
            break;
        switch (*run) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        default:
            out.truncate(start);
            return false;
        }
        at = run + 1;
    }
    out.append('"');
    return true;
}

void writeString(const QString &text, QByteArray &out)
{
    if (!writePlainString(text, out))
        writeByQt(QJsonValue(text), out);
}

void writeObject(const QJsonObject &object, QByteArray &out)
{
    out.append('{');
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        writeString(it.key(), out);
        out.append(':');
        writeValue(it.value(), out);
    }
    out.append('}');
}

void writeValue(const QJsonValue &value, QByteArray &out)
{
    switch (value.type()) {
    case QJsonValue::Object:
        writeObject(value.toObject(), out);
        return;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            writeValue(array.at(i), out);
        }
        out.append(']');
        return;
    }
    case QJsonValue::String:
        writeString(value.toString(), out);
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Null:
        out.append("null");
        return;
    default:  // numbers, and Undefined (which an object never holds)
        writeByQt(value, out);
        return;
    }
}

} // namespace

QByteArray compactJson(const QJsonObject &object)
{
    QByteArray out;
    writeObject(object, out);
    return out;
}

} // namespace qdf::sync
