#include "core/catalyst/Anonymity.h"

#include "core/Sha256.h"

#include <QHash>

#include <algorithm>

namespace qdf::catalyst {

QStringList anonymousOrder(const QString &roundUuid, QStringList names)
{
    QHash<QString, QByteArray> rank;
    for (const QString &name : std::as_const(names))
        rank.insert(name, sha256((roundUuid + QChar(0x1f) + name).toUtf8()));
    // The name breaks a tie of ranks, which two different names will not meet in practice.
    std::sort(names.begin(), names.end(), [&rank](const QString &a, const QString &b) {
        const QByteArray &ra = rank[a], &rb = rank[b];
        return ra != rb ? ra < rb : a < b;
    });
    return names;
}

} // namespace qdf::catalyst
