#include "core/sync/PayloadJson.h"

#include "core/Limits.h"
#include "core/sync/JsonChars.h"

#include <QJsonArray>

#include <array>
#include <string_view>
#include <vector>

namespace qdf::sync {
namespace {

// Deeper than any payload nests (payload, body, changes, a change, its state, fields, a list).
constexpr int kMaxDepth = 10;
// More keys than any object of a payload has: such an object goes to the general reader.
constexpr std::size_t kMaxKeys = 32;

// The strict scan, building Qt's values as it goes, as valueFromNlohmann (BundleBody.cpp) builds
// them from nlohmann's tree: the same objects, strings and types (a non-negative whole number is
// a double there, as nlohmann reads it as unsigned). False for anything outside the plain shape.
class Scan {
public:
    explicit Scan(const QByteArray &bytes)
        : m_at(reinterpret_cast<const unsigned char *>(bytes.constData())), m_end(m_at + bytes.size())
    {
    }

    bool document(QJsonObject &out)
    {
        space();
        if (m_at == m_end || *m_at != '{' || !object(out, 1))
            return false;
        space();
        return m_at == m_end;
    }

private:
    const unsigned char *m_at;
    const unsigned char *m_end;
    qint64 m_events = 0;
    QByteArray m_unescaped;

    bool counted() { return ++m_events <= exchangeLimits().jsonValues / 2; }

    void space()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool literal(std::string_view word)
    {
        if (std::size_t(m_end - m_at) < word.size() || std::string_view(reinterpret_cast<const char *>(m_at), word.size()) != word)
            return false;
        m_at += word.size();
        return counted();
    }

    bool value(QJsonValue &out, int depth)
    {
        if (depth > kMaxDepth || m_at == m_end)
            return false;
        switch (*m_at) {
        case '{': {
            QJsonObject o;
            if (!object(o, depth))
                return false;
            out = std::move(o);
            return true;
        }
        case '[': {
            QJsonArray a;
            if (!array(a, depth))
                return false;
            out = std::move(a);
            return true;
        }
        case '"': {
            std::string_view text;
            bool ascii = true, escaped = false;
            if (!string(text, ascii, escaped))
                return false;
            out = stringValue(text, ascii);
            return true;
        }
        case 't': out = true; return literal("true");
        case 'f': out = false; return literal("false");
        case 'n': out = QJsonValue(QJsonValue::Null); return literal("null");
        default: return number(out);
        }
    }

    bool number(QJsonValue &out)
    {
        const unsigned char *digits = m_at;
        while (m_at != m_end && *m_at >= '0' && *m_at <= '9')
            ++m_at;
        const auto count = m_at - digits;
        if (count == 0 || count > 15 || (count > 1 && *digits == '0'))
            return false;
        if (m_at != m_end && (*m_at == '.' || *m_at == 'e' || *m_at == 'E'))
            return false;
        qint64 n = 0;
        for (const unsigned char *d = digits; d != m_at; ++d)
            n = n * 10 + (*d - '0');
        out = double(n);  // as nlohmann's unsigned becomes in valueFromNlohmann
        return counted();
    }

    // One UTF-8 sequence of two to four bytes, as the standard allows them (no overlong forms, no
    // surrogates, nothing past U+10FFFF): what nlohmann's reader takes, no more.
    bool sequence()
    {
        const unsigned char c = *m_at;
        const auto continuation = [&](int n, unsigned char low, unsigned char high) {
            if (m_end - m_at <= n)
                return false;
            if (m_at[1] < low || m_at[1] > high)
                return false;
            for (int i = 2; i <= n; ++i) {
                if ((m_at[i] & 0xc0) != 0x80)
                    return false;
            }
            m_at += n + 1;
            return true;
        };
        if (c >= 0xc2 && c <= 0xdf)
            return continuation(1, 0x80, 0xbf);
        if (c == 0xe0)
            return continuation(2, 0xa0, 0xbf);
        if ((c >= 0xe1 && c <= 0xec) || c == 0xee || c == 0xef)
            return continuation(2, 0x80, 0xbf);
        if (c == 0xed)
            return continuation(2, 0x80, 0x9f);
        if (c == 0xf0)
            return continuation(3, 0x90, 0xbf);
        if (c >= 0xf1 && c <= 0xf3)
            return continuation(3, 0x80, 0xbf);
        if (c == 0xf4)
            return continuation(3, 0x80, 0x8f);
        return false;
    }

