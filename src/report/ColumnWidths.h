#pragma once

#include <QStringList>
#include <QVector>

namespace qdf::report {

// Each column's share of a table's width (the shares add up to 1), fitted to the text on an A4
// page: first each column's longest word, so no word is broken when the page allows; what is
// left goes to the columns that hold more text. Every format lays tables out by these shares.
QVector<double> fittedColumnWidths(const QStringList &headers, const QVector<QStringList> &rows, int columns);

// A table's widths as the report asked for them (percentages), or fitted when it did not.
QVector<double> columnWidths(const QStringList &headers, const QVector<QStringList> &rows, int columns,
                             const QVector<int> &percentages);

} // namespace qdf::report
