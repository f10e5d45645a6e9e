#include "core/report/CatalystReport.h"

#include "core/Csv.h"
#include "core/report/ActionPlanReport.h"
#include "core/Workbook.h"
#include "core/catalyst/CatalystStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace qdf::report {
namespace {

using namespace qdf::catalyst;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("qdf::report", text, disambiguation, n);
}

Table finalScores(const RoundSnapshot &d)
{
    const Pack &pack = Pack::shipped();
    Table t;
    t.headers = QStringList{tr("Driver"), tr("Score")} + pack.levelTitles + QStringList{tr("Prioritised Improvement Target")};
    t.types = {CellType::Text, CellType::Number};  // an incomplete driver's score stays words
    const SystemScore system = scoreSystem(pack, d.agreed);
    for (int i = 0; i < pack.drivers.size(); ++i) {
        const Driver &driver = pack.drivers[i];
        const DriverScore &score = system.drivers[i];
        QStringList row{driver.name, score.complete ? QString::number(score.total)
                                                    : tr("incomplete (%1 of 5)").arg(score.rated)};
        for (const Band &b : driver.bands) {
            const QString range = QStringLiteral("%1–%2").arg(b.from).arg(b.to);
            row << (score.band == b.level ? QStringLiteral("✓ %1").arg(range) : range);
        }
        row << d.targets.value(driver.key);
        t.rows << row;
    }
    return t;
}

Table group(const RoundSnapshot &d, bool anonymous, bool participantColumns)
{
    const Pack &pack = Pack::shipped();
    const QStringList names = d.byParticipant.keys();
    QStringList labels;
    for (int i = 0; i < names.size(); ++i)
        labels << (anonymous ? anonymousLabel(i) : names[i]);
    Table t;
    t.headers << tr("Element") << tr("Driver");
    if (participantColumns)
        t.headers << labels;
    else
        t.headers << tr("Levels given");
    t.headers << tr("Spread") << tr("Median") << tr("Agreed") << tr("Note of the discussion");
    t.types = QVector<CellType>(t.headers.size(), CellType::Text);
    for (int c = 2; participantColumns && c < 2 + labels.size(); ++c)
        t.types[c] = CellType::Number;
    t.types[t.headers.size() - 3] = CellType::Number;  // median
    t.types[t.headers.size() - 2] = CellType::Number;  // agreed
    for (const ElementSpread &s : spreads(pack, d.byParticipant)) {
        QStringList row{pack.element(s.elementKey)->name, pack.driverOf(s.elementKey)->name};
        QStringList given;
        for (const QString &name : names) {
            const int level = d.byParticipant.value(name).value(s.elementKey, 0);
            given << (level ? QString::number(level) : QString());
        }
        if (participantColumns) {
            row << given;
        } else {
            given.removeAll(QString());
            row << given.join(QStringLiteral(" · "));
        }
        const int agreed = d.agreed.value(s.elementKey, 0);
        row << (s.levels.isEmpty() ? QString() : QStringLiteral("%1–%2").arg(s.min).arg(s.max))
            << (s.levels.isEmpty() ? QString() : QLocale::c().toString(s.median))
            << (agreed ? QString::number(agreed) : QString()) << d.agreedNotes.value(s.elementKey);
        t.rows << row;
    }
    return t;
}

Table actionPlan(const RoundSnapshot &d)
{
    return actionPlanTable(d.actions, [](const QString &key) { return Pack::shipped().subjectName(key); },
                           tr("Driver or element"));
}

} // namespace

QString catalystTableSlug(CatalystTable table)
{
    switch (table) {
    case CatalystTable::FinalScores: return QStringLiteral("final-scores");
    case CatalystTable::Group: return QStringLiteral("group");
    case CatalystTable::ActionPlan: return QStringLiteral("action-plan");
    }
    return {};
}

