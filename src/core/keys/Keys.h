#pragma once

#include "core/Domain.h"
#include "core/Error.h"
#include "core/keys/Crypto.h"

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace qdf {
class Workbook;
}

// The keys a workbook knows (table sync_key, schema 11; docs/security.md): its own public key,
// the master's in a participant, each participant's in the master, with how far each is
// trusted. Only public keys are in the file; the secret half of the workbook's own key is in
// KeyFiles.h's folder.
namespace qdf::keys {

enum class Role { Own, Master, Participant };
enum class Trust { Own, FirstUse, Accepted };

QString roleSlug(Role role);    // own, master, participant
QString trustSlug(Trust trust); // own, first-use, accepted

struct KnownKey {
    QString workbookUuid;
    Role role = Role::Participant;
    QByteArray publicKey;
    Owner owner;
    Trust trust = Trust::FirstUse;
    QString firstSeenAt;
    QString acceptedBy;
    QString acceptedAt;
    QString fingerprint() const { return keys::fingerprint(publicKey); }
};

// Writes inside a transaction already open on `db` (workbook creation, an import).
Status rememberKey(const QSqlDatabase &db, const KnownKey &key);
// A new key pair for a workbook being made: its secret half stored (KeyFiles.h), its public
// half recorded as the workbook's own.
Status makeOwnKey(const QSqlDatabase &db, const QString &workbookUuid, const Owner &owner, const QString &at);

class Keys {
public:
    explicit Keys(Workbook &workbook) : m_workbook(workbook) {}

    Result<QVector<KnownKey>> list() const;
    Result<std::optional<KnownKey>> own() const;
    // The key held for a workbook in a role (the master's, a participant's).
    Result<std::optional<KnownKey>> held(Role role, const QString &workbookUuid = {}) const;
    // The workbook a public key belongs to here, whatever its role.
    Result<std::optional<KnownKey>> owning(const QByteArray &publicKey) const;
    Result<QVector<QByteArray>> participantKeys() const;

    // This workbook's key pair to sign with: made now if the workbook has none yet (one made
    // before signatures); refused, saying what to do, when this account does not hold the secret
    // half of the key the workbook names (a copy of someone else's workbook).
    Result<KeyPair> signingKey();
    // The key pair, if this account holds it: what opens files sealed to this workbook.
    Result<std::optional<KeyPair>> openingKey() const;
    // A new key pair replacing the workbook's own (the old one lost, or given away with a copy).
    Result<KnownKey> renew();

    // A person confirms a key (by its fingerprint, or a prefix of at least 4 characters without
    // the dashes), or accepts `key` for its workbook in place of the one held before.
    Result<KnownKey> accept(const QString &fingerprint);
    Result<KnownKey> accept(const KnownKey &key);
    Result<KnownKey> forget(const QString &fingerprint);

private:
    Result<KnownKey> find(const QString &fingerprint) const;

    Workbook &m_workbook;
};

} // namespace qdf::keys
