#include "core/IntegrityCheck.h"

#include "core/ContentPack.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/WorkbookSchema.h"

namespace qdf {
namespace {

// Each row of the query is a problem, described by its first column.
void collect(const QSqlDatabase &db, const QString &query, const QString &label, QStringList &problems,
             const QString &okValue = {})
{
    auto q = sql::run(db, query);
    if (!q) {
        problems << QStringLiteral("%1: %2").arg(label, q.error().message);
        return;
    }
    while (q->next()) {
        const QString value = q->value(0).toString();
        if (okValue.isEmpty() || value != okValue)
            problems << QStringLiteral("%1: %2").arg(label, value);
    }
}

} // namespace

QStringList checkIntegrity(Workbook &workbook)
{
    const QSqlDatabase db = workbook.database();
    QStringList problems;
    // Something added to the schema since the workbook was opened (opening checks it first).
    const int version = sql::scalar(db, QStringLiteral("PRAGMA user_version")).valueOr(0).toInt();
    if (Status s = workbookfile::checkSchema(db, workbook.path(), version); !s)
        problems << QStringLiteral("schema: %1").arg(s.error().message.mid(workbook.path().size() + 2));
    collect(db, QStringLiteral("PRAGMA integrity_check"), QStringLiteral("integrity"), problems, QStringLiteral("ok"));
    collect(db, QStringLiteral("SELECT \"table\" || ' row ' || rowid || ' refers to a missing ' || parent"
                               " FROM pragma_foreign_key_check"),
            QStringLiteral("foreign key"), problems);
    collect(db, QStringLiteral("SELECT 'expected 1 workbook record, found ' || COUNT(*) FROM workbook HAVING COUNT(*) <> 1"),
            QStringLiteral("workbook"), problems);
    for (const SectionTemplate &t : ContentPack::caremore().sections) {
        auto n = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM section WHERE key = ?"), {t.key});
        if (!n || n->toInt() != 1)
            problems << QStringLiteral("section: \"%1\" is missing").arg(t.key);
    }
    // A version of an answer is of one language (schema 17): each language's newest is its text.
    collect(db, QStringLiteral("SELECT 'answer ' || a.uuid || ' differs from its newest saved version' FROM answer a"
                               " WHERE NOT EXISTS (SELECT 1 FROM answer_revision r WHERE r.answer_id = a.id AND r.version = a.version)"
                               " OR EXISTS (SELECT 1 FROM answer_revision r WHERE r.answer_id = a.id AND r.version ="
                               "  (SELECT MAX(x.version) FROM answer_revision x WHERE x.answer_id = a.id AND x.language = r.language)"
                               "  AND r.text IS NOT (CASE WHEN r.language = a.language THEN a.text ELSE a.translation END))"),
            QStringLiteral("history"), problems);
    collect(db, QStringLiteral("SELECT 'Schedule ' || s.number || ' differs from its newest saved version'"
                               " FROM schedule s LEFT JOIN schedule_version v ON v.schedule_id = s.id"
                               "  AND v.version = s.version"
                               " WHERE v.id IS NULL OR v.body IS NOT s.body OR v.title IS NOT s.title"
                               " OR v.language IS NOT s.language OR v.translation_title IS NOT s.translation_title"
                               " OR v.translation_body IS NOT s.translation_body"),
            QStringLiteral("history"), problems);
    // The domain's rules (core/Rules.h), as the data must show them.
    collect(db, QStringLiteral("SELECT 'Schedule ' || s.number || ' is ' || s.maturity || ' but version ' || s.version"
                               " || ' has no sign-off' FROM schedule s WHERE s.maturity IN ('signed-off', 'adopted')"
                               " AND NOT EXISTS (SELECT 1 FROM sign_off o WHERE o.schedule_id = s.id AND o.version = s.version)"),
            QStringLiteral("rules"), problems);
    collect(db, QStringLiteral("SELECT 'sign-off ' || o.uuid || ' is of version ' || o.version || ' of Schedule ' || s.number"
                               " || ', which has ' || s.version || ' versions' FROM sign_off o JOIN schedule s ON s.id = o.schedule_id"
                               " WHERE o.version > s.version"),
            QStringLiteral("rules"), problems);
    collect(db, QStringLiteral("SELECT 'the search index lists ' || (SELECT COUNT(*) FROM search_index) || ' items, the"
                               " workbook has ' || n FROM (SELECT (SELECT COUNT(*) FROM answer) + (SELECT COUNT(*) FROM"
                               " working_example) + (SELECT COUNT(*) FROM schedule) + (SELECT COUNT(*) FROM"
                               " reference_material) AS n) WHERE n <> (SELECT COUNT(*) FROM search_index)"),
            QStringLiteral("search"), problems);
    return problems;
}

} // namespace qdf
