#include "workshop/LiveJson.h"

#include "core/Clock.h"
#include "core/ContentPack.h"
#include "core/Workbook.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace qdf::workshop::json {
namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::workshop::json", text);
}

std::string s(const QString &text)
{
    return text.toStdString();
}

QByteArray bytes(const json &value)
{
    return QByteArray::fromStdString(value.dump());
}

// The body as one JSON object, or why not. nlohmann refuses what is not JSON, and strings that are
// not UTF-8; the server has already refused a body over its size.
std::optional<json> object(const QByteArray &body, BadBody &why)
{
    json value = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (value.is_discarded()) {
        why.message = tr("the request's body is not JSON (in UTF-8)");
        return std::nullopt;
    }
    if (!value.is_object()) {
        why.message = tr("the request's body is not a JSON object");
        return std::nullopt;
    }
    return value;
}

std::optional<QString> text(const json &object, const char *field, BadBody &why)
{
    const auto it = object.find(field);
    if (it == object.end() || !it->is_string()) {
        why.message = tr("the request needs \"%1\" as text").arg(QString::fromLatin1(field));
        return std::nullopt;
    }
    return QString::fromStdString(it->get<std::string>());
}

json roundJson(const LiveSession &session)
{
    if (!session.hasRound())
        return nullptr;
    return {{"id", session.round().id}, {"name", s(session.round().name)}};
}

// The open question's text for a phone in `language`: a standard question the workbook still words
// as the shipped pack does (in the workbook's own language) is given as the pack words it in
// `language`; a question the programme has reworded or added, as the workbook words it.
std::pair<QString, QString> questionText(const LiveSession &session, const QString &language)
{
    const OpenQuestion &open = *session.question();
    const QString own = session.workbook().info().contentLanguage;
    const SectionTemplate *ownSection = ContentPack::caremore(own).section(open.sectionKey);
    const SectionTemplate *asked = ContentPack::caremore(language).section(open.sectionKey);
    const ContentPack &askedPack = ContentPack::caremore(language);
    if (ownSection && asked) {
        for (int i = 0; i < ownSection->questions.size() && i < asked->questions.size(); ++i) {
            const QuestionTemplate &q = ownSection->questions[i];
            if (q.key == open.question.key && q.text == open.question.text && asked->questions[i].key == q.key)
                return {asked->questions[i].text, askedPack.language};
        }
    }
    return {open.question.text, own};
}

json questionJson(const LiveSession &session, const QString &language)
{
    if (!session.question())
        return nullptr;
    const OpenQuestion &open = *session.question();
    const auto [text, textLanguage] = questionText(session, language);
    return {{"section", s(open.sectionKey)}, {"key", s(open.question.key)}, {"text", s(text)}, {"textLanguage", s(textLanguage)}};
}

json postedJson(const LiveAnswer &a)
{
    return {{"id", s(a.uuid)}, {"text", s(a.text)}, {"postedAt", s(Clock::format(a.postedAt))}, {"kept", a.kept()}};
}

// The round's texts in a language: the shipped pack in it, of the same keys as the session's.
const catalyst::Pack &packIn(const QString &language)
{
    return catalyst::Pack::shipped(language);
}

json driversJson(const LiveSession &session, const catalyst::Pack &pack)
{
    json drivers = json::array();
    for (const catalyst::Driver &d : pack.drivers)
        drivers.push_back({{"key", s(d.key)}, {"name", s(d.name)}, {"phase", s(phaseKey(session.phase(d.key)))}});
    return drivers;
}

json openDriverJson(const LiveSession &session, const catalyst::Pack &pack)
{
    const catalyst::Driver *driver = pack.driver(session.openDriver());
    if (!driver)
        return nullptr;
    json elements = json::array();
    for (const catalyst::Element &e : driver->elements) {
        json descriptors = json::array();
        for (const catalyst::LevelText &level : e.levels)
            descriptors.push_back(s(level.descriptor));
        elements.push_back({{"key", s(e.key)}, {"name", s(e.name)}, {"descriptors", descriptors}});
    }
    return {{"key", s(driver->key)}, {"name", s(driver->name)}, {"elements", elements}};
}

json levelTitles(const catalyst::Pack &pack)
{
    json titles = json::array();
    for (const QString &title : pack.levelTitles)
        titles.push_back(s(title));
    return titles;
}

} // namespace

