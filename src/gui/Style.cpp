#include "gui/Style.h"

#include <QApplication>
#include <QFont>
#include <QStyleFactory>

namespace qdf::gui {

void applyStyle(QApplication &app, double scale)
{
    static const bool styled = [&app] {
        app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        return true;
    }();
    Q_UNUSED(styled);
    const double base = 10.0 * scale;
    QFont font = app.font();
    font.setPointSizeF(base);
    app.setFont(font);
    auto pt = [base](double factor) { return QString::number(base * factor, 'f', 1); };
    app.setStyleSheet(QStringLiteral(
        "QLabel[role=\"title\"] { font-size: %1pt; font-weight: 600; color: #1d3b53; }"
        "QLabel[role=\"purpose\"] { font-size: %2pt; font-style: italic; color: #3c4f5e; }"
        "QLabel[role=\"heading\"] { font-size: %3pt; font-weight: 600; color: #1d3b53; margin-top: 12px; }"
        "QLabel[role=\"question\"] { font-weight: 600; }"
        "QLabel[role=\"guidance\"], QLabel[role=\"status\"] { color: #5b6770; }"
        "QLabel[role=\"error\"] { color: #a4262c; font-weight: 600; }"
        "QLabel#banner { background: #fdecea; color: #7a1c1c; border-bottom: 1px solid #f1b9b5; }"
        "QFrame[role=\"card\"] { background: #ffffff; border: 1px solid #d8dee4; border-radius: 6px; }"
        "QScrollArea > QWidget > QWidget { background: #f6f8fa; }"
        "QTreeWidget#navigation { font-size: %2pt; }"
        "QTreeWidget#navigation::item { padding: 4px; }"
        "QListWidget#searchResults::item { padding: 6px; }"
        "QTableWidget#scoringGrid::item, QTableWidget#groupView::item, QTableWidget#finalScores::item { padding: 3px; }")
                          .arg(pt(1.8), pt(1.1), pt(1.3)));
}

} // namespace qdf::gui
