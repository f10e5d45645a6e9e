#include "core/Libraries.h"

#include <dtl/dtl.hpp>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <sodium.h>
#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zstd.h>

namespace qdf {

QVector<Library> coreLibraries()
{
    // Run-time versions where a library reports one (Qt, SQLite, libxlsxwriter are shared
    // libraries that a Debian update can change under the program); header-only ones as built.
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("public domain")},
        {QStringLiteral("nlohmann/json"),
         QStringLiteral("%1.%2.%3").arg(NLOHMANN_JSON_VERSION_MAJOR).arg(NLOHMANN_JSON_VERSION_MINOR).arg(NLOHMANN_JSON_VERSION_PATCH),
         QStringLiteral("MIT")},
        {QStringLiteral("libxlsxwriter"), QString::fromLatin1(lxw_version()), QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("dtl"), QString::fromStdString(dtl::version), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)), QStringLiteral("Apache-2.0")},
        {QStringLiteral("Zstandard"), QString::fromLatin1(ZSTD_versionString()), QStringLiteral("BSD-3-Clause")},
    };
}

} // namespace qdf
