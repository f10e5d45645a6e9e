#pragma once

#include <QObject>

class QWidget;

namespace qdf::gui {

// Text that changes where the reader is not (the error banner, "All changes saved", a
// Schedule's maturity) said to the screen reader as it changes. Qt 6.4 has no announcement
// event (QAccessibleAnnouncementEvent is 6.8), and its AT-SPI bridge drops QAccessible::Alert,
// so this is the live-region pattern the bridge does carry: the widget reports itself as an
// alert (assertive) or a notification (polite) whose name is its text, and each change sends
// NameChanged and ObjectShow, which Orca presents as a notification.
enum class Urgency { Polite, Assertive };

// A QLabel (its text) or a QStatusBar (its message, followed by itself).
void makeLiveRegion(QWidget *widget, Urgency urgency);
// Tells assistive technology the region's text changed (a QStatusBar needs no call).
void announceChange(QWidget *widget);

// Every announcement, as a signal: Qt sends accessibility events only while a screen reader
// listens (QAccessible::isActive), so tests (and a log, if one is ever wanted) hear them here.
class Announcements : public QObject {
    Q_OBJECT
public:
    static Announcements &instance();
Q_SIGNALS:
    void announced(QWidget *region, const QString &text);
};

} // namespace qdf::gui