QString phaseKey(DriverPhase phase)
{
    switch (phase) {
    case DriverPhase::Waiting: return QStringLiteral("waiting");
    case DriverPhase::Open: return QStringLiteral("open");
    case DriverPhase::Closed: return QStringLiteral("closed");
    case DriverPhase::Revealed: return QStringLiteral("revealed");
    }
    return QStringLiteral("waiting");
}

std::optional<JoinRequest> parseJoin(const QByteArray &body, BadBody &why)
{
    const auto value = object(body, why);
    if (!value)
        return std::nullopt;
    const auto code = text(*value, "code", why);
    const auto name = code ? text(*value, "name", why) : std::nullopt;
    if (!name)
        return std::nullopt;
    return JoinRequest{*code, *name};
}

std::optional<QString> parseCode(const QByteArray &body, BadBody &why)
{
    return parseField(body, "code", why);
}

std::optional<QString> parseField(const QByteArray &body, const char *field, BadBody &why)
{
    const auto value = object(body, why);
    if (!value)
        return std::nullopt;
    return text(*value, field, why);
}

std::optional<QuestionRequest> parseQuestion(const QByteArray &body, BadBody &why)
{
    const auto value = object(body, why);
    if (!value)
        return std::nullopt;
    const auto section = text(*value, "section", why);
    const auto question = section ? text(*value, "question", why) : std::nullopt;
    if (!question)
        return std::nullopt;
    return QuestionRequest{*section, *question};
}

std::optional<RateRequest> parseRate(const QByteArray &body, BadBody &why)
{
    const auto value = object(body, why);
    if (!value)
        return std::nullopt;
    const auto element = text(*value, "element", why);
    if (!element)
        return std::nullopt;
    const auto level = value->find("level");
    if (level == value->end()) {
        why.message = tr("the request needs \"level\": 1, 2, 3, 4 or \"not sure\"");
        return std::nullopt;
    }
    RateRequest request{*element, -1};
    if (level->is_number_integer()) {
        const auto n = level->get<std::int64_t>();
        request.level = n >= 1 && n <= 4 ? int(n) : -1;
    } else if (level->is_string() && level->get<std::string>() == "not sure") {
        request.level = kNotSure;
    }
    return request;
}

QString textLanguageFor(const QString &asked, const QByteArray &acceptLanguage, const QString &fallback)
{
    const QStringList shipped = language::available();
    const auto known = [&shipped](QString tag) -> QString {
        tag = tag.trimmed().toLower().section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        return shipped.contains(tag) ? tag : QString();
    };
    if (const QString wanted = known(asked); !wanted.isEmpty())
        return wanted;
    // "cy-GB,cy;q=0.9,en;q=0.8": the tags by their weight (1 where none is given), the first of
    // equal weight first; a weight of 0 means "not this one".
    QVector<std::pair<double, QString>> tags;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> fields = part.split(';');
        double q = 1;
        for (int i = 1; i < fields.size(); ++i) {
            const QByteArray f = fields[i].trimmed();
            if (f.startsWith("q="))
                q = f.mid(2).toDouble();
        }
        if (q > 0)
            tags.push_back({q, QString::fromLatin1(fields.value(0))});
    }
    std::stable_sort(tags.begin(), tags.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &tag : tags) {
        if (const QString wanted = known(tag.second); !wanted.isEmpty())
            return wanted;
    }
    return fallback;
}

QByteArray people(const LiveSession &session)
{
    json names = json::array();
    for (const QString &name : session.people())
        names.push_back(s(name));
    return bytes({{"round", roundJson(session)}, {"people", names}});
}

QByteArray joined(const Joined &joined)
{
    return bytes({{"token", s(joined.token)},
                  {"seat", s(joined.seat.id)},
                  {"name", s(joined.seat.person)},
                  {"confirmed", joined.seat.confirmed}});
}

