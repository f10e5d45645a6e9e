#pragma once

#include "core/Clock.h"
#include "core/ContentPack.h"
#include "core/Domain.h"
#include "core/Workbook.h"

namespace qdf {

// Making new workbooks. Each is built under a temporary name beside the target and renamed
// into place when complete, so a crash never leaves a half-made workbook at the path; an
// existing file is never overwritten.

// The master of a new programme, laid out from the content pack.
Result<std::unique_ptr<Workbook>> createMaster(const QString &path, const Owner &owner, const QString &programmeName,
                                               const ContentPack &pack = ContentPack::caremore(),
                                               const Clock &clock = Clock::system());

// A participant workbook of the master's programme: a copy of the master's current content
// (but not the master's own answers to the Baseline Questionnaire, which are personal), owned
// by `owner`, recording the master revision it starts from.
Result<std::unique_ptr<Workbook>> createParticipant(const QString &path, const Owner &owner, const QString &masterPath,
                                                    const Clock &clock = Clock::system());

// A participant workbook joined from an update file the master published (when the master file
// itself cannot travel): the programme, questions and everything the update carries, at the
// update's master revision. The key that signed the update becomes the programme's master key
// (trust on first use: `qdf keys list` shows its fingerprint to check with the production
// team). An unsigned update (from before signatures) only if `allowUnsigned`.
Result<std::unique_ptr<Workbook>> joinFromUpdate(const QString &path, const Owner &owner, const QString &updatePath,
                                                 const Clock &clock = Clock::system(), bool allowUnsigned = false);

} // namespace qdf