    // A string, unescaped: `text` is its bytes (the payload's own where it has no escape, else a
    // copy made run by run as the scan goes); `ascii` whether all are, `escaped` whether it had one.
    bool string(std::string_view &text, bool &ascii, bool &escaped)
    {
        ++m_at;  // the opening quote
        const unsigned char *const start = m_at;
        const unsigned char *run = m_at;  // what is not yet copied into m_unescaped
        ascii = true;
        escaped = false;
        for (;;) {
            m_at = jsonchars::plainRunEnd(m_at, m_end);
            if (m_at == m_end)
                return false;
            const unsigned char c = *m_at;
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c == '\\') {
                if (m_end - m_at < 2)
                    return false;
                char decoded = 0;
                switch (m_at[1]) {
                case '"': case '\\': case '/': decoded = char(m_at[1]); break;
                case 'b': decoded = '\b'; break;
                case 'f': decoded = '\f'; break;
                case 'n': decoded = '\n'; break;
                case 'r': decoded = '\r'; break;
                case 't': decoded = '\t'; break;
                default: return false;  // \u and anything else: the general reader's
                }
                if (!escaped)
                    m_unescaped.resize(0);  // keeps its capacity from the last string
                m_unescaped.append(reinterpret_cast<const char *>(run), m_at - run);
                m_unescaped.append(decoded);
                m_at += 2;
                run = m_at;
                escaped = true;
            } else if (!sequence()) {  // c >= 0x80: plainRunEnd stops at nothing else
                return false;
            } else {
                ascii = false;
            }
        }
        if (escaped) {
            m_unescaped.append(reinterpret_cast<const char *>(run), m_at - run);
            text = std::string_view(m_unescaped.constData(), std::size_t(m_unescaped.size()));
        } else {
            text = std::string_view(reinterpret_cast<const char *>(start), std::size_t(m_at - start));
        }
        ++m_at;  // the closing quote
        return counted();
    }

    // Qt's value of a string: ASCII kept as the 8-bit text Qt's JSON stores it as anyway, not
    // turned into UTF-16 and back (a bundle's texts are nearly all ASCII).
    static QJsonValue stringValue(std::string_view text, bool ascii)
    {
        if (ascii)
            return QJsonValue(QLatin1String(text.data(), qsizetype(text.size())));
        return QJsonValue(QString::fromUtf8(text.data(), qsizetype(text.size())));
    }

    bool array(QJsonArray &out, int depth)
    {
        ++m_at;
        if (!counted())
            return false;
        space();
        if (m_at != m_end && *m_at == ']') {
            ++m_at;
            return true;
        }
        for (;;) {
            space();
            QJsonValue v;
            if (!value(v, depth + 1))
                return false;
            out.append(v);
            space();
            if (m_at == m_end)
                return false;
            if (*m_at == ']') {
                ++m_at;
                return true;
            }
            if (*m_at++ != ',')
                return false;
        }
    }

    bool object(QJsonObject &out, int depth)
    {
        ++m_at;
        if (!counted())
            return false;
        std::vector<std::string_view> keys;
        space();
        if (m_at != m_end && *m_at == '}') {
            ++m_at;
            return true;
        }
        for (;;) {
            space();
            std::string_view raw;
            bool ascii = true, escaped = false;
            if (m_at == m_end || *m_at != '"' || !string(raw, ascii, escaped))
                return false;
            // Keys are compared as written, so a key with an escape (one key spelled two ways
            // could pass as two) is left to the general reader, as is a key given twice. `raw` is
            // the payload's own bytes, then, and stays valid while the object is read.
            if (escaped)
                return false;
            for (const std::string_view &seen : keys) {
                if (seen == raw)
                    return false;
            }
            if (keys.size() == kMaxKeys)
                return false;
            keys.push_back(raw);
            space();
            if (m_at == m_end || *m_at++ != ':')
                return false;
            space();
            QJsonValue v;
            if (!value(v, depth + 1))
                return false;
            if (ascii)
                out.insert(QLatin1String(raw.data(), qsizetype(raw.size())), v);
            else
                out.insert(QString::fromUtf8(raw.data(), qsizetype(raw.size())), v);
            space();
            if (m_at == m_end)
                return false;
            if (*m_at == '}') {
                ++m_at;
                return true;
            }
            if (*m_at++ != ',')
                return false;
        }
    }
};

} // namespace

std::optional<QJsonObject> quickPayloadJson(const QByteArray &bytes)
{
    QJsonObject doc;
    if (!Scan(bytes).document(doc))
        return std::nullopt;
    return doc;
}

} // namespace qdf::sync
