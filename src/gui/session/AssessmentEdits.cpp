#include "gui/session/AssessmentEdits.h"

#include "core/Workbook.h"
#include "core/catalyst/CatalystStore.h"
#include "core/stores/StoreSupport.h"
#include "gui/session/UndoText.h"
#include "gui/session/WorkbookSession.h"

namespace qdf::gui {

using catalyst::CatalystStore;
using catalyst::Round;

namespace {

Result<Round> roundOf(WorkbookSession &session, const QString &roundId)
{
    return CatalystStore(session.workbook()).round(roundId);
}

} // namespace

bool AssessmentEdits::rate(const QString &roundId, const QString &participant, const QString &elementKey, int level)
{
    Workbook &wb = m_session.workbook();
    auto round = roundOf(m_session, roundId);
    if (!round)
        return m_session.report(round.error());
    auto before = CatalystStore(wb).rating(*round, participant, elementKey);
    if (!before)
        return m_session.report(before.error());
    const int old = *before;
    auto set = [&wb, round = *round, participant, elementKey](int value) {
        CatalystStore s(wb);
        return value == 0 ? s.clearRating(round, participant, elementKey) : s.rate(round, participant, elementKey, value);
    };
    return m_session.push(
        UndoText::of(UndoText::Kind::Score, elementKey), [set, level] { return set(level); },
        [set, old] { return set(old); });
}

bool AssessmentEdits::agree(const QString &roundId, const QString &elementKey, int level, const QString &note)
{
    Workbook &wb = m_session.workbook();
    auto round = roundOf(m_session, roundId);
    if (!round)
        return m_session.report(round.error());
    // What undo puts back must be read, or there is no undoable step: an unread level is not "none".
    auto before = CatalystStore(wb).agreement(*round, elementKey);
    if (!before)
        return m_session.report(before.error());
    const int oldLevel = before->first;
    const QString oldNote = before->second;
    auto set = [&wb, round = *round, elementKey](int value, const QString &text) {
        CatalystStore s(wb);
        return value == 0 ? s.clearAgreed(round, elementKey) : s.agree(round, elementKey, value, text);
    };
    return m_session.push(
        UndoText::of(UndoText::Kind::AgreedLevel, elementKey), [set, level, note] { return set(level, note); },
        [set, oldLevel, oldNote] { return set(oldLevel, oldNote); });
}

bool AssessmentEdits::agreeNote(const QString &roundId, const QString &elementKey, const QString &note)
{
    auto round = roundOf(m_session, roundId);
    if (!round)
        return m_session.report(round.error());
    auto agreed = CatalystStore(m_session.workbook()).agreed(*round);
    if (!agreed)
        return m_session.report(agreed.error());
    const int level = agreed->value(elementKey, 0);
    if (level == 0)
        return m_session.report(makeError(Error::Code::NotAllowed,
                                          WorkbookSession::tr("Agree a level first, then note the discussion.")));
    return agree(roundId, elementKey, level, note);
}

bool AssessmentEdits::setTarget(const QString &roundId, const QString &driverKey, const QString &text)
{
    Workbook &wb = m_session.workbook();
    auto round = roundOf(m_session, roundId);
    if (!round)
        return m_session.report(round.error());
    auto targets = CatalystStore(wb).targets(*round);
    if (!targets)
        return m_session.report(targets.error());
    const QString old = targets->value(driverKey);
    return m_session.push(
        UndoText::of(UndoText::Kind::Target, driverKey),
        [&wb, r = *round, driverKey, text] { return CatalystStore(wb).setTarget(r, driverKey, text); },
        [&wb, r = *round, driverKey, old] { return CatalystStore(wb).setTarget(r, driverKey, old); });
}

QString AssessmentEdits::addAction(const QString &roundId, const Action &draft)
{
    Workbook &wb = m_session.workbook();
    auto round = roundOf(m_session, roundId);
    if (!round) {
        m_session.report(round.error());
        return {};
    }
    // The uuid is fixed here so that redo after undo brings back the same action.
    Action a = draft;
    a.uuid = store::newUuid();
    const bool ok = m_session.push(
        UndoText::of(UndoText::Kind::NewAction, a.achieve),
        [&wb, r = *round, a] {
            auto added = CatalystStore(wb).addAction(r, a);
            return added ? Status::success() : Status(added.error());
        },
        [&wb, uuid = a.uuid] { return ActionStore(wb).remove(uuid); });
    return ok ? a.uuid : QString();
}

bool AssessmentEdits::updateAction(const Action &action)
{
    Workbook &wb = m_session.workbook();
    auto old = ActionStore(wb).byUuid(action.uuid);
    if (!old)
        return m_session.report(old.error());
    return m_session.push(
        UndoText::of(UndoText::Kind::Action, action.achieve), [&wb, action] { return ActionStore(wb).update(action); },
        [&wb, before = *old] { return ActionStore(wb).update(before); });
}

bool AssessmentEdits::removeAction(const QString &uuid)
{
    Workbook &wb = m_session.workbook();
    auto old = ActionStore(wb).byUuid(uuid);
    if (!old)
        return m_session.report(old.error());
    return m_session.push(
        UndoText::of(UndoText::Kind::RemovedAction, old->achieve), [&wb, uuid] { return ActionStore(wb).remove(uuid); },
        [&wb, before = *old] { return ActionStore(wb).restore(before); });
}

} // namespace qdf::gui
