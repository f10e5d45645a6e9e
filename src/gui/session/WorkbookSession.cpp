#include "gui/session/WorkbookSession.h"

#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/PlanStore.h"
#include "core/stores/ScheduleStore.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace qdf::gui {
namespace {

// One generic command for every edit: redo and undo are store calls. A step that fails is
// reported and dropped from the stack (obsolete), so the stack never claims what the file lacks.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(const QString &text, std::function<Status()> redo, std::function<Status()> undo,
                 std::function<void()> changed, std::function<void(const Status &)> report)
        : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)), m_changed(std::move(changed)),
          m_report(std::move(report))
    {
    }
    void redo() override { run(m_redo); }
    void undo() override { run(m_undo); }
    bool succeeded() const { return m_ok; }

private:
    void run(const std::function<Status()> &step)
    {
        const Status s = step();
        m_ok = s.ok();
        if (m_ok)
            m_changed();  // a failed step changed nothing: refreshing would wipe what is on screen
        else
            setObsolete(true);
        m_report(s);
    }

    std::function<Status()> m_redo, m_undo;
    std::function<void()> m_changed;
    std::function<void(const Status &)> m_report;
    bool m_ok = false;
};

template <typename T>
Status toStatus(const Result<T> &r)
{
    return r ? Status::success() : Status(r.error());
}

} // namespace

WorkbookSession::WorkbookSession(std::unique_ptr<Workbook> workbook, QObject *parent)
    : QObject(parent), m_workbook(std::move(workbook)), m_undoStack(new QUndoStack(this))
{
}

WorkbookSession::~WorkbookSession() = default;

bool WorkbookSession::report(const Status &status)
{
    if (status)
        Q_EMIT saved();
    else
        Q_EMIT failed(status.error().message);
    return status.ok();
}

bool WorkbookSession::push(const QString &text, std::function<Status()> redo, std::function<Status()> undo,
                           std::function<void()> changed)
{
    auto *command = new StoreCommand(text, std::move(redo), std::move(undo), std::move(changed),
                                     [this](const Status &s) { report(s); });
    m_undoStack->push(command);  // runs redo() once; a failed one is dropped as obsolete
    return m_undoStack->count() > 0 && m_undoStack->command(m_undoStack->index() - 1) == command;
}

bool WorkbookSession::setAnswer(const Question &q, const QString &oldText, const QString &newText)
{
    Workbook &wb = *m_workbook;
    return push(
        tr("Edit answer: %1").arg(q.text), [&wb, q, newText] { return toStatus(AnswerStore(wb).set(q.id, newText)); },
        [&wb, q, oldText] { return toStatus(AnswerStore(wb).set(q.id, oldText)); },
        [this, id = q.id] { Q_EMIT answerChanged(id); });
}

bool WorkbookSession::restoreAnswer(const Question &q, int version)
{
    Workbook &wb = *m_workbook;
    auto current = AnswerStore(wb).current(q.id);
    const QString oldText = current && *current ? (*current)->text : QString();
    return push(
        tr("Restore version %1 of an answer").arg(version),
        [&wb, q, version] { return toStatus(AnswerStore(wb).restore(q.id, version)); },
        [&wb, q, oldText] { return toStatus(AnswerStore(wb).set(q.id, oldText)); },
        [this, id = q.id] { Q_EMIT answerChanged(id); });
}

bool WorkbookSession::addExample(qint64 sectionId, const QString &title, const QString &body)
{
    Workbook &wb = *m_workbook;
    // The first redo creates the example; later ones put the same one back.
    auto added = std::make_shared<std::optional<WorkingExample>>();
    return push(
        tr("Add working example"),
        [&wb, sectionId, title, body, added]() -> Status {
            if (*added)
                return MaterialStore(wb).restoreExample(**added);
            auto e = MaterialStore(wb).addExample(sectionId, title, body);
            if (e)
                *added = *e;
            return toStatus(e);
        },
        [&wb, added] { return MaterialStore(wb).removeExample((*added)->uuid); },
        [this, sectionId] { Q_EMIT sectionChanged(sectionId); });
}

bool WorkbookSession::editExample(const WorkingExample &e, const QString &title, const QString &body)
{
    Workbook &wb = *m_workbook;
    return push(
        tr("Edit working example"), [&wb, e, title, body] { return MaterialStore(wb).editExample(e.uuid, title, body); },
        [&wb, e] { return MaterialStore(wb).editExample(e.uuid, e.title, e.body); },
        [this, id = e.sectionId] { Q_EMIT sectionChanged(id); });
}

