#pragma once

#include <QString>

class QWidget;

namespace qdf::gui {

// Renders a window as a person would see it and saves it as PNG (for docs, reviews and the
// start-up benchmark). Returns an error message, empty on success.
QString saveScreenshot(QWidget &window, const QString &path);

} // namespace qdf::gui
