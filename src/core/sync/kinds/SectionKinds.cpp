// What a section holds, as sync items: answers, working examples, reference materials, and the
// sections and questions themselves (the production team's, carried by updates only).

#include "core/Sql.h"
#include "core/Sha256.h"
#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/FrameworkEdits.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/ItemKinds.h"

#include <QCoreApplication>

namespace qdf::sync {
namespace {

using namespace detail;

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::sync", text);
}

// Deleted examples and references are read from their tombstones.
Status readTombstones(Workbook &wb, QMap<QString, ItemState> &items, const QString &kind, const QString &tombstoneKind,
                      const std::optional<QStringList> &keys)
{
    QVariantList values{tombstoneKind};
    const QString only = keyFilter("AND", QStringLiteral("uuid"), keys, values);
    auto q = sql::run(wb.database(), QStringLiteral("SELECT uuid, deleted_by, deleted_at FROM tombstone WHERE kind = ?") + only, values);
    if (!q)
        return q.error();
    while (q->next()) {
        ItemState gone;
        gone.id = kind + QLatin1Char(':') + q->value(0).toString();
        gone.deleted = true;
        gone.author = q->value(1).toString();
        gone.changedAt = q->value(2).toString();
        items.insert(gone.id, gone);
    }
    return Status::success();
}

Result<bool> exists(Workbook &wb, const char *table, const QString &uuid)
{
    auto n = sql::scalar(wb.database(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE uuid = ?").arg(QLatin1String(table)), {uuid});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

// answer:<question uuid>   text, textCy?, enFrom?, cyFrom?
Status readAnswers(Workbook &wb, QMap<QString, ItemState> &items, const ReadOptions &options, const std::optional<QStringList> &keys)
{
    QVariantList values;
    const QString where = options.personalAnswers ? QStringLiteral(" WHERE 1") : QStringLiteral(" WHERE s.kind = 'caremore'");
    return readKind(wb, items, QStringLiteral("answer"),
                    QStringLiteral("SELECT q.uuid, %1, a.changed_by, a.changed_at FROM answer a"
                                   " JOIN question q ON q.id = a.question_id JOIN section s ON s.id = q.section_id")
                            .arg(bilingualColumns(QStringLiteral("a"), false))
                        + where + keyFilter("AND", QStringLiteral("q.uuid"), keys, values),
                    bilingualFields(false), values);
}

Result<Question> questionOf(Workbook &wb, const QString &uuid)
{
    auto q = SectionStore(wb).questionByUuid(uuid);
    if (!q && q.error().code == Error::Code::InvalidArgument)
        return notHere(tr("an answer to a question this workbook does not have"));
    return q;
}

Status writeAnswer(Workbook &wb, const ItemState &s)
{
    auto question = questionOf(wb, s.key());
    if (!question)
        return question.error();
    // An answer that arrives is saved as its next version, as if typed: the history keeps the
    // text it replaces. Both languages and their translation state come as they are.
    AnswerStore answers(wb);
    auto here = answers.current(question->id);
    if (!here)
        return here.error();
    return toStatus(answers.put(question->id, bilingualOf(s, false, *here ? (*here)->texts : Bilingual{})));
}

Status removeAnswer(Workbook &wb, const QString &key)
{
    auto question = questionOf(wb, key);
    if (!question)
        return question.error();
    return AnswerStore(wb).remove(question->id);
}

QString answerTitle(Workbook &wb, const QString &key, const std::optional<ItemState> &)
{
    auto q = SectionStore(wb).questionByUuid(key);
    if (!q)
        return tr("An answer");
    // Several sections ask "What is the intended product?": the section tells them apart.
    auto sections = SectionStore(wb).list();
    for (const Section &s : sections ? *sections : QVector<Section>()) {
        if (s.id == q->sectionId)
            return tr("Answer: %1 (%2)").arg(q->text, s.title);
    }
    return tr("Answer: %1").arg(q->text);
}

// example:<uuid>   section, position, title, body, titleCy?, bodyCy?, enFrom?, cyFrom?
Status readExamples(Workbook &wb, QMap<QString, ItemState> &items, const ReadOptions &, const std::optional<QStringList> &keys)
{
    QVariantList values;
    const QString only = keyFilter("WHERE", QStringLiteral("e.uuid"), keys, values);
    Status s = readKind(wb, items, QStringLiteral("example"),
                        QStringLiteral("SELECT e.uuid, s.key, e.position, %1, e.changed_by, e.changed_at"
                                       " FROM working_example e JOIN section s ON s.id = e.section_id")
                                .arg(bilingualColumns(QStringLiteral("e"), true))
                            + only,
                        QStringList{QStringLiteral("section"), QStringLiteral("position")} + bilingualFields(true), values);
    return s ? readTombstones(wb, items, QStringLiteral("example"), QStringLiteral("working-example"), keys) : s;
}

Status writeExample(Workbook &wb, const ItemState &s)
{
    Bilingual here;
    auto q = sql::run(wb.database(), QStringLiteral("SELECT section_id FROM working_example WHERE uuid = ?"), {s.key()});
    if (!q)
        return q.error();
    if (q->next()) {
        auto all = MaterialStore(wb).examples(q->value(0).toLongLong());
        if (!all)
            return all.error();
        for (const WorkingExample &e : *all) {
            if (e.uuid == s.key())
                here = e.texts;
        }
    }
    return MaterialStore(wb).putExample(s.key(), text(s, "section"), bilingualOf(s, true, here), number(s, "position"));
}

Status removeExample(Workbook &wb, const QString &key)
{
    auto here = exists(wb, "working_example", key);
    if (!here || !*here)
        return here ? Status::success() : Status(here.error());
    return MaterialStore(wb).removeExample(key);
}

// reference:<uuid>   section, fileName, note, sha256, data (base64)
Status readReferences(Workbook &wb, QMap<QString, ItemState> &items, const ReadOptions &, const std::optional<QStringList> &keys)
{
    QVariantList values;
    const QString only = keyFilter("WHERE", QStringLiteral("r.uuid"), keys, values);
    Status s = readKind(wb, items, QStringLiteral("reference"),
                        QStringLiteral("SELECT r.uuid, s.key, r.file_name, r.note, r.sha256, r.data, r.changed_by, r.changed_at"
                                       " FROM reference_material r JOIN section s ON s.id = r.section_id")
                            + only,
                        {QStringLiteral("section"), QStringLiteral("fileName"), QStringLiteral("note"), QStringLiteral("sha256"),
                         QStringLiteral("data")},
                        values);
    return s ? readTombstones(wb, items, QStringLiteral("reference"), QStringLiteral("reference-material"), keys) : s;
}

Status writeReference(Workbook &wb, const ItemState &s)
{
    const QByteArray data = QByteArray::fromBase64(text(s, "data").toLatin1());
    if (sha256Hex(data) != text(s, "sha256"))
        return notHere(tr("the file %1 does not match its checksum").arg(text(s, "fileName")));
    return MaterialStore(wb).putReference(s.key(), text(s, "section"), text(s, "fileName"), text(s, "note"), data);
}

Status removeReference(Workbook &wb, const QString &key)
{
    auto here = exists(wb, "reference_material", key);
    if (!here || !*here)
        return here ? Status::success() : Status(here.error());
    return MaterialStore(wb).removeReference(key);
}

// section:<uuid>   key, kind, position, title, purpose, explanation
Status readSections(Workbook &wb, QMap<QString, ItemState> &items, const ReadOptions &, const std::optional<QStringList> &)
{
    return readKind(wb, items, QStringLiteral("section"),
                    QStringLiteral("SELECT uuid, key, kind, position, title, purpose, explanation, changed_by, changed_at"
                                   " FROM section"),
                    {QStringLiteral("key"), QStringLiteral("kind"), QStringLiteral("position"), QStringLiteral("title"),
                     QStringLiteral("purpose"), QStringLiteral("explanation")});
}

Status writeSection(Workbook &wb, const ItemState &s)
{
    return FrameworkEdits(wb).putSection({s.key(), text(s, "key"), text(s, "kind") == QLatin1String("document"),
                                          number(s, "position"), text(s, "title"), text(s, "purpose"), text(s, "explanation")});
}

// question:<uuid>   section, key, position, text, guidance, aboutSection
Status readQuestions(Workbook &wb, QMap<QString, ItemState> &items, const ReadOptions &, const std::optional<QStringList> &)
{
    return readKind(wb, items, QStringLiteral("question"),
                    QStringLiteral("SELECT q.uuid, s.key, q.key, q.position, q.text, q.guidance,"
                                   " COALESCE(q.about_section_key, ''), q.changed_by, q.changed_at"
                                   " FROM question q JOIN section s ON s.id = q.section_id"),
                    {QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("position"), QStringLiteral("text"),
                     QStringLiteral("guidance"), QStringLiteral("aboutSection")});
}

Status writeQuestion(Workbook &wb, const ItemState &s)
{
    return FrameworkEdits(wb).putQuestion({s.key(), text(s, "section"), text(s, "key"), number(s, "position"), text(s, "text"),
                                           text(s, "guidance"), text(s, "aboutSection")});
}

} // namespace

QVector<ItemKind> sectionKinds()
{
    return {
        {QStringLiteral("section"), -2, QStringLiteral("explanation"), true, readSections, writeSection,
         [](Workbook &wb, const QString &key) { return FrameworkEdits(wb).removeSection(key); },
         [](Workbook &, const QString &, const std::optional<ItemState> &s) { return titled(QT_TRANSLATE_NOOP("qdf::sync", "Section: %1"), s, "title"); }},
        {QStringLiteral("question"), -1, QStringLiteral("text"), true, readQuestions, writeQuestion,
         [](Workbook &wb, const QString &key) { return FrameworkEdits(wb).removeQuestion(key); },
         [](Workbook &, const QString &, const std::optional<ItemState> &s) { return titled(QT_TRANSLATE_NOOP("qdf::sync", "Question: %1"), s, "text"); }},
        {QStringLiteral("answer"), 2, QStringLiteral("text"), false, readAnswers, writeAnswer, removeAnswer, answerTitle},
        {QStringLiteral("example"), 2, QStringLiteral("body"), false, readExamples, writeExample, removeExample,
         [](Workbook &, const QString &, const std::optional<ItemState> &s) { return titled(QT_TRANSLATE_NOOP("qdf::sync", "Working example: %1"), s, "title"); }},
        {QStringLiteral("reference"), 2, QStringLiteral("note"), false, readReferences, writeReference, removeReference,
         [](Workbook &, const QString &, const std::optional<ItemState> &s) {
             return titled(QT_TRANSLATE_NOOP("qdf::sync", "Reference material: %1"), s, "fileName");
         }},
    };
}

} // namespace qdf::sync
