#pragma once

#include "core/Domain.h"
#include "core/Error.h"

#include <optional>

namespace qdf {

class Workbook;

// A section or a question as an update carries it.
struct SectionState {
    QString uuid;
    QString key;
    bool document = false;  // a production document (Baseline Questionnaire...), not a CAREMORE section
    int position = 0;
    QString title;
    QString purpose;
    QString explanation;
};
struct QuestionState {
    QString uuid;
    QString sectionKey;
    QString key;
    int position = 0;
    QString text;
    QString guidance;
    QString aboutSection;
};

// The production team's edits of the Workbook's standard content: a section's explanation, its
// open questions. Only a master makes them (core/Rules.h); updates carry them to the
// participants, whose own answers stay as they are.
class FrameworkEdits {
public:
    explicit FrameworkEdits(Workbook &workbook) : m_workbook(workbook) {}

    Status setExplanation(const QString &sectionKey, const QString &explanation);
    // A new open question at the end of the section; `key` must be new in the section.
    Result<Question> addQuestion(const QString &sectionKey, const QString &key, const QString &text,
                                 const QString &guidance = {});
    // Revises a question's wording or guidance (what is not given stays).
    Status editQuestion(const QString &sectionKey, const QString &questionKey, const std::optional<QString> &text,
                        const std::optional<QString> &guidance);

    // For sync: an update's section or question comes in as it is (a section's key never
    // changes); undoing the update removes one it brought, unless work hangs on it.
    Status putSection(const SectionState &section);
    Status putQuestion(const QuestionState &question);
    Status removeSection(const QString &uuid);
    Status removeQuestion(const QString &uuid);

private:
    Status removeUnused(const QString &table, const QString &uuid);
    Workbook &m_workbook;
};

} // namespace qdf
