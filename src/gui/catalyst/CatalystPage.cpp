#include "gui/catalyst/CatalystPage.h"

#include "core/Workbook.h"
#include "core/report/CatalystReport.h"
#include "gui/actions/ActionPlanView.h"
#include "gui/actions/ActionSheetDialog.h"
#include "gui/CellTyping.h"
#include "gui/ReadOrSay.h"
#include "gui/catalyst/CatalystCharts.h"
#include "gui/catalyst/DetailedAssessment.h"
#include "gui/catalyst/EntryGrid.h"
#include "gui/catalyst/FinalScoresTable.h"
#include "gui/catalyst/GroupView.h"
#include "gui/catalyst/ScoringGrid.h"
#include "gui/live/LiveController.h"
#include "gui/session/AssessmentEdits.h"
#include "gui/session/WorkbookSession.h"
#include "gui/app/ReportActions.h"
#include "gui/Labels.h"

#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

using namespace qdf::catalyst;

Subjects catalystSubjects()
{
    Subjects subjects;
    for (const Driver &d : Pack::shipped().drivers) {
        subjects << qMakePair(d.key, d.name);
        for (const Element &e : d.elements)
            subjects << qMakePair(e.key, QStringLiteral("    %1").arg(e.name));
    }
    return subjects;
}

} // namespace

