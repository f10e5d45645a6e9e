#include "core/i18n/WelshMutations.h"

#include <QRegularExpression>
#include <QVector>

namespace qdf::welsh {
namespace {

bool isVowel(QChar c)
{
    // With the accents Welsh writes on them (â ŵ ŷ, and á à ä in loanwords and dialect spellings).
    static const QString vowels = QStringLiteral("aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ");
    return vowels.contains(c);
}

// The table of initial mutations, by a radical's first sound: what it becomes (soft, nasal,
// aspirate, in that order where it has them). Longer sounds first: "ll" before "l", "ch" (which does
// not mutate) before "c".
struct Mutation {
    const char *radical;
    QStringList forms;
};
const QVector<Mutation> &mutations()
{
    static const QVector<Mutation> table{
        {"ll", {QStringLiteral("l")}},
        {"rh", {QStringLiteral("r")}},
        {"ch", {}}, {"ph", {}}, {"th", {}}, {"ff", {}}, {"dd", {}},  // sounds of their own
        {"c", {QStringLiteral("g"), QStringLiteral("ngh"), QStringLiteral("ch")}},
        {"p", {QStringLiteral("b"), QStringLiteral("mh"), QStringLiteral("ph")}},
        {"t", {QStringLiteral("d"), QStringLiteral("nh"), QStringLiteral("th")}},
        {"g", {QString(), QStringLiteral("ng")}},
        {"b", {QStringLiteral("f"), QStringLiteral("m")}},
        {"d", {QStringLiteral("dd"), QStringLiteral("n")}},
        {"m", {QStringLiteral("f")}},
    };
    return table;
}

// A radical's mutated forms: what its first sound becomes after the words that mutate it.
QStringList forwardForms(const QString &radical)
{
    for (const Mutation &m : mutations()) {
        if (!radical.startsWith(QLatin1String(m.radical)))
            continue;
        QStringList forms;
        for (const QString &start : m.forms)
            forms << start + radical.mid(int(qstrlen(m.radical)));
        return forms;
    }
    return isVowel(radical.at(0)) ? QStringList{QLatin1Char('h') + radical} : QStringList{};
}

// The radicals a word may be a mutated form of (besides itself): one step back through the table,
// by the longest mutated start it has ("ngh" is c's, not a g's "ng" followed by h).
QStringList radicalsOf(const QString &form)
{
    QStringList radicals;
    int matched = 0;
    for (const Mutation &m : mutations()) {
        for (const QString &start : m.forms) {
            if (start.isEmpty() || start.size() < matched || !form.startsWith(start))
                continue;
            if (start.size() > matched)
                radicals.clear();
            matched = int(start.size());
            radicals << QLatin1String(m.radical) + form.mid(matched);
        }
    }
    // A start that is a sound of its own (ll, rh, ff) is a radical already, not "l", "r" or "f" mutated.
    for (const char *own : {"ll", "rh", "ff"}) {
        if (form.startsWith(QLatin1String(own)) && matched < 2)
            radicals.clear();
    }
    // The soft mutation drops g before anything: "waith" ← "gwaith", "ardd" ← "gardd", "lan" ← "glan".
    if (isVowel(form.at(0)) || form.at(0) == QLatin1Char('l') || form.at(0) == QLatin1Char('r'))
        radicals << QLatin1Char('g') + form;
    // h- before a vowel ("ei henw" ← "enw"), where enough of the word is left to mean something.
    if (form.at(0) == QLatin1Char('h') && form.size() > 3 && isVowel(form.at(1)))
        radicals << form.mid(1);
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
