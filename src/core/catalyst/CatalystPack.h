#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace qdf::catalyst {

// The Catalyst for Change self-assessment (resources/content/catalyst.json, from the 2003
// workbook): 6 drivers x 5 elements, four levels each. The summary grid gives the element
// names and the descriptors people score against; the detailed sheets the indicators and
// approaches to change at each level.
struct LevelText {
    int level = 0;  // 1-4
    QString descriptor;
    QStringList indicators;
    QStringList approaches;
};

struct Element {
    QString key;  // e.g. building-partnerships-1
    QString name;
    QString sheetTitle;  // the detailed sheet's wording of the name
    QVector<LevelText> levels;
};

struct Band {
    int level = 0;  // 1-4, as the level titles
    int from = 0;
    int to = 0;
};

struct Driver {
    QString key;
    QString name;
    QVector<Band> bands;  // "The final scores" thresholds, different for each driver
    QVector<Element> elements;
};

struct Pack {
    int version = 0;
    QString title;
    QStringList levelTitles;  // Consolidating the basics ... Sustaining high performance
    QVector<Driver> drivers;
    QString language = QStringLiteral("en");  // the language its texts are in (English where no translation ships)
    QStringList untranslated;  // texts shown in English, marked, for want of their translation (JSON pointers)

    // The shipped pack in the language spoken (language::current()), or in `language`.
    static const Pack &shipped();
    static const Pack &shipped(const QString &language);
    static Result<Pack> fromJson(const QByteArray &json);

    const Element *element(const QString &key) const;
    const Driver *driver(const QString &key) const;
    const Driver *driverOf(const QString &elementKey) const;
    // What an action improves, by name: a driver, or an element with its driver ("" if unknown).
    QString subjectName(const QString &key) const;
};

// Stable slug of a band (a level title), used in JSON: consolidating-the-basics, ...
QString bandKey(int level);

} // namespace qdf::catalyst
