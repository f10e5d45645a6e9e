#include "core/privacy/Anonymous.h"

#include "core/privacy/Redaction.h"

#include <QCoreApplication>

namespace qdf::privacy {

QString anonymousLabel(const Owner &owner)
{
    const QString role = plainLabel(owner.role);
    const QString organisation = plainLabel(owner.organisation);
    if (!role.isEmpty() && !organisation.isEmpty())
        return QStringLiteral("%1, %2").arg(role, organisation);
    if (!role.isEmpty())
        return role;
    return organisation.isEmpty() ? QCoreApplication::translate("qdf::privacy", "a participant")
                                  : plainLabel(QCoreApplication::translate("qdf::privacy", "a participant, %1").arg(organisation));
}

sync::Bundle anonymised(const sync::Bundle &bundle, const Owner &owner)
{
    const NameRedaction name(owner.name, anonymousLabel(owner));
    sync::Bundle out = bundle;
    out.manifest.anonymous = true;
    out.manifest.author.name = name.label();
    for (sync::ItemChange &c : out.changes) {
        c.state = name.appliedTo(c.state);
        if (c.base)
            c.base = name.appliedTo(*c.base);
    }
    return out;
}

} // namespace qdf::privacy
