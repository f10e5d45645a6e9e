#pragma once

// Each kind of item that travels between workbooks, described once: how it is read as an
// ItemState, written and removed (always through its store, so every rule holds), in what order
// it is written, which field a person edits and what a person calls it. A new kind is one entry.
// Not part of the sync interface (Items.h and ItemNames.h are).

#include "core/Error.h"
#include "core/sync/Items.h"

#include <QCoreApplication>
#include <QMap>
#include <QVector>

#include <optional>

namespace qdf {
class Workbook;
}

namespace qdf::sync {

struct ItemKind {
    QString name;           // the id's prefix: "schedule" in "schedule:<uuid>"
    int writeOrder = 2;     // lower first: what other items refer to
    QString mainTextField;  // the field a person reads and edits in a conflict
    bool updatesOnly = false;  // the production team's (sections, questions): only updates carry them
    // Adds the workbook's items of this kind (and its tombstones) to `items`; with `keys`, only
    // those (a kind may add a few more, never fewer).
    Status (*read)(Workbook &workbook, QMap<QString, ItemState> &items, const ReadOptions &options,
                   const std::optional<QStringList> &keys) = nullptr;
    // Inside a Workbook::write whose origin says where the change comes from: brings the item to
    // `state` through its store, under the rules; NotAllowed or InvalidArgument when they refuse.
    Status (*write)(Workbook &workbook, const ItemState &state) = nullptr;
    // Likewise: removes the item (a deletion that arrives, or an import undone).
    Status (*remove)(Workbook &workbook, const QString &key) = nullptr;
    // What a person calls it: "Schedule 2.1: Visits", from whichever state of it is at hand.
    QString (*title)(Workbook &workbook, const QString &key, const std::optional<ItemState> &state) = nullptr;
};

// Inside one import (SyncStore::take makes one around its writes), the Catalyst round or the review
// that each rating or response belongs to is read once, not once per rating: 950 reads of a whole
// review in a 25-bundle merge (issue 16). Writing or removing a round or a review forgets it. Per
// thread; without one (an undo, a resolve), every lookup reads.
class ImportLookups {
public:
    ImportLookups();
    ~ImportLookups();
    ImportLookups(const ImportLookups &) = delete;
    ImportLookups &operator=(const ImportLookups &) = delete;
    struct Kept;

private:
    Kept *m_kept;
    Kept *m_outer;
};

// Every kind, in write order. nullptr for a name that is no kind.
const QVector<ItemKind> &itemKinds();
const ItemKind *itemKind(const QString &name);

// The kinds, by domain (sync/kinds/*.cpp).
QVector<ItemKind> sectionKinds();     // answer, example, reference, section, question
QVector<ItemKind> scheduleKinds();    // schedule, signoff
QVector<ItemKind> assessmentKinds();  // catalyst-round, catalyst-rating, review, review-response

namespace detail {

// Reads the rows of `sql` into items: column 0 is the key, then the named fields, then
// changed_by and changed_at. A "data" field is read as base64, "checklists" as a JSON array. A
// field named with a trailing '?' ("textCy?") is optional: left out where it is empty, so an item
// without it hashes as it did before the field existed (old bundles and bases still compare).
Status readKind(Workbook &workbook, QMap<QString, ItemState> &items, const QString &kind, const QString &sql,
                const QStringList &fields, const QVariantList &values = {});

// An SQL condition limiting `column` to `keys` (bound as one JSON array), or none without keys;
// `values` gains the binding. `glue` joins it to what the query has: "WHERE" or "AND".
QString keyFilter(const char *glue, const QString &column, const std::optional<QStringList> &keys, QVariantList &values);

// A text in two languages (schema 17) as fields: English under the names fields had before
// ("text", or "title" and "body"), Welsh with "Cy" after them, and each language's translation
// state as "enFrom" and "cyFrom"; the Welsh and the states only where they are not empty
// (docs/sync.md, "Texts in two languages"). The columns of `alias`, in that order, for readKind:
QString bilingualColumns(const QString &alias, bool titled);
QStringList bilingualFields(bool titled);
// ... and the two languages back from the fields, each language's time of change the state's
// where its words differ from `here`'s.
Bilingual bilingualOf(const ItemState &s, bool titled, const Bilingual &here = {});

inline QString text(const ItemState &s, const char *field)
{
    return s.fields.value(QLatin1String(field)).toString();
}

inline int number(const ItemState &s, const char *field)
{
    return s.fields.value(QLatin1String(field)).toInt();
}

// A title from one field of the state at hand; `format` is marked with QT_TRANSLATE_NOOP
// ("qdf::sync", ...) where it is written, so lupdate finds it.
inline QString titled(const char *format, const std::optional<ItemState> &state, const char *field)
{
    return QCoreApplication::translate("qdf::sync", format).arg(state ? text(*state, field) : QString());
}

// This workbook cannot take the item (no such question, section, round...): NotAllowed, so an
// import holds it back as a proposal.
inline Error notHere(const QString &message)
{
    return makeError(Error::Code::NotAllowed, message);
}

template <typename T>
Status toStatus(const Result<T> &r)
{
    return r ? Status::success() : Status(r.error());
}

// A key of the form a/b/c split in three, or an error naming the item.
Result<QStringList> threePart(const QString &kind, const QString &key);

} // namespace detail

} // namespace qdf::sync
