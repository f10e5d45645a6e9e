#include "workshop/LiveSession.h"

#include "core/SafeText.h"
#include "core/Sha256.h"
#include "core/Workbook.h"
#include "core/keys/Crypto.h"
#include "core/keys/Keys.h"
#include "core/stores/SectionStore.h"

#include <QUuid>

#include <algorithm>
#include <utility>

namespace qdf::workshop {
namespace {

using catalyst::CatalystStore;

// Six characters a person reads off a projector and types on a phone: capitals and digits without
// the ones taken for each other (0 O, 1 I). 32^6 = 2^30 codes; the server throttles wrong ones.
constexpr char kCodeAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
constexpr int kCodeLength = 6;

QString newCode()
{
    QString code;
    for (int i = 0; i < kCodeLength; ++i)
        code += QLatin1Char(kCodeAlphabet[keys::randomBelow(sizeof kCodeAlphabet - 1)]);
    return code;
}

// 256 bits, URL-safe: what a phone keeps and sends as "Authorization: Bearer TOKEN".
QString newToken()
{
    return QString::fromLatin1(
        keys::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenHash(const QString &token)
{
    return sha256(token.toUtf8());
}

QString normalisedCode(const QString &code)
{
    QString out;
    for (QChar c : code) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            out += c.toUpper();
    }
    return out;
}

Outcome refused(Refusal why, const QString &message)
{
    return {why, message};
}

} // namespace

LiveSession::LiveSession(Workbook &workbook, catalyst::Round round, const Options &options)
    : m_workbook(workbook), m_pack(catalyst::Pack::shipped()), m_round(std::move(round)), m_options(options)
{
}

LiveSession::~LiveSession() = default;

Result<std::unique_ptr<LiveSession>> LiveSession::start(Workbook &workbook, const QString &roundNameOrId, const Options &options)
{
    if (!keys::available())
        return makeError(Error::Code::Io, tr("there is no source of randomness for the session's code and tokens"));
    // No round: a session for open questions only.
    const bool hasRound = !roundNameOrId.trimmed().isEmpty();
    auto round = hasRound ? CatalystStore(workbook).round(roundNameOrId) : Result<catalyst::Round>(catalyst::Round{});
    if (!round)
        return round.error();
    // The programme's people: everyone with a rating in any round, and every participant whose
    // workbook has sent the master a contribution (its key names its owner).
    auto rated = CatalystStore(workbook).participants();
    if (!rated)
        return rated.error();
    auto known = keys::Keys(workbook).list();
    if (!known)
        return known.error();
    QStringList people = *rated + options.people;
    for (const keys::KnownKey &key : *known) {
        if (key.role == keys::Role::Participant && !key.owner.name.trimmed().isEmpty())
            people << key.owner.name.trimmed();
    }
    for (QString &name : people)
        name = name.simplified();
    people.removeAll(QString());
    std::sort(people.begin(), people.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    people.erase(std::unique(people.begin(), people.end(),
                             [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) == 0; }),
                 people.end());

    std::unique_ptr<LiveSession> session(new LiveSession(workbook, *round, options));
    session->m_people = people;
    session->m_hasRound = hasRound;
    session->m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session->m_code = newCode();
    session->m_facilitatorToken = newToken();
    session->m_facilitatorHash = tokenHash(session->m_facilitatorToken);
    if (hasRound && !session->m_pack.drivers.isEmpty()) {
        session->m_open = session->m_pack.drivers.first().key;
        session->m_phases.insert(session->m_open, DriverPhase::Open);
    }
    return session;
}

bool LiveSession::isCode(const QString &code) const
{
    // Hashes, so that the comparison takes the same time whatever length was typed.
    return keys::sameSecret(sha256(normalisedCode(code).toUtf8()), sha256(m_code.toUtf8()));
}

bool LiveSession::isFacilitator(const QString &token) const
{
    return !token.isEmpty() && keys::sameSecret(tokenHash(token), m_facilitatorHash);
}

const Seat *LiveSession::seatFor(const QString &token) const
{
    if (token.isEmpty())
        return nullptr;
    // Looked up by the token's hash: the time a lookup takes says nothing about the token's text.
    const QString id = m_seatByTokenHash.value(tokenHash(token));
    if (id.isEmpty())
        return nullptr;
    for (const Seat &seat : m_seats) {
        if (seat.id == id)
            return &seat;
    }
    return nullptr;
}

Seat *LiveSession::seatById(const QString &seatId)
{
    for (Seat &seat : m_seats) {
        if (seat.id == seatId)
            return &seat;
    }
    return nullptr;
}

std::optional<Seat> LiveSession::seatOf(const QString &token) const
{
    const Seat *seat = seatFor(token);
    return seat ? std::optional<Seat>(*seat) : std::nullopt;
}

void LiveSession::touch()
{
    ++m_version;
    emit changed();
}

void LiveSession::setPhase(const QString &driverKey, DriverPhase phase)
{
    m_phases.insert(driverKey, phase);
}

LiveResult<Joined> LiveSession::join(const QString &code, const QString &name)
{
    if (!isCode(code))
        return refused(Refusal::WrongCode, tr("that is not this session's code: check the code on the screen"));
    const QString typed = name.simplified();
    if (typed.isEmpty())
        return refused(Refusal::BadName, tr("give your name"));
    if (typed.size() > m_options.maxNameLength)
        return refused(Refusal::BadName, tr("a name of up to %1 characters, please").arg(m_options.maxNameLength));
    if (needsShowingSafely(typed, false))
        return refused(Refusal::BadName, tr("a name cannot hold control characters"));
    if (m_seats.size() >= m_options.maxSeats)
        return refused(Refusal::SessionFull, tr("this session has taken as many joins as it can (%1)").arg(m_options.maxSeats));

    // A name picked from the programme's people joins at once, in its own spelling; a typed one,
    // or the same person joining a second time (a second device, or someone else picking their
    // name), waits until the facilitator confirms it.
    QString person = typed;
    bool listed = false;
    for (const QString &known : m_people) {
        if (QString::compare(known, typed, Qt::CaseInsensitive) == 0) {
            person = known;
            listed = true;
            break;
        }
    }
    const bool seen = std::any_of(m_seats.cbegin(), m_seats.cend(), [&](const Seat &s) {
        return QString::compare(s.person, person, Qt::CaseInsensitive) == 0;
    });
    Joined joined;
    joined.token = newToken();
    joined.seat = {QString::number(m_nextSeat++), person, listed && !seen, !listed, m_workbook.clock().now()};
    m_seats.push_back(joined.seat);
    m_seatByTokenHash.insert(tokenHash(joined.token), joined.seat.id);
    emit this->joined(joined.seat);
    touch();
    return joined;
}

Outcome LiveSession::check(const QString &token, const QString &elementKey, int level, const Seat **found) const
{
    const Seat *seat = seatFor(token);
    if (!seat) {
        if (isFacilitator(token))
            return refused(Refusal::NotParticipant, tr("the facilitator's token does not score: join as a participant"));
        return refused(Refusal::UnknownToken, tr("this device has not joined the session (or was removed from it): join again"));
    }
    if (!seat->confirmed)
        return refused(Refusal::AwaitingConfirmation, tr("the facilitator has not confirmed your name yet"));
    if (!m_hasRound)
        return refused(Refusal::NotOpen, tr("this session has no round to score: it is for open questions"));
    if (!m_pack.element(elementKey))
        return refused(Refusal::UnknownElement, tr("there is no element \"%1\"").arg(elementKey));
    if (level != kNotSure && (level < 1 || level > 4))
        return refused(Refusal::BadLevel, tr("a level is 1, 2, 3 or 4, or \"not sure\""));
    const catalyst::Driver *driver = m_pack.driverOf(elementKey);
    const DriverPhase now = phase(driver->key);
    if (now != DriverPhase::Open) {
        return refused(Refusal::NotOpen, now == DriverPhase::Waiting
                                             ? tr("\"%1\" is not open for scoring yet").arg(driver->name)
                                             : tr("the facilitator has closed \"%1\": its scores can no longer change").arg(driver->name));
    }
    *found = seat;
    return Outcome::success();
}

void LiveSession::submit(const QString &token, const QString &elementKey, int level, std::function<void(const Outcome &)> done)
{
    const Seat *seat = nullptr;
    if (Outcome checked = check(token, elementKey, level, &seat); !checked) {
        done(checked);
        return;
    }
    m_submitted.push_back({seat->person, elementKey, level, std::move(done)});
    if (!m_flushQueued) {
        // After every request that has already arrived in this turn of the event loop.
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &LiveSession::flush, Qt::QueuedConnection);
    }
}

Outcome LiveSession::answer(const QString &token, const QString &elementKey, int level)
{
    Outcome outcome;
    submit(token, elementKey, level, [&outcome](const Outcome &o) { outcome = o; });
    flush();
    return outcome;
}

void LiveSession::flush()
{
    m_flushQueued = false;
    if (m_submitted.isEmpty())
        return;
    const QVector<Submitted> batch = std::exchange(m_submitted, {});
    QVector<Outcome> outcomes(batch.size());
    // Each answer is the participant's own rating, as if typed in the grid for them, written by
    // them (their token is their name's) and marked as given live, a note typed beside it kept;
    // each a unit of its own (a savepoint), so one refused leaves the others. Straight through the
    // store: no undo step of the facilitator's.
    CatalystStore store(m_workbook);
    const Status saved = m_workbook.write(Origin::Person, QString(), [&](const Change &) -> Status {
        for (int i = 0; i < batch.size(); ++i) {
            const Submitted &a = batch[i];
            const Status one = m_workbook.write(Origin::Person, a.person, [&](const Change &) -> Status {
                if (a.level == kNotSure)
                    return store.clearRating(m_round, a.person, a.elementKey);
                auto before = store.ratingRecord(m_round, a.person, a.elementKey);
                if (!before)
                    return before.error();
                return store.rate(m_round, a.person, a.elementKey, a.level, *before ? (*before)->note : QString(),
                                  catalyst::RatingSource::LivePhone);
            });
            if (!one)
                outcomes[i] = refused(Refusal::WorkbookFailed, one.error().message);
        }
        return Status::success();
    });
    for (int i = 0; i < batch.size(); ++i) {
        if (!saved)
            outcomes[i] = refused(Refusal::WorkbookFailed, saved.error().message);
        if (outcomes[i]) {
            m_answers[batch[i].person].insert(batch[i].elementKey, batch[i].level);
            emit answeredElement(batch[i].person, batch[i].elementKey);
        }
    }
    touch();
    for (int i = 0; i < batch.size(); ++i)
        batch[i].done(outcomes[i]);
}

LiveResult<QHash<QString, int>> LiveSession::ownAnswers(const QString &token) const
{
    const Seat *seat = seatFor(token);
    if (!seat)
        return refused(Refusal::UnknownToken, tr("this device has not joined the session (or was removed from it): join again"));
    if (!m_hasRound)
        return QHash<QString, int>();
    auto ratings = CatalystStore(m_workbook).ratingsOf(m_round, seat->person);
    if (!ratings)
        return refused(Refusal::WorkbookFailed, ratings.error().message);
    QHash<QString, int> answers = *ratings;
    const QHash<QString, int> given = m_answers.value(seat->person);
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (it.value() == kNotSure && !answers.contains(it.key()))
            answers.insert(it.key(), kNotSure);
    }
    return answers;
}

