// Conflicts, contributions, undoing an import and the sync status (SyncStore, part 2).

#include "core/sync/Sync.h"

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
    "c.uuid, c.item_id, c.reason, c.base, c.ours, c.theirs, c.suggestion, c.their_author, i.bundle_uuid, c.status,"
    " c.resolution, c.resolved_by, c.resolved_at");

Conflict conflictAt(const QSqlQuery &q)
{
    return Conflict{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), loaded(q.value(3)),
                    loaded(q.value(4)),    loaded(q.value(5)),    loaded(q.value(6)),    q.value(7).toString(),
                    q.value(8).toString(), q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                    q.value(12).toString()};
}

} // namespace

Result<QVector<Conflict>> SyncStore::conflicts(bool openOnly) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT %1 FROM sync_conflict c JOIN sync_import i ON i.id = c.import_id %2 ORDER BY c.id")
                          .arg(kConflictColumns, openOnly ? QStringLiteral("WHERE c.status = 'open'") : QString()));
    if (!q)
        return q.error();
    QVector<Conflict> result;
    while (q->next())
        result << conflictAt(*q);
    return result;
}

Status SyncStore::resolve(const QString &conflictId, Take take, const QString &text)
{
    auto all = conflicts(false);
    if (!all)
        return all.error();
    const auto found = std::find_if(all->cbegin(), all->cend(), [&](const Conflict &c) { return c.uuid == conflictId; });
    if (found == all->cend())
        return refused(tr("no conflict %1 (see 'qdf conflicts')").arg(conflictId));
    const Conflict c = *found;
    if (c.status != QLatin1String("open"))
        return refused(tr("the conflict %1 was %2 already").arg(conflictId, c.status));
    std::optional<ItemState> chosen;
    QString resolution;
    switch (take) {
    case Take::Base: chosen = c.base; resolution = QStringLiteral("base"); break;
    case Take::Ours: chosen = c.ours; resolution = QStringLiteral("ours"); break;
    case Take::Theirs: chosen = c.theirs; resolution = QStringLiteral("theirs"); break;
    case Take::Edited: {
        ItemState edited = c.suggestion ? *c.suggestion : c.ours ? *c.ours : *c.theirs;
        edited.deleted = false;
        if (edited.fields.isEmpty() && c.ours)
            edited.fields = c.ours->fields;
        edited.fields.insert(mainTextField(edited.kind()), normalizedFields({{QStringLiteral("t"), text}}).value(QStringLiteral("t")));
        chosen = edited;
        resolution = QStringLiteral("edited");
        break;
    }
    }
    if (!chosen && take == Take::Base)
        chosen = ItemState{c.itemId, {}, true, {}, {}};  // it did not exist before: taking the base removes it
    return m_workbook.write([&](const Change &change) -> Status {
        // Keeping ours writes nothing: it is what the workbook holds.
        if (take != Take::Ours && chosen) {
            if (Status s = writeItem(m_workbook, *chosen, change); !s)
                return s;
        }
        return sql::exec(m_workbook.database(),
                         QStringLiteral("UPDATE sync_conflict SET status = 'resolved', resolution = ?, resolved_by = ?,"
                                        " resolved_at = ?, rev = ? WHERE uuid = ?"),
                         {resolution, change.by, change.at.toUTC().toString(Qt::ISODate), change.revision, conflictId});
    });
}

Result<QVector<Contribution>> SyncStore::contributions(const QString &itemId) const
{
    auto q = sql::run(m_workbook.database(),
                      QStringLiteral("SELECT c.uuid, c.item_id, c.text, c.author, c.organisation, c.written_at, i.bundle_uuid,"
                                     " c.status FROM contribution c JOIN sync_import i ON i.id = c.import_id"
                                     " WHERE (? = '' OR c.item_id = ?) ORDER BY c.item_id, c.id"),
                      {itemId, itemId});
    if (!q)
        return q.error();
    QVector<Contribution> result;
    while (q->next())
        result << Contribution{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                               q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toString()};
    return result;
}

