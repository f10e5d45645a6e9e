#include "core/stores/FrameworkEdits.h"

#include "core/Rules.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/stores/SectionStore.h"
#include "core/stores/StoreSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace qdf {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::FrameworkEdits", text);
}

} // namespace

Status FrameworkEdits::setExplanation(const QString &sectionKey, const QString &explanation)
{
    return m_workbook.write([&](const Change &c) -> Status {
        if (Status allowed = rules::mayEditStructure(m_workbook.info().kind, c); !allowed)
            return allowed;
        auto section = SectionStore(m_workbook).byKey(sectionKey);
        if (!section)
            return section.error();
        return sql::exec(m_workbook.database(),
                         QStringLiteral("UPDATE section SET explanation = ?, changed_by = ?, changed_at = ?, rev = ? WHERE id = ?"),
                         QVariantList{explanation} + store::changeValues(c) + QVariantList{section->id});
    });
}

Result<Question> FrameworkEdits::addQuestion(const QString &sectionKey, const QString &key, const QString &text,
                                             const QString &guidance)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    SectionStore sections(m_workbook);
    Status s = m_workbook.write([&](const Change &c) -> Status {
        if (Status allowed = rules::mayEditStructure(m_workbook.info().kind, c); !allowed)
            return allowed;
        if (!slug.match(key).hasMatch())
            return makeError(Error::Code::InvalidArgument,
                             tr("\"%1\" is not a question key: use lower-case letters, digits and hyphens").arg(key));
        if (text.trimmed().isEmpty())
            return makeError(Error::Code::InvalidArgument, tr("a question needs its text"));
        auto section = sections.byKey(sectionKey);
        if (!section)
            return section.error();
        if (sections.question(sectionKey, key))
            return makeError(Error::Code::NotAllowed, tr("the section \"%1\" already has a question \"%2\"").arg(sectionKey, key));
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO question (uuid, section_id, key, position, text, guidance, changed_by,"
                                        " changed_at, rev) SELECT ?, ?, ?, COALESCE(MAX(position), 0) + 1, ?, ?, ?, ?, ?"
                                        " FROM question WHERE section_id = ?"),
                         QVariantList{store::newUuid(), section->id, key, text, guidance} + store::changeValues(c)
                             + QVariantList{section->id});
    });
    if (!s)
        return s.error();
    return sections.question(sectionKey, key);
}

Status FrameworkEdits::editQuestion(const QString &sectionKey, const QString &questionKey, const std::optional<QString> &text,
                                    const std::optional<QString> &guidance)
{
    return m_workbook.write([&](const Change &c) -> Status {
        if (Status allowed = rules::mayEditStructure(m_workbook.info().kind, c); !allowed)
            return allowed;
        if (text && text->trimmed().isEmpty())
            return makeError(Error::Code::InvalidArgument, tr("a question needs its text"));
        auto question = SectionStore(m_workbook).question(sectionKey, questionKey);
        if (!question)
            return question.error();
        return sql::exec(m_workbook.database(),
                         QStringLiteral("UPDATE question SET text = ?, guidance = ?, changed_by = ?, changed_at = ?, rev = ?"
                                        " WHERE id = ?"),
                         QVariantList{text.value_or(question->text), guidance.value_or(question->guidance)}
                             + store::changeValues(c) + QVariantList{question->id});
    });
}

