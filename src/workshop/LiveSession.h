#pragma once

#include "core/Error.h"
#include "core/Domain.h"
#include "core/catalyst/CatalystStore.h"
#include "core/stores/LiveAnswerStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

namespace qdf {
class Workbook;
}

// A live workshop (issue 24, docs/workshop.md): participants score a Catalyst round from their own
// phones, blind, while the facilitator opens the drivers one by one and reveals the group's
// spread. This is the session itself, with no HTTP in it: the server (WorkshopServer) and the
// window's live panel both stand on it, and follow it through its signals.
namespace qdf::workshop {

// Why a participant's or the facilitator's request was refused. The server gives each its HTTP
// status and the key that the participants' interface carries (LiveJson.h: refusalKey).
enum class Refusal {
    None,
    WrongCode,             // the session code is not this session's
    UnknownToken,          // no token, or one this session never gave (or took back)
    NotFacilitator,        // a facilitator's step asked with a participant's token
    NotParticipant,        // a participant's step asked with the facilitator's token
    AwaitingConfirmation,  // a typed name (or a second join of a name) the facilitator has not confirmed
    BadName,               // empty, too long, or holding control characters
    SessionFull,           // as many joins as a session takes
    UnknownElement,        // no such Catalyst element
    NotOpen,               // the element's driver is not open (not yet, or closed)
    BadLevel,              // not 1-4 or "not sure"
    NotRevealed,           // results asked before the reveal
    NothingToOpen,         // no such driver, every driver has been scored, or the one asked for is past
    NothingToReveal,       // no driver has been closed since the last reveal
    UnknownSeat,           // the facilitator named a join that is not there
    WorkbookFailed,        // the workbook refused a read or a write (locked, full disk, a rule)
    NoQuestion,            // an answer posted while no question is open
    BadAnswer,             // empty, too long, or holding control characters
    UnknownQuestion,       // the facilitator named a question the workbook does not have
    UnknownAnswer,         // the facilitator named an answer that is not this session's
};

struct Outcome {
    Refusal refusal = Refusal::None;
    QString message;  // for a person, in the program's language
    bool ok() const { return refusal == Refusal::None; }
    explicit operator bool() const { return ok(); }
    static Outcome success() { return {}; }
};

// A value or the refusal: Result's shape, with the reason the server maps to a status.
template <typename T>
class LiveResult {
public:
    LiveResult(T value) : m_value(std::move(value)) {}
    LiveResult(Outcome refusal) : m_refusal(std::move(refusal)) {}
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Outcome &refusal() const { return m_refusal; }

private:
    std::optional<T> m_value;
    Outcome m_refusal;
};

// Where each driver is in the session. Only one is open at a time; a closed driver's scores can no
// longer change, and a revealed one's spread is the group's to see.
enum class DriverPhase { Waiting, Open, Closed, Revealed };

// One join: a phone or laptop holding a token for a person. Its id names it to the facilitator
// (confirm, refuse) and is no secret; the token is, and is kept here only as its hash.
struct Seat {
    QString id;
    QString person;
    bool confirmed = false;
    bool typed = false;  // the name was typed, not picked from the programme's people
    QDateTime joinedAt;
};

// The question open for answers from the phones (docs/workshop.md, "Open questions").
struct OpenQuestion {
    QString sectionKey;
    Question question;  // the workbook's, as it words it
};

// A participant's answer for one element: a level 1-4, or 0 for "not sure" (no rating in the round).
inline constexpr int kNotSure = 0;

struct Joined {
    QString token;
    Seat seat;
};

// The group's spread for one revealed element, never whose levels they are.
struct ElementResult {
    QString elementKey;
    QString driverKey;
    int counts[4] = {0, 0, 0, 0};  // participants at levels 1-4
    int notSure = 0;
    int rated = 0;
    int min = 0;
    int max = 0;
    double median = 0;
    int spread() const { return rated ? max - min : 0; }
};

class LiveSession : public QObject {
    Q_OBJECT
public:
    struct Options {
        QStringList people;  // expected besides the programme's own (qdf workshop serve --person)
        int maxSeats = 500;
        int maxNameLength = 80;
    };

    // A session on `roundNameOrId` of the workbook (which must stay open while it runs): a new
    // code and facilitator token, the programme's people read, and the first driver open. With
    // no round (an empty name), a session for open questions only: no driver opens.
    static Result<std::unique_ptr<LiveSession>> start(Workbook &workbook, const QString &roundNameOrId, const Options &options);
    static Result<std::unique_ptr<LiveSession>> start(Workbook &workbook, const QString &roundNameOrId)
    {
        return start(workbook, roundNameOrId, Options{});
    }
    ~LiveSession() override;

    const QString &code() const { return m_code; }
    const QString &facilitatorToken() const { return m_facilitatorToken; }
    const catalyst::Round &round() const { return m_round; }
    bool hasRound() const { return m_hasRound; }
    // What the session's answers are stored under (LiveAnswer::session): an id, not the code.
    const QString &id() const { return m_id; }
    const catalyst::Pack &pack() const { return m_pack; }
    Workbook &workbook() const { return m_workbook; }
    // The names a phone offers to pick from: the programme's people and the expected ones.
    const QStringList &people() const { return m_people; }

