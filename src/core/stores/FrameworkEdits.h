#pragma once

#include "core/Domain.h"
#include "core/Error.h"

#include <optional>

namespace qdf {

class Workbook;

// The production team's edits of the Workbook's standard content: a section's explanation, its
// open questions. Only a master makes them; updates carry them to the participants, whose own
// answers stay as they are.
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

private:
    Status mayEdit() const;
    Workbook &m_workbook;
};

} // namespace qdf