CatalystPage::CatalystPage(WorkbookSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("page-catalyst"));
    const bool editable = m_editable = !session.workbook().isReadOnly();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 24);
    m_title = new QLabel(tr("A Catalyst for Change: self-assessment"), this);
    m_title->setProperty("role", QStringLiteral("title"));
    layout->addWidget(m_title);
    m_purpose = new QLabel(tr("Score each element on your own first (about a minute each: press 1-4), then compare "
                                  "as a group, discuss the biggest differences and agree the scores."),
                               this);
    m_purpose->setProperty("role", QStringLiteral("purpose"));
    m_purpose->setWordWrap(true);
    layout->addWidget(m_purpose);

    m_rounds = new QComboBox(this);
    m_rounds->setObjectName(QStringLiteral("catalystRound"));
    m_rounds->setAccessibleName(tr("Round"));
    // Wide enough for a round's name and date, narrow enough to leave the projector's 1280 pixels
    // to the views and the live panel at presentation size.
    m_rounds->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rounds->setMinimumContentsLength(14);
    auto *newRound = new QPushButton(tr("New round…"), this);
    newRound->setObjectName(QStringLiteral("newRound"));
    newRound->setEnabled(editable);
    m_participant = new QLineEdit(session.workbook().info().owner.name, this);
    m_participant->setObjectName(QStringLiteral("catalystParticipant"));
    m_participant->setAccessibleName(tr("Whose scores"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(exportMenu());
    m_bar = new QHBoxLayout;
    m_bar->addWidget(labelFor(m_rounds, tr("Round:")));
    m_bar->addWidget(m_rounds);
    m_bar->addWidget(newRound);
    m_bar->addSpacing(24);
    m_participantLabel = labelFor(m_participant, tr("Scores of:"));
    m_bar->addWidget(m_participantLabel);
    m_bar->addWidget(m_participant, 1);
    m_bar->addStretch();  // the room the name leaves while presenting
    m_bar->addSpacing(24);
    m_startLive = new QPushButton(tr("Start live session…"), this);
    m_startLive->setObjectName(QStringLiteral("startLive"));
    m_startLive->setToolTip(tr("Participants score this round from their own phones, blind until you reveal"));
    m_startLive->setEnabled(false);  // until the window gives the page its live session
    m_bar->addWidget(m_startLive);
    m_bar->addWidget(exportButton);
    layout->addLayout(m_bar);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Views of the round"));
    m_grid = new ScoringGrid(session, m_tabs);
    m_tabs->addTab(m_grid, tr("&Individual scoring"));
    m_entry = new EntryGrid(session, m_tabs);
    auto *entryPage = new QWidget(m_tabs);
    auto *entryLayout = new QVBoxLayout(entryPage);
    m_addPerson = new QPushButton(tr("Add pa&rticipant…"), entryPage);
    m_addPerson->setObjectName(QStringLiteral("addParticipant"));
    m_addPerson->setEnabled(editable);
    auto *entryBar = new QHBoxLayout;
    auto *entryHint = new QLabel(tr("Scores collected in the room: type 1-4 in a participant's column, Delete clears."), entryPage);
    entryHint->setWordWrap(true);  // or it alone would hold the page as wide as a line of it
    entryBar->addWidget(entryHint, 1);
    entryBar->addWidget(m_addPerson);
    entryLayout->addLayout(entryBar);
    entryLayout->addWidget(m_entry, 1);
    m_tabs->addTab(entryPage, tr("E&nter scores"));
    m_group = new GroupView(session, m_tabs);
    m_tabs->addTab(m_group, tr("&Group view"));
    auto *finalPage = new QWidget(m_tabs);
    auto *finalLayout = new QVBoxLayout(finalPage);
    m_final = new FinalScoresTable(session, finalPage);
    m_system = new QLabel(finalPage);
    m_system->setObjectName(QStringLiteral("systemSummary"));
    m_system->setWordWrap(true);
    finalLayout->addWidget(m_final, 1);
    finalLayout->addWidget(m_system);
    m_tabs->addTab(finalPage, tr("Fina&l scores"));
    m_charts = new CatalystCharts(m_tabs);
    m_tabs->addTab(m_charts, tr("&Charts"));
    m_actions = new ActionPlanView(m_tabs);
    m_actions->setEditable(editable);
    m_tabs->addTab(m_actions, tr("&Action plan"));
    m_detailed = new DetailedAssessment(m_tabs);
    m_tabs->addTab(m_detailed, tr("&Detailed assessment"));
    layout->addWidget(m_tabs, 1);

    connect(newRound, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New round"), tr("Name of the round:"), QLineEdit::Normal,
                                                   tr("Workshop %1").arg(m_rounds->count() + 1), &ok);
        if (ok)
            addRound(name, QDate::currentDate().toString(Qt::ISODate));
    });
    connect(m_startLive, &QPushButton::clicked, this, [this] {
        if (!roundId().isEmpty())
            Q_EMIT startLiveRequested(roundId(), m_rounds->currentText());
    });
    connect(m_addPerson, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Add participant"), tr("Participant's name:"));
        if (!name.trimmed().isEmpty())
            m_entry->addParticipant(name);
    });
    connect(m_rounds, &QComboBox::currentIndexChanged, this, &CatalystPage::reloadViews);
    connect(m_participant, &QLineEdit::editingFinished, this, &CatalystPage::reloadViews);
    connect(&m_session, &WorkbookSession::catalystChanged, this, &CatalystPage::reloadViews);
    connect(&m_session, &WorkbookSession::actionsChanged, this, &CatalystPage::reloadViews);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CatalystPage::reloadViews);
    connect(m_actions, &ActionPlanView::addRequested, this, &CatalystPage::addAction);
    connect(m_actions, &ActionPlanView::openRequested, this, &CatalystPage::openAction);
    connect(m_actions, &ActionPlanView::removeRequested, this, [this](const Action &a) {
        if (QMessageBox::question(this, tr("Remove action"), tr("Remove the action \"%1\"? (Edit › Undo brings it back.)")
                                                                 .arg(a.achieve))
            == QMessageBox::Yes)
            AssessmentEdits(m_session).removeAction(a.uuid);
    });
    reloadRounds();
}

QString CatalystPage::roundId() const
{
    return m_rounds->currentData().toString();
}

