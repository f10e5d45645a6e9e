#include "gui/Style.h"

#include "gui/Colours.h"
#include "gui/FocusRing.h"
#include "gui/StandardDialogs.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>

namespace qdf::gui {
namespace {

// Fusion, with two things every widget gets in one place: Tab leaves every table (arrows move
// inside it; Qt's views keep Tab for moving between cells, a trap for the keyboard), and the
// focus rectangle (a table's current cell, a check box's label) is a thick ring in the focus
// colour instead of Fusion's thin dotted one.
class ProgramStyle : public QProxyStyle {
public:
    ProgramStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void polish(QWidget *widget) override
    {
        QProxyStyle::polish(widget);
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            view->setTabKeyNavigation(false);
        labelFileDialogPart(widget);  // every file dialog's boxes tied to their labels
    }
    using QProxyStyle::polish;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck) {
            drawCheck(option, painter);
            return;
        }
        if (element != PE_FrameFocusRect) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        // On a selected cell the focus colour is the selection's own: the ring takes the
        // selection's text colour there (4.5:1 on it, fixSelection sees to that).
        QColor ring = colours::focus(option->palette);
        if (const auto *rect = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
            rect && rect->backgroundColor.isValid() && colours::contrast(ring, rect->backgroundColor) < 3.0)
            ring = option->palette.color(QPalette::HighlightedText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(ring, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 2, 2);
        painter->restore();
    }

private:
    // Fusion draws a check box's edge a shade darker than the window: on a dark palette it is
    // not there at all. Here the edge has 3:1 against the base, the mark the text's colour.
    static void drawCheck(const QStyleOption *option, QPainter *painter)
    {
        const QPalette &palette = option->palette;
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(option->state & State_Enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text);
        const qreal side = std::min(option->rect.width(), option->rect.height()) - 2;
        const QRectF box(QPointF(option->rect.center()) - QPointF(side / 2, side / 2), QSizeF(side, side));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(colours::readableOn(base, colours::mix(text, base, 0.35), 3.0), 1.5));
        painter->setBrush(base);
        painter->drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 2, 2);
        painter->setPen(QPen(text, std::max<qreal>(2, side / 7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (option->state & State_On) {
            const QPolygonF tick{box.topLeft() + QPointF(side * 0.22, side * 0.52), box.topLeft() + QPointF(side * 0.42, side * 0.72),
                                 box.topLeft() + QPointF(side * 0.78, side * 0.28)};
            painter->drawPolyline(tick);
        } else if (option->state & State_NoChange) {
            painter->drawLine(box.topLeft() + QPointF(side * 0.25, side / 2), box.topLeft() + QPointF(side * 0.75, side / 2));
        }
        painter->restore();
    }
};

// Text on the selection must read (4.5:1): Fusion's blue under white is 3.7:1, so the highlight
// is darkened (or lightened) as far as needed, in whatever palette is in use.
void fixSelection(QApplication &app)
{
    QPalette palette = app.palette();
    bool changed = false;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor text = palette.color(group, QPalette::HighlightedText);
        const QColor highlight = palette.color(group, QPalette::Highlight);
        if (colours::contrast(text, highlight) < 4.5) {
            palette.setColor(group, QPalette::Highlight, colours::readableOn(text, highlight));
            changed = true;
        }
    }
    if (changed)
        app.setPalette(palette);
}

// The style sheet follows the palette: applied again when the palette changes (a dark theme
// chosen while the program runs).
class PaletteFollower : public QObject {
public:
    double scale = 1.0;
    bool applying = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !applying)
            applyStyle(*qApp, scale);
        return false;
    }
};

PaletteFollower &follower()
{
    static auto *f = [] {
        auto *p = new PaletteFollower;
        p->setParent(qApp);
        qApp->installEventFilter(p);
        return p;
    }();
    return *f;
}

} // namespace

