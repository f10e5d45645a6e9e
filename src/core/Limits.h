#pragma once

#include "core/Error.h"

#include <QCoreApplication>

namespace qdf {

// The longest single text a workbook keeps (an answer, a Schedule, an example): far beyond any
// real document, short enough that a pasted log or a runaway file cannot swamp the workbook,
// its search index and every bundle made from it.
inline constexpr qsizetype kMaxTextLength = 16 * 1024 * 1024;

// "The text is 17.2 million characters long; …" (`length` in characters, or unknown if < 0).
inline Error textTooLong(qsizetype length)
{
    const QString limit = QCoreApplication::translate("qdf", "a workbook keeps texts of up to %1 million characters")
                              .arg(kMaxTextLength / 1000000);
    return makeError(Error::Code::NotAllowed,
                     length < 0 ? QCoreApplication::translate("qdf", "the text is too long: %1").arg(limit)
                                : QCoreApplication::translate("qdf", "the text is %1 million characters long; %2")
                                      .arg(double(length) / 1e6, 0, 'f', 1)
                                      .arg(limit));
}

inline Status checkTextLength(const QString &text)
{
    if (text.size() <= kMaxTextLength)
        return Status::success();
    return textTooLong(text.size());
}

} // namespace qdf
