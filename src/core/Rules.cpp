#include "core/Rules.h"

#include <QCoreApplication>

namespace qdf::rules {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::rules", text);
}

Error notAllowed(const QString &message)
{
    return makeError(Error::Code::NotAllowed, message);
}

// The master's record and an undo put things as they were or are in the master: no maturity
// rule stands in their way.
bool isRecord(const Change &change)
{
    return change.origin == Origin::Update || change.origin == Origin::Undo;
}

} // namespace

Status mayAddSchedule(WorkbookKind, const Change &change, Maturity initial)
{
    if (initial != Maturity::Draft && !isRecord(change))
        return notAllowed(tr("a new Schedule starts as a draft; this one arrived as \"%1\"").arg(maturityTitle(initial)));
    return Status::success();
}

Status mayEditSchedule(WorkbookKind kind, const Change &change, const Schedule &s)
{
    if (isRecord(change) || !isLocked(s.maturity))
        return Status::success();
    if (change.origin == Origin::Contribution)
        return notAllowed(tr("Schedule %1 is %2 in the master: a participant's change to it waits for the production team")
                              .arg(s.number, maturityTitle(s.maturity).toLower()));
    if (kind != WorkbookKind::Master)
        return notAllowed(tr("Schedule %1 is %2: only the production team can change it, in the master copy")
                              .arg(s.number, maturityTitle(s.maturity).toLower()));
    return Status::success();
}

Maturity maturityAfterEdit(WorkbookKind kind, const Change &change, const Schedule &s)
{
    if (kind == WorkbookKind::Master && change.origin == Origin::Person && isLocked(s.maturity))
        return Maturity::Draft;
    return s.maturity;
}

Status mayMoveSchedule(WorkbookKind kind, const Change &change, const Schedule &s, Maturity to, bool currentVersionSigned)
{
    if (s.maturity == to || isRecord(change))
        return Status::success();
    if (change.origin == Origin::Contribution)
        return notAllowed(tr("%1 moved Schedule %2 to \"%3\" in their workbook; in the master the production team decides its"
                             " maturity (it is %4)")
                              .arg(change.by, s.number, maturityTitle(to), maturityTitle(s.maturity).toLower()));
    if (!isAllowedMove(s.maturity, to))
        return notAllowed(tr("Schedule %1 cannot move from %2 to %3").arg(s.number, maturityTitle(s.maturity), maturityTitle(to)));
    if (to == Maturity::Adopted && kind != WorkbookKind::Master)
        return notAllowed(tr("only the production team adopts Schedules into the Framework, in the master copy"));
    if (to == Maturity::SignedOff && !currentVersionSigned)
        return notAllowed(tr("Schedule %1 has no sign-off of its current version yet").arg(s.number));
    return Status::success();
}

Status maySignSchedule(const Change &change, const Schedule &s, const QString &signer, bool alreadySigned)
{
    if (s.maturity != Maturity::Ready && !isRecord(change))
        return notAllowed(tr("Schedule %1 is %2; only a Schedule ready for sign-off can be signed")
                              .arg(s.number, maturityTitle(s.maturity).toLower()));
    if (alreadySigned)
        return notAllowed(tr("%1 has already signed version %2 of Schedule %3").arg(signer).arg(s.version).arg(s.number));
    return Status::success();
}

Status mayEditStructure(WorkbookKind kind, const Change &change)
{
    if (isRecord(change) || (kind == WorkbookKind::Master && change.origin == Origin::Person))
        return Status::success();
    if (change.origin == Origin::Contribution)
        return notAllowed(tr("the sections and questions are the production team's: a contribution cannot change them"));
    return notAllowed(tr("the questions and explanations are the production team's: they are changed in the master and "
                         "arrive here with its updates"));
}

Status mayChangeRating(WorkbookKind kind, const Change &change, const QString &participant, const QString &author,
                       bool givenLive, const QString &owner)
{
    if (isRecord(change))
        return Status::success();
    if (change.origin == Origin::Contribution)
        return Status::success();  // a three-way merge decides between two people's ratings
    if (kind == WorkbookKind::Master && !author.isEmpty() && author == participant && !givenLive && participant != owner
        && change.by != participant)
        return notAllowed(tr("%1's ratings came from their own workbook: they change them there and send them again")
                              .arg(participant));
    return Status::success();
}

Status mayErasePerson(WorkbookKind kind, const Change &change)
{
    if (kind == WorkbookKind::Master && change.origin == Origin::Person)
        return Status::success();
    if (kind == WorkbookKind::Participant && change.origin == Origin::Update)
        return Status::success();
    if (kind == WorkbookKind::Participant)
        return notAllowed(tr("a person is erased in the master, by the production team: the master's next update erases "
                             "them from this workbook too"));
    return notAllowed(tr("only the production team erases a person, in the master itself"));
}

} // namespace qdf::rules
