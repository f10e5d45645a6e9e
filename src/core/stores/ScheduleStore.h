#pragma once

#include "core/Domain.h"
#include "core/Error.h"

#include <optional>

class QSqlDatabase;

namespace qdf {

class Workbook;

// What a Schedule arriving by sync should become.
struct ScheduleTarget {
    QString uuid;
    QString sectionKey;
    QString number;  // kept for a new Schedule where it is free here
    Bilingual texts;  // its title and text in each language, and their translation state
    Maturity maturity = Maturity::Draft;
};

// Schedules: numbered per section ("2.3" is the third Schedule of section 2), every saved
// version kept, sign-offs recorded against the version signed. Every change is checked by
// core/Rules.h inside its write, against the Schedule as it is then:
//  - moves follow isAllowedMove(); signed-off needs a sign-off of the current version;
//    adoption into the Framework happens in the master only;
//  - a signed-off Schedule is read-only except in the master, where a change starts a new
//    Draft version (the signed version stays in the history with its sign-offs).
class ScheduleStore {
public:
    explicit ScheduleStore(Workbook &workbook) : m_workbook(workbook) {}

    // All Schedules in QDF Index order (section, then number); or those of one section.
    Result<QVector<Schedule>> list() const;
    Result<QVector<Schedule>> list(qint64 sectionId) const;
    // By UUID or by number ("1.2").
    Result<Schedule> find(const QString &idOrNumber) const;

    Result<Schedule> add(qint64 sectionId, const QString &title, const QString &body, Language language = Language::English);
    // An edit of the title and text in the language the Schedule was first written in; editIn, in
    // either (a version holds both languages; empty words take a language away). The translation
    // state follows core/Translation.h.
    Result<Schedule> edit(const QString &uuid, const QString &title, const QString &body);
    Result<Schedule> editIn(const QString &uuid, Language language, const QString &title, const QString &body);
    // The same, saving as one goes (the Schedule editor's autosave): where the current version
    // was made by this open workbook after revision `sittingStart` and nobody has signed it, it
    // is amended rather than followed by another, so one sitting in the editor is one version.
    Result<Schedule> amend(const QString &uuid, const QString &title, const QString &body, qint64 sittingStart);
    Result<Schedule> amendIn(const QString &uuid, Language language, const QString &title, const QString &body,
                             qint64 sittingStart);
    // "Mark as translated": the two languages say the same, as they are now. No new version and
    // no change of maturity (the words are those signed), where the text may be edited at all.
    Result<Schedule> markTranslated(const QString &uuid);
    Result<Schedule> move(const QString &uuid, Maturity to);
    // Records a sign-off of the current version (by the workbook's owner unless a signer is
    // named, as when the production team records a workshop's sign-offs); the Schedule must be
    // ready for sign-off.
    Result<SignOff> sign(const QString &uuid);
    Result<SignOff> sign(const QString &uuid, const Owner &signer);

    Result<QVector<ScheduleVersion>> versions(const QString &uuid) const;  // newest first

    // The newest version of a Schedule is kept whole, each older one as the difference to the
    // one after it (lineDelta): a history of hundreds of versions of a long Schedule costs what
    // was changed, not hundreds of copies. These read and find versions by the text they hold,
    // for sync's records of what an import replaced and wrote (core/sync/SyncSupport).
    static Result<QVector<ScheduleVersion>> versionsIn(const QSqlDatabase &db, const QString &uuid);
    static QString textHash(const QString &title, const QString &body);
    // The newest version holding this text, or 0.
    static Result<int> versionWithText(const QSqlDatabase &db, const QString &uuid, const QString &textHash);
    Result<QVector<SignOff>> signOffs(const QString &uuid) const;

    // For sync and undo: brings the Schedule to `target`, creating it under its uuid if it is
    // new; a changed title or text is an edit, a changed maturity a move, each under the rules
    // for the write's origin (call inside Workbook::write with that origin).
    Result<Schedule> put(const ScheduleTarget &target);
    // The same, for a caller that has just read the Schedule by target.uuid in the transaction
    // this writes in (`here`: what it read, nullopt where there was none), so that it is not read
    // twice (a multi-page text in two languages: a merge wrote each one after reading it).
    Result<Schedule> put(const ScheduleTarget &target, const std::optional<Schedule> &here);
    // A sign-off that arrives is of the Schedule's current version here (each workbook counts its
    // own versions, and the text signed came with it). The same sign-off twice is kept once.
    Status recordSignOff(const QString &scheduleUuid, const SignOff &signOff);
    // Undoing the import that brought them in.
    Status remove(const QString &uuid);
    Status removeSignOff(const QString &signOffUuid);

private:
    Result<Schedule> put(const ScheduleTarget &target, const std::optional<Schedule> &known, bool read);
    Result<QVector<Schedule>> select(const QString &where, const QVariantList &values) const;
    Result<Schedule> current(const QString &uuid) const;
    Status recordVersion(const Schedule &schedule, const Change &change);
    Status changeText(Schedule &s, const Bilingual &texts, const Change &change);
    Status amendText(Schedule &s, const Bilingual &texts, const Change &change);
    Status writeTexts(const Schedule &s, const Change &change);
    Result<Schedule> editText(const QString &uuid, std::optional<Language> language, const QString &title, const QString &body,
                              std::optional<qint64> sittingStart);
    Result<bool> mayAmend(const Schedule &s, qint64 sittingStart) const;
    Status changeMaturity(Schedule &s, Maturity to, const Change &change);
    Result<bool> isSigned(const Schedule &s, const QString &signer = {}) const;
    Workbook &m_workbook;
};

} // namespace qdf
