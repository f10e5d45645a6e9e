#include "core/privacy/People.h"

#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/keys/Crypto.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace qdf::privacy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::privacy", text);
}

} // namespace

const QVector<NameColumn> &nameColumns()
{
    // Those with an organisation first, the most telling first: a person's organisation is the
    // first one found in this order.
    static const QVector<NameColumn> all{
        {"sync_key", "owner_name", "organisation"},
        {"sync_import", "author", "organisation"},
        {"contribution", "author", "organisation"},
        {"sign_off", "signer_name", "signer_organisation"},
        {"item_author", "author", "organisation"},
        {"workbook", "owner_name", "owner_organisation"},
        {"catalyst_rating", "participant"},
        {"live_answer", "participant"},
        {"sync_import", "imported_by"},
        {"sync_conflict", "their_author"},
        {"sync_conflict", "resolved_by"},
        {"sync_key", "accepted_by"},
        {"tombstone", "deleted_by"},
        {"erasure", "erased_by"},
        {"revision_log", "changed_by"},
        {"section", "changed_by"},
        {"question", "changed_by"},
        {"answer", "changed_by"},
        {"answer_revision", "changed_by"},
        {"working_example", "changed_by"},
        {"reference_material", "changed_by"},
        {"schedule", "changed_by"},
        {"schedule_version", "changed_by"},
        {"plan_stage", "changed_by"},
        {"plan_milestone", "changed_by"},
        {"catalyst_round", "changed_by"},
        {"catalyst_rating", "changed_by"},
        {"catalyst_agreed", "changed_by"},
        {"catalyst_target", "changed_by"},
        {"action", "changed_by"},
        {"review", "changed_by"},
        {"review_response", "changed_by"},
        {"review_subquestion", "changed_by"},
        {"review_evidence", "changed_by"},
    };
    return all;
}

Result<QVector<Person>> people(Workbook &workbook)
{
    const QSqlDatabase db = workbook.database();
    QMap<QString, Person> found;
    QMap<QString, int> contributions, ratings, signOffs;
    for (const NameColumn &c : nameColumns()) {
        const QString organisation = c.organisation ? QString::fromLatin1(c.organisation) : QStringLiteral("''");
        auto q = sql::run(db, QStringLiteral("SELECT %1, COUNT(*), MAX(%2) FROM %3 WHERE %1 IS NOT NULL GROUP BY %1")
                                  .arg(QLatin1String(c.column), organisation, QLatin1String(c.table)));
        if (!q)
            return q.error();
        const QString where = QStringLiteral("%1.%2").arg(QLatin1String(c.table), QLatin1String(c.column));
        while (q->next()) {
            const QString name = q->value(0).toString();
            if (name.trimmed().isEmpty())
                continue;
            Person &p = found[name];
            p.name = name;
            p.records += q->value(1).toInt();
            if (p.organisation.isEmpty())
                p.organisation = q->value(2).toString();
            if (where == QLatin1String("contribution.author"))
                p.contributions += q->value(1).toInt();
            else if (where == QLatin1String("catalyst_rating.participant"))
                p.catalystRatings += q->value(1).toInt();
            else if (where == QLatin1String("sign_off.signer_name"))
                p.signOffs += q->value(1).toInt();
        }
    }
    // The roles written in erased people's places are nobody's names.
    auto labels = sql::run(db, QStringLiteral("SELECT replaced_by FROM erasure"));
    if (!labels)
        return labels.error();
    while (labels->next())
        found.remove(labels->value(0).toString());
    auto roles = sql::run(db, QStringLiteral("SELECT signer_name, MAX(signer_role) FROM sign_off GROUP BY signer_name"));
    if (!roles)
        return roles.error();
    while (roles->next()) {
        if (found.contains(roles->value(0).toString()))
            found[roles->value(0).toString()].role = roles->value(1).toString();
    }
    const Owner &owner = workbook.info().owner;
    if (found.contains(owner.name)) {
        Person &p = found[owner.name];
        p.owner = true;
        p.organisation = owner.organisation;
        p.role = owner.role;
    }
    // The participant workbooks each sent from: by their keys, and by the imports of their bundles.
    auto keyed = sql::run(db, QStringLiteral("SELECT owner_name, workbook_uuid, public_key, trust, first_seen_at FROM sync_key"
                                             " WHERE role = 'participant' ORDER BY first_seen_at, id"));
    if (!keyed)
        return keyed.error();
    while (keyed->next()) {
        if (!found.contains(keyed->value(0).toString()))
            continue;
        found[keyed->value(0).toString()].workbooks << PersonWorkbook{keyed->value(1).toString(), keys::fingerprint(keyed->value(2).toByteArray()),
                                                                     keyed->value(3).toString(), keyed->value(4).toString()};
    }
    auto sent = sql::run(db, QStringLiteral("SELECT author, source_uuid, MIN(imported_at) FROM sync_import WHERE kind = 'contribution'"
                                            " GROUP BY author, source_uuid ORDER BY MIN(imported_at)"));
    if (!sent)
        return sent.error();
    while (sent->next()) {
        const auto it = found.find(sent->value(0).toString());
        if (it == found.end())
            continue;
        const QString id = sent->value(1).toString();
        if (std::none_of(it->workbooks.cbegin(), it->workbooks.cend(), [&](const PersonWorkbook &w) { return w.workbookId == id; }))
            it->workbooks << PersonWorkbook{id, QString(), QString(), sent->value(2).toString()};
    }
    QVector<Person> list = found.values();
    std::sort(list.begin(), list.end(), [](const Person &a, const Person &b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.name < b.name;
    });
    return list;
}

Result<Person> findPerson(Workbook &workbook, const QString &nameOrWorkbook)
{
    auto all = people(workbook);
    if (!all)
        return all.error();
    const QString wanted = nameOrWorkbook.trimmed();
    const auto unique = [&](const std::function<bool(const Person &)> &matches) -> std::optional<Result<Person>> {
        QVector<Person> hits;
        std::copy_if(all->cbegin(), all->cend(), std::back_inserter(hits), matches);
        if (hits.isEmpty())
            return std::nullopt;
        if (hits.size() > 1) {
            QStringList names;
            for (const Person &p : hits)
                names << p.name;
            return Result<Person>(makeError(Error::Code::InvalidArgument,
                                            tr("\"%1\" could be any of %2: name one exactly").arg(wanted, names.join(QStringLiteral(", ")))));
        }
        return Result<Person>(hits.first());
    };
    if (auto exact = unique([&](const Person &p) { return p.name == wanted; }))
        return *exact;
    if (auto anyCase = unique([&](const Person &p) { return p.name.compare(wanted, Qt::CaseInsensitive) == 0; }))
        return *anyCase;
    if (wanted.size() >= 8) {
        if (auto byWorkbook = unique([&](const Person &p) {
                return std::any_of(p.workbooks.cbegin(), p.workbooks.cend(),
                                   [&](const PersonWorkbook &w) { return w.workbookId.startsWith(wanted, Qt::CaseInsensitive); });
            }))
            return *byWorkbook;
    }
    return makeError(Error::Code::InvalidArgument,
                     tr("nobody called \"%1\" is named in %2 (the people it names: 'qdf person list')").arg(wanted, workbook.path()));
}

} // namespace qdf::privacy
