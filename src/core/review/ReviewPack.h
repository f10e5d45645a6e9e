#pragma once

#include "core/Error.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace qdf::review {

// The commissioning-review content (resources/content/review.json, from Tool 20, Tool 5 and a
// council's commissioning cycle): the three outcome-based commissioning models and the
// checklists a review can use, each a list of items (domains, areas, steps, features).

struct Model {
    int number = 0;  // 1, 2 or 3
    QString name;
    QString summary;
    QString reviewGuidance;  // what the model means for a review
};

struct Item {
    QString key;          // readable slug, unique within its checklist (governance, risk, ...)
    QString name;
    QString description;
    QString question;     // the review question, or the seed's comment
    QString whyItMatters; // Payment-by-Results features
    QString stageKey;     // step-change and cycle items: analyse, plan, do, review
    QHash<int, QString> guidance;  // by model number, where the seeds give it
};

struct Stage {
    QString key;
    QString name;
};

struct SubArea {
    QString key;
    QString name;
    QString description;
};

struct Checklist {
    QString key;  // procurement, contract-management, nao-contract-management, cips, step-change, ...
    QString name;
    QString description;
    QString tailoring;  // the seed's note on tailoring its domains
    QString sourceNote;  // where the source itself is faulty, said wherever the checklist is shown
    QVector<SubArea> subAreas;
    QVector<Stage> stages;
    QVector<Item> items;  // in order; staged checklists list their stages' items in turn

    const Item *item(const QString &key) const;
};

struct Pack {
    int version = 0;
    QString title;
    QVector<Model> models;
    QVector<Checklist> checklists;
    QHash<QString, QStringList> suggestions;  // ready sub-questions, by item key
    QString language = QStringLiteral("en");  // the language its texts are in (English where no translation ships)
    QStringList untranslated;  // texts shown in English, marked, for want of their translation (JSON pointers)

    // The shipped pack in the language spoken (language::current()), or in `language`.
    static const Pack &shipped();
    static const Pack &shipped(const QString &language);
    static Result<Pack> fromJson(const QByteArray &json);

    const Checklist *checklist(const QString &key) const;
    const Model *model(int number) const;
    // "Checklist › Item" for an item path "checklist/item" (what a review's action improves).
    QString subjectName(const QString &path) const;
};

} // namespace qdf::review
