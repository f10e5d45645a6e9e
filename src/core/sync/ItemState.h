#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace qdf::sync {

// One item as sync sees it, the same in every workbook of a programme: its id ("kind:key"),
// its fields (text normalised to NFC and LF) and who last changed it. Kinds and their keys:
//   answer:<question uuid>              text, textCy?, enFrom?, cyFrom?
//   example:<uuid>                      section, title, body, position, titleCy?, bodyCy?, enFrom?, cyFrom?
//   reference:<uuid>                    section, fileName, note, sha256, data (base64)
//   schedule:<uuid>                     section, number, title, body, maturity, titleCy?, bodyCy?, enFrom?, cyFrom?
//   signoff:<uuid>                      schedule, name, organisation, role, signedAt
//   catalyst-round:<uuid>               name, completedOn
//   catalyst-rating:<round>/<who>/<element>   level, note
//   review:<uuid>                       title, subject, kind, date, reviewers, model, checklists
//   review-response:<review>/<checklist>/<item>   rating, note
//   section:<uuid>                      key, kind, position, title, purpose, explanation (updates only)
//   question:<uuid>                     section, key, position, text, guidance, aboutSection (updates only)
// Fields marked ? are there only where they are not empty: the Welsh of a text (its English keeps
// the older names) and each language's translation state (core/Translation.h; docs/sync.md).
struct ItemState {
    QString id;
    QJsonObject fields;
    bool deleted = false;
    QString author;     // who made this state (for provenance; never used to decide)
    QString changedAt;  // likewise

    // What QString::section(':', 0, 0) and section(':', 1) give, without the list of every part
    // section() makes first (3% of a merge asks for kinds and keys, issue 16).
    QString kind() const
    {
        const qsizetype colon = id.indexOf(QLatin1Char(':'));
        return colon < 0 ? id : id.left(colon);
    }
    QString key() const
    {
        const qsizetype colon = id.indexOf(QLatin1Char(':'));
        return colon < 0 ? QString() : id.mid(colon + 1);
    }
    // SHA-256 of the fields as canonical JSON (keys sorted, compact); deleted items hash apart.
    // For storing and sending; to compare two states, sameContent() is exact and far cheaper.
    QString hash() const;
};

// Whether two states hash alike (the same fields, or both deleted), without hashing them.
bool sameContent(const ItemState &a, const ItemState &b);

// Fields merged word by word when both sides changed them; any other field that differs on
// both sides is a conflict (a level, a rating, a maturity, a position).
bool isTextField(const QString &field);

// A language's translation state ("enFrom", "cyFrom"): bookkeeping of the texts beside it, which
// never waits for a person (Merge.h says how two of them meet).
bool isTranslationState(const QString &field);

// Normalises every string field (NFC, LF).
QJsonObject normalizedFields(const QJsonObject &fields);

QJsonObject toJson(const ItemState &state);
std::optional<ItemState> stateFromJson(const QJsonObject &json);

} // namespace qdf::sync
