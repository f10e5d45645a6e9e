#pragma once
// Welsh changes the first sound of a word after certain words: "Caerdydd", "i Gaerdydd", "yng
// Nghaerdydd", "a Chaerdydd". Search finds a word in any of its forms by asking for all of them
// (core/Search.cpp): the forms are worked out here, from the table of initial mutations.
#include <QString>
#include <QStringList>

namespace qdf::welsh {

// Every form `word` may take at its start, lower case, the word itself first: the radicals it may be
// a mutated form of ("nghaerdydd" → "caerdydd"), and each radical's soft, nasal and aspirate forms
// and its h- before a vowel ("enw" → "henw", as in "ei henw"):
//   c → g, ngh, ch     p → b, mh, ph     t → d, nh, th     g → (dropped), ng     b → f, m
//   d → dd, n          ll → l            m → f             rh → r                vowel → h
// A word of fewer than three letters has only itself (too many words would match its forms).
QStringList mutatedForms(const QString &word);

// Whether a word's spelling is Welsh and not English: a circumflex (tân, dŵr), a start English
// never has (ll, rh, dd, ff, ngh, mh, nh, gw), a w between consonants (cwm), or an ending English
// never has (pobl, llyfr, cefn, Caerdydd; "add" and "odd" are too short to count). Search expands such a word into its forms whatever language the workbook is in.
bool looksWelsh(const QString &word);

} // namespace qdf::welsh