Outcome LiveSession::closeDriver()
{
    flush();  // what came before this step is in
    if (m_open.isEmpty())
        return refused(Refusal::NothingToOpen, tr("no driver is open"));
    const QString closed = m_open;
    setPhase(closed, DriverPhase::Closed);
    m_open.clear();
    emit driverClosed(closed);
    touch();
    return Outcome::success();
}

Outcome LiveSession::open(const QString &driverKey)
{
    flush();  // what came before this step is in
    if (!m_hasRound)
        return refused(Refusal::NothingToOpen, tr("this session has no round: it is for open questions"));
    const catalyst::Driver *driver = m_pack.driver(driverKey);
    if (!driver)
        return refused(Refusal::NothingToOpen, tr("there is no driver \"%1\"").arg(driverKey));
    if (driverKey == m_open)
        return Outcome::success();
    if (phase(driverKey) != DriverPhase::Waiting)
        return refused(Refusal::NothingToOpen, tr("\"%1\" has been scored in this session: its scores stay closed").arg(driver->name));
    if (!m_open.isEmpty())
        (void)closeDriver();
    m_open = driverKey;
    setPhase(driverKey, DriverPhase::Open);
    emit driverOpened(driverKey);
    touch();
    return Outcome::success();
}

Outcome LiveSession::next()
{
    flush();  // what came before this step is in
    if (!m_hasRound)
        return refused(Refusal::NothingToOpen, tr("this session has no round: it is for open questions"));
    const bool wasOpen = !m_open.isEmpty();
    if (wasOpen)
        (void)closeDriver();
    for (const catalyst::Driver &d : m_pack.drivers) {
        if (phase(d.key) == DriverPhase::Waiting)
            return open(d.key);
    }
    if (wasOpen)
        return Outcome::success();  // the last driver closed: every driver has been scored
    return refused(Refusal::NothingToOpen, tr("every driver has been scored"));
}

