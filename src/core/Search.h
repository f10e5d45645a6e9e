#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
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

// Holds the search index for a batch of imports (`qdf merge` of many bundles, issue 16): while
// held, a text's change is only noted (search_pending, migration 0018) and release() indexes each
// noted item once, from what it then holds, instead of once per import. Additions and deletions
// stay immediate. Search meanwhile finds the changed items by their words from before the hold.
// Holding and releasing are transactions of their own that make no revision (Workbook::upkeep);
// a hold never released (the process ended) is released by the workbook's next writer.
class SearchIndexHold {
public:
    explicit SearchIndexHold(Workbook &workbook);
    ~SearchIndexHold();  // releases, if release() was not called
    SearchIndexHold(const SearchIndexHold &) = delete;
    SearchIndexHold &operator=(const SearchIndexHold &) = delete;

    // Whether the hold was taken (it is not on a read-only workbook, or if the write failed: then
    // every import indexes its texts as it goes, as without a hold).
    const Status &taken() const { return m_taken; }
    Status release();

private:
    Workbook &m_workbook;
    Status m_taken;
    bool m_held = false;
};

// Indexes the items a hold noted and lets it go, inside the caller's transaction; nothing where
// the index is not held. (SearchIndexHold::release, and Workbook for a hold left behind.)
Status releaseSearchHold(const QSqlDatabase &db);

} // namespace qdf
