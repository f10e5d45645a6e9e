#include "gui/session/WorkbookSession.h"

#include "core/SiblingNames.h"

#include "core/Workbook.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/PlanStore.h"
#include "core/stores/ScheduleStore.h"

#include "core/Changes.h"
#include "gui/session/UndoText.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QUndoCommand>
#include <QScopeGuard>
#include <QUndoStack>

namespace qdf::gui {
namespace {

constexpr int kPollMs = 2000;  // the file watcher can miss a change on some file systems

// One generic command for every edit: redo and undo are store calls. A step that fails is
// reported and dropped from the stack (obsolete), so the stack never claims what the file lacks.
// Each step remembers the revision it wrote and the items that revision changed, so that a later
// undo or redo can see whether someone else changed them since.
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(Workbook &workbook, const QString &text, std::function<Status()> redo, std::function<Status()> undo,
                 std::function<void(const Status &)> report)
        : QUndoCommand(text), m_workbook(workbook), m_redo(std::move(redo)), m_undo(std::move(undo)), m_report(std::move(report))
    {
    }
    void redo() override { run(m_redo); }
    void undo() override { run(m_undo); }
    bool succeeded() const { return m_ok; }
    qint64 revision() const { return m_revision; }
    const QSet<QString> &items() const { return m_items; }

private:
    void run(const std::function<Status()> &step)
    {
        const qint64 before = m_workbook.info().revision;
        const Status s = step();
        m_ok = s.ok();
        if (!m_ok)
            setObsolete(true);
        else if (m_workbook.info().revision != before) {
            m_revision = m_workbook.info().revision;
            if (auto items = itemsOf(m_workbook, m_revision))
                m_items = *items;
        }
        m_report(s);
    }

    Workbook &m_workbook;
    std::function<Status()> m_redo, m_undo;
    std::function<void(const Status &)> m_report;
    bool m_ok = false;
    qint64 m_revision = 0;
    QSet<QString> m_items;
};

template <typename T>
Status toStatus(const Result<T> &r)
{
    return r ? Status::success() : Status(r.error());
}

// "question:42" -> 42 for the scope's prefix, or -1.
qint64 idIn(const QString &scope, QLatin1String prefix)
{
    return scope.startsWith(prefix) ? scope.mid(prefix.size()).toLongLong() : -1;
}

} // namespace

WorkbookSession::WorkbookSession(std::unique_ptr<Workbook> workbook, QObject *parent)
    : QObject(parent), m_workbook(std::move(workbook)), m_undoStack(new QUndoStack(this))
{
    m_seenRevision = m_workbook->info().revision;
    m_workbook->setAfterWrite([this] { catchUp(); });
    watchFile();
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &WorkbookSession::catchUp);
    m_poll.start();
}

WorkbookSession::~WorkbookSession()
{
    m_workbook->setAfterWrite({});
}

void WorkbookSession::watchFile()
{
    m_watcher = new QFileSystemWatcher(this);
    // Another process's commit changes the file or, in WAL mode, the -wal beside it.
    const QString path = m_workbook->path();
    m_watcher->addPath(path);
    if (const QString wal = siblings::sibling(path, QStringLiteral("-wal")); QFileInfo::exists(wal))
        m_watcher->addPath(wal);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { QTimer::singleShot(50, this, &WorkbookSession::catchUp); });
}

void WorkbookSession::catchUp()
{
    // A page refreshing on a signal may write (rarely) and so call back here: once at a time.
    if (m_catchingUp || m_workbook->isWriting())
        return;
    m_catchingUp = true;
    auto changes = changesSince(*m_workbook, m_seenRevision);
    if (!changes) {
        m_catchingUp = false;
        Q_EMIT failed(changes.error().message);
        return;
    }
    if (!changes->isEmpty()) {
        m_seenRevision = changes->to;
        if (!changes->otherWriters.isEmpty())
            (void)m_workbook->refresh();  // its record (revision, base) as the other writer left it
        announce(*changes);
    }
    m_catchingUp = false;
}

