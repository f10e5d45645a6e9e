#pragma once

#include "core/Domain.h"
#include "core/Error.h"

#include <functional>

namespace qdf {

class Workbook;

// A section's Working Examples and Reference Materials (files stored inside the workbook).
// Removing either leaves a tombstone, so a later merge knows it was deleted here.
class MaterialStore {
public:
    explicit MaterialStore(Workbook &workbook) : m_workbook(workbook) {}

    Result<QVector<WorkingExample>> examples(qint64 sectionId) const;
    Result<WorkingExample> addExample(qint64 sectionId, const QString &title, const QString &body,
                                      Language language = Language::English);
    // Edits the example in the language it was first written in; editExampleIn, in either (empty
    // words take that language away). The translation state follows core/Translation.h.
    Status editExample(const QString &uuid, const QString &title, const QString &body);
    Status editExampleIn(const QString &uuid, Language language, const QString &title, const QString &body);
    // "Mark as translated": the two languages say the same, as they are now.
    Status markExampleTranslated(const QString &uuid);
    // Moves an example to position `to` (0-based) among its section's examples.
    Status moveExample(const QString &uuid, int to);
    Status removeExample(const QString &uuid);
    // Puts back a removed example under its old UUID and position (undo of a removal).
    Status restoreExample(const WorkingExample &example);

    Result<QVector<ReferenceMaterial>> references(qint64 sectionId) const;
    // Every section's, in the order they were attached.
    Result<QVector<ReferenceMaterial>> allReferences() const;
    Result<ReferenceMaterial> attach(qint64 sectionId, const QString &fileName, const QByteArray &data,
                                     const QString &note);
    Result<QByteArray> referenceData(const QString &uuid) const;
    Status setReferenceNote(const QString &uuid, const QString &note);
    Status removeReference(const QString &uuid);
    // Puts back a removed reference under its old UUID (undo of a removal).
    Status restoreReference(const ReferenceMaterial &reference, const QByteArray &data);

    // For sync and undo: brings the example or reference with this uuid to these values, creating
    // it (and forgetting its tombstone) if it is not here. Inside a write, or one of its own.
    Status putExample(const QString &uuid, const QString &sectionKey, const Bilingual &texts, int position);
    Status putReference(const QString &uuid, const QString &sectionKey, const QString &fileName, const QString &note,
                        const QByteArray &data);

private:
    Result<WorkingExample> example(const QString &uuid) const;
    // Brings the example's languages to what `make` returns from them, inside one write.
    Status changeTexts(const QString &uuid, const std::function<Bilingual(const Bilingual &, const QDateTime &)> &make);
    Status remove(const char *table, const QString &kind, const QString &uuid);
    Workbook &m_workbook;
};

} // namespace qdf
