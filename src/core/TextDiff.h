#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace qdf {

// A word-level comparison of two texts (Debian's dtl does the diffing): runs of words that
// are the same in both, only in the old, or only in the new. Joining the Same and Removed
// runs gives the old text back exactly; Same and Added give the new one.
struct DiffRun {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
};

QVector<DiffRun> diffWords(const QString &oldText, const QString &newText);

// Text as sync compares it: Unicode NFC and LF line ends, so that neither a Windows laptop nor
// a differently composed accent ever raises a conflict.
QString normalizedText(const QString &text);

// A three-way merge (each side's changes found by dtl's diff): both sides' changes applied; nullopt
// when they touch the same words differently (a conflict for a person). Lines changed on one
// side only are taken whole; where both sides changed the same or neighbouring lines, the
// merge goes word by word. Line ends (CRLF), spaces at the end of a line and the newlines at the
// end of the text are nobody's edit: they never make a conflict (the merged text ends with a
// newline if either side's did).
std::optional<QString> mergeWords(const QString &base, const QString &ours, const QString &theirs);

// The same merge for a person to finish: every change that merges is applied, and each stretch
// both sides changed differently is left as both versions, marked with whose each is:
// "⟦Rhian Morgan: within two hours⟧⟦Dafydd Price: within four hours⟧".
struct MarkedMerge {
    QString text;
    int conflicts = 0;  // marked stretches
};
MarkedMerge mergeMarked(const QString &base, const QString &ours, const QString &theirs, const QString &oursLabel,
                        const QString &theirsLabel);
// Whether a text still holds a stretch marked by mergeMarked.
bool hasConflictMarks(const QString &text);

// A compact edit script turning `from` into `to` line by line: a JSON array whose numbers copy
// (n > 0) or skip (n < 0) lines of `from` and whose strings are lines to insert. A Schedule's
// older versions are kept as the difference to the next one, not as a copy of every page.
QString lineDelta(const QString &from, const QString &to);
// `from` with `delta` applied; nullopt if the delta does not fit `from` (damage).
std::optional<QString> applyLineDelta(const QString &from, const QString &delta);

// Splits into words and the spaces between them, so that joining the tokens is lossless.
QStringList wordTokens(const QString &text);

} // namespace qdf