Outcome LiveSession::reveal()
{
    flush();  // what came before this step is in
    if (!m_open.isEmpty())
        (void)closeDriver();
    QStringList shown;
    for (const catalyst::Driver &d : m_pack.drivers) {
        if (phase(d.key) == DriverPhase::Closed) {
            setPhase(d.key, DriverPhase::Revealed);
            shown << d.key;
        }
    }
    if (shown.isEmpty())
        return refused(Refusal::NothingToReveal, tr("no driver has been scored since the last reveal"));
    emit revealed(shown);
    touch();
    return Outcome::success();
}

// --- open questions ---

Outcome LiveSession::openQuestion(const QString &sectionKey, const QString &questionKey)
{
    auto question = SectionStore(m_workbook).question(sectionKey, questionKey);
    if (!question) {
        return refused(question.error().code == Error::Code::Io ? Refusal::WorkbookFailed : Refusal::UnknownQuestion,
                       question.error().message);
    }
    if (m_question && m_question->question.uuid == question->uuid)
        return Outcome::success();
    if (m_question)
        (void)closeQuestion();
    m_question = OpenQuestion{sectionKey, *question};
    emit questionOpened(question->uuid);
    touch();
    return Outcome::success();
}

Outcome LiveSession::closeQuestion()
{
    if (!m_question)
        return refused(Refusal::NoQuestion, tr("no question is open"));
    const QString closed = m_question->question.uuid;
    m_question.reset();
    emit questionClosed(closed);
    touch();
    return Outcome::success();
}

