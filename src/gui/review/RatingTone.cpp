#include "gui/review/RatingTone.h"

#include "core/review/ReviewStore.h"
#include "gui/Colours.h"

#include <QCoreApplication>
#include <QPalette>
#include <QStringList>

namespace qdf::gui {

RatingTone ratingTone(const QString &rating)
{
    if (rating == QLatin1String("met") || rating == QLatin1String("done") || rating == QLatin1String("yes"))
        return RatingTone::Good;
    if (rating == QLatin1String("partly-met") || rating == QLatin1String("in-progress") || rating == QLatin1String("unsure"))
        return RatingTone::Partial;
    if (rating == QLatin1String("not-met") || rating == QLatin1String("no"))
        return RatingTone::Bad;
    if (rating == QLatin1String("not-applicable"))
        return RatingTone::NotApplicable;
    return RatingTone::Open;
}

QColor toneColour(const QPalette &palette, RatingTone tone)
{
    switch (tone) {
    case RatingTone::Good: return colours::tint(palette, colours::Tint::Positive);
    case RatingTone::Partial: return colours::tint(palette, colours::Tint::Warning);
    case RatingTone::Bad: return colours::tint(palette, colours::Tint::Negative);
    case RatingTone::NotApplicable: return colours::tint(palette, colours::Tint::Subtle);
    case RatingTone::Open: return colours::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.04);
    }
    return {};
}

QString toneName(RatingTone tone)
{
    switch (tone) {
    case RatingTone::Good: return QCoreApplication::translate("qdf::gui::RatingTone", "Met / Done / Yes");
    case RatingTone::Partial: return QCoreApplication::translate("qdf::gui::RatingTone", "Partly met / In progress / Unsure");
    case RatingTone::Bad: return QCoreApplication::translate("qdf::gui::RatingTone", "Not met / No");
    case RatingTone::NotApplicable: return QCoreApplication::translate("qdf::gui::RatingTone", "Not applicable");
    case RatingTone::Open: return QCoreApplication::translate("qdf::gui::RatingTone", "Not yet reviewed / Not started");
    }
    return {};
}

QString ratingForKey(const QString &checklistKey, int key)
{
    const QStringList scale = review::ratingScale(checklistKey);
    if (key == Qt::Key_0 || key == Qt::Key_Delete || key == Qt::Key_Backspace)
        return scale.first();
    const int index = key - Qt::Key_0;
    return index >= 1 && index < scale.size() ? scale[index] : QString();
}

QString ratingKeysHint(const QString &checklistKey)
{
    const QStringList scale = review::ratingScale(checklistKey);
    QStringList parts;
    for (int i = 1; i < scale.size(); ++i)
        parts << QStringLiteral("%1 %2").arg(i).arg(review::ratingName(scale[i]));
    parts << QCoreApplication::translate("qdf::gui::RatingTone", "0 or Delete %1").arg(review::ratingName(scale.first()));
    return parts.join(QStringLiteral(" · "));
}

} // namespace qdf::gui
