#include "gui/Colours.h"

#include <QPalette>
#include <QString>

#include <algorithm>
#include <cmath>

namespace qdf::gui::colours {
namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor hue(Tint kind)
{
    switch (kind) {
    case Tint::Positive: return QColor(0x2e, 0x7d, 0x32);
    case Tint::Warning: return QColor(0xe0, 0x8a, 0x00);
    case Tint::Info: return QColor(0x1f, 0x5f, 0x8b);
    case Tint::Negative: return QColor(0xc6, 0x28, 0x28);
    case Tint::Subtle: break;
    }
    return QColor(0x5b, 0x67, 0x70);
}

} // namespace

double luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t), float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t));
}

QColor readableOn(const QColor &background, const QColor &wanted, double ratio)
{
    // Toward black on a light background, toward white on a dark one, in small steps.
    const QColor end = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    QColor c = wanted;
    for (int step = 1; contrast(c, background) < ratio && step <= 20; ++step)
        c = mix(wanted, end, step / 20.0);
    return c;
}

QColor tint(const QPalette &palette, Tint kind)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (double t = 0.22; t > 0.02; t -= 0.04) {
        const QColor c = mix(base, hue(kind), t);
        if (contrast(text, c) >= 4.5)
            return c;
    }
    return base;
}

QColor text(const QPalette &palette, Tone tone)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    QColor wanted;
    switch (tone) {
    case Tone::Heading: wanted = mix(palette.color(QPalette::WindowText), palette.color(QPalette::Highlight), 0.35); break;
    case Tone::Muted: wanted = mix(palette.color(QPalette::WindowText), window, 0.3); break;
    case Tone::Error: wanted = QColor(0xa4, 0x26, 0x2c); break;
    case Tone::Positive: wanted = QColor(0x14, 0x53, 0x2d); break;
    case Tone::Removed: wanted = QColor(0x8a, 0x1c, 0x1c); break;
    case Tone::Added: wanted = QColor(0x14, 0x53, 0x2d); break;
    }
    // The same hue, lighter, on a dark palette.
    if (luminance(window) <= 0.18 && tone != Tone::Heading && tone != Tone::Muted)
        wanted = mix(wanted, Qt::white, 0.55);
    // Readable on both the window (labels) and the base (cards, cells).
    return readableOn(base, readableOn(window, wanted));
}

QColor focus(const QPalette &palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    if (contrast(highlight, window) >= 3 && contrast(highlight, base) >= 3)
        return highlight;
    const QColor c = readableOn(window, highlight, 3.0);
    return contrast(c, base) >= 3 ? c : palette.color(QPalette::WindowText);
}

QString css(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

} // namespace qdf::gui::colours
