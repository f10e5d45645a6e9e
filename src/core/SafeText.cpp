#include "core/SafeText.h"

#include <QRegularExpression>
#include <QStringList>

namespace qdf {
namespace {

// The code point at `i`, and how many UTF-16 units it takes (a lone surrogate is itself, one
// unit, and unsafe).
char32_t codePointAt(const QString &text, qsizetype i, int *units)
{
    const char16_t c = text.at(i).unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
    }
    *units = 1;
    return c;
}

bool unsafe(char32_t c, bool keepLines)
{
    if (c == u'\n' || c == u'\t')
        return !keepLines;
    if (c == 0x2028 || c == 0x2029)  // line and paragraph separators
        return !keepLines;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f)                             // C0, DEL, C1 (ESC, CSI)
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)      // embeddings, overrides, isolates
        || c == 0x200e || c == 0x200f || c == 0x061c                         // marks that reorder
        || c == 0x200b || (c >= 0x2060 && c <= 0x2064) || c == 0xfeff       // invisible
        || (c >= 0xfff9 && c <= 0xfffb) || c == 0xfffe || c == 0xffff        // annotations, noncharacters
        || (c >= 0xd800 && c <= 0xdfff)                                      // a lone surrogate
        || (c >= 0xe0000 && c <= 0xe007f);                                   // tags
}

template <typename Each>
void forEachCodePoint(const QString &text, Each each)
{
    for (qsizetype i = 0; i < text.size();) {
        int units = 1;
        const char32_t c = codePointAt(text, i, &units);
        each(c, i, units);
        i += units;
    }
}

QString visible(char32_t c)
{
    return QStringLiteral("⟨U+%1⟩").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

} // namespace

bool needsShowingSafely(const QString &text, bool keepLines)
{
    for (qsizetype i = 0; i < text.size();) {
        int units = 1;
        if (unsafe(codePointAt(text, i, &units), keepLines))
            return true;
        i += units;
    }
    return false;
}

QString shownSafely(const QString &text, bool keepLines)
{
    if (!needsShowingSafely(text, keepLines))
        return text;
    QString safe;
    safe.reserve(text.size() + 16);
    forEachCodePoint(text, [&](char32_t c, qsizetype i, int units) {
        if (keepLines && c == u'\r') {
            // A line break as Windows or old Macs write it: one break, never a return to the start
            // of the line that overwrites what was shown.
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                safe += QLatin1Char('\n');
        } else if (unsafe(c, keepLines)) {
            safe += visible(c);
        } else {
            safe += QStringView(text).mid(i, units);
        }
    });
    return safe;
}

QString jsonShownSafely(const QString &json)
{
    if (!needsShowingSafely(json, true))
        return json;
    QString safe;
    safe.reserve(json.size() + 16);
    forEachCodePoint(json, [&](char32_t c, qsizetype i, int units) {
        if (!unsafe(c, true)) {
            safe += QStringView(json).mid(i, units);
            return;
        }
        for (int u = 0; u < units; ++u)
            safe += QStringLiteral("\\u%1").arg(uint(json.at(i + u).unicode()), 4, 16, QLatin1Char('0'));
    });
    return safe;
}

QString safeFileName(const QString &name)
{
    static const QString refused = QStringLiteral("/\\<>:\"|?*");
    QString safe;
    safe.reserve(name.size());
    const QString normal = name.normalized(QString::NormalizationForm_C);
    forEachCodePoint(normal, [&](char32_t c, qsizetype i, int units) {
        if (unsafe(c, false) || (c < 0x80 && refused.contains(QChar(char16_t(c)))))
            safe += QLatin1Char('_');
        else
            safe += QStringView(normal).mid(i, units);
    });
    // No hidden file, no "." or "..", nothing Windows would drop from the end.
    qsizetype from = 0;
    while (from < safe.size() && (safe.at(from) == QLatin1Char('.') || safe.at(from).isSpace()))
        ++from;
    qsizetype to = safe.size();
    while (to > from && (safe.at(to - 1) == QLatin1Char('.') || safe.at(to - 1).isSpace()))
        --to;
    safe = safe.mid(from, to - from);
    if (safe.isEmpty())
        safe = QStringLiteral("attachment");
    // CON, PRN, AUX, NUL, COM1-9 and LPT1-9 name devices on Windows, with any extension.
    static const QRegularExpression device(QStringLiteral("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(safe).hasMatch())
        safe.prepend(QLatin1Char('_'));
    if (safe.toUtf8().size() <= kSafeFileNameBytes)
        return safe;
    // Too long for a disk: the stem is cut (at a whole character), the extension kept.
    const qsizetype dot = safe.lastIndexOf(QLatin1Char('.'));
    QString extension = dot > 0 && safe.size() - dot <= 16 ? safe.mid(dot) : QString();
    QString stem = safe.left(safe.size() - extension.size());
    const int room = kSafeFileNameBytes - int(extension.toUtf8().size());
    int bytes = 0;
    qsizetype keep = 0;
    forEachCodePoint(stem, [&](char32_t c, qsizetype i, int units) {
        const int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (bytes + size <= room && keep == i) {
            bytes += size;
            keep = i + units;
        }
    });
    stem.truncate(keep);
    while (!stem.isEmpty() && (stem.back() == QLatin1Char('.') || stem.back().isSpace()))
        stem.chop(1);
    return stem + extension;
}

} // namespace qdf