Status SyncStore::useContribution(const QString &contributionId, const QString &composedText)
{
    auto all = contributions();
    if (!all)
        return all.error();
    const auto found = std::find_if(all->cbegin(), all->cend(), [&](const Contribution &c) { return c.uuid == contributionId; });
    if (found == all->cend())
        return refused(tr("no contribution %1").arg(contributionId));
    auto question = SectionStore(m_workbook).questionByUuid(found->itemId.section(QLatin1Char(':'), 1));
    if (!question)
        return question.error();
    const QString text = composedText.isEmpty() ? found->text : composedText;
    if (auto set = AnswerStore(m_workbook).set(question->id, text); !set)
        return set.error();
    return m_workbook.write([&](const Change &change) {
        return sql::exec(m_workbook.database(), QStringLiteral("UPDATE contribution SET status = 'used', rev = ? WHERE uuid = ?"),
                         {change.revision, contributionId});
    });
}

Status SyncStore::composeAnswer(const QString &itemId, const QString &text)
{
    auto question = SectionStore(m_workbook).questionByUuid(itemId.section(QLatin1Char(':'), 1));
    if (!question)
        return question.error();
    if (auto set = AnswerStore(m_workbook).set(question->id, text); !set)
        return set.error();
    return m_workbook.write([&](const Change &change) {
        return sql::exec(m_workbook.database(),
                         QStringLiteral("UPDATE contribution SET status = 'used', rev = ? WHERE item_id = ? AND status = 'open'"),
                         {change.revision, itemId});
    });
}

Result<QString> SyncStore::undoImport(const QString &bundleId)
{
    const QSqlDatabase db = m_workbook.database();
    auto q = sql::run(db, QStringLiteral("SELECT id, bundle_uuid, file_name FROM sync_import WHERE undone_at IS NULL"
                                         " AND (? = '' OR bundle_uuid = ?) ORDER BY id DESC LIMIT 1"),
                      {bundleId, bundleId});
    if (!q)
        return q.error();
    if (!q->next())
        return refused(bundleId.isEmpty() ? tr("nothing has been imported into this workbook")
                                          : tr("no import of bundle %1 to undo").arg(bundleId));
    const qint64 importId = q->value(0).toLongLong();
    const QString file = q->value(2).toString();
    auto current = readItems(m_workbook);
    if (!current)
        return current.error();
    auto changes = sql::run(db, QStringLiteral("SELECT item_id, before, after, base_changed, base_before FROM sync_import_change"
                                               " WHERE import_id = ? ORDER BY id DESC"),
                            {importId});
    if (!changes)
        return changes.error();
    struct Row {
        QString itemId;
        std::optional<ItemState> before, after, baseBefore;
        bool baseChanged;
    };
    QVector<Row> rows;
    while (changes->next())
        rows << Row{changes->value(0).toString(), loaded(changes->value(1)), loaded(changes->value(2)), loaded(changes->value(4)),
                    changes->value(3).toBool()};
    Status s = m_workbook.write([&](const Change &change) -> Status {
        for (const Row &r : rows) {
            // An item changed again since the import keeps its newer state.
            const auto now = current->constFind(r.itemId);
            const bool untouched = r.after && now != current->constEnd() && sameContent(*now, *r.after);
            if (untouched) {
                const Status st = r.before ? writeItem(m_workbook, *r.before, change) : removeItem(m_workbook, r.itemId, change);
                if (!st)
                    return st;
            }
            if (r.baseChanged) {
                const Status st = r.baseBefore
                    ? sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO sync_base (item_id, hash, state) VALUES (?, ?, ?)"),
                                {r.itemId, r.baseBefore->hash(), stored(r.baseBefore)})
                    : sql::exec(db, QStringLiteral("DELETE FROM sync_base WHERE item_id = ?"), {r.itemId});
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