bool WorkbookSession::moveExample(const WorkingExample &e, int to)
{
    Workbook &wb = *m_workbook;
    return push(
        tr("Move working example"), [&wb, e, to] { return MaterialStore(wb).moveExample(e.uuid, to); },
        [&wb, e] { return MaterialStore(wb).moveExample(e.uuid, e.position); },
        [this, id = e.sectionId] { Q_EMIT sectionChanged(id); });
}

bool WorkbookSession::removeExample(const WorkingExample &e)
{
    Workbook &wb = *m_workbook;
    return push(
        tr("Remove working example"), [&wb, e] { return MaterialStore(wb).removeExample(e.uuid); },
        [&wb, e] { return MaterialStore(wb).restoreExample(e); }, [this, id = e.sectionId] { Q_EMIT sectionChanged(id); });
}

bool WorkbookSession::attachReference(qint64 sectionId, const QString &fileName, const QByteArray &data,
                                      const QString &note)
{
    Workbook &wb = *m_workbook;
    auto added = std::make_shared<std::optional<ReferenceMaterial>>();
    return push(
        tr("Attach %1").arg(fileName),
        [&wb, sectionId, fileName, data, note, added]() -> Status {
            if (*added)
                return MaterialStore(wb).restoreReference(**added, data);
            auto r = MaterialStore(wb).attach(sectionId, fileName, data, note);
            if (r)
                *added = *r;
            return toStatus(r);
        },
        [&wb, added] { return MaterialStore(wb).removeReference((*added)->uuid); },
        [this, sectionId] { Q_EMIT sectionChanged(sectionId); });
}

bool WorkbookSession::setReferenceNote(const ReferenceMaterial &r, const QString &note)
{
    Workbook &wb = *m_workbook;
    return push(
        tr("Edit note on %1").arg(r.fileName), [&wb, r, note] { return MaterialStore(wb).setReferenceNote(r.uuid, note); },
        [&wb, r] { return MaterialStore(wb).setReferenceNote(r.uuid, r.note); },
        [this, id = r.sectionId] { Q_EMIT sectionChanged(id); });
}

bool WorkbookSession::removeReference(const ReferenceMaterial &r)
{
    Workbook &wb = *m_workbook;
    auto data = MaterialStore(wb).referenceData(r.uuid);
    if (!data)
        return report(data.error());
    return push(
        tr("Remove %1").arg(r.fileName), [&wb, r] { return MaterialStore(wb).removeReference(r.uuid); },
        [&wb, r, bytes = *data] { return MaterialStore(wb).restoreReference(r, bytes); },
        [this, id = r.sectionId] { Q_EMIT sectionChanged(id); });
}

bool WorkbookSession::editSchedule(const Schedule &s, const QString &title, const QString &body)
{
    Workbook &wb = *m_workbook;
    return push(
        tr("Edit Schedule %1").arg(s.number), [&wb, s, title, body] { return toStatus(ScheduleStore(wb).edit(s.uuid, title, body)); },
        [&wb, s] { return toStatus(ScheduleStore(wb).edit(s.uuid, s.title, s.body)); },
        [this, id = s.sectionId] {
            Q_EMIT sectionChanged(id);
            Q_EMIT schedulesChanged();
        });
}

bool WorkbookSession::setMilestone(const Milestone &m, MilestoneStatus status)
{
    Workbook &wb = *m_workbook;
    return push(
        tr("Change milestone status"), [&wb, m, status] { return PlanStore(wb).setMilestone(m.uuid, status, m.due); },
        [&wb, m] { return PlanStore(wb).setMilestone(m.uuid, m.status, m.due); }, [this] { Q_EMIT planChanged(); });
}

Result<Schedule> WorkbookSession::addSchedule(qint64 sectionId, const QString &title, const QString &body)
{
    auto added = ScheduleStore(*m_workbook).add(sectionId, title, body);
    if (report(toStatus(added))) {
        Q_EMIT sectionChanged(sectionId);
        Q_EMIT schedulesChanged();
    }
    return added;
}

bool WorkbookSession::moveSchedule(const Schedule &s, Maturity to)
{
    const bool ok = report(toStatus(ScheduleStore(*m_workbook).move(s.uuid, to)));
    Q_EMIT sectionChanged(s.sectionId);
    Q_EMIT schedulesChanged();
    return ok;
}

bool WorkbookSession::signSchedule(const Schedule &s)
{
    const bool ok = report(toStatus(ScheduleStore(*m_workbook).sign(s.uuid)));
    Q_EMIT schedulesChanged();
    return ok;
}

} // namespace qdf::gui
