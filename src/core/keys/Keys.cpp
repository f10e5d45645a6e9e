#include "core/keys/Keys.h"

#include "core/Clock.h"
#include "core/Sql.h"
#include "core/Workbook.h"
#include "core/keys/KeyFiles.h"
#include "core/privacy/Erasure.h"

#include <QCoreApplication>

namespace qdf::keys {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::keys", text);
}

const QString kColumns = QStringLiteral(
    "workbook_uuid, role, public_key, owner_name, organisation, trust, first_seen_at, accepted_by, accepted_at");

Role roleFrom(const QString &slug)
{
    return slug == QLatin1String("own") ? Role::Own : slug == QLatin1String("master") ? Role::Master : Role::Participant;
}

Trust trustFrom(const QString &slug)
{
    return slug == QLatin1String("own") ? Trust::Own : slug == QLatin1String("accepted") ? Trust::Accepted : Trust::FirstUse;
}

Result<QVector<KnownKey>> select(const QSqlDatabase &db, const QString &where, const QVariantList &values = {})
{
    auto q = sql::run(db, QStringLiteral("SELECT %1 FROM sync_key %2 ORDER BY role = 'own' DESC, role, owner_name, id")
                              .arg(kColumns, where),
                      values);
    if (!q)
        return q.error();
    QVector<KnownKey> keys;
    while (q->next()) {
        keys << KnownKey{q->value(0).toString(), roleFrom(q->value(1).toString()), q->value(2).toByteArray(),
                         Owner{q->value(3).toString(), q->value(4).toString(), QString()}, trustFrom(q->value(5).toString()),
                         q->value(6).toString(), q->value(7).toString(), q->value(8).toString()};
    }
    return keys;
}

Result<std::optional<KnownKey>> first(Result<QVector<KnownKey>> keys)
{
    if (!keys)
        return keys.error();
    return keys->isEmpty() ? std::optional<KnownKey>() : std::optional<KnownKey>(keys->first());
}

QString plain(const QString &fingerprint)
{
    return fingerprint.toUpper().remove(QLatin1Char('-')).remove(QLatin1Char(' '));
}

} // namespace

QString roleSlug(Role role)
{
    switch (role) {
    case Role::Own:
        return QStringLiteral("own");
    case Role::Master:
        return QStringLiteral("master");
    case Role::Participant:
        break;
    }
    return QStringLiteral("participant");
}

QString trustSlug(Trust trust)
{
    switch (trust) {
    case Trust::Own:
        return QStringLiteral("own");
    case Trust::Accepted:
        return QStringLiteral("accepted");
    case Trust::FirstUse:
        break;
    }
    return QStringLiteral("first-use");
}

Status rememberKey(const QSqlDatabase &db, const KnownKey &k)
{
    // One key per workbook and role, one workbook per key: the new one takes the place of both.
    if (Status s = sql::exec(db, QStringLiteral("DELETE FROM sync_key WHERE (role = ? AND workbook_uuid = ?) OR public_key = ?"),
                             {roleSlug(k.role), k.workbookUuid, k.publicKey});
        !s)
        return s;
    return sql::exec(db, QStringLiteral("INSERT INTO sync_key (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                     {k.workbookUuid, roleSlug(k.role), k.publicKey, k.owner.name, k.owner.organisation, trustSlug(k.trust),
                      k.firstSeenAt, k.acceptedBy.isEmpty() ? QVariant() : QVariant(k.acceptedBy),
                      k.acceptedAt.isEmpty() ? QVariant() : QVariant(k.acceptedAt)});
}

Status makeOwnKey(const QSqlDatabase &db, const QString &workbookUuid, const Owner &owner, const QString &at)
{
    const KeyPair pair = generate();
    if (!pair.isValid())
        return makeError(Error::Code::Io, tr("no signing key can be made on this computer (libsodium found no source of randomness)"));
    if (Status s = storeSecretKey(workbookUuid, pair); !s)
        return s;
    if (Status s = sql::exec(db, QStringLiteral("DELETE FROM sync_key WHERE role = 'own'")); !s)
        return s;
    return rememberKey(db, KnownKey{workbookUuid, Role::Own, pair.publicKey, owner, Trust::Own, at, {}, {}});
}

Result<QVector<KnownKey>> Keys::list() const
{
    return select(m_workbook.database(), QString());
}

Result<std::optional<KnownKey>> Keys::own() const
{
    return first(select(m_workbook.database(), QStringLiteral("WHERE role = 'own'")));
}

Result<std::optional<KnownKey>> Keys::held(Role role, const QString &workbookUuid) const
{
    if (workbookUuid.isEmpty())
        return first(select(m_workbook.database(), QStringLiteral("WHERE role = ?"), {roleSlug(role)}));
    return first(select(m_workbook.database(), QStringLiteral("WHERE role = ? AND workbook_uuid = ?"), {roleSlug(role), workbookUuid}));
}

Result<std::optional<KnownKey>> Keys::owning(const QByteArray &publicKey) const
{
    return first(select(m_workbook.database(), QStringLiteral("WHERE public_key = ?"), {publicKey}));
}