Status FrameworkEdits::putSection(const SectionState &s)
{
    return m_workbook.write([&](const Change &c) -> Status {
        if (Status allowed = rules::mayEditStructure(m_workbook.info().kind, c); !allowed)
            return allowed;
        // A section's key is what its answers, Schedules and the CAREMORE structure hang on: an
        // update may retitle a section but never rename its key.
        auto key = sql::run(m_workbook.database(), QStringLiteral("SELECT key FROM section WHERE uuid = ?"), {s.uuid});
        if (!key)
            return key.error();
        if (key->next() && key->value(0).toString() != s.key)
            return makeError(Error::Code::NotAllowed, tr("the section \"%1\" cannot be renamed \"%2\"").arg(key->value(0).toString(), s.key));
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO section (uuid, key, kind, position, title, purpose, explanation, changed_by,"
                                        " changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET"
                                        " kind = excluded.kind, position = excluded.position,"
                                        " title = excluded.title, purpose = excluded.purpose, explanation = excluded.explanation,"
                                        " changed_by = excluded.changed_by, changed_at = excluded.changed_at, rev = excluded.rev"),
                         QVariantList{s.uuid, s.key, s.document ? QStringLiteral("document") : QStringLiteral("caremore"),
                                      s.position, s.title, s.purpose, s.explanation}
                             + store::changeValues(c));
    });
}

Status FrameworkEdits::putQuestion(const QuestionState &q)
{
    return m_workbook.write([&](const Change &c) -> Status {
        if (Status allowed = rules::mayEditStructure(m_workbook.info().kind, c); !allowed)
            return allowed;
        auto section = SectionStore(m_workbook).byKey(q.sectionKey);
        if (!section)
            return makeError(Error::Code::NotAllowed,
                             tr("a question of the section \"%1\", which this workbook does not have").arg(q.sectionKey));
        return sql::exec(m_workbook.database(),
                         QStringLiteral("INSERT INTO question (uuid, section_id, key, position, text, guidance, about_section_key,"
                                        " changed_by, changed_at, rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid)"
                                        " DO UPDATE SET section_id = excluded.section_id, key = excluded.key,"
                                        " position = excluded.position, text = excluded.text, guidance = excluded.guidance,"
                                        " about_section_key = excluded.about_section_key, changed_by = excluded.changed_by,"
                                        " changed_at = excluded.changed_at, rev = excluded.rev"),
                         QVariantList{q.uuid, section->id, q.key, q.position, q.text, q.guidance,
                                      q.aboutSection.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(q.aboutSection)}
                             + store::changeValues(c));
    });
}

Status FrameworkEdits::removeUnused(const QString &table, const QString &uuid)
{
    const bool section = table == QLatin1String("section");
    return m_workbook.write([&](const Change &c) -> Status {
        if (Status allowed = rules::mayEditStructure(m_workbook.info().kind, c); !allowed)
            return allowed;
        // Work that hangs on it keeps it: undoing an update never takes a person's answer with it.
        const QString inUse = section
            ? QStringLiteral("SELECT (SELECT COUNT(*) FROM question q JOIN section s ON s.id = q.section_id WHERE s.uuid = ?)"
                             " + (SELECT COUNT(*) FROM working_example e JOIN section s ON s.id = e.section_id WHERE s.uuid = ?)"
                             " + (SELECT COUNT(*) FROM reference_material r JOIN section s ON s.id = r.section_id WHERE s.uuid = ?)"
                             " + (SELECT COUNT(*) FROM schedule x JOIN section s ON s.id = x.section_id WHERE s.uuid = ?)")
            : QStringLiteral("SELECT COUNT(*) FROM answer a JOIN question q ON q.id = a.question_id WHERE q.uuid = ?");
        auto used = sql::scalar(m_workbook.database(), inUse, section ? QVariantList{uuid, uuid, uuid, uuid} : QVariantList{uuid});
        if (!used)
            return used.error();
        if (used->toInt() > 0)
            return Status::success();
        return sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM %1 WHERE uuid = ?").arg(section ? QLatin1String("section") : QLatin1String("question")),
                         {uuid});
    });
}

Status FrameworkEdits::removeSection(const QString &uuid)
{
    return removeUnused(QStringLiteral("section"), uuid);
}

Status FrameworkEdits::removeQuestion(const QString &uuid)
{
    return removeUnused(QStringLiteral("question"), uuid);
}

} // namespace qdf
