#pragma once

// Everything a workbook holds about one person (UK GDPR, a person's right of access): what they
// sent (answer contributions), rated (Catalyst and review ratings), answered, wrote (Schedule
// versions, working examples, reference files) and signed, the imports of their bundles, the
// conflicts those raised, the keys and workbooks they signed with, how many rows of each table
// name them, and where else a text writes their name. As JSON (`qdf person export --format
// json`) and as a report (core/report/PersonReport.h) from the same record, so they never differ.

#include "core/Error.h"
#include "core/privacy/People.h"
#include "core/privacy/Redaction.h"

#include <QJsonObject>
#include <QMap>

namespace qdf {
class Workbook;
}

namespace qdf::privacy {

struct PersonRecord {
    struct Contribution {
        QString question;  // "Activities › Why does the service exist?"
        QString text;
        QString status;    // open, used, set-aside
        QString writtenAt;
        QString organisation;
    };
    struct CatalystRating {
        QString round;
        QString element;  // its name
        QString elementKey;
        int level = 0;
        QString note;
        QString changedAt;
        QString enteredBy;  // who wrote it down (the person themselves, or a facilitator)
    };
    struct ReviewRating {
        QString review;
        QString item;
        QString rating;
        QString note;
        QString changedAt;
    };
    struct AnswerVersion {
        QString question;
        int version = 0;
        QString text;
        QString changedAt;
    };
    struct ScheduleVersion {
        QString schedule;  // "2.1 Visits"
        int version = 0;
        QString maturity;
        QString title;
        QString body;
        QString changedAt;
    };
    struct SignOff {
        QString schedule;
        int version = 0;
        QString organisation;
        QString role;
        QString signedAt;
    };
    struct Item {
        QString kind;  // working example, reference file
        QString section;
        QString title;
        QString changedAt;
    };
    struct Import {
        QString file;
        QString workbookId;
        qint64 sequence = 0;
        QString importedAt;
    };
    struct Conflict {
        QString item;
        QString reason;
        QString status;
    };

    Person person;
    QString programme;
    QString workbook;  // the file it was read from
    QString exportedAt;
    QString exportedBy;
    QVector<Contribution> contributions;
    QVector<CatalystRating> catalystRatings;
    QVector<ReviewRating> reviewRatings;
    QVector<AnswerVersion> answers;
    QVector<ScheduleVersion> scheduleVersions;
    QVector<SignOff> signOffs;
    QVector<Item> items;
    QVector<Import> imports;
    QVector<Conflict> conflicts;
    QMap<QString, int> records;  // "table.column" -> rows naming them
    QVector<Mention> mentions;
};

// `person` as findPerson() takes it: a name or a participant workbook's id.
Result<PersonRecord> personRecord(Workbook &workbook, const QString &person);

// The record as JSON: {"format": "qdf-person", "formatVersion": 1, ...} (docs/cli.md).
QJsonObject toJson(const PersonRecord &record);

} // namespace qdf::privacy