bool CatalystPage::addRound(const QString &name, const QString &date)
{
    auto added = CatalystStore(m_session.workbook()).addRound(name, date);
    if (!added) {
        Q_EMIT m_session.failed(added.error().message);
        return false;
    }
    reloadRounds();
    selectRound(name);
    return true;
}

void CatalystPage::selectRound(const QString &name)
{
    m_rounds->setCurrentIndex(m_rounds->findText(name, Qt::MatchStartsWith));
}

void CatalystPage::setParticipant(const QString &name)
{
    m_participant->setText(name);
    reloadViews();
}

bool CatalystPage::showView(const QString &name)
{
    static const QStringList views{QStringLiteral("scoring"), QStringLiteral("entry"), QStringLiteral("group"),
                                   QStringLiteral("final"), QStringLiteral("charts"), QStringLiteral("actions"),
                                   QStringLiteral("detail")};
    const int index = int(views.indexOf(name));
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
    return index >= 0;
}

QString CatalystPage::systemSummary() const
{
    return m_system->text();
}

void CatalystPage::addPresentationButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("presentationButton"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->insertWidget(m_bar->count() - 1, button);
}

// Presenting, the room sees the descriptors, the spread and what the group agreed, never who
// gave which level: no name to type in view, no one's own scores and no one's totals.
void CatalystPage::setPresenting(bool on)
{
    m_presenting = on;
    // The room knows where it is and the facilitator says what to do: the screen's height goes to
    // the views.
    m_title->setVisible(!on);
    m_purpose->setVisible(!on);
    layout()->setContentsMargins(on ? QMargins(8, 8, 8, 8) : QMargins(24, 18, 24, 24));  // the width to the views
    m_actions->setHintShown(!on);
    m_participantLabel->setVisible(!on);
    m_participant->setVisible(!on);
    m_addPerson->setVisible(!on);
    reloadViews();
}

void CatalystPage::reloadRounds()
{
    const QSignalBlocker block(m_rounds);
    m_rounds->clear();
    auto rounds = readOrSay(m_session, CatalystStore(m_session.workbook()).rounds(), tr("The rounds of the self-assessment"));
    m_roundsUnreadable = rounds ? QString() : rounds.error().message;
    for (const Round &r : rounds ? *rounds : QVector<Round>())
        m_rounds->addItem(r.completedOn.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, r.completedOn), r.uuid);
    m_rounds->setCurrentIndex(m_rounds->count() - 1);
    reloadViews();
}

// Only the view on show is rebuilt: a keystroke in a grid must not redraw seven views.
void CatalystPage::reloadViews()
{
    m_tabs->setEnabled(!roundId().isEmpty());
    QWidget *shown = m_tabs->currentWidget();
    if (!m_roundsUnreadable.isEmpty()) {
        showUnreadable(m_roundsUnreadable);
        return;
    }
    if (shown == m_grid) {
        m_grid->setBlind(blindElements());
        m_grid->setRater(roundId(), m_presenting ? QString() : m_participant->text().trimmed());
        return;
    }
    // What is being typed in a cell goes into the round before it is read again; if it cannot be
    // saved (the banner says why), the view stays as it is, the typing in its cell.
    if (!m_group->typing()->commit() || !m_final->typing()->commit())
        return;
    if (!followChanges()) {
        m_round = {};
        if (!roundId().isEmpty()) {
            auto round = readOrSay(m_session, CatalystStore(m_session.workbook()).snapshot(roundId()),
                                   tr("The round “%1”").arg(m_rounds->currentText()));
            if (!round) {
                showUnreadable(round.error().message);
                return;
            }
            m_round = *round;
        }
    }
    const bool anonymous = m_presenting;
    const RoundSnapshot blinded = blind(m_round);
    if (shown == m_entry->parentWidget())
        m_entry->show(blinded, anonymous);
    else if (shown == m_group)
        m_group->show(blinded, anonymous);
    else if (shown == m_final->parentWidget()) {
        m_final->show(m_round, m_presenting);
        const QString system = describeSystem(Pack::shipped(), scoreSystem(Pack::shipped(), m_round.agreed));
        m_system->setText(system.isEmpty() ? tr("No agreed scores yet: agree them in the group view.")
                                           : tr("Whole system. %1").arg(system));
    }
    else if (shown == m_actions)
        m_actions->setActions(m_round.actions, [](const QString &key) { return Pack::shipped().subjectName(key); });
    else if (shown == m_detailed)
        m_detailed->setAgreed(m_round.agreed);
    else if (shown == m_charts) {
        auto all = allRounds();
        if (!all) {
            showUnreadable(all.error().message);
            return;
        }
        m_charts->show(blinded, *all, anonymous);
    }
}

