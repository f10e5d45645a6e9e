// Conflicts, contributions, undoing an import and the sync status (SyncStore, part 2).

#include "core/sync/Sync.h"
#include "core/Translation.h"

#include "core/TextDiff.h"
#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/SectionStore.h"
#include "core/sync/ItemNames.h"
#include "core/sync/Items.h"
#include "core/sync/SyncSupport.h"

#include <QCoreApplication>

namespace qdf::sync {

using namespace detail;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::sync::SyncStore", text);
}

Error refused(const QString &message)
{
    return makeError(Error::Code::NotAllowed, message);
}

const QString kConflictColumns = QStringLiteral(
    "c.uuid, c.item_id, c.reason, c.detail, c.base, c.ours, c.theirs, c.suggestion, c.their_author, i.bundle_uuid, c.status,"
    " c.resolution, c.resolved_by, c.resolved_at");

Result<Conflict> conflictAt(const QSqlDatabase &db, const sql::Rows &q)
{
    QVector<std::optional<ItemState>> states;
    for (int column = 4; column <= 7; ++column) {
        auto state = loaded(db, q.value(column));
        if (!state)
            return state.error();
        states << *state;
    }
    return Conflict{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    states[0],             states[1],             states[2],             states[3],
                    q.value(8).toString(), q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                    q.value(12).toString(), q.value(13).toString()};
}

Result<QVector<Conflict>> selectConflicts(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT %1 FROM sync_conflict c JOIN sync_import i ON i.id = c.import_id %2 ORDER BY c.id")
                          .arg(kConflictColumns, where),
                      values);
    if (!q)
        return q.error();
    QVector<Conflict> result;
    while (q->next()) {
        auto c = conflictAt(db, *q);
        if (!c)
            return c.error();
        result << *c;
    }
    return result;
}

// The state a resolution writes: a side, or the edited text on the item's other fields.
std::optional<ItemState> chosenState(const Conflict &c, Take take, const QString &text)
{
    switch (take) {
    case Take::Base:
        // It did not exist before: taking the base removes it.
        return c.base ? c.base : std::optional<ItemState>(ItemState{c.itemId, {}, true, {}, {}});
    case Take::Ours: return c.ours;
    case Take::Theirs: return c.theirs;
    case Take::Edited: {
        ItemState edited = c.suggestion ? *c.suggestion : c.ours ? *c.ours : *c.theirs;
        edited.deleted = false;
        if (edited.fields.isEmpty() && c.ours)
            edited.fields = c.ours->fields;
        edited.fields.insert(mainTextField(edited.kind()), normalizedFields({{QStringLiteral("t"), text}}).value(QStringLiteral("t")));
        return edited;
    }
    }
    return std::nullopt;
}

QString takeSlug(Take take)
{
    switch (take) {
    case Take::Base: return QStringLiteral("base");
    case Take::Ours: return QStringLiteral("ours");
    case Take::Theirs: return QStringLiteral("theirs");
    case Take::Edited: return QStringLiteral("edited");
    }
    return {};
}

} // namespace

Result<int> SyncStore::openConflictCount() const
{
    auto n = sql::scalar(m_workbook.database(), QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE status = 'open'"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QVector<Conflict>> SyncStore::conflicts(bool openOnly) const
{
    return selectConflicts(m_workbook.database(), openOnly ? QStringLiteral("WHERE c.status = 'open'") : QString(), {});
}

// A person resolves a conflict or a proposal here: whatever is written is their change, under
// the rules for a person at this workbook (a proposal the rules held back for a participant may
// be taken by the production team, in the master, as their own edit).
Status SyncStore::resolve(const QString &conflictId, Take take, const QString &text)
{
    return m_workbook.write([&](const Change &change) -> Status {
        auto found = selectConflicts(m_workbook.database(), QStringLiteral("WHERE c.uuid = ?"), {conflictId});
        if (!found)
            return found.error();
        if (found->isEmpty())
            return refused(tr("no conflict %1 (see 'qdf conflicts')").arg(conflictId));
        const Conflict c = found->first();
        if (c.status != QLatin1String("open"))
            return refused(tr("the conflict %1 was %2 already").arg(conflictId, c.status));
        if (take == Take::Edited && hasConflictMarks(text))
            return makeError(Error::Code::InvalidArgument,
                             tr("the text still holds both versions of a stretch (marked \u27E6 \u27E7): keep one, or"
                                " write what it should say, before it is saved"));
        // Keeping ours writes nothing: it is what the workbook holds.
        const std::optional<ItemState> chosen = take == Take::Ours ? std::nullopt : chosenState(c, take, text);
        if (chosen) {
            // Taking a side takes that person's change (recorded as theirs); an edit is the resolver's.
            const QString by = take == Take::Edited || chosen->author.isEmpty() ? QString() : chosen->author;
            if (Status s = m_workbook.write(Origin::Person, by, [&](const Change &) { return writeItem(m_workbook, *chosen); }); !s)
                return s;
        }
        return sql::exec(m_workbook.database(),
                         QStringLiteral("UPDATE sync_conflict SET status = 'resolved', resolution = ?, resolved_by = ?,"
                                        " resolved_at = ?, rev = ? WHERE uuid = ?"),
                         {takeSlug(take), change.by, change.at.toUTC().toString(Qt::ISODate), change.revision, conflictId});
    });
}

Result<QVector<Contribution>> SyncStore::contributions(const QString &itemId) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT c.uuid, c.item_id, c.text, c.author, c.organisation, c.written_at, i.bundle_uuid,"
                                     " c.status, c.language, c.source FROM contribution c LEFT JOIN sync_import i ON i.id = c.import_id"
                                     " WHERE (? = '' OR c.item_id = ?) ORDER BY c.item_id, c.id"),
                      {itemId, itemId});
    if (!q)
        return q.error();
    QVector<Contribution> result;
    while (q->next())
        result << Contribution{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                               q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toString(),
                               translation::fromCode(q->value(8).toString()).value_or(Language::English),
                               q->value(9).toString()};
    return result;
}

