#include "core/sync/StructureItems.h"

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"

namespace qdf::sync::detail {
namespace {

QString text(const ItemState &s, const char *field)
{
    return s.fields.value(QLatin1String(field)).toString();
}

QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

Status writeSection(Workbook &wb, const ItemState &s, const Change &c)
{
    const QString kind = text(s, "kind") == QLatin1String("document") ? QStringLiteral("document") : QStringLiteral("caremore");
    return sql::exec(wb.database(),
                     QStringLiteral("INSERT INTO section (uuid, key, kind, position, title, purpose, explanation, changed_by,"
                                    " changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET"
                                    " key = excluded.key, kind = excluded.kind, position = excluded.position,"
                                    " title = excluded.title, purpose = excluded.purpose, explanation = excluded.explanation,"
                                    " changed_by = excluded.changed_by, changed_at = excluded.changed_at, rev = excluded.rev"),
                     QVariantList{s.key(), text(s, "key"), kind, s.fields.value(QStringLiteral("position")).toInt(),
                                  text(s, "title"), text(s, "purpose"), text(s, "explanation")}
                         + store::changeValues(c));
}

Status writeQuestion(Workbook &wb, const ItemState &s, const Change &c)
{
    auto section = sql::run(wb.database(), QStringLiteral("SELECT id FROM section WHERE key = ?"), {text(s, "section")});
    if (!section)
        return section.error();
    if (!section->next())
        return makeError(Error::Code::NotAllowed,
                         QStringLiteral("a question of the section \"%1\", which this workbook does not have").arg(text(s, "section")));
    return sql::exec(wb.database(),
                     QStringLiteral("INSERT INTO question (uuid, section_id, key, position, text, guidance, about_section_key,"
                                    " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE"
                                    " SET section_id = excluded.section_id, key = excluded.key, position = excluded.position,"
                                    " text = excluded.text, guidance = excluded.guidance,"
                                    " about_section_key = excluded.about_section_key, changed_by = excluded.changed_by,"
                                    " changed_at = excluded.changed_at, rev = excluded.rev"),
                     QVariantList{s.key(), section->value(0), text(s, "key"), s.fields.value(QStringLiteral("position")).toInt(),
                                  text(s, "text"), text(s, "guidance"), orNull(text(s, "aboutSection"))}
                         + store::changeValues(c));
}

} // namespace

bool isStructureKind(const QString &kind)
{
    return kind == QLatin1String("section") || kind == QLatin1String("question");
}

Status readStructure(Workbook &wb, QMap<QString, ItemState> &items)
{
    Status s = readKind(wb, items, QStringLiteral("section"),
                        QStringLiteral("SELECT uuid, key, kind, position, title, purpose, explanation, changed_by, changed_at"
                                       " FROM section"),
                        {QStringLiteral("key"), QStringLiteral("kind"), QStringLiteral("position"), QStringLiteral("title"),
                         QStringLiteral("purpose"), QStringLiteral("explanation")});
    if (s)
        s = readKind(wb, items, QStringLiteral("question"),
                     QStringLiteral("SELECT q.uuid, s.key, q.key, q.position, q.text, q.guidance,"
                                    " COALESCE(q.about_section_key, ''), q.changed_by, q.changed_at"
                                    " FROM question q JOIN section s ON s.id = q.section_id"),
                     {QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("position"), QStringLiteral("text"),
                      QStringLiteral("guidance"), QStringLiteral("aboutSection")});
    return s;
}

Status writeStructure(Workbook &wb, const ItemState &s, const Change &c)
{
    return s.kind() == QLatin1String("section") ? writeSection(wb, s, c) : writeQuestion(wb, s, c);
}

Status removeStructure(Workbook &wb, const QString &itemId)
{
    const bool section = itemId.startsWith(QLatin1String("section:"));
    const QString uuid = itemId.section(QLatin1Char(':'), 1);
    // Work that hangs on it keeps it: undoing an update never takes a person's answer with it.
    const QString inUse =
        section ? QStringLiteral("SELECT (SELECT COUNT(*) FROM question q JOIN section s ON s.id = q.section_id WHERE s.uuid = ?)"
                                 " + (SELECT COUNT(*) FROM working_example e JOIN section s ON s.id = e.section_id WHERE s.uuid = ?)"
                                 " + (SELECT COUNT(*) FROM reference_material r JOIN section s ON s.id = r.section_id WHERE s.uuid = ?)"
                                 " + (SELECT COUNT(*) FROM schedule x JOIN section s ON s.id = x.section_id WHERE s.uuid = ?)")
                : QStringLiteral("SELECT COUNT(*) FROM answer a JOIN question q ON q.id = a.question_id WHERE q.uuid = ?");
    auto used = sql::scalar(wb.database(), inUse, section ? QVariantList{uuid, uuid, uuid, uuid} : QVariantList{uuid});
    if (!used)
        return used.error();
    if (used->toInt() > 0)
        return Status::success();
    return sql::exec(wb.database(),
                     QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(section ? QLatin1String("section") : QLatin1String("question")),
                     {uuid});
}

} // namespace qdf::sync::detail
