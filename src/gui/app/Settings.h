#pragma once

#include <QByteArray>
#include <QStringList>

namespace qdf::gui {

// Every QSettings key the program uses, with its default, in one place.
namespace settings {

QStringList recentFiles();
void addRecentFile(const QString &path);  // most recent first, at most 8

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
QByteArray splitterState();
void setSplitterState(const QByteArray &state);

// Whether the program opens the last workbook when it starts without one (on unless turned off,
// on the welcome page).
bool reopenLastWorkbook();
void setReopenLastWorkbook(bool on);

// The language chosen in View › Language ("cy", "en"), or empty: the desktop's.
QString language();
void setLanguage(const QString &code);

int zoomSteps();  // presentation zoom: 0 is normal, each step about 10%
void setZoomSteps(int steps);

} // namespace settings
} // namespace qdf::gui
