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

// What a bundle or an update may hold, checked before memory is spent on it (the file's size
// before it is read, counts while it is parsed) and item by item after (sync/BundleCheck.h).
// Defaults fit e-mail: an attachment of 15 MB travels as 20 MB of base64, under the 25 MB most
// mail servers take. QDF_MAX_ATTACHMENT_MB and QDF_MAX_BUNDLE_MB change them (core/Limits.cpp).
struct ExchangeLimits {
    qint64 attachmentBytes = 15 * 1024 * 1024;  // one reference file
    qint64 bundleBytes = 256 * 1024 * 1024;      // one bundle or update file, as read
    int changes = 100000;                        // items in one file (a large master has ~20,000)
    qint64 jsonValues = 8000000;                 // the parser's events (values, keys, brackets) in one file
    int listLength = 64;                         // a list field (a review's checklists)
    qint64 revisionStep = 1000000;               // master revisions between two updates
};

const ExchangeLimits &exchangeLimits();
void setExchangeLimits(const ExchangeLimits &limits);  // the tests' and a program's own choice

// "12.5 MB", for messages.
QString megabytes(qint64 bytes);

} // namespace qdf
