#include "core/sync/EnvelopeJson.h"

#include "core/Limits.h"
#include "core/sync/JsonChars.h"

#include <nlohmann/json.hpp>

#include <array>
#include <set>
#include <string>
#include <string_view>

namespace qdf::sync {
namespace {

using json = nlohmann::json;

// A reader of the one shape; every method returns false where the bytes leave it (or are not
// JSON at all), and the caller then hands the whole file to the general parser.
class Reader {
public:
    explicit Reader(QByteArrayView bytes) : m_at(bytes.data()), m_end(bytes.data() + bytes.size()) {}

    std::optional<json> document()
    {
        json doc;
        space();
        if (!object(doc, 1))
            return std::nullopt;
        space();
        if (m_at != m_end)
            return std::nullopt;  // anything after the object
        return doc;
    }

private:
    const char *m_at;
    const char *m_end;
    qint64 m_events = 0;

    bool counted()
    {
        return ++m_events <= exchangeLimits().jsonValues;
    }

    void space()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool take(char c)
    {
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }

    // A string; plain printable ASCII is taken as it stands, anything else (escapes, UTF-8) is
    // read by nlohmann from the string's own bytes, exactly as the general parser would.
    bool string(std::string &out)
    {
        const char *start = m_at;
        if (!take('"'))
            return false;
        const char *from = m_at;
        bool plain = true;
        while (m_at != m_end) {
            // A run of printable ASCII (but the quote and the backslash) is looked at once, in
            // bulk: a base64 payload is one such run.
            m_at = reinterpret_cast<const char *>(jsonchars::plainRunEnd(reinterpret_cast<const unsigned char *>(m_at),
                                                                          reinterpret_cast<const unsigned char *>(m_end)));
            if (m_at == m_end)
                break;
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c == '\\') {
                plain = false;
                if (++m_at == m_end)
                    return false;
            } else {
                plain = false;  // UTF-8
            }
            ++m_at;
        }
        if (m_at == m_end)
            return false;
        ++m_at;  // the closing quote
        if (plain) {
            out.assign(from, std::size_t(m_at - 1 - from));
            return counted();
        }
        try {
            out = json::parse(start, m_at).get<std::string>();
        } catch (const json::exception &) {
            return false;
        }
        return counted();
    }

    // An integer as JSON writes one (no fraction or exponent, no leading zeros), of a size no
    // envelope field comes near.
    bool integer(json &out)
    {
        const bool negative = take('-');
        const char *digits = m_at;
        while (m_at != m_end && *m_at >= '0' && *m_at <= '9')
            ++m_at;
        const auto count = m_at - digits;
        if (count == 0 || count > 15 || (count > 1 && *digits == '0'))
            return false;
        if (m_at != m_end && (*m_at == '.' || *m_at == 'e' || *m_at == 'E'))
            return false;
        std::uint64_t value = 0;
        for (const char *d = digits; d != m_at; ++d)
            value = value * 10 + std::uint64_t(*d - '0');
        // The types nlohmann's parser gives: unsigned for a plain number, signed for a negative one.
        if (negative)
            out = -std::int64_t(value);
        else
            out = value;
        return counted();
    }

    bool array(json &out)
    {
        if (!take('[') || !counted())
            return false;
        out = json::array();
        space();
        if (take(']'))
            return counted();
        for (;;) {
            std::string s;
            space();
            if (!string(s))
                return false;
            out.push_back(std::move(s));
            space();
            if (take(']'))
                return counted();
            if (!take(','))
                return false;
        }
    }

    // An object at `depth` (1: the file; 2: "sealed"): strings and integers, and one level down
    // an object (from the top) or an array of strings (from the second).
    bool object(json &out, int depth)
    {
        if (!take('{') || !counted())
            return false;
        out = json::object();
        std::set<std::string> keys;
        space();
        if (take('}'))
            return counted();
        for (;;) {
            std::string key;
            space();
            if (!string(key) || !keys.insert(key).second)
                return false;  // not a key, or one given twice
            space();
            if (!take(':'))
                return false;
            space();
            if (m_at == m_end)
                return false;
            json value;
            const char c = *m_at;
            if (c == '"') {
                std::string s;
                if (!string(s))
                    return false;
                value = std::move(s);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                if (!integer(value))
                    return false;
            } else if (c == '{' && depth == 1) {
                if (!object(value, 2))
                    return false;
            } else if (c == '[' && depth == 2) {
                if (!array(value))
                    return false;
            } else {
                return false;
            }
            out[key] = std::move(value);
            space();
            if (take('}'))
                return counted();
            if (!take(','))
                return false;
        }
    }
};

constexpr std::array<unsigned char, 256> base64Table()
{
    std::array<unsigned char, 256> table{};
    for (auto &v : table)
        v = 0xff;
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (unsigned char i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = i;
    return table;
}

} // namespace

std::optional<json> quickEnvelopeJson(QByteArrayView bytes)
{
    return Reader(bytes).document();
}

std::optional<QByteArray> quickBase64(QByteArrayView text)
{
    static constexpr std::array<unsigned char, 256> table = base64Table();
    const qsizetype size = text.size();
    if (size % 4 != 0)
        return std::nullopt;
    const auto *in = reinterpret_cast<const unsigned char *>(text.data());
    qsizetype padding = 0;
    if (size > 0 && in[size - 1] == '=')
        padding = (size > 1 && in[size - 2] == '=') ? 2 : 1;
    QByteArray out(size / 4 * 3 - padding, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    const qsizetype whole = padding ? size - 4 : size;
    for (qsizetype i = 0; i < whole; i += 4) {
        const unsigned a = table[in[i]], b = table[in[i + 1]], c = table[in[i + 2]], d = table[in[i + 3]];
        if ((a | b | c | d) & 0x80)
            return std::nullopt;
        const unsigned v = a << 18 | b << 12 | c << 6 | d;
        *o++ = static_cast<unsigned char>(v >> 16);
        *o++ = static_cast<unsigned char>(v >> 8);
        *o++ = static_cast<unsigned char>(v);
    }
    if (padding) {
        const unsigned char *q = in + size - 4;
        const unsigned a = table[q[0]], b = table[q[1]], c = padding == 2 ? 0 : table[q[2]];
        if ((a | b | c) & 0x80)
            return std::nullopt;
        const unsigned v = a << 18 | b << 12 | c << 6;
        *o++ = static_cast<unsigned char>(v >> 16);
        if (padding == 1)
            *o++ = static_cast<unsigned char>(v >> 8);
    }
    return out;
}

} // namespace qdf::sync
