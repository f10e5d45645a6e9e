#pragma once

#include "core/Error.h"

#include <QString>
#include <QVector>

namespace qdf {

class Workbook;

// A place that matched a full-text search, with enough to show it and to jump to it.
struct SearchHit {
    enum class Kind { Answer, WorkingExample, Schedule, ReferenceMaterial };
    Kind kind = Kind::Answer;
    QString itemUuid;
    QString sectionKey;
    QString questionKey;  // answers only
    QString title;        // question text, example or Schedule title, file name
    QString snippet;      // context with the match between [ and ]
};

QString searchHitKindSlug(SearchHit::Kind kind);

// Full-text search (SQLite FTS5) over answers, working examples, Schedules and reference notes.
// Whatever a person types is a valid query: each word is matched as a prefix, all must occur, with
// or without accents (the index folds them: "dwr" finds "dŵr"). A Welsh word is found in every form
// its initial mutation gives it ("Caerdydd" finds "Nghaerdydd" and "Gaerdydd": welsh::mutatedForms).
// Which words count as Welsh: every word when the workbook's content is Welsh or the program speaks
// Welsh; otherwise only the words whose spelling is Welsh (welsh::looksWelsh), so that English search
// is what it was ("ten" never finds "then", "plan" never "blank").
Result<QVector<SearchHit>> search(const Workbook &workbook, const QString &text, int limit = 50);

// The FTS5 query for what a person typed (exposed for tests and benchmarks): `welsh` says whether
// every word is taken as Welsh, or only those that look it.
QString ftsQuery(const QString &text, bool welsh = false);

} // namespace qdf
