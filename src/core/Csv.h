#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace qdf {

// RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read Welsh and other
// non-ASCII text correctly) and CRLF line ends. Fields with commas, quotes or line breaks are
// quoted; quotes inside are doubled. A cell that would run as a formula (=, +, -, @) starts
// with an apostrophe instead (formula injection).
QByteArray toCsv(const QStringList &headers, const QVector<QStringList> &rows);

} // namespace qdf
