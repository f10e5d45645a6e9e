#include "report/ColumnWidths.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QRegularExpression>
#include <QScreen>

#include <numeric>

namespace qdf::report {

namespace {

constexpr double kPadding = 12;  // cell padding both sides, and the rule

struct Measured {
    QVector<double> least;   // each column's longest word, so that none is broken
    QVector<double> wanted;  // what its text would like beyond that
    double pageWidth = 0;    // an A4 text width (170 mm), in the pixels the metrics measure in
};

Measured measure(const QStringList &headers, const QVector<QStringList> &rows, int columns)
{
    QFont plain(QStringLiteral("DejaVu Sans"));
    plain.setPointSizeF(9.5);
    QFont bold = plain;
    bold.setBold(true);
    const QFontMetricsF cellMetrics(plain), headerMetrics(bold);
    // A table's cells repeat their words (levels, statuses, "the", "and"): each is shaped once.
    QHash<QString, double> cellWords;
    const auto cellWord = [&](const QString &word) {
        auto it = cellWords.constFind(word);
        if (it == cellWords.constEnd())
            it = cellWords.insert(word, cellMetrics.horizontalAdvance(word));
        return *it;
    };
    const double spaceWidth = cellMetrics.horizontalAdvance(QLatin1Char(' '));
    Measured m;
    m.least.resize(columns);
    m.wanted.resize(columns);
    const QRegularExpression space(QStringLiteral("\\s+"));
    for (int c = 0; c < columns; ++c) {
        double longest = 0, total = 0;
        int filled = 0;
        for (const QString &word : headers.value(c).split(space, Qt::SkipEmptyParts))
            longest = std::max(longest, headerMetrics.horizontalAdvance(word));
        for (const QStringList &r : rows) {
            // The cell's width on one line is its words' and the spaces between them: each word
            // shaped once for the table, not every cell's whole text again.
            const QStringList words = r.value(c).split(space, Qt::SkipEmptyParts);
            for (const QString &word : words) {
                const double width = cellWord(word);
                longest = std::max(longest, width);
                total += width;
            }
            total += words.isEmpty() ? 0 : (words.size() - 1) * spaceWidth;
            filled += words.isEmpty() ? 0 : 1;
        }
        // Measured on screen, set on the page: allow for the difference in hinting.
        m.least[c] = longest * 1.2 + kPadding;
        m.wanted[c] = std::max(m.least[c], filled == 0 ? 0.0 : total / double(filled) * 0.5);
    }
    const QScreen *screen = QGuiApplication::primaryScreen();
    m.pageWidth = 170.0 / 25.4 * (screen ? screen->logicalDotsPerInchX() : 96.0);
    return m;
}

} // namespace

QVector<double> fittedColumnWidths(const QStringList &headers, const QVector<QStringList> &rows, int columns)
{
    const Measured m = measure(headers, rows, columns);
    const QVector<double> &least = m.least, &wanted = m.wanted;
    const double kPageWidth = m.pageWidth;
    // Every column gets its least; the room left goes to the columns that want more.
    const double leastSum = std::accumulate(least.cbegin(), least.cend(), 0.0);
    double extraSum = 0;
    for (int c = 0; c < columns; ++c)
        extraSum += wanted[c] - least[c];
    const double room = std::max(0.0, kPageWidth - leastSum);
    QVector<double> shares;
    for (int c = 0; c < columns; ++c) {
        const double width = least[c] + (extraSum > 0 ? room * (wanted[c] - least[c]) / extraSum : room / columns);
        shares << width / std::max(kPageWidth, leastSum);
    }
    return shares;
}

QVector<double> columnWidths(const QStringList &headers, const QVector<QStringList> &rows, int columns,
                             const QVector<int> &percentages)
{
    if (percentages.size() != columns)
        return fittedColumnWidths(headers, rows, columns);
    const double total = std::accumulate(percentages.cbegin(), percentages.cend(), 0.0);
    QVector<double> shares;
    for (int p : percentages)
        shares << (total > 0 ? p / total : 1.0 / columns);
    // The shares asked for, but never narrower than a column's longest word (a Welsh header such
    // as "Fersiwn" is longer than "Version"): what such a column needs is taken from the columns
    // with room to spare, in proportion to it. Where the words cannot all fit, fitted widths.
    const Measured m = measure(headers, rows, columns);
    double need = 0, spare = 0;
    for (int c = 0; c < columns; ++c) {
        const double least = m.least[c] / m.pageWidth;
        if (shares[c] < least)
            need += least - shares[c];
        else
            spare += shares[c] - least;
    }
    if (need <= 0)
        return shares;
    if (need > spare)
        return fittedColumnWidths(headers, rows, columns);
    for (int c = 0; c < columns; ++c) {
        const double least = m.least[c] / m.pageWidth;
        shares[c] = shares[c] < least ? least : shares[c] - (shares[c] - least) * need / spare;
    }
    return shares;
}

} // namespace qdf::report