    // --- participants ---
    // Whether `code` is this session's (case and spaces aside), in time that does not say how
    // much of it was right.
    bool isCode(const QString &code) const;
    LiveResult<Joined> join(const QString &code, const QString &name);
    // The seat a token acts for, if it is one of this session's (the facilitator's is not).
    std::optional<Seat> seatOf(const QString &token) const;
    bool isFacilitator(const QString &token) const;
    // What the token's person answered, written to the round as their own rating (kNotSure: their
    // rating of it removed). Only while the element's driver is open, and only once confirmed.
    // Checked at once; saved with the other answers that arrive in the same turn of the event loop,
    // in one transaction (one flush to disk for the room, not one each: docs/workshop.md), then
    // `done` is told how it went. answer() does both at once.
    void submit(const QString &token, const QString &elementKey, int level, std::function<void(const Outcome &)> done);
    Outcome answer(const QString &token, const QString &elementKey, int level);
    // Saves what was submitted now (the facilitator's steps do, so that what came before them is in).
    void flush();
    // The person's own ratings in the round, and their "not sure" answers (kNotSure).
    LiveResult<QHash<QString, int>> ownAnswers(const QString &token) const;
    // An answer to the open question, saved at once as the token's person's (LiveAnswerStore).
    // Only while a question is open, and only once confirmed.
    LiveResult<LiveAnswer> postAnswer(const QString &token, const QString &text, Language language);
    // What the token's person posted to the open question in this session, in order.
    LiveResult<QVector<LiveAnswer>> ownPostedAnswers(const QString &token) const;

    // --- the facilitator ---
    // Closes the open driver and opens the next one not yet scored (none after the last).
    Outcome next();
    // Opens a driver not yet scored, closing the open one.
    Outcome open(const QString &driverKey);
    Outcome closeDriver();
    // Closes the open driver and reveals every closed one: their spread is then everyone's.
    Outcome reveal();
    // Opens a question for answers (the section's key and the question's), instead of any open
    // before it; the rounds' drivers go on as they are.
    Outcome openQuestion(const QString &sectionKey, const QString &questionKey);
    Outcome closeQuestion();
    // Keeps an answer posted in this session as a contribution to the master's answer
    // (LiveAnswerStore::keep: once, however often asked). The contribution's id.
    LiveResult<QString> keepAnswer(const QString &answerUuid);
    Outcome confirm(const QString &seatId);
    Outcome refuse(const QString &seatId);  // the seat's token stops working

    // --- what a view follows (never a level before its driver is revealed) ---
    QString openDriver() const { return m_open; }
    const std::optional<OpenQuestion> &question() const { return m_question; }
    // Every answer posted to the open question in this session, as they arrived (none: no question).
    QVector<LiveAnswer> postedAnswers() const;
    DriverPhase phase(const QString &driverKey) const { return m_phases.value(driverKey, DriverPhase::Waiting); }
    bool anyRevealed() const;
    QVector<Seat> seats() const { return m_seats; }
    QStringList joinedPeople() const;  // confirmed, in name order
    // The elements `person` has answered in this session (a level or not sure), never the levels.
    QSet<QString> answered(const QString &person) const;
    // The revealed elements' spread, biggest differences first (NotRevealed before any reveal).
    LiveResult<QVector<ElementResult>> results() const;
    // Goes up with every change a participant's phone or the facilitator's view would show.
    quint64 version() const { return m_version; }

signals:
    void joined(const Seat &seat);            // seat.confirmed false: it waits for the facilitator
    void seatConfirmed(const Seat &seat);
    void seatRefused(const Seat &seat);
    void answeredElement(const QString &person, const QString &elementKey);  // never the level
    void driverOpened(const QString &driverKey);
    void driverClosed(const QString &driverKey);
    void revealed(const QStringList &driverKeys);
    void questionOpened(const QString &questionUuid);
    void questionClosed(const QString &questionUuid);
    void answerPosted(const LiveAnswer &answer);
    void answerKept(const QString &answerUuid, const QString &contributionUuid);
    void changed();  // any of the above, once

private:
    LiveSession(Workbook &workbook, catalyst::Round round, const Options &options);
    struct Submitted {
        QString person;
        QString elementKey;
        int level = 0;
        std::function<void(const Outcome &)> done;
    };
    Outcome check(const QString &token, const QString &elementKey, int level, const Seat **seat) const;
    const Seat *seatFor(const QString &token) const;
    Seat *seatById(const QString &seatId);
    void touch();
    void setPhase(const QString &driverKey, DriverPhase phase);

    Workbook &m_workbook;
    const catalyst::Pack &m_pack;
    catalyst::Round m_round;
    bool m_hasRound = true;
    QString m_id;
    std::optional<OpenQuestion> m_question;
    Options m_options;
    QString m_code;
    QString m_facilitatorToken;
    QByteArray m_facilitatorHash;
    QStringList m_people;
    QVector<Seat> m_seats;
    QHash<QByteArray, QString> m_seatByTokenHash;  // SHA-256 of the token -> seat id
    QHash<QString, DriverPhase> m_phases;
    QString m_open;
    QHash<QString, QHash<QString, int>> m_answers;  // person -> element -> level or kNotSure, this session
    QVector<Submitted> m_submitted;  // checked, waiting for this turn's flush
    bool m_flushQueued = false;
    int m_nextSeat = 1;
    quint64 m_version = 1;
};

} // namespace qdf::workshop

Q_DECLARE_METATYPE(qdf::workshop::Seat)
Q_DECLARE_METATYPE(qdf::LiveAnswer)
