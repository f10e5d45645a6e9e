#pragma once

// The language a document is built in (qdf publish|print --lang cy|en|both; docs/cli.md), and the
// words a builder takes in it: the reports' fixed texts from the program's catalogue in that
// language whatever the window speaks, its dates, the content pack's texts by key, and people's
// words in that language — or, where they have not been written in it, a visible mark, never the
// other language in their place.
//
// A build runs inside an InLanguage scope (one per thread, nested scopes restore the one before):
// the builders' tr() helpers, dates and words all ask it, so the builders themselves stay one
// description of each document, used for every language. A bilingual edition is the document built
// once in each language, put together part by part (editionOf).

#include "core/Domain.h"
#include "core/Error.h"
#include "core/report/Report.h"

#include <QLocale>

#include <functional>
#include <optional>

namespace qdf {
class Workbook;
}

namespace qdf::report {

class InLanguage {
public:
    explicit InLanguage(std::optional<Language> language);
    ~InLanguage();
    InLanguage(const InLanguage &) = delete;
    InLanguage &operator=(const InLanguage &) = delete;

private:
    std::optional<Language> m_before;
};

// The language being built in; nullopt: as written (the program's language for fixed texts).
std::optional<Language> buildLanguage();
// A fixed text of the reports (lupdate's context "qdf::report") in the build's language.
QString text(const char *source);
QLocale locale();
QString day(const QDateTime &when);  // "3 March 2027", "3 Mawrth 2027"
QString maturityName(Maturity maturity);
// The mark of words not written in the build's language: "[Not translated]", "[Heb ei gyfieithu]".
QString notTranslated();

// People's words as a document in the build's language shows them.
struct Words {
    QString title;
    QString body;
    QString language;      // BCP 47 of the words
    bool missing = false;  // not written in the build's language: `title` holds notTranslated()
    QString note;          // the translation's state where a reader should know it (out of date, not yet marked)
};
Words wordsIn(const Bilingual &texts, Language own);

// A section's texts from the content pack, by its key, in the build's language, where the
// workbook holds the pack's own words (in the language it was laid out in); words the production
// team changed are shown where they are in the build's language, else marked as not translated.
struct SectionWords {
    QString title;
    QString purpose;
    QString explanation;
};
SectionWords sectionWords(Workbook &workbook, const Section &section);
QString questionText(Workbook &workbook, const Section &section, const Question &question);
// The Plan on a Page's stage and milestone words, likewise (by stage number and milestone position).
PlanStage stageWords(Workbook &workbook, const PlanStage &stage);
QString milestoneTitle(Workbook &workbook, const PlanStage &stage, const Milestone &milestone);
// A part of every section (working examples, reference materials, draft Schedules) by key.
QString partTitle(const char *key);

// Builds the document `build` describes in `edition`: once in its language (the blocks marked
// with it), or, bilingual, once in Welsh and once in English, put together unit by unit
// (Report::beginUnit), Welsh first, the English part of each unit continuing the Welsh one's page.
Result<Report> editionOf(Edition edition, const std::function<Result<Report>()> &build);

} // namespace qdf::report
