#include "gui/session/ReviewEdits.h"

#include "core/Workbook.h"
#include "core/stores/StoreSupport.h"
#include "gui/session/UndoText.h"
#include "gui/session/WorkbookSession.h"

namespace qdf::gui {

using namespace qdf::review;

bool ReviewEdits::push(const QString &text, std::function<Status()> redo, std::function<Status()> undo)
{
    return m_session.push(text, std::move(redo), std::move(undo));
}

bool ReviewEdits::rate(const Review &review, const ItemRef &item, const QString &rating, const QString &note)
{
    Workbook &wb = m_session.workbook();
    auto responses = ReviewStore(wb).responses(review);
    if (!responses)
        return m_session.report(responses.error());
    Response old{item, ratingScale(item.checklistKey).first(), {}, {}};
    for (const Response &r : *responses) {
        if (r.item.path() == item.path())
            old = r;
    }
    if (old.rating == rating && old.note == note)
        return true;
    return push(
        UndoText::of(UndoText::Kind::Rating, item.path()),
        [&wb, review, item, rating, note] { return ReviewStore(wb).rate(review, item, rating, note); },
        [&wb, review, old] { return ReviewStore(wb).rate(review, old.item, old.rating, old.note); });
}

bool ReviewEdits::addSubQuestion(const Review &review, const ItemRef &item, const QString &text)
{
    Workbook &wb = m_session.workbook();
    // Its uuid and place are fixed here so that redo after undo brings back the same question.
    auto existing = ReviewStore(wb).subQuestions(review);
    if (!existing)
        return m_session.report(existing.error());
    int position = 0;
    for (const SubQuestion &q : *existing)
        position += q.item.path() == item.path() ? 1 : 0;
    const SubQuestion question{store::newUuid(), item, position, text.trimmed()};
    if (question.text.isEmpty())
        return m_session.report(makeError(Error::Code::NotAllowed, WorkbookSession::tr("A sub-question needs its text.")));
    return push(
        UndoText::of(UndoText::Kind::NewSubQuestion, question.text), [&wb, review, question] { return ReviewStore(wb).restoreSubQuestion(review, question); },
        [&wb, uuid = question.uuid] { return ReviewStore(wb).removeSubQuestion(uuid); });
}

bool ReviewEdits::editSubQuestion(const Review &, const SubQuestion &question, const QString &text)
{
    Workbook &wb = m_session.workbook();
    if (text.trimmed() == question.text)
        return true;
    return push(
        UndoText::of(UndoText::Kind::SubQuestion, text),
        [&wb, uuid = question.uuid, text] { return ReviewStore(wb).editSubQuestion(uuid, text); },
        [&wb, uuid = question.uuid, old = question.text] { return ReviewStore(wb).editSubQuestion(uuid, old); });
}

bool ReviewEdits::moveSubQuestion(const Review &, const SubQuestion &question, int to)
{
    Workbook &wb = m_session.workbook();
    return push(
        UndoText::of(UndoText::Kind::SubQuestionOrder), [&wb, uuid = question.uuid, to] { return ReviewStore(wb).moveSubQuestion(uuid, to); },
        [&wb, uuid = question.uuid, from = question.position] { return ReviewStore(wb).moveSubQuestion(uuid, from); });
}

bool ReviewEdits::removeSubQuestion(const Review &review, const SubQuestion &question)
{
    Workbook &wb = m_session.workbook();
    return push(
        UndoText::of(UndoText::Kind::RemovedSubQuestion, question.text), [&wb, uuid = question.uuid] { return ReviewStore(wb).removeSubQuestion(uuid); },
        [&wb, review, question] { return ReviewStore(wb).restoreSubQuestion(review, question); });
}

bool ReviewEdits::attachEvidence(const Review &review, const ItemRef &item, const QString &fileName, const QByteArray &data)
{
    Workbook &wb = m_session.workbook();
    if (fileName.trimmed().isEmpty())
        return m_session.report(makeError(Error::Code::NotAllowed, WorkbookSession::tr("Evidence needs a file name.")));
    const Evidence evidence{store::newUuid(), item, fileName.trimmed(), {}, data.size()};
    return push(
        UndoText::of(UndoText::Kind::Attachment, evidence.fileName),
        [&wb, review, evidence, data] { return ReviewStore(wb).restoreEvidence(review, evidence, data); },
        [&wb, uuid = evidence.uuid] { return ReviewStore(wb).removeEvidence(uuid); });
}

bool ReviewEdits::removeEvidence(const Review &review, const Evidence &evidence)
{
    Workbook &wb = m_session.workbook();
    auto data = ReviewStore(wb).evidenceData(evidence.uuid);
    if (!data)
        return m_session.report(data.error());
    return push(
        UndoText::of(UndoText::Kind::RemovedAttachment, evidence.fileName),
        [&wb, uuid = evidence.uuid] { return ReviewStore(wb).removeEvidence(uuid); },
        [&wb, review, evidence, bytes = *data] { return ReviewStore(wb).restoreEvidence(review, evidence, bytes); });
}

QString ReviewEdits::addAction(const Review &review, const ItemRef &item, const Action &draft)
{
    Workbook &wb = m_session.workbook();
    Action a = draft;
    a.uuid = store::newUuid();
    const bool ok = push(
        UndoText::of(UndoText::Kind::NewAction, a.achieve),
        [&wb, review, item, a] {
            auto added = ReviewStore(wb).addAction(review, item, a);
            return added ? Status::success() : Status(added.error());
        },
        [&wb, uuid = a.uuid] { return ActionStore(wb).remove(uuid); });
    return ok ? a.uuid : QString();
}

} // namespace qdf::gui
