#pragma once

#include <QString>

namespace qdf {

// Text someone else wrote (an author's name, a title, a message quoting them), made safe to show
// where it could act rather than read: escape codes that would rewrite a terminal, other control
// characters, and the bidirectional overrides and isolates that make "gnp.exe" look like
// "exe.png". Each becomes a visible \u{…}, so nothing is hidden and nothing acts. Line breaks and
// tabs are kept where `keepLines`.
QString shownSafely(const QString &text, bool keepLines = true);

// Whether shownSafely would change it.
bool needsShowingSafely(const QString &text, bool keepLines = true);

} // namespace qdf
