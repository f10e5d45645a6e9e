#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace qdf::gui {

// The five tones every review rating falls into, so that Met, Done and Yes look alike in the
// tables and the summary chart, as do Not met and No.
enum class RatingTone { Good, Partial, Bad, NotApplicable, Open };

RatingTone ratingTone(const QString &rating);
// A cell's tint for the tone, from the palette in use (gui/Colours.h); the rating's words say it too.
QColor toneColour(const QPalette &palette, RatingTone tone);
QString toneName(RatingTone tone);  // the chart's legend: "Met / Done / Yes", ...

// The keys that rate: 1 to n-1 choose the checklist's ratings in order after the first, 0 or
// Delete goes back to the first (not yet reviewed, not started, unsure). Empty if the key does
// not rate. `hint` spells the keys out for the checklist.
QString ratingForKey(const QString &checklistKey, int key);
QString ratingKeysHint(const QString &checklistKey);

} // namespace qdf::gui
