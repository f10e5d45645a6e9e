#pragma once

#include <QString>
#include <QVector>

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

// Splits into words and the spaces between them, so that joining the tokens is lossless.
QStringList wordTokens(const QString &text);

} // namespace qdf
