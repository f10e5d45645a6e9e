#include "core/report/CatalystReport.h"

#include "core/Csv.h"
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

// A group larger than this shares one column in print: a page has room for so many.
constexpr int kPrintableColumns = 8;

using RoundData = RoundSnapshot;

Result<RoundData> load(Workbook &workbook, const QString &roundId)
{
    return CatalystStore(workbook).snapshot(roundId);
}

Table finalScores(const RoundData &d)
{
    const Pack &pack = Pack::shipped();
    Table t;
    t.headers = QStringList{tr("Driver"), tr("Score")} + pack.levelTitles + QStringList{tr("Prioritised Improvement Target")};
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

Table group(const RoundData &d, bool anonymous, bool participantColumns)
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

QString numberedSteps(const QStringList &steps)
{
    QStringList lines;
    for (int i = 0; i < steps.size(); ++i) {
        if (!steps[i].trimmed().isEmpty())
            lines << QStringLiteral("%1. %2").arg(i + 1).arg(steps[i].trimmed());
    }
    return lines.join(QLatin1Char('\n'));
}

Table actionPlan(const RoundData &d)
{
    Table t;
    t.headers = {tr("Driver or element"), tr("We need to achieve..."), tr("So that we can..."), tr("By doing..."),
                 tr("By when..."), tr("Involving..."), tr("How critical, how well"), tr("Resources needed...")};
    for (const Action &a : d.actions)
        t.rows << QStringList{Pack::shipped().subjectName(a.subjectKey), a.achieve, a.soThat, numberedSteps(a.steps),
                              a.byWhen, a.involving, a.criticality, a.resources};
    return t;
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
    auto d = load(workbook, roundId);
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
    auto d = load(workbook, roundId);
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
    const Table final = finalScores(*d);
    r.addTable(final.headers, final.rows);
    const SystemScore system = scoreSystem(pack, d->agreed);
    if (system.averageElementScore) {
        QStringList weakest;
        for (const QString &key : system.weakestDrivers)
            weakest << pack.driver(key)->name;
        r.add(Block::Kind::Paragraph, tr("Average element score: %1 of 4.").arg(QLocale::c().toString(*system.averageElementScore, 'f', 1)));
        if (!weakest.isEmpty())
            r.add(Block::Kind::Paragraph, tr("Weakest: %1.").arg(weakest.join(QStringLiteral(", "))));
    }

    r.add(Block::Kind::Heading, tr("The group view"));
    r.add(Block::Kind::Note, tr("Elements where people differed most come first."));
    const Table g = group(*d, anonymous, d->byParticipant.size() <= kPrintableColumns);
    r.addTable(g.headers, g.rows);

    r.add(Block::Kind::Heading, tr("Action plan"));
    if (d->actions.isEmpty()) {
        r.add(Block::Kind::Paragraph, tr("No actions yet."));
        return r;
    }
    const Table plan = actionPlan(*d);
    r.addTable(plan.headers, plan.rows);
    for (int i = 0; i < d->actions.size(); ++i) {
        const Action &a = d->actions[i];
        r.add(Block::Kind::Heading, tr("Action %1: %2").arg(i + 1).arg(a.achieve), 2);
        r.add(Block::Kind::Note, Pack::shipped().subjectName(a.subjectKey));
        const QVector<QPair<QString, QString>> sheet{{tr("What we are trying to achieve"), a.purpose},
                                                     {tr("Lead person for delivery"), a.lead},
                                                     {tr("Support roles and what is required"), a.support},
                                                     {tr("What will really make the difference?"), a.difference}};
        QVector<QStringList> rows;
        for (const auto &[label, text] : sheet)
            rows << QStringList{label, text};
        r.addTable({tr("Detailed action planning"), QString()}, rows);
        QVector<QStringList> points;
        for (const ReviewPoint &p : a.reviewPoints)
            points << QStringList{p.due, p.expected, p.achieved, p.learning};
        if (!points.isEmpty())
            r.addTable({tr("Review points"), tr("What we expect to have achieved"), tr("What we have achieved"),
                        tr("Learning points and plan to progress")},
                       points);
    }
    return r;
}

} // namespace qdf::report
