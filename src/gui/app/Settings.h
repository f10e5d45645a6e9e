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

int zoomSteps();  // presentation zoom: 0 is normal, each step about 10%
void setZoomSteps(int steps);

} // namespace settings
} // namespace qdf::gui
