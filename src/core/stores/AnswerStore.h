#pragma once

#include "core/Domain.h"
#include "core/Error.h"

#include <functional>
#include <optional>

namespace qdf {

class Workbook;

// Answers to questions, in Welsh, English or both. Every saved version is kept in the history (a
// version is of the language that changed); restoring an earlier one is itself a new version, so
// nothing is ever lost. Whether each language is a translation of the other as it now is follows
// core/Translation.h's rule as each language is saved.
class AnswerStore {
public:
    explicit AnswerStore(Workbook &workbook) : m_workbook(workbook) {}

    Result<std::optional<Answer>> current(qint64 questionId) const;
    // Saves text as the answer's next version, in the language it is written in (a new answer's:
    // the workbook's content language); saving the same text again changes nothing.
    Result<Answer> set(qint64 questionId, const QString &text);
    // The same, in `language`.
    Result<Answer> setIn(qint64 questionId, Language language, const QString &text);
    // Marks the two languages as saying the same, as they are now ("Mark as translated").
    Result<Answer> markTranslated(qint64 questionId);
    // For sync and undo: both languages and their translation state exactly as given; a language
    // whose words change is a new version (at its `changedAt` where given).
    Result<Answer> put(qint64 questionId, const Bilingual &texts);
    // Newest first.
    Result<QVector<AnswerRevision>> history(qint64 questionId) const;
    Result<Answer> restore(qint64 questionId, int version);
    // Undoing the import that brought the answer in (its history goes with it).
    Status remove(qint64 questionId);

private:
    // Inside one write: `make` turns the answer as it is (an empty one if none) into both
    // languages as they are to be, or nullopt for nothing to do.
    Result<Answer> save(qint64 questionId, Language preferred,
                        const std::function<std::optional<Bilingual>(const Answer &, const QDateTime &)> &make,
                        std::optional<int> restoredFrom);
    Workbook &m_workbook;
};

} // namespace qdf