// Using a contribution and composing the answer from it are one unit of work: both or neither.
Status SyncStore::useContribution(const QString &contributionId, const QString &composedText)
{
    return m_workbook.write([&](const Change &change) -> Status {
        auto all = contributions();
        if (!all)
            return all.error();
        const auto found = std::find_if(all->cbegin(), all->cend(), [&](const Contribution &c) { return c.uuid == contributionId; });
        if (found == all->cend())
            return refused(tr("no contribution %1").arg(contributionId));
        auto question = SectionStore(m_workbook).questionByUuid(found->itemId.section(QLatin1Char(':'), 1));
        if (!question)
            return question.error();
        if (auto set = AnswerStore(m_workbook).setIn(question->id, found->language,
                                                     composedText.isEmpty() ? found->text : composedText);
            !set)
            return set.error();
        return sql::exec(m_workbook.database(), QStringLiteral("UPDATE contribution SET status = 'used', rev = ? WHERE uuid = ?"),
                         {change.revision, contributionId});
    });
}

Status SyncStore::composeAnswer(const QString &itemId, const QString &text)
{
    return m_workbook.write([&](const Change &change) -> Status {
        auto question = SectionStore(m_workbook).questionByUuid(itemId.section(QLatin1Char(':'), 1));
        if (!question)
            return question.error();
        if (auto set = AnswerStore(m_workbook).set(question->id, text); !set)
            return set.error();
        return sql::exec(m_workbook.database(),
                         QStringLiteral("UPDATE contribution SET status = 'used', rev = ? WHERE item_id = ? AND status = 'open'"),
                         {change.revision, itemId});
    });
}

