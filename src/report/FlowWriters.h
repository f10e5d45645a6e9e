#pragma once

// The writers of a report's flow (Flow.h), one file per format: each returns the whole file.

#include "core/Error.h"
#include "report/Flow.h"

namespace qdf::report::flow {

// OpenDocument text, written whole by the program (Qt's ODF writer keeps no heading levels,
// styles, header or footer): named paragraph styles with outline levels, a contents index,
// running header, "Page n of m", list styles, tables with column widths and repeated headers.
Result<QByteArray> odt(const Flow &flow);

// Word's Office Open XML with its built-in styles (Title, Heading 1-6, TOC 1-2, List
// Paragraph, Table Grid), a contents field, header and footer with PAGE and NUMPAGES fields,
// numbered and bulleted lists, tables with repeated header rows.
Result<QByteArray> docx(const Flow &flow);

// One self-contained HTML5 page: the document's language, a readable measure, linked
// contents, semantic headings, lists and tables; every text escaped.
QByteArray html(const Flow &flow);

} // namespace qdf::report::flow
