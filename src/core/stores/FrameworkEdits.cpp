#include "core/stores/FrameworkEdits.h"

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

Status FrameworkEdits::mayEdit() const
{
    if (!m_workbook.isMaster())
        return makeError(Error::Code::NotAllowed,
                         tr("the questions and explanations are the production team's: they are changed in the master and "
                            "arrive here with its updates"));
    return Status::success();
}

Status FrameworkEdits::setExplanation(const QString &sectionKey, const QString &explanation)
{
    if (Status s = mayEdit(); !s)
        return s;
    auto section = SectionStore(m_workbook).byKey(sectionKey);
    if (!section)
        return section.error();
    return m_workbook.write([&](const Change &c) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("UPDATE section SET explanation = ?, changed_by = ?, changed_at = ?, rev = ? WHERE id = ?"),
                         QVariantList{explanation} + store::changeValues(c) + QVariantList{section->id});
    });
}

Result<Question> FrameworkEdits::addQuestion(const QString &sectionKey, const QString &key, const QString &text,
                                             const QString &guidance)
{
    if (Status s = mayEdit(); !s)
        return s.error();
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!slug.match(key).hasMatch())
        return makeError(Error::Code::InvalidArgument,
                         tr("\"%1\" is not a question key: use lower-case letters, digits and hyphens").arg(key));
    if (text.trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a question needs its text"));
    SectionStore sections(m_workbook);
    auto section = sections.byKey(sectionKey);
    if (!section)
        return section.error();
    if (sections.question(sectionKey, key))
        return makeError(Error::Code::NotAllowed, tr("the section \"%1\" already has a question \"%2\"").arg(sectionKey, key));
    Status s = m_workbook.write([&](const Change &c) {
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
    if (Status s = mayEdit(); !s)
        return s;
    if (text && text->trimmed().isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("a question needs its text"));
    auto question = SectionStore(m_workbook).question(sectionKey, questionKey);
    if (!question)
        return question.error();
    return m_workbook.write([&](const Change &c) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("UPDATE question SET text = ?, guidance = ?, changed_by = ?, changed_at = ?, rev = ?"
                                        " WHERE id = ?"),
                         QVariantList{text.value_or(question->text), guidance.value_or(question->guidance)}
                             + store::changeValues(c) + QVariantList{question->id});
    });
}

} // namespace qdf
