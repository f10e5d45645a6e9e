#pragma once

#include "workshop/LiveSession.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

// The participants' interface in JSON (docs/workshop.md, "The routes": a contract, like the CLI's
// JSON: add fields, never rename or remove one). Read and written with nlohmann_json, strictly:
// a body is one JSON object of the fields named, each of its type, or it is refused with why.
namespace qdf::workshop::json {

// A request body that is not what the route takes: the reason, for a person.
struct BadBody {
    QString message;
};

// POST /api/join {"code": "...", "name": "..."}
struct JoinRequest {
    QString code;
    QString name;
};
std::optional<JoinRequest> parseJoin(const QByteArray &body, BadBody &why);

// POST /api/people {"code": "..."}
std::optional<QString> parseCode(const QByteArray &body, BadBody &why);

// POST /api/rate {"element": "KEY", "level": 1-4 | "not sure"}. A level that is neither is still
// parsed (as -1), so that the session refuses it as a bad level, with its own message.
struct RateRequest {
    QString element;
    int level = -1;  // 1-4, kNotSure, or -1
};
std::optional<RateRequest> parseRate(const QByteArray &body, BadBody &why);

// POST /api/facilitator/question {"section": "KEY", "question": "KEY"}
struct QuestionRequest {
    QString section;
    QString question;
};
std::optional<QuestionRequest> parseQuestion(const QByteArray &body, BadBody &why);

// POST /api/facilitator/confirm, /refuse {"seat": "3"}; /open {"driver": "KEY"}; /keep {"answer": "ID"};
// POST /api/answer {"text": "..."}
std::optional<QString> parseField(const QByteArray &body, const char *field, BadBody &why);

// The language a phone asks its texts in (docs/workshop.md, "The phone's language"): `asked` (the
// `lang` query parameter) if it names a shipped language, else the first shipped language of an
// Accept-Language header (in its order of preference), else `fallback` (the program's language).
QString textLanguageFor(const QString &asked, const QByteArray &acceptLanguage, const QString &fallback);

QByteArray people(const LiveSession &session);
QByteArray joined(const Joined &joined);
// GET /api/state: the round, the participant, the open driver with its elements and their four
// descriptors, every driver's phase, and this participant's own answers. The round's texts are in
// `language` where the program ships them in it (textLanguage says which they are in).
// With the open question (its text in `language` where the workbook words it as the shipped pack
// does) and what this participant posted to it.
QByteArray state(const LiveSession &session, const Seat &seat, const QHash<QString, int> &answers,
                 const QVector<LiveAnswer> &posted, const QString &language);
// GET /api/results: the revealed elements' spread, biggest differences first.
QByteArray results(const LiveSession &session, const QVector<ElementResult> &results, const QString &language);
// GET /api/facilitator/state and the facilitator's steps: who joined and who answered what,
// never a level before its driver is revealed; the open question and every answer posted to it.
QByteArray facilitator(const LiveSession &session);

QString phaseKey(DriverPhase phase);  // waiting, open, closed, revealed

} // namespace qdf::workshop::json
