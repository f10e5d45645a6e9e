#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// A bundle's signed payload read straight into what the program works on (Qt's JSON values):
// nlohmann's lexer (a character at a time, twice over), its tree and the copy of that tree into
// Qt's were a fifth of a merge (issue 16). (Qt's own parser is slower still: 120 instructions a
// byte.) Only a payload in the plain shape this program writes is read this way; any other goes
// to the general reader (Bundle.cpp), which judges it, and refuses it, as ever.
namespace qdf::sync {

// The payload as a JSON object, if a scan finds it to be one of: objects without a key given
// twice, arrays, strings of valid UTF-8 whose escapes are the short ones (\" \\ \/ \b \f \n \r \t,
// never \u), non-negative integers of at most 15 digits, true, false and null, nested no deeper
// than a bundle nests and with no more values than a bundle holds. Otherwise nullopt. The values
// are those the general reader makes (BundleBody.cpp, valueFromNlohmann), numbers included.
std::optional<QJsonObject> quickPayloadJson(const QByteArray &bytes);

} // namespace qdf::sync
