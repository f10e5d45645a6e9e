#pragma once

// A text written in Welsh, English or both, and whether each language says what the other says:
// the translation-status model of GOV.UK Forms' Welsh support, made symmetric (either language may
// be the one written first). One rule, here; the stores apply it as they save, and the window, the
// command line, sync and the reports read a text's state through it (docs/file-format.md,
// "Texts in two languages").
//
// Each language of a text records `from`: the version (versionOf) the other language had when this
// one was made from it or marked as translated. A language is out of date when the other's version
// is no longer that one. Versions are hashes of the words (NFC, LF), not counters: the same in every
// workbook of a programme, so the state travels through bundles and merges as two plain fields, and
// an edit undone puts the state back with the words.

#include "core/Domain.h"

#include <QLocale>

namespace qdf::translation {

// "en", "cy" (the codes of core/i18n/Language.h); nullopt for any other.
QString code(Language language);
std::optional<Language> fromCode(const QString &code);
Language other(Language language);
// BCP 47, for what a document says it is in: "en-GB", "cy-GB".
QString tag(Language language);
// Both languages, Welsh first (as Welsh public bodies list them).
inline constexpr Language kBoth[] = {Language::Welsh, Language::English};

// The version of one language's words: SHA-256 of its title and body as sync compares them (NFC, LF);
// empty when nothing is written in it.
QString versionOf(const LanguageText &text);

enum class State {
    Missing,    // nothing written in this language (the other has words)
    Empty,      // nothing written in either
    Only,       // written in this language alone
    UpToDate,   // says what the other says (made from it, or marked as translated, and the other unchanged since)
    OutOfDate,  // the other changed since this was made from it or marked as translated
    NotMarked,  // written beside the other, never yet marked as a translation of it
};
State stateOf(const Bilingual &texts, Language language);
// Whether a person should look at the translation: a language out of date or not yet marked.
bool needsAttention(const Bilingual &texts);

// The rule of an edit: `language` gets these words (at `at`). Where it was in step with the other,
// its words changed and the other falls out of date; where it was itself out of date or not yet
// marked, the edit is taken as translation work, and the other stays in step with it. A language
// written for the first time beside another is not yet marked; one emptied leaves the other alone.
Bilingual edited(const Bilingual &before, Language language, const QString &title, const QString &body,
                 const QDateTime &at);
// "Mark as translated": the two languages say the same, as they are now.
Bilingual markedTranslated(const Bilingual &texts);

// What a person reads about one language, in the program's language (or in `in`, for a
// document): "Welsh out of date: the English changed on 3 March 2027", "Welsh not yet marked as
// translated", "Not yet in Welsh"...
QString describe(const Bilingual &texts, Language language, const QLocale &locale = QLocale(),
                 std::optional<Language> in = std::nullopt);
// Both languages in one line, for a text written in both: "Welsh and English up to date with each
// other", or what describe() says of each language that is out of date or not yet marked; empty
// for a text in one language (or none).
QString summary(const Bilingual &texts, const QLocale &locale = QLocale());
// A language's name in the program's language: "Welsh", "English".
QString languageName(Language language);

// How the stores keep a text: the language it was first written in (its own columns) and the
// other (the translation columns). A text is stored under `preferred` where it is written in it.
struct Stored {
    Language language = Language::English;
    LanguageText main;
    LanguageText translation;
};
Stored toStored(const Bilingual &texts, Language preferred);
Bilingual fromStored(Language language, const LanguageText &main, const LanguageText &translation);

} // namespace qdf::translation
