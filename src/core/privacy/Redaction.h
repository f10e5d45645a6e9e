#pragma once

// A name replaced by a role wherever a workbook writes it: in the columns that hold names, in the
// texts people wrote, in the histories kept beside them (answer and Schedule versions), in the
// records sync keeps (bases, import records, conflicts' sides, kept states) and in the change log.
// What Erasure.h does after it has removed what goes; what an anonymous contribution does to a
// bundle (Anonymous.h).

#include "core/Error.h"
#include "core/sync/ItemState.h"

#include <QJsonValue>
#include <QMap>
#include <QRegularExpression>
#include <QString>

namespace qdf {
class Workbook;
}

namespace qdf::privacy {

// The name, as whole words in any case with any spaces or tabs between them ("Dafydd Price",
// "DAFYDD  PRICE"; not "Dafydd Prices" nor "Dafydd" alone), replaced by `label`. Only spaces
// within a line: a Schedule's older versions are kept as line differences, which a replacement
// across lines would break.
class NameRedaction {
public:
    NameRedaction(const QString &name, const QString &label);

    const QString &name() const { return m_name; }
    const QString &label() const { return m_label; }
    bool foundIn(const QString &text) const;
    // Where in `text` it is first written, or -1.
    qsizetype indexIn(const QString &text) const;
    // Whether the whole of `text` is the name (a name column naming the person).
    bool isName(const QString &text) const;
    // `text` with every occurrence replaced; `count` gains how many.
    QString applied(const QString &text, int *count = nullptr) const;
    // A JSON text (a kept state, a Schedule's line difference) with the name replaced in every
    // string in it, keys aside; not JSON: as applied().
    QString appliedToJson(const QString &text, int *count = nullptr) const;
    QJsonValue appliedTo(const QJsonValue &value, int *count) const;
    // A state with the name replaced in its id (a Catalyst rating's key names its participant),
    // every string of its fields and its author.
    sync::ItemState appliedTo(const sync::ItemState &state, int *count = nullptr) const;
    // A lower-case ASCII word of the name that every text holding it holds in some case too, to
    // find the rows worth reading with SQL (instr(lower(column), fragment)); empty if none.
    const QString &fragment() const { return m_fragment; }

private:
    QString m_name;
    QString m_label;
    QString m_fragment;
    QRegularExpression m_pattern;
    QRegularExpression m_whole;
};

// A role to write where a name was, made safe to write there: one line, and nothing that would
// split an item's key (a Catalyst rating's key is round/participant/element) or a JSON text.
QString plainLabel(QString label);

struct RedactionCounts {
    int records = 0;     // rows of the workbook's tables where the name was replaced
    int keptStates = 0;  // states sync keeps (compressed, in sync_blob) where it was
};

// Inside a Workbook::write: the name replaced in every text column of every table (the search
// index follows through its triggers, then is merged so that no old segment keeps the words) and
// in every state sync keeps, each stored again under its new hash with every reference to it; the
// hashes that depend on the texts (a base's, a Schedule version's) worked out again.
Result<RedactionCounts> redactEverywhere(Workbook &workbook, const NameRedaction &redaction);

// Inside the same write, after it: the fingerprints sync keeps of item states (who else made a
// state, what an import wrote, as "hash:…") moved from each item's hash before the erasure to
// its hash after, so that a co-author stays recorded and an import stays undoable where nothing
// but the erasure changed the item since. `before` and `after` are readItems() around it.
Status moveItemHashes(Workbook &workbook, const NameRedaction &redaction, const QMap<QString, sync::ItemState> &before,
                      const QMap<QString, sync::ItemState> &after);

// A text that writes the name outside the columns that hold names: where, and the words around it.
struct Mention {
    QString table;
    QString column;
    QString excerpt;
};
// Every text people wrote (not the columns that hold names, nor the states sync keeps) that
// writes the name, at most `limit` of them: what the export shows, so that a person sees where
// else they are named.
Result<QVector<Mention>> mentionsOf(Workbook &workbook, const NameRedaction &name, int limit);

} // namespace qdf::privacy
