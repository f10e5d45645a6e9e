#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <nlohmann/json_fwd.hpp>

#include <optional>

// The outside of a bundle as this program writes it, read without nlohmann's lexer: that lexer
// appends every character of a string to its buffer one by one, and an envelope is almost all one
// string (the payload, base64: a third of a merge's reading was spent there, issue 16).
namespace qdf::sync {

// The file's top-level JSON, if it is in the envelope's own shape: an object whose values are
// strings and integers, with at most one value an object ("sealed") of strings and one array of
// strings ("recipients"). Strings with escapes or non-ASCII text, any other shape, duplicate keys,
// a byte order mark, anything after the object: nullopt, and the general parser
// (parseBoundedJson) judges the file, refusing it with its reasons if it must. What it returns is
// the document json::parse would make of the same bytes.
std::optional<nlohmann::json> quickEnvelopeJson(QByteArrayView bytes);

// Base64 in its canonical form (a multiple of four characters, padding only at the end), decoded
// at a few instructions a byte; nullopt for anything else, which Qt's decoder then judges.
std::optional<QByteArray> quickBase64(QByteArrayView text);

} // namespace qdf::sync
