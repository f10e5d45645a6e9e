#include "core/SafeText.h"

namespace qdf {
namespace {

bool unsafe(char16_t c, bool keepLines)
{
    if (keepLines && (c == u'\n' || c == u'\t'))
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f)                         // C0, DEL, C1 (ESC, CSI)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)  // embeddings, overrides, isolates
        || c == 0x200e || c == 0x200f || c == 0x061c;                    // marks that reorder
}

} // namespace

bool needsShowingSafely(const QString &text, bool keepLines)
{
    for (const QChar c : text) {
        if (unsafe(c.unicode(), keepLines))
            return true;
    }
    return false;
}

QString shownSafely(const QString &text, bool keepLines)
{
    if (!needsShowingSafely(text, keepLines))
        return text;
    QString safe;
    safe.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (unsafe(c.unicode(), keepLines))
            safe += QStringLiteral("\\u{%1}").arg(int(c.unicode()), 0, 16);
        else
            safe += c;
    }
    return safe;
}

} // namespace qdf
