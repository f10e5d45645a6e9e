#pragma once
// The content packs in more than one language. Each pack resources/content/X.json has its Welsh in
// resources/content/cy/X.json, of exactly the same structure: the same object keys, the same arrays
// in the same order and length, the same numbers and the same identifiers (the fields the code
// matches on); only the texts people read differ. A pack is read by laying its translation over its
// English, element by element (overlay), so the packs' parsers (ContentPack, catalyst::Pack,
// review::Pack) read one document whatever the language, and a text with no translation stays in
// English marked as such, never silently (docs/translation.md, "Content translation").
#include "core/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace qdf::packs {

// What a shipped pack is called and which of its fields hold identifiers rather than words to read.
// The one list, for the loader and for the test that checks the translations.
struct PackFields {
    QString name;             // caremore, catalyst, review: resources/content/NAME.json
    QStringList identifiers;  // object fields whose text is an identifier: the same in every language
};
const QVector<PackFields> &shippedPacks();
const PackFields *packFields(const QString &name);

// Texts that stay the same in Welsh: names and abbreviations (CAREMORE, QDF, NAO, CIPS ...) and the
// words Welsh spells as English does (Cost). Any other readable text identical in both languages is
// an untranslated text (the test says which).
const QStringList &sameInEveryLanguage();

// The resource of a pack in a language: ":/content/catalyst.json", ":/content/cy/catalyst.json".
QString packResource(const QString &name, const QString &language);

// The English with a translation laid over it.
struct Overlay {
    QByteArray json;          // the English document, each readable text in the translation where it has one
    QStringList untranslated; // the paths (JSON pointers) of readable texts left in English: none translated there
    QStringList differences;  // "path: what" wherever the translation's structure is not the English's
    QStringList unchanged;    // paths of readable texts the translation leaves the same, beyond sameInEveryLanguage
};

// Walks both documents in parallel. A readable text missing, empty or out of place in the
// translation stays in English, written as `marker` with the English for %1 ("[English] %1"), and is
// listed in `untranslated`. An identifier, a number or a structure that differs keeps the English
// and is listed in `differences`. Either document not being JSON is an error.
Result<Overlay> overlay(const QByteArray &english, const QByteArray &translation, const PackFields &fields,
                        const QString &marker);

// A shipped pack's text in `language`, as its parser reads it.
struct PackText {
    QByteArray json;
    QString language;          // the language its texts are in: "en" when no translation of the pack ships
    QStringList untranslated;  // texts left in English in a translated pack (see Overlay)
};
// The English for "en", or when the program ships no translation of the pack; else the overlay.
// The shipped packs are part of the program (and tested): a missing English pack, or a translation
// that is not JSON, is a build defect and stops the program.
PackText shippedText(const QString &name, const QString &language);

// How a text left in English is shown among translated ones: "[English] %1" in the program's language.
QString untranslatedMarker();

} // namespace qdf::packs
