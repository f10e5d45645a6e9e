#pragma once

// What Qt 6.4's PDF writer cannot write, added after it with qpdf (Debian's libqpdf): the
// bookmarks (the document outline a PDF reader shows beside the pages, one per heading) and
// the document's language, which screen readers need to speak the text.

#include "core/Error.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace qdf::report {

struct OutlineEntry {
    int level = 1;   // 1 is the outermost
    QString title;
    int page = 1;    // 1-based
    double top = 0;  // points from the top of the page
};

Result<QByteArray> addOutline(const QByteArray &pdf, const QVector<OutlineEntry> &entries, const QString &language);

} // namespace qdf::report
