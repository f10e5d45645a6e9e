#pragma once
// The language the program speaks: English (built in) or Welsh (resources/translations). One place
// for the CLI, the window and the renderer to choose it, install its catalogue and its locale.
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace qdf::language {

// The languages shipped, as codes: "en", "cy".
QStringList available();

// The language to speak: `wanted` if it names a shipped language ("cy", "en", "cy_GB"…), else the
// first shipped one of the person's languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English.
QString choose(const QString &wanted = {});

// The language installed last ("en" until install() chooses another): the language the shipped content
// packs are read in unless a caller names one (ContentPack::caremore, catalyst::Pack::shipped ...).
QString current();

// A language by its own name ("Cymraeg", "English"), so that a person who cannot read the other finds theirs.
QString nativeName(const QString &code);

// Installs the program's catalogue and Qt's own texts for `language`, and makes its locale the
// default, so dates and numbers people read follow it. Returns the language now in use.
QString install(QCoreApplication &app, const QString &language);

// A message of the program's catalogue in `language` ("cy", "en"), whichever language is spoken:
// what a document in another language than the window's is written with (core/report/Wording.h).
// %n is replaced as QCoreApplication::translate does; a message without its Welsh stays English.
QString translatedIn(const QString &language, const char *context, const char *source, const char *disambiguation = nullptr,
                     int n = -1);

// The BCP 47 tag of the language spoken ("cy-GB" or "en-GB"), for what documents say they are in.
QString documentLanguage();

// Takes "--lang X" or "--lang=X" out of the arguments (before any parser sees them): X, or an empty
// string when absent. `bad` is set when X is missing or names no shipped language. With `end`, only
// the arguments before it are looked at (the rest stay: a verb's own --lang, as qdf publish's).
QString takeLanguageOption(int &argc, char **argv, bool *bad = nullptr, int end = -1);

} // namespace qdf::language
