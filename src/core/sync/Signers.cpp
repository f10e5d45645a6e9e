#include "core/sync/Signers.h"

#include "core/Workbook.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace qdf::sync {
namespace {

using keys::KnownKey;
using keys::Role;

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::sync::Signers", text);
}

QString whose(const KnownKey &k)
{
    if (k.role == Role::Own)
        return tr("this workbook's own");
    return k.owner.name.isEmpty() ? tr("workbook %1's").arg(k.workbookUuid) : tr("%1's").arg(k.owner.name);
}

} // namespace

Result<Sender> senderFor(Workbook &workbook, BundleKind kind, bool sealed)
{
    keys::Keys keys(workbook);
    Sender sender;
    if (sealed) {
        if (kind == BundleKind::Contribution) {
            auto master = keys.held(Role::Master);
            if (!master)
                return master.error();
            if (!*master)
                return makeError(Error::Code::NotAllowed,
                                 tr("%1: the master's key is not known yet, so the contribution cannot be sealed to the "
                                    "production team: apply an update from the master first, or send it unsealed with --open")
                                     .arg(workbook.path()));
            sender.sealTo << (*master)->publicKey;
        } else {
            auto participants = keys.participantKeys();
            if (!participants)
                return participants.error();
            if (participants->isEmpty())
                return makeError(Error::Code::NotAllowed,
                                 tr("%1: no participant's key is known yet (they arrive with their first contributions), "
                                    "so the update cannot be sealed to them: publish it open").arg(workbook.path()));
            sender.sealTo = *participants;
        }
    }
    auto key = keys.signingKey();
    if (!key)
        return key.error();
    sender.key = *key;
    return sender;
}

Result<BundleReadOptions> readOptionsFor(Workbook &workbook, bool allowUnsigned)
{
    BundleReadOptions options;
    options.allowUnsigned = allowUnsigned;
    options.programme = workbook.info().programme;
    auto key = keys::Keys(workbook).openingKey();
    if (!key)
        return key.error();
    options.openWith = *key;
    return options;
}

Result<SignerVerdict> judgeSigner(Workbook &workbook, const Bundle &bundle, const QString &file, const QString &now)
{
    if (bundle.signerKey.isEmpty())
        return SignerVerdict{{}, QStringLiteral("unsigned"), {}};  // taken in at a person's explicit word (--allow-unsigned)
    keys::Keys keys(workbook);
    const Manifest &m = bundle.manifest;
    const bool update = m.kind == BundleKind::Update;
    const QString fingerprint = keys::fingerprint(bundle.signerKey);
    const Role role = update ? Role::Master : Role::Participant;
    auto held = update ? keys.held(Role::Master) : keys.held(Role::Participant, m.sourceWorkbookId);
    if (!held)
        return held.error();
    if (*held && (*held)->publicKey == bundle.signerKey)
        return SignerVerdict{fingerprint, keys::trustSlug((*held)->trust), {}};
    if (*held) {
        const QString accept = tr("if the key really changed (a new computer, a new key), check its fingerprint with them and "
                                  "accept it with 'qdf keys accept %1 %2'; nothing was taken in")
                                   .arg(workbook.path(), file);
        if (update)
            return makeError(Error::Code::NotAllowed,
                             tr("%1 is not signed by this programme's master: it is signed with the key %2, and the master's "
                                "key is %3. It may have been made from a copy of another workbook flagged as a master. %4")
                                 .arg(file, fingerprint, (*held)->fingerprint(), accept));
        return makeError(Error::Code::NotAllowed,
                         tr("%1 is signed with the key %2, not with the key %3 that %4 workbook signed with before: it was "
                            "re-signed by someone else, or the participant has a new key. %5")
                             .arg(file, fingerprint, (*held)->fingerprint(), (*held)->owner.name, accept));
    }
    // No key held for that workbook yet: the key must not be one that another workbook uses.
    auto owner = keys.owning(bundle.signerKey);
    if (!owner)
        return owner.error();
    if (*owner)
        return makeError(Error::Code::NotAllowed,
                         tr("%1 says it comes from %2 (workbook %3) but is signed with %4 key %5: it was re-signed by "
                            "another workbook; nothing was taken in")
                             .arg(file, m.author.name, m.sourceWorkbookId, whose(**owner), fingerprint));
    // Trust on first use: kept, shown with its fingerprint for a person to confirm.
    return SignerVerdict{fingerprint, QStringLiteral("new"),
                         KnownKey{m.sourceWorkbookId, role, bundle.signerKey, m.author, keys::Trust::FirstUse, now, {}, {}}};
}

Result<KnownKey> signerOf(Workbook &workbook, const QString &path)
{
    auto options = readOptionsFor(workbook, false);
    if (!options)
        return options.error();
    options->programme.reset();
    auto bundle = readBundle(path, *options);
    if (!bundle)
        return bundle.error();
    const QString file = QFileInfo(path).fileName();
    if (bundle->manifest.programmeId != workbook.info().programme.uuid)
        return makeError(Error::Code::WrongProgramme, tr("%1 belongs to another programme").arg(file));
    const bool update = bundle->manifest.kind == BundleKind::Update;
    if (update == workbook.isMaster())
        return makeError(Error::Code::NotAllowed,
                         update ? tr("%1 is an update: its key is accepted by the participants").arg(file)
                                : tr("%1 is a contribution: its key is accepted by the master").arg(file));
    return KnownKey{bundle->manifest.sourceWorkbookId, update ? Role::Master : Role::Participant, bundle->signerKey,
                    bundle->manifest.author, keys::Trust::Accepted, {}, {}, {}};
}

std::optional<ChangedKey> changedKeyOf(Workbook &workbook, const QString &path)
{
    auto signer = signerOf(workbook, path);
    if (!signer)
        return std::nullopt;
    keys::Keys keys(workbook);
    auto held = signer->role == Role::Master ? keys.held(Role::Master) : keys.held(Role::Participant, signer->workbookUuid);
    if (!held || !*held || (*held)->publicKey == signer->publicKey)
        return std::nullopt;
    return ChangedKey{*signer, **held};
}

} // namespace qdf::sync