LiveResult<LiveAnswer> LiveSession::postAnswer(const QString &token, const QString &text, Language language)
{
    const Seat *seat = seatFor(token);
    if (!seat) {
        if (isFacilitator(token))
            return refused(Refusal::NotParticipant, tr("the facilitator's token does not answer: join as a participant"));
        return refused(Refusal::UnknownToken, tr("this device has not joined the session (or was removed from it): join again"));
    }
    if (!seat->confirmed)
        return refused(Refusal::AwaitingConfirmation, tr("the facilitator has not confirmed your name yet"));
    if (!m_question)
        return refused(Refusal::NoQuestion, tr("no question is open for answers now"));
    if (const auto why = LiveAnswerStore::refusal(text))
        return refused(Refusal::BadAnswer, *why);
    flush();  // the scores that came before it are in first
    // Saved at once, in a write of its own: nothing posted is lost if the window closes.
    auto posted = LiveAnswerStore(m_workbook).post(m_id, m_question->question.uuid, seat->person, text, language);
    if (!posted)
        return refused(Refusal::WorkbookFailed, posted.error().message);
    emit answerPosted(*posted);
    touch();
    return *posted;
}

LiveResult<QVector<LiveAnswer>> LiveSession::ownPostedAnswers(const QString &token) const
{
    const Seat *seat = seatFor(token);
    if (!seat)
        return refused(Refusal::UnknownToken, tr("this device has not joined the session (or was removed from it): join again"));
    QVector<LiveAnswer> own;
    for (const LiveAnswer &a : postedAnswers()) {
        if (a.participant == seat->person)
            own << a;
    }
    return own;
}

QVector<LiveAnswer> LiveSession::postedAnswers() const
{
    if (!m_question)
        return {};
    auto all = LiveAnswerStore(m_workbook).answers(m_question->question.uuid, m_id);
    return all ? *all : QVector<LiveAnswer>();
}

