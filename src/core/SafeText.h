#pragma once

#include <QString>

namespace qdf {

// The one place that decides which characters of someone else's text (an author's name, a
// title, an answer, a file name) could act or deceive rather than be read, and what is shown
// instead. They are: C0 controls (escape codes that rewrite a terminal, a carriage return that
// overwrites a line), DEL, C1 controls (U+009B is a one-character CSI), the bidirectional
// embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the marks that reorder
// (U+200E, U+200F, U+061C) that make "gnp.exe" look like "exe.png", characters that are
// invisible or shape nothing (U+200B, U+2060-U+2064, U+FEFF, the interlinear annotations
// U+FFF9-U+FFFB, the tag characters U+E0000-U+E007F that smuggle hidden words), lone surrogates
// and the noncharacters U+FFFE and U+FFFF. Joiners (U+200C, U+200D) shape emoji and many scripts
// and are kept.
//
// Used by: the terminal (src/cli/Cli.cpp), documents (src/report: every block of a report, before
// it is laid out), the window where a name or a title could disguise itself (the merge review,
// attachment names), and file names made from attachment names (safeFileName).

// Each such character becomes a visible ⟨U+202E⟩, so nothing is hidden and nothing acts. Where
// `keepLines`, tabs and line breaks are kept (a carriage return, or CR LF, becomes one line
// break); otherwise they too are shown, and so are U+2028 and U+2029, for one-line places.
QString shownSafely(const QString &text, bool keepLines = true);

// Whether shownSafely would change it.
bool needsShowingSafely(const QString &text, bool keepLines = true);

// JSON text (as QJsonDocument writes it) with each such character inside its strings escaped as
// \uXXXX: the same JSON to a program that reads it, and nothing a terminal would obey or a
// reader be fooled by when it is printed.
QString jsonShownSafely(const QString &json);

// A name a file can be given on any disk, made from an attachment's name as it was sent: no
// folder separators (a name like "../../.bashrc" stays in its folder), none of the characters
// above nor the ones Windows and FAT sticks refuse (< > : " | ? * and controls), no leading dots
// (no hidden files, no "..") and no trailing dots or spaces, no device name of Windows (CON, NUL,
// COM1…), at most kSafeFileNameBytes bytes of UTF-8 with its extension kept, never empty. The
// original is kept for display (shown with shownSafely); this one is for disks.
inline constexpr int kSafeFileNameBytes = 200;
QString safeFileName(const QString &name);

} // namespace qdf