// Undoes an import inside one write: which import, what it changed and what each item holds now
// are all read there, so nothing another writer changed meanwhile is put back over.
Result<QString> SyncStore::undoImport(const QString &bundleId)
{
    const QSqlDatabase db = m_workbook.database();
    QString file;
    Status s = m_workbook.write(Origin::Undo, QString(), [&](const Change &change) -> Status {
        // The imports of a participant since erased are not undone (core/privacy/Erasure.h): the
        // erasure removed what undoing them would put back.
        auto q = sql::run(db, QStringLiteral("SELECT id, bundle_uuid, file_name, kind, new_revision, base_revision_before"
                                             " FROM sync_import WHERE undone_at IS NULL"
                                             " AND NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'erased-source:' || source_uuid)"
                                             " AND (? = '' OR bundle_uuid = ?) ORDER BY id DESC LIMIT 1"),
                          {bundleId, bundleId});
        if (!q)
            return q.error();
        if (!q->next()) {
            auto erased = sql::run(db, QStringLiteral("SELECT 1 FROM sync_import WHERE bundle_uuid = ? AND undone_at IS NULL"), {bundleId});
            if (!erased)
                return erased.error();
            if (!bundleId.isEmpty() && erased->next())
                return refused(tr("the import of bundle %1 came from a participant since erased from this workbook: the "
                                  "erasure removed what undoing it would put back")
                                   .arg(bundleId));
            return refused(bundleId.isEmpty() ? tr("nothing has been imported into this workbook")
                                              : tr("no import of bundle %1 to undo").arg(bundleId));
        }
        const qint64 importId = q->value(0).toLongLong();
        file = q->value(2).toString();
        auto touched = sql::run(db, QStringLiteral("SELECT item_id FROM sync_import_change WHERE import_id = ?"), {importId});
        if (!touched)
            return touched.error();
        QStringList ids;
        while (touched->next())
            ids << touched->value(0).toString();
        auto current = readItems(m_workbook, {true, true, {}, ids});
        if (!current)
            return current.error();
        auto changes = sql::run(db, QStringLiteral("SELECT item_id, before, after, base_changed, base_before FROM sync_import_change"
                                                   " WHERE import_id = ? ORDER BY id DESC"),
                                {importId});
        if (!changes)
            return changes.error();
        while (changes->next()) {
            const QString itemId = changes->value(0).toString();
            auto before = loaded(db, changes->value(1));
            if (!before)
                return before.error();
            // An item changed again since the import keeps its newer state.
            const auto now = current->constFind(itemId);
            auto holds = stillHolds(db, changes->value(2), now == current->constEnd() ? std::nullopt : std::optional<ItemState>(*now));
            if (!holds)
                return holds.error();
            if (*holds) {
                const Status st = *before ? writeItem(m_workbook, **before) : removeItem(m_workbook, itemId);
                if (!st)
                    return st;
            }
            if (changes->value(3).toBool()) {
                auto baseBefore = loaded(db, changes->value(4));
                if (!baseBefore)
                    return baseBefore.error();
                auto baseState = stored(db, *baseBefore);
                if (!baseState)
                    return baseState.error();
                const Status st = *baseBefore
                    ? sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO sync_base (item_id, hash, state) VALUES (?, ?, ?)"),
                                {itemId, (*baseBefore)->hash(), *baseState})
                    : sql::exec(db, QStringLiteral("DELETE FROM sync_base WHERE item_id = ?"), {itemId});
                if (!st)
                    return st;
            }
        }
        for (const QString &statement :
             {QStringLiteral("DELETE FROM contribution WHERE import_id = ? AND status = 'open'"),
              QStringLiteral("UPDATE sync_conflict SET status = 'withdrawn' WHERE import_id = ? AND status = 'open'"),
              QStringLiteral("DELETE FROM item_author WHERE import_id = ?")}) {
            if (Status st = sql::exec(db, statement, {importId}); !st)
                return st;
        }
        // An update undone puts back the base revision it found, unless a later update stands on it.
        if (q->value(3).toString() == QLatin1String("update") && !q->value(5).isNull()) {
            const qint64 before = q->value(5).toLongLong();
            auto later = sql::run(db, QStringLiteral("SELECT 1 FROM sync_import WHERE kind = 'update' AND undone_at IS NULL"
                                                     " AND id > ?"), {importId});
            if (!later)
                return later.error();
            if (!later->next()) {
                if (Status st = sql::exec(db, QStringLiteral("UPDATE workbook SET base_revision = ? WHERE id = 1 AND base_revision = ?"),
                                          {before < 0 ? QVariant() : QVariant(before), q->value(4)});
                    !st)
                    return st;
            }
        }
        return sql::exec(db, QStringLiteral("UPDATE sync_import SET undone_at = ? WHERE id = ?"),
                         {change.at.toUTC().toString(Qt::ISODate), importId});
    });
    if (!s)
        return s.error();
    return file;
}

Result<QStringList> SyncStore::authors(const QString &itemId) const
{
    auto items = readItems(m_workbook, {true, true, itemId.section(QLatin1Char(':'), 0, 0)});
    if (!items)
        return items.error();
    const auto item = items->constFind(itemId);
    if (item == items->constEnd())
        return QStringList();
    QStringList names{item->author};
    auto q = sql::run(m_workbook.database(), QStringLiteral("SELECT author FROM item_author WHERE item_id = ? AND hash = ? ORDER BY id"),
                      {itemId, item->hash()});
    if (!q)
        return q.error();
    while (q->next()) {
        if (!names.contains(q->value(0).toString()))
            names << q->value(0).toString();
    }
    return names;
}

Result<SyncStatus> SyncStore::status() const
{
    const QSqlDatabase db = m_workbook.database();
    SyncStatus st;
    st.baseRevision = m_workbook.info().baseRevision;
    auto sent = stateValue(db, QStringLiteral("contribution-sequence"));
    auto last = stateValue(db, QStringLiteral("last-contribution-at"));
    auto conflicts = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE status = 'open'"));
    auto open = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM contribution WHERE status = 'open'"));
    auto imports = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sync_import WHERE undone_at IS NULL"));
    if (!sent || !last || !conflicts || !open || !imports)
        return makeError(Error::Code::Io, tr("the sync records cannot be read"));
    st.contributionsSent = sent->toLongLong();
    st.lastContributionAt = *last;
    st.openConflicts = conflicts->toInt();
    st.openContributions = open->toInt();
    st.imports = imports->toInt();
    return st;
}

} // namespace qdf::sync
