#include "core/report/ActionPlanReport.h"

#include <QCoreApplication>

namespace qdf::report {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::report", text);
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

} // namespace

Table actionPlanTable(const QVector<Action> &actions, const std::function<QString(const QString &)> &subjectName,
                      const QString &subjectHeading)
{
    Table t;
    t.headers = {subjectHeading,     tr("We need to achieve..."), tr("So that we can..."),
                 tr("By doing..."),  tr("By when..."),            tr("Involving..."),
                 tr("How critical, how well"), tr("Resources needed...")};
    for (const Action &a : actions)
        t.rows << QStringList{subjectName(a.subjectKey), a.achieve, a.soThat, numberedSteps(a.steps),
                              a.byWhen, a.involving, a.criticality, a.resources};
    return t;
}

void addActionPlan(Report &r, const QVector<Action> &actions, const Table &plan)
{
    r.add(Block::Kind::Heading, tr("Action plan"));
    if (actions.isEmpty()) {
        r.add(Block::Kind::Paragraph, tr("No actions yet."));
        return;
    }
    // The eight columns of the CSV would break every word on a portrait page.
    QVector<QStringList> overview;
    for (int i = 0; i < plan.rows.size(); ++i)
        overview << QStringList{QString::number(i + 1), plan.rows[i][1], plan.rows[i][0], plan.rows[i][4]};
    r.addTable({QStringLiteral("#"), plan.headers[1], tr("Improves"), plan.headers[4]}, overview);
    for (int i = 0; i < actions.size(); ++i) {
        const Action &a = actions[i];
        r.add(Block::Kind::Heading, tr("Action %1: %2").arg(i + 1).arg(a.achieve), 2);
        QVector<QStringList> planned;
        for (int c = 0; c < plan.headers.size(); ++c)
            planned << QStringList{plan.headers[c], plan.rows[i][c]};
        r.addTable({tr("Action planning"), QString()}, planned, {28, 72});
        const QVector<QStringList> sheet{{tr("What we are trying to achieve"), a.purpose},
                                         {tr("Lead person for delivery"), a.lead},
                                         {tr("Support roles and what is required"), a.support},
                                         {tr("What will really make the difference?"), a.difference}};
        r.addTable({tr("Detailed action planning"), QString()}, sheet, {28, 72});
        QVector<QStringList> points;
        for (const ReviewPoint &p : a.reviewPoints)
            points << QStringList{p.due, p.expected, p.achieved, p.learning};
        if (!points.isEmpty())
            r.addTable({tr("Review points"), tr("What we expect to have achieved"), tr("What we have achieved"),
                        tr("Learning points and plan to progress")},
                       points, {16, 28, 28, 28});
    }
}

} // namespace qdf::report
