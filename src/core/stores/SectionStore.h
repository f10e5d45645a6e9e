#pragma once

#include "core/Domain.h"
#include "core/Error.h"

namespace qdf {

class Workbook;

// How far a section has come: counts for `qdf info` and the progress view.
struct SectionSummary {
    Section section;
    int questions = 0;
    int answers = 0;  // questions with a non-empty answer
    int workingExamples = 0;
    int referenceMaterials = 0;
    int schedules = 0;
};

// Sections (the seven CAREMORE sections, then the production documents) and their questions.
class SectionStore {
public:
    explicit SectionStore(const Workbook &workbook) : m_workbook(workbook) {}

    Result<QVector<Section>> list() const;
    Result<Section> byKey(const QString &key) const;
    Result<QVector<Question>> questions(qint64 sectionId) const;
    Result<Question> question(const QString &sectionKey, const QString &questionKey) const;
    Result<Question> questionByUuid(const QString &uuid) const;
    Result<QVector<SectionSummary>> summaries() const;

private:
    const Workbook &m_workbook;
};

} // namespace qdf
