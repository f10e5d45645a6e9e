#include "core/Search.h"

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/i18n/Language.h"
#include "core/i18n/WelshMutations.h"

namespace qdf {

QString searchHitKindSlug(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Answer: return QStringLiteral("answer");
    case SearchHit::Kind::WorkingExample: return QStringLiteral("working-example");
    case SearchHit::Kind::Schedule: return QStringLiteral("schedule");
    case SearchHit::Kind::ReferenceMaterial: return QStringLiteral("reference-material");
    }
    return {};
}

QString ftsQuery(const QString &text, bool welsh)
{
    QStringList terms;
    // simplified() turns every run of white space into one space (no regular expression to compile).
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // Each form is a quoted prefix: whatever was typed is only ever words to find.
        QStringList forms;
        for (QString form : welsh || welsh::looksWelsh(word) ? welsh::mutatedForms(word) : QStringList{word})
            forms << QStringLiteral("\"%1\"*").arg(form.replace(QLatin1Char('"'), QLatin1String("\"\"")));
        terms << (forms.size() == 1 ? forms.first() : QStringLiteral("(%1)").arg(forms.join(QLatin1String(" OR "))));
    }
    // FTS5 joins a parenthesised group to the next term only with an explicit AND.
    return terms.join(QLatin1String(" AND "));
}

Result<QVector<SearchHit>> search(const Workbook &workbook, const QString &text, int limit)
{
    const bool welsh = workbook.info().contentLanguage == QLatin1String("cy") || language::current() == QLatin1String("cy");
    const QString query = ftsQuery(text, welsh);
    if (query.isEmpty())
        return QVector<SearchHit>();
    // rowid = id * 4 + kind (see migration 0002); the snippet comes from the body column.
    auto q = sql::run(workbook.database(), QStringLiteral(R"SQL(
        WITH hits AS (
            SELECT rowid, snippet(search_index, 1, '[', ']', '…', 12) AS snip, rank
            FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?)
        SELECT 0, a.uuid, s.key, q.key, q.text, h.snip, h.rank FROM hits h
            JOIN answer a ON a.id = h.rowid / 4 JOIN question q ON q.id = a.question_id
            JOIN section s ON s.id = q.section_id WHERE h.rowid % 4 = 0
        UNION ALL
        SELECT 1, e.uuid, s.key, '', e.title, h.snip, h.rank FROM hits h
            JOIN working_example e ON e.id = h.rowid / 4 JOIN section s ON s.id = e.section_id WHERE h.rowid % 4 = 1
        UNION ALL
        SELECT 2, d.uuid, s.key, '', d.number || ' ' || d.title, h.snip, h.rank FROM hits h
            JOIN schedule d ON d.id = h.rowid / 4 JOIN section s ON s.id = d.section_id WHERE h.rowid % 4 = 2
        UNION ALL
        SELECT 3, r.uuid, s.key, '', r.file_name, h.snip, h.rank FROM hits h
            JOIN reference_material r ON r.id = h.rowid / 4 JOIN section s ON s.id = r.section_id WHERE h.rowid % 4 = 3
        ORDER BY 7)SQL"),
                      {query, limit});
    if (!q)
        return q.error();
    QVector<SearchHit> hits;
    while (q->next()) {
        hits.push_back({static_cast<SearchHit::Kind>(q->value(0).toInt()), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toString(), q->value(5).toString()});
    }
    return hits;
}

SearchIndexHold::SearchIndexHold(Workbook &workbook) : m_workbook(workbook)
{
    m_taken = m_workbook.upkeep([&] {
        return sql::exec(m_workbook.database(), QStringLiteral("INSERT OR REPLACE INTO search_hold (id, writer) VALUES (1, ?)"),
                         {m_workbook.writerId()});
    });
    m_held = bool(m_taken);
}

SearchIndexHold::~SearchIndexHold()
{
    (void)release();
}

Status SearchIndexHold::release()
{
    if (!m_held)
        return Status::success();
    m_held = false;
    return m_workbook.upkeep([&] { return releaseSearchHold(m_workbook.database()); });
}

Status releaseSearchHold(const QSqlDatabase &db)
{
    auto held = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM search_hold"));
    if (!held)
        return held.error();
    if (held->toInt() == 0)
        return Status::success();
    // Each noted item as the update triggers index it (migrations 0017 and 0018: both languages,
    // one after the other); an item deleted meanwhile is gone from the index already.
    static const char *const reindex[] = {
        "INSERT INTO search_index (rowid, title, body) SELECT id * 4 + 0, '', text || char(10) || translation"
        " FROM answer WHERE id = ?",
        "INSERT INTO search_index (rowid, title, body) SELECT id * 4 + 1, title || char(10) || translation_title,"
        " body || char(10) || translation_body FROM working_example WHERE id = ?",
        "INSERT INTO search_index (rowid, title, body) SELECT id * 4 + 2, title || char(10) || translation_title,"
        " body || char(10) || translation_body FROM schedule WHERE id = ?",
        "INSERT INTO search_index (rowid, title, body) SELECT id * 4 + 3, file_name, note FROM reference_material WHERE id = ?",
    };
    QVector<qint64> rows;
    {
        auto pending = sql::run(db, QStringLiteral("SELECT rowid FROM search_pending ORDER BY rowid"));
        if (!pending)
            return pending.error();
        while (pending->next())
            rows << pending->value(0).toLongLong();
    }
    for (const qint64 row : rows) {
        if (Status s = sql::exec(db, QStringLiteral("DELETE FROM search_index WHERE rowid = ?"), {row}); !s)
            return s;
        if (Status s = sql::exec(db, QString::fromLatin1(reindex[row % 4]), {row / 4}); !s)
            return s;
    }
    if (Status s = sql::exec(db, QStringLiteral("DELETE FROM search_pending")); !s)
        return s;
    return sql::exec(db, QStringLiteral("DELETE FROM search_hold"));
}

} // namespace qdf
