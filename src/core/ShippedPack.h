#pragma once

#include "core/Error.h"
#include "core/i18n/PackTranslation.h"

namespace qdf {

// Reads a content pack compiled into the program, in `language` (its translation laid over its
// English: core/i18n/PackTranslation.h), and notes on it the language its texts are in and the texts
// left in English. The shipped packs are part of the program (and tested), so a missing or
// malformed one is a build defect: stop loudly rather than run with half a pack.
template <typename Pack>
Pack loadShippedPack(const QString &name, const QString &language, Result<Pack> (*parse)(const QByteArray &))
{
    const packs::PackText text = packs::shippedText(name, language);
    auto parsed = parse(text.json);
    if (!parsed)
        qFatal("%s is malformed: %s", qPrintable(packs::packResource(name, text.language)), qPrintable(parsed.error().message));
    Pack pack = std::move(parsed).value();
    pack.language = text.language;
    pack.untranslated = text.untranslated;
    return pack;
}

// The shipped pack in `language`, read once per language: English, and the one translation.
template <typename Pack>
const Pack &shippedPackIn(const QString &name, const QString &language, Result<Pack> (*parse)(const QByteArray &))
{
    static const Pack english = loadShippedPack<Pack>(name, QStringLiteral("en"), parse);
    if (language != QLatin1String("cy"))
        return english;
    static const Pack welsh = loadShippedPack<Pack>(name, QStringLiteral("cy"), parse);
    return welsh;
}

} // namespace qdf