QSet<QString> CatalystPage::blindElements() const
{
    return m_live ? m_live->blindElements(roundId()) : QSet<QString>();
}

// While a live session runs on the round, the levels of a driver not revealed yet are nobody's
// to see, the facilitator's screen and the projector included: the views are given the round
// without them (its spread, its order, everyone's totals follow), and Reveal fills them in.
RoundSnapshot CatalystPage::blind(const RoundSnapshot &round) const
{
    const QSet<QString> hidden = blindElements();
    if (hidden.isEmpty())
        return round;
    RoundSnapshot shown = round;
    for (auto person = shown.byParticipant.begin(); person != shown.byParticipant.end();) {
        for (const QString &element : hidden)
            person->remove(element);
        person = person->isEmpty() ? shown.byParticipant.erase(person) : std::next(person);
    }
    return shown;
}

void CatalystPage::setLive(LiveController *live)
{
    m_live = live;
    const auto follow = [this] {
        // While a session runs the panel beside the page is its sign, and Stop its end.
        m_startLive->setVisible(!m_live->isRunning());
        m_startLive->setEnabled(m_editable);
        reloadViews();
    };
    connect(live, &LiveController::blindChanged, this, follow);
    follow();
}

// After a change announced by the data layer that touched only ratings and agreed levels of the
// round on show, those rows are read into it one by one: a score typed with 400 participants
// costs its row, not the 12,000 of the round. Anything else (a target, an action, another round,
// a refresh for another reason) reads the round whole.
bool CatalystPage::followChanges()
{
    const QSet<QString> &items = m_session.changedItems();
    if (items.isEmpty() || items.size() > 64 || m_round.round.uuid.isEmpty() || m_round.round.uuid != roundId())
        return false;
    CatalystStore store(m_session.workbook());
    RoundSnapshot next = m_round;
    const QString rating = QStringLiteral("catalyst-rating:%1/").arg(m_round.round.uuid);
    const QString agreed = QStringLiteral("catalyst-agreed:%1/").arg(m_round.round.id);
    for (const QString &item : items) {
        if (item.startsWith(rating)) {
            const QString rest = item.mid(rating.size());
            const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));  // element keys have none; names might
            const QString person = rest.left(slash), element = rest.mid(slash + 1);
            auto level = store.rating(m_round.round, person, element);
            if (!level)
                return false;  // read whole, which says why
            Ratings &theirs = next.byParticipant[person];
            if (*level)
                theirs.insert(element, *level);
            else
                theirs.remove(element);
            if (theirs.isEmpty())
                next.byParticipant.remove(person);
        } else if (item.startsWith(agreed)) {
            const QString element = item.mid(agreed.size());
            auto agreement = store.agreement(m_round.round, element);
            if (!agreement)
                return false;
            if (agreement->first) {
                next.agreed.insert(element, agreement->first);
                next.agreedNotes.insert(element, agreement->second);
            } else {
                next.agreed.remove(element);
                next.agreedNotes.remove(element);
            }
        } else {
            return false;
        }
    }
    m_round = next;
    return true;
}

