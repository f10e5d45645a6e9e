#pragma once

// The people a workbook's records name: who wrote, rated, signed, sent or resolved something in
// it. A person is known by the name written in those records (the master learns it from each
// contribution's author) and, for a participant who sent contributions, by their workbook's id
// and key. What the master holds about one person is exported by PersonExport.h and erased by
// Erasure.h (docs/security.md, "Data protection").

#include "core/Error.h"

#include <QString>
#include <QVector>

namespace qdf {
class Workbook;
}

namespace qdf::privacy {

// Every column of the schema that holds a person's name, with the column beside it that holds
// their organisation (nullptr: none). One list, read by the list of people, the export and the
// erasure; PrivacyTest checks that every name-like column of the schema is in it, so a migration
// that adds one cannot be missed.
struct NameColumn {
    const char *table;
    const char *column;
    const char *organisation = nullptr;
};
const QVector<NameColumn> &nameColumns();

// A participant workbook the person sent contributions from, and the key it signed them with.
struct PersonWorkbook {
    QString workbookId;
    QString fingerprint;  // empty: no key held (unsigned contributions, or the key forgotten)
    QString trust;        // first-use, accepted
    QString firstSeenAt;
};

struct Person {
    QString name;
    QString organisation;
    QString role;
    bool owner = false;  // this workbook's owner (never erased from their own workbook)
    QVector<PersonWorkbook> workbooks;
    int contributions = 0;    // answers sent, kept beside the master's own
    int catalystRatings = 0;  // as the rating participant
    int signOffs = 0;
    int records = 0;          // every row that names them, the ones above included
};

// Everyone the workbook's records name, in name order. The roles that took erased people's
// places ("a participant, Health board") are not people.
Result<QVector<Person>> people(Workbook &workbook);
// A person by their name (exactly, or in any case when that is unique) or by the id of a
// participant workbook they sent contributions from (or its first 8 characters or more).
// InvalidArgument when nobody, or more than one person, answers to it.
Result<Person> findPerson(Workbook &workbook, const QString &nameOrWorkbook);

} // namespace qdf::privacy
