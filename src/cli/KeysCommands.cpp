// qdf keys list | accept | forget | new: the signing keys a workbook knows (docs/security.md).

#include "cli/Cli.h"
#include "cli/Commands.h"

#include "core/keys/KeyFiles.h"
#include "core/keys/Keys.h"
#include "core/sync/Signers.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace qdf::cli {
namespace {

using namespace qdf::keys;

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QJsonObject keyJson(const KnownKey &k)
{
    return QJsonObject{{QStringLiteral("fingerprint"), k.fingerprint()},
                       {QStringLiteral("publicKey"), QString::fromLatin1(k.publicKey.toBase64())},
                       {QStringLiteral("role"), roleSlug(k.role)},
                       {QStringLiteral("workbookId"), k.workbookUuid},
                       {QStringLiteral("owner"), k.owner.name},
                       {QStringLiteral("organisation"), k.owner.organisation},
                       {QStringLiteral("trust"), trustSlug(k.trust)},
                       {QStringLiteral("firstSeenAt"), k.firstSeenAt},
                       {QStringLiteral("acceptedBy"), k.acceptedBy},
                       {QStringLiteral("acceptedAt"), k.acceptedAt}};
}

QString keyLine(const KnownKey &k)
{
    const QString trust = k.trust == Trust::FirstUse ? tr("first use: not yet confirmed")
                          : k.trust == Trust::Accepted ? tr("accepted by %1").arg(k.acceptedBy)
                                                       : tr("this workbook's own");
    return QStringLiteral("%1  %2  %3  %4").arg(k.fingerprint(), roleSlug(k.role), k.owner.name.isEmpty() ? k.workbookUuid : k.owner.name, trust);
}

} // namespace

int keysList(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("keys list"),
                    tr("the signing keys a workbook knows: its own, the master's (in a participant), each participant's "
                       "(in the master), with their fingerprints and whether a person has confirmed them."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.addJsonOption();
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const QVector<KnownKey> list = orExit(*wb, Keys(*wb).list());
    if (verb.json()) {
        QJsonArray items;
        for (const KnownKey &k : list)
            items.append(keyJson(k));
        writeJson(QJsonObject{{QStringLiteral("keys"), items},
                              {QStringLiteral("keyFile"), keyFilePath(wb->info().uuid)}});
        return Ok;
    }
    for (const KnownKey &k : list)
        out(keyLine(k));
    return Ok;
}

int keysAccept(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("keys accept"),
                    tr("confirm a key after comparing its fingerprint with its owner: a key kept on first use, by its "
                       "fingerprint, or the new key that signed a file that was refused for it (the key held before is "
                       "replaced)."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("KEY"), tr("A fingerprint (or its first characters), or a bundle or update file."));
    verb.parse(arguments);
    const QString path = verb.positionals().at(0);
    const QString key = verb.positionals().at(1);
    auto wb = openOrExit(path);
    Keys keys(*wb);
    const bool isFile = QFileInfo(key).isFile();
    const KnownKey accepted = isFile ? orExit(*wb, keys.accept(orExit(*wb, sync::signerOf(*wb, key)))) : orExit(*wb, keys.accept(key));
    out(tr("accepted %1 as %2's key (%3)").arg(accepted.fingerprint(), accepted.owner.name, roleSlug(accepted.role)));
    return Ok;
}

int keysForget(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("keys forget"),
                    tr("forget a key the workbook knows: the next file signed for its workbook is taken as on first use."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.positional(QStringLiteral("FINGERPRINT"), tr("The key's fingerprint (or its first characters)."));
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const KnownKey gone = orExit(*wb, Keys(*wb).forget(verb.positionals().at(1)));
    out(tr("forgot %1 (%2)").arg(gone.fingerprint(), gone.owner.name));
    return Ok;
}

int keysNew(const QStringList &arguments)
{
    VerbParser verb(QStringLiteral("keys new"),
                    tr("make a new signing key for the workbook (its key file was lost, or a copy of the workbook went with "
                       "it): the other side refuses what it signs until a person accepts the new key there."));
    verb.positional(QStringLiteral("PATH"), tr("The workbook."));
    verb.parse(arguments);
    auto wb = openOrExit(verb.positionals().at(0));
    const KnownKey made = orExit(*wb, Keys(*wb).renew());
    out(tr("the workbook's new key is %1 (kept in %2)").arg(made.fingerprint(), keyFilePath(wb->info().uuid)));
    return Ok;
}

} // namespace qdf::cli
