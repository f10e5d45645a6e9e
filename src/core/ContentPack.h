#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace qdf {

// The CAREMORE content pack (resources/content/caremore.json): what a blank Workbook holds.
struct QuestionTemplate {
    QString key;
    QString text;
    QString guidance;
    QString aboutSectionKey;  // Baseline Questionnaire questions name the section they prompt about
};

struct PlanStageTemplate {
    int number = 0;
    QString title;
    QString outcome;
    QString timescale;
    QStringList milestones;
};

struct SectionTemplate {
    QString key;
    QString title;
    QString purpose;
    QString explanation;
    bool isDocument = false;  // Baseline Questionnaire, QDF Index, Plan on a Page
    QVector<QuestionTemplate> questions;
    QVector<PlanStageTemplate> stages;  // Plan on a Page only
};

struct SectionPart {
    QString key;  // working-examples, reference-materials, draft-schedules
    QString title;
    QString explanation;
};

struct ContentPack {
    QString name;
    int version = 0;
    QString title;
    QString source;  // where the pack's words come from, as a reader should see it
    QVector<SectionPart> parts;
    QVector<SectionTemplate> sections;   // the seven CAREMORE sections, in order
    QVector<SectionTemplate> documents;  // the initial production documents
    QString language = QStringLiteral("en");  // the language its texts are in (English where no translation ships)
    QStringList untranslated;  // texts shown in English, marked, for want of their translation (JSON pointers)

    // The pack that ships inside the program, in the language spoken (language::current()) or in
    // `language` ("en", "cy"): what a new workbook is laid out from and what the window shows.
    static const ContentPack &caremore();
    static const ContentPack &caremore(const QString &language);
    // Parses a pack; a malformed one is an Error naming what is wrong, never a crash.
    static Result<ContentPack> fromJson(const QByteArray &json);

    const SectionTemplate *section(const QString &key) const;
};

} // namespace qdf