Result<QVector<QByteArray>> Keys::participantKeys() const
{
    auto all = select(m_workbook.database(), QStringLiteral("WHERE role = 'participant'"));
    if (!all)
        return all.error();
    QVector<QByteArray> keys;
    for (const KnownKey &k : *all)
        keys << k.publicKey;
    return keys;
}

Result<std::optional<KeyPair>> Keys::openingKey() const
{
    auto recorded = own();
    if (!recorded)
        return recorded.error();
    if (!*recorded)
        return std::optional<KeyPair>();
    auto pair = loadSecretKey(m_workbook.info().uuid);
    if (!pair)
        return pair.error();
    // A key file that does not match the workbook's key (another workbook's of the same id) opens nothing.
    if (!*pair || (*pair)->publicKey != (*recorded)->publicKey)
        return std::optional<KeyPair>();
    return pair;
}

Result<KeyPair> Keys::signingKey()
{
    auto recorded = own();
    if (!recorded)
        return recorded.error();
    if (!*recorded) {
        // A workbook made before signatures gets its key when it first signs.
        if (Status s = m_workbook.write([&](const Change &change) {
                return makeOwnKey(m_workbook.database(), m_workbook.info().uuid, m_workbook.info().owner, Clock::format(change.at));
            });
            !s)
            return s.error();
        recorded = own();
        if (!recorded || !*recorded)
            return recorded ? makeError(Error::Code::Io, tr("the workbook's new signing key was not kept")) : recorded.error();
    }
    auto pair = openingKey();
    if (!pair)
        return pair.error();
    if (!*pair)
        return makeError(Error::Code::NotAllowed,
                         tr("%1: this workbook's signing key (%2) is not on this computer's account, so nothing can be signed as "
                            "its owner: if this is your workbook, copy its key file %3 from the computer it was made on, or "
                            "make a new key with 'qdf keys new' (the production team or the participants then accept it)")
                             .arg(m_workbook.path(), (*recorded)->fingerprint(), keyFilePath(m_workbook.info().uuid)));
    return **pair;
}

Result<KnownKey> Keys::renew()
{
    Status s = m_workbook.write([&](const Change &change) {
        return makeOwnKey(m_workbook.database(), m_workbook.info().uuid, m_workbook.info().owner, Clock::format(change.at));
    });
    if (!s)
        return s.error();
    auto made = own();
    if (!made)
        return made.error();
    return **made;
}

Result<KnownKey> Keys::find(const QString &fingerprint) const
{
    const QString wanted = plain(fingerprint);
    auto all = list();
    if (!all)
        return all.error();
    QVector<KnownKey> matches;
    for (const KnownKey &k : *all) {
        if (wanted.size() >= 4 && plain(k.fingerprint()).startsWith(wanted))
            matches << k;
    }
    if (matches.size() == 1)
        return matches.first();
    return makeError(Error::Code::InvalidArgument,
                     matches.isEmpty() ? tr("%1: no key with the fingerprint %2 (see 'qdf keys list')").arg(m_workbook.path(), fingerprint)
                                       : tr("%1: %2 names more than one key: give more of the fingerprint").arg(m_workbook.path(), fingerprint));
}

Result<KnownKey> Keys::accept(const QString &fingerprint)
{
    auto key = find(fingerprint);
    if (!key)
        return key;
    if (key->role == Role::Own)
        return makeError(Error::Code::InvalidArgument, tr("%1: %2 is this workbook's own key").arg(m_workbook.path(), fingerprint));
    return accept(*key);
}

Result<KnownKey> Keys::accept(const KnownKey &key)
{
    // An erased person's workbook is not let back in by accepting its key (core/privacy/Erasure.h).
    if (key.role == Role::Participant) {
        if (Status erased = privacy::refuseErasedSource(m_workbook, key.workbookUuid, key.publicKey,
                                                            tr("the key %1").arg(key.fingerprint()));
            !erased)
            return erased.error();
    }
    KnownKey accepted = key;
    Status s = m_workbook.write([&](const Change &change) {
        accepted.trust = Trust::Accepted;
        accepted.acceptedBy = change.by;
        accepted.acceptedAt = Clock::format(change.at);
        if (accepted.firstSeenAt.isEmpty())
            accepted.firstSeenAt = accepted.acceptedAt;
        return rememberKey(m_workbook.database(), accepted);
    });
    if (!s)
        return s.error();
    return accepted;
}

Result<KnownKey> Keys::forget(const QString &fingerprint)
{
    auto key = find(fingerprint);
    if (!key)
        return key;
    if (key->role == Role::Own)
        return makeError(Error::Code::InvalidArgument,
                         tr("%1: %2 is this workbook's own key: make a new one with 'qdf keys new'").arg(m_workbook.path(), fingerprint));
    Status s = m_workbook.write([&](const Change &) {
        return sql::exec(m_workbook.database(), QStringLiteral("DELETE FROM sync_key WHERE public_key = ?"), {key->publicKey});
    });
    if (!s)
        return s.error();
    return key;
}

} // namespace qdf::keys
