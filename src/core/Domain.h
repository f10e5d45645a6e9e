#pragma once

// The Workbook's vocabulary as plain values. Stores read and write these; the GUI and CLI
// present them. One concept, one name: Workbook, Section, Question, Answer, Schedule.

#include "core/Maturity.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace qdf {

enum class WorkbookKind { Master, Participant };
QString workbookKindSlug(WorkbookKind kind);

// Where a change comes from. The rules (core/Rules.h) allow each origin different things; it is
// not stored with the item.
enum class Origin {
    Person,        // someone at this workbook: the window or a qdf verb
    Contribution,  // a participant's work arriving in the master
    Update,        // the master's work arriving in a participant's workbook
    Undo,          // an import undone: an item put back exactly as it was before the import
};

// Who changed an item, when (for people) and at which workbook revision (for sync), and where
// the change comes from.
struct Change {
    QString by;
    QDateTime at;
    qint64 revision = 0;
    Origin origin = Origin::Person;
};

// The languages a text may be written in. A text carries its language; answers, working examples
// and Schedules may be written in both (core/Translation.h has the rule between the two).
enum class Language { English, Welsh };

// One language of a text.
struct LanguageText {
    QString title;        // working examples and Schedules; empty for answers
    QString body;         // an answer's text; an example's or a Schedule's body
    QString from;         // translation::versionOf the other language when this was made from it or marked
                          // as translated; empty: never
    QDateTime changedAt;  // when its words last changed (invalid: never written)
    bool isWritten() const { return !title.trimmed().isEmpty() || !body.trimmed().isEmpty(); }
};

// Both languages of a text.
struct Bilingual {
    LanguageText english;
    LanguageText welsh;
    LanguageText &in(Language l) { return l == Language::Welsh ? welsh : english; }
    const LanguageText &in(Language l) const { return l == Language::Welsh ? welsh : english; }
};

struct Owner {
    QString name;
    QString organisation;
    QString role;
};

struct Programme {
    QString uuid;
    QString name;
};

struct WorkbookInfo {
    int schemaVersion = 0;
    QString uuid;
    WorkbookKind kind = WorkbookKind::Master;
    Programme programme;
    Owner owner;
    qint64 revision = 0;                 // bumped by every saved edit
    std::optional<qint64> baseRevision;  // participant: master revision last brought up to date with
    QString packName;
    int packVersion = 0;
    // The language its sections, questions and plan were laid out in from the pack ("en", "cy"):
    // chosen when the master is made, carried to its participants. Recorded in sync_state
    // (kContentLanguageKey); a workbook made before it was recorded is English.
    QString contentLanguage = QStringLiteral("en");
    QDateTime createdAt;
};

// The row of sync_state that records WorkbookInfo::contentLanguage (no schema change needed for a
// fact of one value; schema 6's table of small facts about the workbook).
inline constexpr char kContentLanguageKey[] = "content-language";

enum class SectionKind { Caremore, Document };

struct Section {
    qint64 id = 0;
    QString uuid;
    QString key;
    SectionKind kind = SectionKind::Caremore;
    int position = 0;
    QString title;
    QString purpose;
    QString explanation;
    Change change;
};

struct Question {
    qint64 id = 0;
    QString uuid;
    qint64 sectionId = 0;
    QString key;
    int position = 0;
    QString text;
    QString guidance;
    QString aboutSectionKey;  // Baseline Questionnaire: the CAREMORE section it prompts about
    Change change;
};

struct Answer {
    qint64 id = 0;
    QString uuid;
    qint64 questionId = 0;
    QString text;                           // in `language`, the one it was first written in
    Language language = Language::English;
    Bilingual texts;                        // both languages (texts.in(language).body == text)
    int version = 0;
    Change change;
};

struct AnswerRevision {
    int version = 0;
    Language language = Language::English;  // the language this version changed
    QString text;
    std::optional<int> restoredFrom;
    Change change;
};

struct WorkingExample {
    qint64 id = 0;
    QString uuid;
    qint64 sectionId = 0;
    int position = 0;
    QString title;                          // in `language`, the one it was first written in
    QString body;
    Language language = Language::English;
    Bilingual texts;                        // both languages
    Change change;
};

struct ReferenceMaterial {
    qint64 id = 0;
    QString uuid;
    qint64 sectionId = 0;
    QString fileName;
    qint64 size = 0;
    QString sha256;
    QString note;
    Change change;
};

struct SignOff {
    QString uuid;
    int version = 0;
    Owner signer;
    QDateTime signedAt;
};

struct Schedule {
    qint64 id = 0;
    QString uuid;
    qint64 sectionId = 0;
    QString sectionKey;
    int seq = 0;
    QString number;
    QString title;                          // in `language`, the one it was first written in
    QString body;
    Language language = Language::English;
    Bilingual texts;                        // both languages
    Maturity maturity = Maturity::Draft;
    int version = 0;
    Change change;
};

struct ScheduleVersion {
    int version = 0;
    QString title;                          // in `language`
    QString body;
    Language language = Language::English;
    Bilingual texts;                        // both languages of this version (no `from` or times)
    Maturity maturity = Maturity::Draft;
    Change change;
};

struct PlanStage {
    qint64 id = 0;
    QString uuid;
    int number = 0;
    QString title;
    QString outcome;
    QString timescale;
};

enum class MilestoneStatus { NotStarted, InProgress, Done, AtRisk };
QString milestoneStatusSlug(MilestoneStatus status);
std::optional<MilestoneStatus> milestoneStatusFromSlug(const QString &slug);

struct Milestone {
    qint64 id = 0;
    QString uuid;
    qint64 stageId = 0;
    int position = 0;
    QString title;
    MilestoneStatus status = MilestoneStatus::NotStarted;
    QString due;
    Change change;
};

} // namespace qdf
