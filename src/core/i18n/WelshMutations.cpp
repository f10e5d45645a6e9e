#include "core/i18n/WelshMutations.h"

#include <QRegularExpression>

namespace qdf::welsh {
namespace {

bool isVowel(QChar c)
{
    // With the accents Welsh writes on them (â ŵ ŷ, and á à ä in loanwords and dialect spellings).
    static const QString vowels = QStringLiteral("aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ");
    return vowels.contains(c);
}

// A radical's mutated forms: what its first sound becomes after the words that mutate it.
QStringList forwardForms(const QString &radical)
{
    const QString rest1 = radical.mid(1), rest2 = radical.mid(2);
    if (radical.startsWith(QLatin1String("ll")))
        return {QLatin1Char('l') + rest2};
    if (radical.startsWith(QLatin1String("rh")))
        return {QLatin1Char('r') + rest2};
    // ch, ph, th, ff, dd are sounds of their own and do not mutate.
    for (const char *digraph : {"ch", "ph", "th", "ff", "dd"}) {
        if (radical.startsWith(QLatin1String(digraph)))
            return {};
    }
    switch (radical.at(0).unicode()) {
    case 'c': return {QLatin1Char('g') + rest1, QStringLiteral("ngh") + rest1, QStringLiteral("ch") + rest1};
    case 'p': return {QLatin1Char('b') + rest1, QStringLiteral("mh") + rest1, QStringLiteral("ph") + rest1};
    case 't': return {QLatin1Char('d') + rest1, QStringLiteral("nh") + rest1, QStringLiteral("th") + rest1};
    case 'g': return {rest1, QStringLiteral("ng") + rest1};
    case 'b': return {QLatin1Char('f') + rest1, QLatin1Char('m') + rest1};
    case 'd': return {QStringLiteral("dd") + rest1, QLatin1Char('n') + rest1};
    case 'm': return {QLatin1Char('f') + rest1};
    default: break;
    }
    return isVowel(radical.at(0)) ? QStringList{QLatin1Char('h') + radical} : QStringList{};
}

// The radicals a word may be a mutated form of (besides itself): one step back through the table.
QStringList radicalsOf(const QString &form)
{
    QStringList radicals;
    const auto starts = [&](const char *s) { return form.startsWith(QLatin1String(s)); };
    const QString rest1 = form.mid(1), rest2 = form.mid(2), rest3 = form.mid(3);
    if (starts("ngh"))
        radicals << QLatin1Char('c') + rest3;
    else if (starts("ng"))
        radicals << QLatin1Char('g') + rest2;
    else if (starts("mh"))
        radicals << QLatin1Char('p') + rest2;
    else if (starts("nh"))
        radicals << QLatin1Char('t') + rest2;
    else if (starts("ch"))
        radicals << QLatin1Char('c') + rest2;
    else if (starts("ph"))
        radicals << QLatin1Char('p') + rest2;
    else if (starts("th"))
        radicals << QLatin1Char('t') + rest2;
    else if (starts("dd"))
        radicals << QLatin1Char('d') + rest2;
    else if (starts("ll") || starts("rh") || starts("ff"))
        ;  // radicals already
    else {
        switch (form.at(0).unicode()) {
        case 'g': radicals << QLatin1Char('c') + rest1; break;
        case 'b': radicals << QLatin1Char('p') + rest1; break;
        case 'd': radicals << QLatin1Char('t') + rest1; break;
        case 'f': radicals << QLatin1Char('b') + rest1 << QLatin1Char('m') + rest1; break;
        case 'm': radicals << QLatin1Char('b') + rest1; break;
        case 'n': radicals << QLatin1Char('d') + rest1; break;
        case 'l': radicals << QStringLiteral("ll") + rest1; break;
        case 'r': radicals << QStringLiteral("rh") + rest1; break;
        default: break;
        }
    }
    // The soft mutation drops g before anything: "waith" ← "gwaith", "ardd" ← "gardd", "lan" ← "glan".
    if (isVowel(form.at(0)) || form.at(0) == QLatin1Char('l') || form.at(0) == QLatin1Char('r'))
        radicals << QLatin1Char('g') + form;
    // h- before a vowel ("ei henw" ← "enw"), where enough of the word is left to mean something.
    if (form.at(0) == QLatin1Char('h') && form.size() > 3 && isVowel(form.at(1)))
        radicals << rest1;
    return radicals;
}

} // namespace

QStringList mutatedForms(const QString &word)
{
    const QString lower = word.toLower();
    if (lower.size() < 3)
        return {lower};
    QStringList forms{lower};
    for (const QString &radical : QStringList{lower} + radicalsOf(lower)) {
        for (const QString &form : QStringList{radical} + forwardForms(radical)) {
            if (form.size() >= 2 && !forms.contains(form))
                forms << form;
        }
    }
    return forms;
}

bool looksWelsh(const QString &word)
{
    static const QRegularExpression welsh(
        QStringLiteral("[âêîôûŵŷ]|^(ll|rh|dd|ff|ngh|mh|nh|gw)|[bcdfpt][lr]$|fn$|^.{3,}dd$|[bcdfghlmnprst]w[bcdfglmnrst]"),
        QRegularExpression::UseUnicodePropertiesOption);
    return welsh.match(word.toLower()).hasMatch();
}

} // namespace qdf::welsh
