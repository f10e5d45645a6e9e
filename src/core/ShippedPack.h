#pragma once

#include "core/Error.h"

#include <QFile>

namespace qdf {

// Reads a content pack compiled into the program. The shipped packs are part of the program
// (and tested), so a missing or malformed one is a build defect: stop loudly rather than run
// with half a pack.
template <typename Pack>
Pack loadShippedPack(const QString &resource, Result<Pack> (*parse)(const QByteArray &))
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s is missing from the program's resources", qPrintable(resource));
    auto parsed = parse(file.readAll());
    if (!parsed)
        qFatal("%s is malformed: %s", qPrintable(resource), qPrintable(parsed.error().message));
    return std::move(parsed).value();
}

} // namespace qdf
