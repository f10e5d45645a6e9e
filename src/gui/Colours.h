#pragma once

#include <QColor>

class QPalette;

namespace qdf::gui::colours {

// Every colour the program adds to Qt's comes from here, worked out from the palette in use
// (light, dark, high contrast): text keeps 4.5:1 against what it stands on, marks 3:1 (WCAG 2.1
// 1.4.3 and 1.4.11), and colour never says anything alone — a tint repeats what the text says.

double luminance(const QColor &colour);       // WCAG relative luminance, 0..1
double contrast(const QColor &a, const QColor &b);  // 1..21
QColor mix(const QColor &a, const QColor &b, double towardB);
// `wanted`, made lighter or darker until it has `ratio` against `background`.
QColor readableOn(const QColor &background, const QColor &wanted, double ratio = 4.5);

enum class Tint { Positive, Warning, Info, Negative, Subtle };
// A cell's or a panel's background: the hue mixed into the palette's base, so the palette's text
// still reads on it (4.5:1).
QColor tint(const QPalette &palette, Tint kind);

enum class Tone { Heading, Muted, Error, Positive, Removed, Added };
// Text in that tone, readable (4.5:1) on the palette's window and base.
QColor text(const QPalette &palette, Tone tone);

// The focus ring: 3:1 against the window and the base, the palette's highlight where it has it.
QColor focus(const QPalette &palette);

// "#rrggbb", for style sheets and rich text.
QString css(const QColor &colour);

} // namespace qdf::gui::colours
