#pragma once

#include "core/Domain.h"
#include "core/Error.h"

#include <QDateTime>
#include <QVector>

#include <optional>

namespace qdf {

class Workbook;

// An answer a participant posted from their phone to the question open in a live workshop
// (docs/workshop.md, "Open questions"): kept as it arrives, shown to the room, and kept by the
// facilitator, if they choose, as a contribution to the master's answer.
struct LiveAnswer {
    QString uuid;
    QString session;       // the live session it was posted in
    QString questionUuid;
    QString participant;   // who held the token
    QString text;
    Language language = Language::English;  // the language the phone was showing
    QDateTime postedAt;
    QString contributionUuid;  // the contribution it was kept as; empty until kept
    bool kept() const { return !contributionUuid.isEmpty(); }
};

// The one way live answers are written and kept (the session, the window and tests go through it).
class LiveAnswerStore {
public:
    // A short answer: at most this many characters (what a phone's box takes in a minute or two).
    static constexpr int kMaxLength = 1000;

    explicit LiveAnswerStore(Workbook &workbook) : m_workbook(workbook) {}

    // Why `text` cannot be an answer (empty, too long, holding control characters other than line
    // breaks and tabs), for a person; nullopt when it can. A CR LF or CR is a line break.
    static std::optional<QString> refusal(const QString &text);
    static QString normalised(const QString &text);  // line breaks as LF, trimmed

    // Saves the answer at once, as `participant`'s (who wrote it), in its own unit of work.
    Result<LiveAnswer> post(const QString &session, const QString &questionUuid, const QString &participant,
                            const QString &text, Language language);
    // The question's answers in the order they arrived; only those of `session` if given.
    Result<QVector<LiveAnswer>> answers(const QString &questionUuid, const QString &session = {}) const;
    Result<LiveAnswer> answer(const QString &uuid) const;
    // Keeps the answer as a contribution to the master's answer to its question, with its
    // provenance (source 'live-phone', the participant as its author, when it was posted, its
    // language), to compose from as bundles' contributions are (SyncStore::contributions). Once:
    // an answer already kept gives its contribution again and writes nothing. Only in a master.
    Result<QString> keep(const QString &answerUuid);

private:
    Workbook &m_workbook;
};

} // namespace qdf