QByteArray state(const LiveSession &session, const Seat &seat, const QHash<QString, int> &answers,
                 const QVector<LiveAnswer> &posted, const QString &language)
{
    json own = json::array();
    for (const LiveAnswer &a : posted)
        own.push_back(postedJson(a));
    const catalyst::Pack &pack = packIn(language);
    json ratings = json::object();
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (it.value() == kNotSure)
            ratings[s(it.key())] = "not sure";
        else
            ratings[s(it.key())] = it.value();
    }
    return bytes({{"round", roundJson(session)},
                  {"you", {{"name", s(seat.person)}, {"seat", s(seat.id)}, {"confirmed", seat.confirmed}}},
                  // Until the facilitator confirms a typed name, the phone has nothing to score.
                  {"driver", seat.confirmed ? openDriverJson(session, pack) : json(nullptr)},
                  {"drivers", driversJson(session, pack)},
                  {"levels", levelTitles(pack)},
                  // The language the round's texts are in (drivers, elements, descriptors), so the
                  // page can mark them for a screen reader whatever language its own words are in.
                  {"textLanguage", s(pack.language)},
                  {"ratings", ratings},
                  // Until the facilitator confirms a typed name, the phone has nothing to answer.
                  {"question", seat.confirmed ? questionJson(session, language) : json(nullptr)},
                  {"answers", own},
                  {"revealed", session.anyRevealed()},
                  {"version", session.version()}});
}

QByteArray results(const LiveSession &session, const QVector<ElementResult> &results, const QString &language)
{
    const catalyst::Pack &pack = packIn(language);
    json elements = json::array();
    for (const ElementResult &r : results) {
        const catalyst::Element *e = pack.element(r.elementKey);
        const catalyst::Driver *d = pack.driver(r.driverKey);
        elements.push_back({{"key", s(r.elementKey)},
                            {"name", s(e ? e->name : r.elementKey)},
                            {"driver", s(r.driverKey)},
                            {"driverName", s(d ? d->name : r.driverKey)},
                            {"counts", {{"1", r.counts[0]}, {"2", r.counts[1]}, {"3", r.counts[2]}, {"4", r.counts[3]}}},
                            {"notSure", r.notSure},
                            {"rated", r.rated},
                            {"min", r.rated ? json(r.min) : json(nullptr)},
                            {"max", r.rated ? json(r.max) : json(nullptr)},
                            {"median", r.rated ? json(r.median) : json(nullptr)},
                            {"spread", r.spread()}});
    }
    json revealed = json::array();
    for (const catalyst::Driver &d : session.pack().drivers) {
        if (session.phase(d.key) == DriverPhase::Revealed)
            revealed.push_back(s(d.key));
    }
    return bytes({{"round", roundJson(session)},
                  {"drivers", revealed},
                  {"levels", levelTitles(pack)},
                  {"textLanguage", s(pack.language)},
                  {"elements", elements}});
}

QByteArray facilitator(const LiveSession &session)
{
    json seats = json::array();
    for (const Seat &seat : session.seats()) {
        seats.push_back({{"seat", s(seat.id)},
                         {"name", s(seat.person)},
                         {"confirmed", seat.confirmed},
                         {"typed", seat.typed},
                         {"joinedAt", s(Clock::format(seat.joinedAt))}});
    }
    json participants = json::array();
    QStringList everyone;
    for (const Seat &seat : session.seats()) {
        if (!everyone.contains(seat.person))
            everyone << seat.person;
    }
    everyone.sort(Qt::CaseInsensitive);
    for (const QString &person : everyone) {
        QStringList keys = session.answered(person).values();
        keys.sort();
        json answered = json::array();
        for (const QString &key : keys)
            answered.push_back(s(key));
        participants.push_back({{"name", s(person)}, {"answered", answered}});
    }
    json people = json::array();
    for (const QString &name : session.people())
        people.push_back(s(name));
    json answers = json::array();
    for (const LiveAnswer &a : session.postedAnswers()) {
        json one = postedJson(a);
        one["name"] = s(a.participant);
        answers.push_back(one);
    }
    const QString open = session.openDriver();
    return bytes({{"code", s(session.code())},
                  {"round", roundJson(session)},
                  {"driver", open.isEmpty() ? json(nullptr) : json(s(open))},
                  {"drivers", driversJson(session, session.pack())},
                  {"people", people},
                  {"seats", seats},
                  {"participants", participants},
                  {"question", questionJson(session, language::current())},
                  {"answers", answers},
                  {"revealed", session.anyRevealed()},
                  {"version", session.version()}});
}

} // namespace qdf::workshop::json
