#pragma once

#include "core/Domain.h"
#include "core/Error.h"

#include <optional>

namespace qdf {

class Workbook;

// Answers to questions. Every saved version is kept in the history; restoring an earlier one
// is itself a new version, so nothing is ever lost.
class AnswerStore {
public:
    explicit AnswerStore(Workbook &workbook) : m_workbook(workbook) {}

    Result<std::optional<Answer>> current(qint64 questionId) const;
    // Saves text as the answer's next version; saving the same text again changes nothing.
    Result<Answer> set(qint64 questionId, const QString &text);
    // Newest first.
    Result<QVector<AnswerRevision>> history(qint64 questionId) const;
    Result<Answer> restore(qint64 questionId, int version);
    // Undoing the import that brought the answer in (its history goes with it).
    Status remove(qint64 questionId);

private:
    Result<Answer> save(qint64 questionId, const QString &text, std::optional<int> restoredFrom);
    Workbook &m_workbook;
};

} // namespace qdf
