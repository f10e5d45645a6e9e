#pragma once

#include "core/Domain.h"
#include "core/Error.h"

namespace qdf::rules {

// Who may change what: every rule of the domain about changes, in one place. The stores ask
// these inside their write, about the state read in the same transaction; the window, the CLI,
// an import, an applied update and an undo all reach them through the stores, never beside them.
// A refusal is Error::Code::NotAllowed with the reason for a person; an import keeps a refused
// change as a proposal for a person instead of applying it.
//
// The origins (Change::origin):
//  - Person: someone at this workbook. In the master that is the production team, who may do
//    anything the maturity rules allow; in a participant's workbook, a participant.
//  - Contribution: a participant's work arriving in the master. It may add to and edit what is
//    still open (drafts, working examples, ratings of its own author), nothing the production
//    team has settled: a Schedule's maturity, a signed-off or adopted Schedule, the questions.
//  - Update: the master's work arriving in a participant's workbook. The master is the
//    Framework's record: its Schedules, sign-offs, maturity and questions come in as they are.
//  - Undo: an import undone, an item put back exactly as it was before the import (only where
//    nothing changed it since; sync checks that).

// A Schedule begins as a draft, unless the master's record (an update) says otherwise.
Status mayAddSchedule(WorkbookKind kind, const Change &change, Maturity initial);
// Its title or text: a signed-off or adopted Schedule is read-only outside the master, and in the
// master it is the production team's.
Status mayEditSchedule(WorkbookKind kind, const Change &change, const Schedule &current);
// What an edit leaves the maturity at: a signed-off or adopted Schedule edited in the master
// starts a new draft version (the signed version stays in the history with its sign-offs).
Maturity maturityAfterEdit(WorkbookKind kind, const Change &change, const Schedule &current);
// A maturity move (isAllowedMove), adoption in the master only, and signed off only with a
// sign-off of the current version.
Status mayMoveSchedule(WorkbookKind kind, const Change &change, const Schedule &current, Maturity to,
                       bool currentVersionSigned);
// A sign-off is of a Schedule ready for sign-off, once per signer and version.
Status maySignSchedule(const Change &change, const Schedule &current, const QString &signer, bool alreadySigned);

// Sections and questions are the production team's: edited in the master, carried by updates.
Status mayEditStructure(WorkbookKind kind, const Change &change);

// A participant's Catalyst ratings that came from their own workbook are theirs: in the master
// nobody else changes them (they change them and send them again). `author` is who last wrote
// the rating, empty if there is none yet. A rating the participant gave live from their own phone
// (`givenLive`: its source is live-phone) was given in the room, as a rating typed into the grid
// is: the facilitator may correct it there, and the participant may change it again from the phone.
Status mayChangeRating(WorkbookKind kind, const Change &change, const QString &participant, const QString &author,
                       bool givenLive, const QString &owner);

// Erasing a person (core/privacy/Erasure.h): the production team does it, in the master; a
// participant's workbook does it only as the master's update carries it. Nothing else erases.
Status mayErasePerson(WorkbookKind kind, const Change &change);

} // namespace qdf::rules
