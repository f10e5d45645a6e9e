#pragma once

// Small helpers the ODT and DOCX writers share: the page footer's words around its two
// numbers, and the text width of the A4 page every format lays out.

#include <QString>
#include <QVector>

namespace qdf::report {

inline constexpr double kTextWidthCm = 17.0;  // A4, 2 cm margins

// "Page %1 of %2" as translated, cut into its words and the two numbers: {text, 1, text, 2,
// text}, with the number parts as "%1" and "%2", in the order the translation puts them.
QVector<QString> pageFooterParts();

} // namespace qdf::report
