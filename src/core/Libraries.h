#pragma once

#include <QString>
#include <QVector>

namespace qdf {

// The libraries the program is built on, with the versions it runs with, for Help › About (the
// licence each is under, so that one can see what the program's own MIT licence sits beside).
struct Library {
    QString name;
    QString version;
    QString licence;
};

// The core's: Qt, SQLite, nlohmann/json, libxlsxwriter, dtl.
QVector<Library> coreLibraries();

} // namespace qdf
