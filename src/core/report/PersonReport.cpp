#include "core/report/PersonReport.h"

#include <QCoreApplication>

namespace qdf::report {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("qdf::report", text, disambiguation, n);
}

// A section with its heading, or a line saying there is nothing of the kind.
void heading(Report &r, const QString &title, bool empty)
{
    r.add(Block::Kind::Heading, title, 2);
    if (empty)
        r.add(Block::Kind::Note, tr("None."));
}

} // namespace

Report personReport(const privacy::PersonRecord &d)
{
    Report r;
    r.title = tr("Everything about %1").arg(d.person.name);
    r.runningNote = d.programme;
    r.add(Block::Kind::Title, r.title);
    r.add(Block::Kind::Subtitle, d.programme);
    r.add(Block::Kind::Note, tr("What %1 holds about this person, exported on %2 by %3.").arg(d.workbook, d.exportedAt, d.exportedBy));
    r.add(Block::Kind::Contents, {});

    r.add(Block::Kind::Heading, tr("Who"));
    r.addTable({tr("Name"), tr("Organisation"), tr("Role")}, {{d.person.name, d.person.organisation, d.person.role}});
    heading(r, tr("Workbooks and keys"), d.person.workbooks.isEmpty());
    if (!d.person.workbooks.isEmpty()) {
        QVector<QStringList> rows;
        for (const privacy::PersonWorkbook &w : d.person.workbooks)
            rows << QStringList{w.workbookId, w.fingerprint.isEmpty() ? tr("no key held") : w.fingerprint, w.trust, w.firstSeenAt};
        r.addTable({tr("Workbook"), tr("Key fingerprint"), tr("Trust"), tr("First seen")}, rows);
    }

    r.add(Block::Kind::Heading, tr("What they sent and rated"));
    heading(r, tr("Answer contributions"), d.contributions.isEmpty());
    for (const auto &c : d.contributions) {
        r.add(Block::Kind::Heading, c.question, 3);
        r.add(Block::Kind::Note, tr("Sent %1 · %2").arg(c.writtenAt, c.status));
        r.add(Block::Kind::Markdown, c.text);
    }
    heading(r, tr("Catalyst ratings"), d.catalystRatings.isEmpty());
    if (!d.catalystRatings.isEmpty()) {
        QVector<QStringList> rows;
        for (const auto &x : d.catalystRatings)
            rows << QStringList{x.round, x.element, QString::number(x.level), x.note, x.changedAt, x.enteredBy};
        r.addTable({tr("Round"), tr("Element"), tr("Level"), tr("Note"), tr("When"), tr("Entered by")}, rows);
    }
    heading(r, tr("Review ratings"), d.reviewRatings.isEmpty());
    if (!d.reviewRatings.isEmpty()) {
        QVector<QStringList> rows;
        for (const auto &x : d.reviewRatings)
            rows << QStringList{x.review, x.item, x.rating, x.note, x.changedAt};
        r.addTable({tr("Review"), tr("Item"), tr("Rating"), tr("Note"), tr("When")}, rows);
    }

    r.add(Block::Kind::Heading, tr("What they wrote and signed"));
    heading(r, tr("Answers"), d.answers.isEmpty());
    for (const auto &a : d.answers) {
        r.add(Block::Kind::Heading, a.question, 3);
        r.add(Block::Kind::Note, tr("Version %1 · %2").arg(a.version).arg(a.changedAt));
        r.add(Block::Kind::Markdown, a.text);
    }
    heading(r, tr("Schedule versions"), d.scheduleVersions.isEmpty());
    for (const auto &v : d.scheduleVersions) {
        r.add(Block::Kind::Heading, tr("%1, version %2").arg(v.schedule).arg(v.version), 3);
        r.add(Block::Kind::Note, tr("%1 · %2 · %3").arg(v.title, v.maturity, v.changedAt));
        r.add(Block::Kind::Markdown, v.body);
    }
    heading(r, tr("Sign-offs"), d.signOffs.isEmpty());
    if (!d.signOffs.isEmpty()) {
        QVector<QStringList> rows;
        for (const auto &o : d.signOffs)
            rows << QStringList{o.schedule, QString::number(o.version), o.organisation, o.role, o.signedAt};
        r.addTable({tr("Schedule"), tr("Version"), tr("Organisation"), tr("Role"), tr("Signed")}, rows);
    }
    heading(r, tr("Working examples and reference files"), d.items.isEmpty());
    if (!d.items.isEmpty()) {
        QVector<QStringList> rows;
        for (const auto &i : d.items)
            rows << QStringList{i.kind, i.section, i.title, i.changedAt};
        r.addTable({tr("Kind"), tr("Section"), tr("Title"), tr("Last changed")}, rows);
    }

    r.add(Block::Kind::Heading, tr("The records that name them"));
    heading(r, tr("Imports of their contributions"), d.imports.isEmpty());
    if (!d.imports.isEmpty()) {
        QVector<QStringList> rows;
        for (const auto &i : d.imports)
            rows << QStringList{i.file, i.workbookId, QString::number(i.sequence), i.importedAt};
        r.addTable({tr("File"), tr("Workbook"), tr("Contribution"), tr("Imported")}, rows);
    }
    heading(r, tr("Conflicts and proposals"), d.conflicts.isEmpty());
    if (!d.conflicts.isEmpty()) {
        QVector<QStringList> rows;
        for (const auto &c : d.conflicts)
            rows << QStringList{c.item, c.reason, c.status};
        r.addTable({tr("Item"), tr("Reason"), tr("Status")}, rows);
    }
    heading(r, tr("Rows that name them, by table"), d.records.isEmpty());
    if (!d.records.isEmpty()) {
        QVector<QStringList> rows;
        for (auto it = d.records.constBegin(); it != d.records.constEnd(); ++it)
            rows << QStringList{it.key(), QString::number(it.value())};
        r.addTable({tr("Table and column"), tr("Rows")}, rows);
    }
    heading(r, tr("Other texts that write their name"), d.mentions.isEmpty());
    if (!d.mentions.isEmpty()) {
        QVector<QStringList> rows;
        for (const privacy::Mention &m : d.mentions)
            rows << QStringList{QStringLiteral("%1.%2").arg(m.table, m.column), m.excerpt};
        r.addTable({tr("Where"), tr("Words around it")}, rows);
    }
    return r;
}

Result<Report> personReport(Workbook &workbook, const QString &person)
{
    auto record = privacy::personRecord(workbook, person);
    if (!record)
        return record.error();
    return personReport(*record);
}

} // namespace qdf::report