std::optional<CatalystTable> catalystTableFromSlug(const QString &slug)
{
    for (CatalystTable t : {CatalystTable::FinalScores, CatalystTable::Group, CatalystTable::ActionPlan}) {
        if (catalystTableSlug(t) == slug)
            return t;
    }
    return std::nullopt;
}

QString anonymousLabel(int index)
{
    // A-Z, then AA, AB, ... so a large room still gets distinct labels.
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return tr("Person %1").arg(letters);
}

Result<Table> catalystTable(Workbook &workbook, const QString &roundId, CatalystTable which, bool anonymous,
                            bool participantColumns)
{
    auto d = CatalystStore(workbook).snapshot(roundId);
    if (!d)
        return d.error();
    switch (which) {
    case CatalystTable::FinalScores: return finalScores(*d);
    case CatalystTable::Group: return group(*d, anonymous, participantColumns);
    case CatalystTable::ActionPlan: return actionPlan(*d);
    }
    return Table{};
}

Result<QByteArray> catalystCsv(Workbook &workbook, const QString &roundId, CatalystTable which, bool anonymous)
{
    auto table = catalystTable(workbook, roundId, which, anonymous);
    if (!table)
        return table.error();
    return toCsv(table->headers, table->rows);
}

Result<Report> catalystReport(Workbook &workbook, const QString &roundId, bool anonymous)
{
    auto d = CatalystStore(workbook).snapshot(roundId);
    if (!d)
        return d.error();
    const Pack &pack = Pack::shipped();
    Report r;
    r.title = tr("A Catalyst for Change: self-assessment");
    r.runningNote = tr("%1 · %2").arg(workbook.info().programme.name, d->round.name);
    r.add(Block::Kind::Title, r.title);
    r.add(Block::Kind::Subtitle, workbook.info().programme.name);
    r.add(Block::Kind::Paragraph,
          d->round.completedOn.isEmpty() ? tr("Round: %1").arg(d->round.name)
                                         : tr("Round: %1 · Date completed: %2").arg(d->round.name, d->round.completedOn));
    r.add(Block::Kind::Note, tr("%n participant(s) scored individually; the group agreed the scores below.", nullptr,
                                int(d->byParticipant.size())));
    r.add(Block::Kind::Contents, {});

    r.add(Block::Kind::Heading, tr("The final scores"));
    // On a portrait page the targets get a table of their own: seven columns would break words.
    Table final = finalScores(*d);
    QVector<QStringList> targets;
    for (QStringList &row : final.rows) {
        const QString target = row.takeLast();
        if (!target.trimmed().isEmpty())
            targets << QStringList{row.first(), target};
    }
    const QString targetHeading = final.headers.takeLast();
    r.addTable(final.headers, final.rows);
    if (const QString system = describeSystem(pack, scoreSystem(pack, d->agreed)); !system.isEmpty())
        r.add(Block::Kind::Paragraph, system);

    if (!targets.isEmpty())
        r.addTable({tr("Driver"), targetHeading}, targets);

    r.add(Block::Kind::Heading, tr("The group view"));
    r.add(Block::Kind::Note, tr("Elements where people differed most come first."));
    // In print everyone's levels share a column (a portrait page has no room for one each), with
    // the driver under the element's name; the order of the levels is said once.
    Table g = group(*d, anonymous, false);
    g.headers.removeAt(1);
    for (QStringList &row : g.rows)
        row[0] = QStringLiteral("%1\n(%2)").arg(row[0], row.takeAt(1));
    QStringList order = d->byParticipant.keys();
    for (int i = 0; anonymous && i < order.size(); ++i)
        order[i] = anonymousLabel(i);
    if (!order.isEmpty())
        r.add(Block::Kind::Note, tr("Levels given, in order: %1.").arg(order.join(QStringLiteral(", "))));
    r.addTable(g.headers, g.rows);

    addActionPlan(r, d->actions, actionPlan(*d));
    return r;
}

} // namespace qdf::report