LiveResult<QString> LiveSession::keepAnswer(const QString &answerUuid)
{
    LiveAnswerStore store(m_workbook);
    auto found = store.answer(answerUuid);
    if (!found || found->session != m_id)
        return refused(Refusal::UnknownAnswer, tr("no answer %1 was posted in this session").arg(answerUuid));
    const bool already = found->kept();
    auto kept = store.keep(answerUuid);
    if (!kept)
        return refused(Refusal::WorkbookFailed, kept.error().message);
    if (!already) {
        emit answerKept(answerUuid, *kept);
        touch();
    }
    return *kept;
}

Outcome LiveSession::confirm(const QString &seatId)
{
    Seat *seat = seatById(seatId);
    if (!seat)
        return refused(Refusal::UnknownSeat, tr("no one has joined as number %1").arg(seatId));
    if (seat->confirmed)
        return Outcome::success();
    seat->confirmed = true;
    emit seatConfirmed(*seat);
    touch();
    return Outcome::success();
}

Outcome LiveSession::refuse(const QString &seatId)
{
    const auto it = std::find_if(m_seats.begin(), m_seats.end(), [&](const Seat &s) { return s.id == seatId; });
    if (it == m_seats.end())
        return refused(Refusal::UnknownSeat, tr("no one has joined as number %1").arg(seatId));
    const Seat gone = *it;
    m_seats.erase(it);
    for (auto t = m_seatByTokenHash.begin(); t != m_seatByTokenHash.end();) {
        if (t.value() == seatId)
            t = m_seatByTokenHash.erase(t);
        else
            ++t;
    }
    emit seatRefused(gone);
    touch();
    return Outcome::success();
}

bool LiveSession::anyRevealed() const
{
    return std::any_of(m_phases.cbegin(), m_phases.cend(), [](DriverPhase p) { return p == DriverPhase::Revealed; });
}

QStringList LiveSession::joinedPeople() const
{
    QStringList people;
    for (const Seat &seat : m_seats) {
        if (seat.confirmed && !people.contains(seat.person))
            people << seat.person;
    }
    people.sort(Qt::CaseInsensitive);
    return people;
}

QSet<QString> LiveSession::answered(const QString &person) const
{
    const QHash<QString, int> given = m_answers.value(person);
    return QSet<QString>(given.keyBegin(), given.keyEnd());
}

LiveResult<QVector<ElementResult>> LiveSession::results() const
{
    if (!anyRevealed())
        return refused(Refusal::NotRevealed, tr("the facilitator has not revealed the scores yet"));
    auto byParticipant = CatalystStore(m_workbook).ratingsByParticipant(m_round);
    if (!byParticipant)
        return refused(Refusal::WorkbookFailed, byParticipant.error().message);
    QHash<QString, catalyst::ElementSpread> spreadOf;
    for (const catalyst::ElementSpread &s : catalyst::spreads(m_pack, *byParticipant))
        spreadOf.insert(s.elementKey, s);
    QVector<ElementResult> out;
    for (const catalyst::Driver &driver : m_pack.drivers) {
        if (phase(driver.key) != DriverPhase::Revealed)
            continue;
        for (const catalyst::Element &element : driver.elements) {
            const catalyst::ElementSpread s = spreadOf.value(element.key);
            ElementResult r;
            r.elementKey = element.key;
            r.driverKey = driver.key;
            for (int level : s.levels) {
                if (level >= 1 && level <= 4)
                    ++r.counts[level - 1];
            }
            r.rated = int(s.levels.size());
            r.min = s.min;
            r.max = s.max;
            r.median = s.median;
            for (auto p = m_answers.cbegin(); p != m_answers.cend(); ++p) {
                if (p.value().value(element.key, -1) == kNotSure && !byParticipant->value(p.key()).contains(element.key))
                    ++r.notSure;
            }
            out.push_back(r);
        }
    }
    // The biggest differences first, as the group view discusses them (equal ones in the pack's order).
    std::stable_sort(out.begin(), out.end(), [](const ElementResult &a, const ElementResult &b) { return a.spread() > b.spread(); });
    return out;
}

} // namespace qdf::workshop