Result<QVector<RoundSnapshot>> CatalystPage::allRounds()
{
    CatalystStore store(m_session.workbook());
    auto rounds = readOrSay(m_session, store.rounds(), tr("The rounds of the self-assessment"));
    if (!rounds)
        return rounds.error();
    QVector<RoundSnapshot> all;
    for (const Round &r : *rounds) {
        auto each = readOrSay(m_session, store.snapshot(r.uuid), tr("The round “%1”").arg(r.name));
        if (!each)
            return each.error();
        all << *each;
    }
    return all;
}

// The view on show says why, in place of what it would show.
void CatalystPage::showUnreadable(const QString &message)
{
    m_round = {};
    QWidget *shown = m_tabs->currentWidget();
    if (shown == m_grid)
        m_grid->showUnreadable(message);
    else if (shown == m_entry->parentWidget())
        m_entry->showUnreadable(message);
    else if (shown == m_group)
        m_group->showUnreadable(message);
    else if (shown == m_final->parentWidget()) {
        m_final->showUnreadable(message);
        m_system->clear();
    }
    else if (shown == m_actions)
        m_actions->showUnreadable(message);
    else if (shown == m_detailed)
        m_detailed->showUnreadable(message);
    else if (shown == m_charts)
        m_charts->showUnreadable(message);
}

void CatalystPage::addAction()
{
    if (m_round.round.uuid != roundId())
        return;  // the round could not be read: its targets are unknown, the view says why
    // A new action starts from the weakest driver's improvement target, if the group set one.
    Action draft;
    const SystemScore system = scoreSystem(Pack::shipped(), m_round.agreed);
    draft.subjectKey = system.weakestDrivers.value(0, Pack::shipped().drivers.first().key);
    draft.achieve = m_round.targets.value(draft.subjectKey);
    openAction(draft);
}

void CatalystPage::openAction(const Action &action)
{
    const QString round = roundId();
    ActionSheetDialog dialog(
        m_session, catalystSubjects(), [this, round](const Action &draft) { return AssessmentEdits(m_session).addAction(round, draft); },
        this);
    dialog.setAction(action);
    dialog.exec();  // it saves as one types
}

QMenu *CatalystPage::exportMenu()
{
    auto *menu = new QMenu(this);
    menu->addAction(tr("Catalyst report (PDF, Word, ODT, HTML)…"), this, [this] { exportFile(std::nullopt); });
    menu->addSeparator();
    menu->addAction(tr("Final scores (XLSX, CSV)…"), this, [this] { exportFile(report::CatalystTable::FinalScores); });
    menu->addAction(tr("Group view (XLSX, CSV)…"), this, [this] { exportFile(report::CatalystTable::Group); });
    menu->addAction(tr("Action plan (XLSX, CSV)…"), this, [this] { exportFile(report::CatalystTable::ActionPlan); });
    return menu;
}

void CatalystPage::exportFile(std::optional<report::CatalystTable> table)
{
    if (roundId().isEmpty())
        return;
    const bool document = !table;
    // m_round holds the round only while a view other than the scoring grid is on show.
    auto round = readOrSay(m_session, CatalystStore(m_session.workbook()).round(roundId()), tr("The round"));
    if (!round)
        return;
    const QString name = round->name;
    const QString title = document ? tr("Catalyst %1").arg(name) : tr("Catalyst %1 %2").arg(name, report::catalystTableSlug(*table));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), title + (document ? QStringLiteral(".pdf") : QStringLiteral(".xlsx")),
                                                      document ? reports::reportFilters() : reports::tableFilters());
    if (path.isEmpty())
        return;
    Workbook &wb = m_session.workbook();
    const bool anonymous = m_presenting;
    const Status written = document ? reports::writeReportFile([&] { return report::catalystReport(wb, roundId(), anonymous); }, path)
                                    : reports::writeTableFile(report::catalystTable(wb, roundId(), *table, anonymous), path, title);
    if (!written)
        Q_EMIT m_session.failed(written.error().message);
}

} // namespace qdf::gui