void WorkbookSession::announce(const ChangeSet &changes)
{
    m_announcing = changes.items;
    const auto done = qScopeGuard([this] { m_announcing.clear(); });
    bool schedules = false;
    for (const QString &item : changes.items) {
        if (item.startsWith(QLatin1String("schedule:")) || item.startsWith(QLatin1String("signoff:")))
            schedules = true;
    }
    for (const QString &scope : changes.scopes) {
        if (const qint64 id = idIn(scope, QLatin1String("question:")); id >= 0)
            Q_EMIT answerChanged(id);
        else if (const qint64 section = idIn(scope, QLatin1String("section:")); section >= 0)
            Q_EMIT sectionChanged(section);
    }
    const auto has = [&changes](const char *scope) { return changes.scopes.contains(QLatin1String(scope)); };
    if (schedules)
        Q_EMIT schedulesChanged();
    if (has("plan"))
        Q_EMIT planChanged();
    if (has("catalyst"))
        Q_EMIT catalystChanged();
    if (has("review"))
        Q_EMIT reviewChanged();
    if (has("actions"))
        Q_EMIT actionsChanged();
    if (has("structure"))
        Q_EMIT structureChanged();
    if (has("sync"))
        Q_EMIT syncChanged();
    if (has("workbook"))
        Q_EMIT workbookChanged();
    if (!changes.otherWriters.isEmpty())
        Q_EMIT changedElsewhere(changes.otherWriters);
}

bool WorkbookSession::report(const Status &status)
{
    if (status) {
        setUnsaved(false);
        Q_EMIT saved();
    } else
        Q_EMIT failed(status.error().message);
    return status.ok();
}

bool WorkbookSession::push(const QString &text, std::function<Status()> redo, std::function<Status()> undo)
{
    auto *command = new StoreCommand(*m_workbook, text, std::move(redo), std::move(undo), [this](const Status &s) { report(s); });
    m_undoStack->push(command);  // runs redo() once; a failed one is dropped as obsolete
    return m_undoStack->count() > 0 && m_undoStack->command(m_undoStack->index() - 1) == command;
}

bool WorkbookSession::mayReplay(int index, const QString &what)
{
    const auto *command = dynamic_cast<const StoreCommand *>(m_undoStack->command(index));
    if (!command || command->revision() == 0)
        return true;
    auto others = qdf::changedElsewhere(*m_workbook, command->items(), command->revision());
    if (!others)
        return report(others.error());
    if (others->isEmpty())
        return true;
    Q_EMIT failed(tr("“%1” cannot be %2: %3 changed it since, and that change is kept.")
                      .arg(command->text(), what, QLocale().createSeparatedList(*others)));
    return false;
}

bool WorkbookSession::undo()
{
    if (!flushPending() || !m_undoStack->canUndo())
        return false;
    catchUp();
    if (!mayReplay(m_undoStack->index() - 1, tr("undone")))
        return false;
    m_undoStack->undo();
    return true;
}

bool WorkbookSession::redo()
{
    if (!flushPending() || !m_undoStack->canRedo())
        return false;
    catchUp();
    if (!mayReplay(m_undoStack->index(), tr("redone")))
        return false;
    m_undoStack->redo();
    return true;
}

void WorkbookSession::registerPending(QObject *editor, std::function<bool()> flush)
{
    if (!m_pending.contains(editor))
        connect(editor, &QObject::destroyed, this, [this, editor] { m_pending.remove(editor); });
    m_pending.insert(editor, std::move(flush));
}

bool WorkbookSession::flushPending()
{
    bool all = true;
    // A flush may announce changes that rebuild editors: flush a copy.
    const auto pending = m_pending;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (m_pending.contains(it.key()))
            all = it.value()() && all;
    }
    if (all)
        setUnsaved(false);
    return all;
}

void WorkbookSession::noteTyping()
{
    setUnsaved(true);
}

void WorkbookSession::setUnsaved(bool unsaved)
{
    if (m_unsaved == unsaved)
        return;
    m_unsaved = unsaved;
    Q_EMIT unsavedChanged(unsaved);
}

bool WorkbookSession::setAnswer(const Question &q, const QString &oldText, const QString &newText)
{
    Workbook &wb = *m_workbook;
    return push(
        UndoText::of(UndoText::Kind::Answer, q.text), [&wb, q, newText] { return toStatus(AnswerStore(wb).set(q.id, newText)); },
        [&wb, q, oldText] { return toStatus(AnswerStore(wb).set(q.id, oldText)); });
}