std::optional<QPalette> namedPalette(const QString &name)
{
    if (name == QLatin1String("light"))
        return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    const bool dark = name == QLatin1String("dark");
    if (!dark && name != QLatin1String("high-contrast"))
        return std::nullopt;
    QPalette p;
    const QColor window = dark ? QColor(0x35, 0x35, 0x35) : QColor(Qt::black);
    const QColor base = dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(Qt::black);
    for (const auto &[role, colour] : {std::pair{QPalette::Window, window}, std::pair{QPalette::WindowText, QColor(Qt::white)},
                                       std::pair{QPalette::Base, base},
                                       std::pair{QPalette::AlternateBase, dark ? QColor(0x42, 0x42, 0x42) : QColor(0x1a, 0x1a, 0x1a)},
                                       std::pair{QPalette::Text, QColor(Qt::white)}, std::pair{QPalette::Button, window},
                                       std::pair{QPalette::ButtonText, QColor(Qt::white)},
                                       std::pair{QPalette::Highlight, dark ? QColor(0x2a, 0x82, 0xda) : QColor(Qt::yellow)},
                                       std::pair{QPalette::HighlightedText, dark ? QColor(Qt::white) : QColor(Qt::black)},
                                       std::pair{QPalette::ToolTipBase, base}, std::pair{QPalette::ToolTipText, QColor(Qt::white)},
                                       std::pair{QPalette::PlaceholderText, QColor(0xb0, 0xb0, 0xb0)},
                                       std::pair{QPalette::Light, dark ? QColor(0x50, 0x50, 0x50) : QColor(Qt::white)},
                                       std::pair{QPalette::Mid, QColor(0x80, 0x80, 0x80)},
                                       std::pair{QPalette::Dark, dark ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white)},
                                       std::pair{QPalette::Link, dark ? QColor(0x7a, 0xb8, 0xff) : QColor(0x80, 0xc0, 0xff)}})
        p.setColor(role, colour);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

void applyStyle(QApplication &app, double scale)
{
    static const bool styled = [&app] {
        app.setStyle(new ProgramStyle);
        FocusRing::install();
        return true;
    }();
    Q_UNUSED(styled);
    PaletteFollower &follow = follower();
    follow.scale = scale;
    follow.applying = true;
    fixSelection(app);
    const double base = 10.0 * scale;
    QFont font = app.font();
    font.setPointSizeF(base);
    app.setFont(font);
    auto pt = [base](double factor) { return QString::number(base * factor, 'f', 1); };
    const QPalette palette = app.palette();
    using colours::css;
    using colours::Tone;
    const QColor bannerFill = colours::tint(palette, colours::Tint::Negative);
    app.setStyleSheet(QStringLiteral(
        "QLabel[role=\"title\"] { font-size: %1pt; font-weight: 600; color: %4; }"
        "QLabel[role=\"purpose\"] { font-size: %2pt; font-style: italic; color: %5; }"
        "QLabel[role=\"heading\"] { font-size: %3pt; font-weight: 600; color: %4; margin-top: 12px; }"
        "QLabel[role=\"question\"] { font-weight: 600; }"
        "QLabel[role=\"guidance\"], QLabel[role=\"status\"] { color: %5; }"
        "QLabel[role=\"error\"] { color: %6; font-weight: 600; }"
        "QLabel#banner { background: %7; color: %8; border-bottom: 1px solid %9; }"
        "QFrame[role=\"card\"] { background: palette(base); border: 1px solid %10; border-radius: 6px; }"
        "QScrollArea > QWidget > QWidget { background: palette(window); }"
        "QTreeWidget#navigation { font-size: %2pt; }"
        "QTreeWidget#navigation::item { padding: 4px; }"
        "QListWidget#searchResults::item { padding: 6px; }"
        "QTableWidget#scoringGrid::item, QTableWidget#groupView::item, QTableWidget#finalScores::item { padding: 3px; }")
                          .arg(pt(1.8), pt(1.1), pt(1.3))
                          .arg(css(colours::text(palette, Tone::Heading)), css(colours::text(palette, Tone::Muted)),
                               css(colours::text(palette, Tone::Error)), css(bannerFill),
                               css(colours::readableOn(bannerFill, colours::text(palette, Tone::Error))),
                               css(colours::readableOn(bannerFill, colours::text(palette, Tone::Error), 3.0)),
                               css(colours::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.2))));
    follow.applying = false;
}

} // namespace qdf::gui
