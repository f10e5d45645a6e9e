#include "gui/app/Settings.h"

#include <QSettings>

namespace qdf::gui::settings {
namespace {

const QString kRecent = QStringLiteral("files/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kZoom = QStringLiteral("view/zoomSteps");
const QString kLanguage = QStringLiteral("view/language");
const QString kReopen = QStringLiteral("files/reopenLast");
constexpr int kMaxRecent = 8;

} // namespace

QStringList recentFiles()
{
    return QSettings().value(kRecent).toStringList();
}

void addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    QSettings().setValue(kRecent, files.mid(0, kMaxRecent));
}

QByteArray windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray splitterState()
{
    return QSettings().value(kSplitter).toByteArray();
}

void setSplitterState(const QByteArray &state)
{
    QSettings().setValue(kSplitter, state);
}

bool reopenLastWorkbook()
{
    return QSettings().value(kReopen, true).toBool();
}

void setReopenLastWorkbook(bool on)
{
    QSettings().setValue(kReopen, on);
}

QString language()
{
    return QSettings().value(kLanguage).toString();
}

void setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}

int zoomSteps()
{
    return QSettings().value(kZoom, 0).toInt();
}

void setZoomSteps(int steps)
{
    QSettings().setValue(kZoom, steps);
}

} // namespace qdf::gui::settings