bool WorkbookSession::setAnswerIn(const Question &q, Language language, const QString &oldText, const QString &newText)
{
    Workbook &wb = *m_workbook;
    return push(
        UndoText::of(UndoText::Kind::Answer, q.text),
        [&wb, q, language, newText] { return toStatus(AnswerStore(wb).setIn(q.id, language, newText)); },
        [&wb, q, language, oldText] { return toStatus(AnswerStore(wb).setIn(q.id, language, oldText)); });
}

bool WorkbookSession::markAnswerTranslated(const Question &q)
{
    Workbook &wb = *m_workbook;
    auto current = AnswerStore(wb).current(q.id);
    if (!current)
        return report(current.error());
    if (!*current)
        return true;
    const Bilingual before = (*current)->texts;
    return push(
        UndoText::of(UndoText::Kind::Translated, q.text), [&wb, q] { return toStatus(AnswerStore(wb).markTranslated(q.id)); },
        [&wb, q, before] { return toStatus(AnswerStore(wb).put(q.id, before)); });
}

bool WorkbookSession::restoreAnswer(const Question &q, int version)
{
    Workbook &wb = *m_workbook;
    auto current = AnswerStore(wb).current(q.id);
    if (!current)
        return report(current.error());  // what undo would put back cannot be read: no step
    const QString oldText = *current ? (*current)->text : QString();
    return push(
        UndoText::of(UndoText::Kind::AnswerVersion, QString::number(version)),
        [&wb, q, version] { return toStatus(AnswerStore(wb).restore(q.id, version)); },
        [&wb, q, oldText] { return toStatus(AnswerStore(wb).set(q.id, oldText)); });
}

bool WorkbookSession::addExample(qint64 sectionId, const QString &title, const QString &body)
{
    Workbook &wb = *m_workbook;
    // The first redo creates the example; later ones put the same one back.
    auto added = std::make_shared<std::optional<WorkingExample>>();
    return push(
        UndoText::of(UndoText::Kind::NewExample, title),
        [&wb, sectionId, title, body, added]() -> Status {
            if (*added)
                return MaterialStore(wb).restoreExample(**added);
            auto e = MaterialStore(wb).addExample(sectionId, title, body);
            if (e)
                *added = *e;
            return toStatus(e);
        },
        [&wb, added] { return MaterialStore(wb).removeExample((*added)->uuid); });
}

bool WorkbookSession::editExample(const WorkingExample &e, const QString &title, const QString &body)
{
    Workbook &wb = *m_workbook;
    return push(
        UndoText::of(UndoText::Kind::Example, title), [&wb, e, title, body] { return MaterialStore(wb).editExample(e.uuid, title, body); },
        [&wb, e] { return MaterialStore(wb).editExample(e.uuid, e.title, e.body); });
}

bool WorkbookSession::moveExample(const WorkingExample &e, int to)
{
    Workbook &wb = *m_workbook;
    return push(
        UndoText::of(UndoText::Kind::ExampleOrder), [&wb, e, to] { return MaterialStore(wb).moveExample(e.uuid, to); },
        [&wb, e] { return MaterialStore(wb).moveExample(e.uuid, e.position); });
}

bool WorkbookSession::removeExample(const WorkingExample &e)
{
    Workbook &wb = *m_workbook;
    return push(
        UndoText::of(UndoText::Kind::RemovedExample, e.title), [&wb, e] { return MaterialStore(wb).removeExample(e.uuid); },
        [&wb, e] { return MaterialStore(wb).restoreExample(e); });
}

bool WorkbookSession::attachReference(qint64 sectionId, const QString &fileName, const QByteArray &data,
                                      const QString &note)
{
    Workbook &wb = *m_workbook;
    auto added = std::make_shared<std::optional<ReferenceMaterial>>();
    return push(
        UndoText::of(UndoText::Kind::Attachment, fileName),
        [&wb, sectionId, fileName, data, note, added]() -> Status {
            if (*added)
                return MaterialStore(wb).restoreReference(**added, data);
            auto r = MaterialStore(wb).attach(sectionId, fileName, data, note);
            if (r)
                *added = *r;
            return toStatus(r);
        },
        [&wb, added] { return MaterialStore(wb).removeReference((*added)->uuid); });
}

