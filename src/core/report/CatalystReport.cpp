#include "core/report/CatalystReport.h"

#include "core/Csv.h"
#include "core/report/ActionPlanReport.h"
#include "core/Workbook.h"
#include "core/catalyst/Anonymity.h"
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

// The people in the order the table shows them: by name, or anonymised (Person A first).
QStringList people(const RoundSnapshot &d, bool anonymous)
{
    return anonymous ? anonymousOrder(d.round.uuid, d.byParticipant.keys()) : d.byParticipant.keys();
}

Table group(const RoundSnapshot &d, bool anonymous, bool participantColumns)
{
    const Pack &pack = Pack::shipped();
    const QStringList names = people(d, anonymous);
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
            << (s.levels.isEmpty() ? QString() : QLocale().toString(s.median))
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

// Each driver's agreed total as a bar of 20, beside its band: a chart every format can
// show (PDF, Word, LibreOffice, a web page), with the numbers and words beside the bar.
void addScoreChart(Report &r, const Pack &pack, const SystemScore &system)
{
    QVector<QStringList> rows;
    for (int i = 0; i < pack.drivers.size(); ++i) {
        const DriverScore &s = system.drivers[i];
        const QString bar = QString(s.total, QChar(0x2588)) + QString(20 - s.total, QChar(0x2591));
        rows << QStringList{pack.drivers[i].name, bar,
                            s.complete ? QStringLiteral("%1 · %2").arg(s.total).arg(pack.levelTitles.value(*s.band - 1))
                                       : tr("incomplete (%1 of 5)").arg(s.rated)};
    }
    r.add(Block::Kind::Heading, tr("Scores at a glance"), 2);
    r.addTable({tr("Driver"), tr("Agreed total, of 20"), tr("Score and band")}, rows, {30, 38, 32});
}

// For every element: the level the group agreed, what that level looks like, and the
// approaches to change the workbook suggests for moving on from it.
void addDetailedAssessment(Report &r, const Pack &pack, const Ratings &agreed)
{
    r.add(Block::Kind::Heading, tr("Detailed assessment"));
    r.add(Block::Kind::Note, tr("Each element at the level the group agreed, with the approaches to change the workbook gives "
                                "at that level."));
    for (const Driver &driver : pack.drivers) {
        r.add(Block::Kind::Heading, driver.name, 2);
        QVector<QStringList> rows;
        for (const Element &e : driver.elements) {
            const int level = agreed.value(e.key, 0);
            if (level < 1 || level > e.levels.size()) {
                rows << QStringList{e.name, tr("not agreed yet"), QString(), QString()};
                continue;
            }
            const LevelText &text = e.levels[level - 1];
            QStringList approaches;
            for (const QString &a : text.approaches)
                approaches << QStringLiteral("• %1").arg(a);
            rows << QStringList{e.name, QStringLiteral("%1 · %2").arg(level).arg(pack.levelTitles.value(level - 1)),
                                text.descriptor, approaches.join(QLatin1Char('\n'))};
        }
        r.addTable({tr("Element"), tr("Agreed level"), tr("What it looks like"), tr("Approaches to change")}, rows,
                   {20, 14, 28, 38});
    }
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
    addScoreChart(r, pack, scoreSystem(pack, d->agreed));

    r.add(Block::Kind::Heading, tr("The group view"));
    r.add(Block::Kind::Note, tr("Elements where people differed most come first."));
    // In print everyone's levels share a column (a portrait page has no room for one each), with
    // the driver under the element's name; the order of the levels is said once.
    Table g = group(*d, anonymous, false);
    g.headers.removeAt(1);
    for (QStringList &row : g.rows)
        row[0] = QStringLiteral("%1\n(%2)").arg(row[0], row.takeAt(1));
    QStringList order = people(*d, anonymous);
    for (int i = 0; anonymous && i < order.size(); ++i)
        order[i] = anonymousLabel(i);
    if (!order.isEmpty())
        r.add(Block::Kind::Note, tr("Levels given, in order: %1.").arg(order.join(QStringLiteral(", "))));
    r.addTable(g.headers, g.rows);

    addDetailedAssessment(r, pack, d->agreed);
    addActionPlan(r, d->actions, actionPlan(*d));
    return r;
}

} // namespace qdf::report
