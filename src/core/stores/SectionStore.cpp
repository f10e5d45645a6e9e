#include "core/stores/SectionStore.h"

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"

#include <QCoreApplication>

namespace qdf {
namespace {

const char *kSectionColumns =
    "SELECT id, uuid, key, kind, position, title, purpose, explanation, changed_by, changed_at, rev FROM section ";
const char *kQuestionColumns =
    "SELECT q.id, q.uuid, q.section_id, q.key, q.position, q.text, q.guidance, q.about_section_key,"
    " q.changed_by, q.changed_at, q.rev FROM question q ";

Section readSection(const sql::Rows &q)
{
    Section s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.key = q.value(2).toString();
    s.kind = q.value(3).toString() == QLatin1String("document") ? SectionKind::Document : SectionKind::Caremore;
    s.position = q.value(4).toInt();
    s.title = q.value(5).toString();
    s.purpose = q.value(6).toString();
    s.explanation = q.value(7).toString();
    s.change = store::changeAt(q, 8);
    return s;
}

Question readQuestion(const sql::Rows &q)
{
    Question r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.sectionId = q.value(2).toLongLong();
    r.key = q.value(3).toString();
    r.position = q.value(4).toInt();
    r.text = q.value(5).toString();
    r.guidance = q.value(6).toString();
    r.aboutSectionKey = q.value(7).toString();
    r.change = store::changeAt(q, 8);
    return r;
}

} // namespace

Result<QVector<Section>> SectionStore::list() const
{
    auto q = sql::run(m_workbook.database(), QLatin1String(kSectionColumns) + QLatin1String("ORDER BY position"));
    if (!q)
        return q.error();
    QVector<Section> sections;
    while (q->next())
        sections.push_back(readSection(*q));
    return sections;
}

Result<Section> SectionStore::byKey(const QString &key) const
{
    auto q = sql::run(m_workbook.database(), QLatin1String(kSectionColumns) + QLatin1String("WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("SectionStore", "no section \"%1\"").arg(key));
    return readSection(*q);
}

Result<QVector<Question>> SectionStore::questions(qint64 sectionId) const
{
    auto q = sql::run(m_workbook.database(),
                      QLatin1String(kQuestionColumns) + QLatin1String("WHERE q.section_id = ? ORDER BY q.position"),
                      {sectionId});
    if (!q)
        return q.error();
    QVector<Question> questions;
    while (q->next())
        questions.push_back(readQuestion(*q));
    return questions;
}

Result<Question> SectionStore::question(const QString &sectionKey, const QString &questionKey) const
{
    auto section = byKey(sectionKey);
    if (!section)
        return section.error();
    auto q = sql::run(m_workbook.database(),
                      QLatin1String(kQuestionColumns) + QLatin1String("WHERE q.section_id = ? AND q.key = ?"),
                      {section->id, questionKey});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("SectionStore", "no question \"%1\" in section \"%2\"")
                             .arg(questionKey, sectionKey));
    return readQuestion(*q);
}

Result<Question> SectionStore::questionByUuid(const QString &uuid) const
{
    auto q = sql::run(m_workbook.database(), QLatin1String(kQuestionColumns) + QLatin1String("WHERE q.uuid = ?"), {uuid});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(Error::Code::InvalidArgument,
                         QCoreApplication::translate("SectionStore", "no question %1 in this workbook").arg(uuid));
    return readQuestion(*q);
}

Result<QVector<SectionSummary>> SectionStore::summaries() const
{
    auto sections = list();
    if (!sections)
        return sections.error();
    auto q = sql::run(m_workbook.database(), QStringLiteral(
        "SELECT s.id,"
        " (SELECT COUNT(*) FROM question q WHERE q.section_id = s.id),"
        " (SELECT COUNT(*) FROM answer a JOIN question q ON q.id = a.question_id"
        "   WHERE q.section_id = s.id AND length(trim(a.text)) > 0),"
        " (SELECT COUNT(*) FROM working_example e WHERE e.section_id = s.id),"
        " (SELECT COUNT(*) FROM reference_material r WHERE r.section_id = s.id),"
        " (SELECT COUNT(*) FROM schedule d WHERE d.section_id = s.id)"
        " FROM section s ORDER BY s.position"));
    if (!q)
        return q.error();
    QVector<SectionSummary> result;
    for (const Section &section : *sections) {
        if (!q->next())
            break;
        result.push_back({section, q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt(), q->value(4).toInt(),
                          q->value(5).toInt()});
    }
    return result;
}

} // namespace qdf