bool WorkbookSession::setReferenceNote(const ReferenceMaterial &r, const QString &note)
{
    Workbook &wb = *m_workbook;
    return push(
        UndoText::of(UndoText::Kind::AttachmentNote, r.fileName), [&wb, r, note] { return MaterialStore(wb).setReferenceNote(r.uuid, note); },
        [&wb, r] { return MaterialStore(wb).setReferenceNote(r.uuid, r.note); });
}

bool WorkbookSession::removeReference(const ReferenceMaterial &r)
{
    Workbook &wb = *m_workbook;
    auto data = MaterialStore(wb).referenceData(r.uuid);
    if (!data)
        return report(data.error());
    return push(
        UndoText::of(UndoText::Kind::RemovedAttachment, r.fileName), [&wb, r] { return MaterialStore(wb).removeReference(r.uuid); },
        [&wb, r, bytes = *data] { return MaterialStore(wb).restoreReference(r, bytes); });
}

bool WorkbookSession::editSchedule(const Schedule &s, const QString &title, const QString &body,
                                   std::optional<qint64> sittingStart)
{
    Workbook &wb = *m_workbook;
    // Saving as one types amends the sitting's version; undoing and redoing later are versions
    // of their own, so the history keeps what each of them replaced.
    auto first = std::make_shared<bool>(true);
    return push(
        UndoText::of(UndoText::Kind::ScheduleText, s.number),
        [&wb, s, title, body, sittingStart, first] {
            const bool amending = *first && sittingStart;
            *first = false;
            return toStatus(amending ? ScheduleStore(wb).amend(s.uuid, title, body, *sittingStart)
                                     : ScheduleStore(wb).edit(s.uuid, title, body));
        },
        [&wb, s] { return toStatus(ScheduleStore(wb).edit(s.uuid, s.title, s.body)); });
}

bool WorkbookSession::editScheduleIn(const Schedule &s, Language language, const QString &title, const QString &body,
                                     std::optional<qint64> sittingStart)
{
    Workbook &wb = *m_workbook;
    auto first = std::make_shared<bool>(true);
    const LanguageText before = s.texts.in(language);
    return push(
        UndoText::of(UndoText::Kind::ScheduleText, s.number),
        [&wb, s, language, title, body, sittingStart, first] {
            const bool amending = *first && sittingStart;
            *first = false;
            return toStatus(amending ? ScheduleStore(wb).amendIn(s.uuid, language, title, body, *sittingStart)
                                     : ScheduleStore(wb).editIn(s.uuid, language, title, body));
        },
        [&wb, s, language, before] { return toStatus(ScheduleStore(wb).editIn(s.uuid, language, before.title, before.body)); });
}

bool WorkbookSession::markScheduleTranslated(const Schedule &s)
{
    Workbook &wb = *m_workbook;
    const Bilingual before = s.texts;
    return push(
        UndoText::of(UndoText::Kind::Translated, tr("Schedule %1").arg(s.number)),
        [&wb, s] { return toStatus(ScheduleStore(wb).markTranslated(s.uuid)); },
        [&wb, s, before]() -> Status {
            // Back to the states the two languages had (the words are the same: only they changed).
            auto now = ScheduleStore(wb).find(s.uuid);
            if (!now)
                return now.error();
            return toStatus(ScheduleStore(wb).put({s.uuid, now->sectionKey, now->number, before, now->maturity}));
        });
}

bool WorkbookSession::setMilestone(const Milestone &m, MilestoneStatus status)
{
    Workbook &wb = *m_workbook;
    return push(
        UndoText::of(UndoText::Kind::Milestone, m.title), [&wb, m, status] { return PlanStore(wb).setMilestone(m.uuid, status, m.due); },
        [&wb, m] { return PlanStore(wb).setMilestone(m.uuid, m.status, m.due); });
}

Result<Schedule> WorkbookSession::addSchedule(qint64 sectionId, const QString &title, const QString &body)
{
    auto added = ScheduleStore(*m_workbook).add(sectionId, title, body);
    report(toStatus(added));
    return added;
}

bool WorkbookSession::moveSchedule(const Schedule &s, Maturity to)
{
    return report(toStatus(ScheduleStore(*m_workbook).move(s.uuid, to)));
}

bool WorkbookSession::signSchedule(const Schedule &s)
{
    return report(toStatus(ScheduleStore(*m_workbook).sign(s.uuid)));
}

} // namespace qdf::gui
