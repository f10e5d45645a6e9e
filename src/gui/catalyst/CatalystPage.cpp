#include "gui/catalyst/CatalystPage.h"

#include "core/Workbook.h"
#include "core/catalyst/CatalystStore.h"
#include "gui/catalyst/DetailedAssessment.h"
#include "gui/catalyst/ScoringGrid.h"
#include "gui/session/WorkbookSession.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

using namespace qdf::catalyst;
const QColor kReached(0xcf, 0xe8, 0xd6);

QTableWidget *table(const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->verticalHeader()->hide();
    t->setWordWrap(true);
    t->setAlternatingRowColors(true);
    QObject::connect(t->horizontalHeader(), &QHeaderView::sectionResized, t, &QTableWidget::resizeRowsToContents,
                     Qt::QueuedConnection);
    return t;
}

} // namespace

CatalystPage::CatalystPage(WorkbookSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("page-catalyst"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 24);
    auto *title = new QLabel(tr("A Catalyst for Change: self-assessment"), this);
    title->setProperty("role", QStringLiteral("title"));
    layout->addWidget(title);
    auto *purpose = new QLabel(tr("Score each element on your own first (about a minute each: press 1-4), then compare "
                                  "as a group, discuss the biggest differences and agree the scores."),
                               this);
    purpose->setProperty("role", QStringLiteral("purpose"));
    purpose->setWordWrap(true);
    layout->addWidget(purpose);

    auto *bar = new QHBoxLayout;
    m_rounds = new QComboBox(this);
    m_rounds->setObjectName(QStringLiteral("catalystRound"));
    m_rounds->setAccessibleName(tr("Round"));
    m_rounds->setMinimumWidth(220);
    auto *newRound = new QPushButton(tr("New round…"), this);
    newRound->setObjectName(QStringLiteral("newRound"));
    newRound->setEnabled(!session.workbook().isReadOnly());
    m_participant = new QLineEdit(session.workbook().info().owner.name, this);
    m_participant->setObjectName(QStringLiteral("catalystParticipant"));
    m_participant->setAccessibleName(tr("Whose scores"));
    bar->addWidget(new QLabel(tr("Round:"), this));
    bar->addWidget(m_rounds);
    bar->addWidget(newRound);
    bar->addSpacing(24);
    bar->addWidget(new QLabel(tr("Scores of:"), this));
    bar->addWidget(m_participant, 1);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_grid = new ScoringGrid(session, m_tabs);
    m_tabs->addTab(m_grid, tr("&Individual scoring"));
    m_group = table(QStringLiteral("groupView"), m_tabs);
    m_tabs->addTab(m_group, tr("&Group view"));
    m_final = table(QStringLiteral("finalScores"), m_tabs);
    m_tabs->addTab(m_final, tr("&Final scores"));
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
    connect(m_rounds, &QComboBox::currentIndexChanged, this, &CatalystPage::reloadViews);
    connect(m_participant, &QLineEdit::editingFinished, this, &CatalystPage::reloadViews);
    connect(&m_session, &WorkbookSession::catalystChanged, this, &CatalystPage::reloadViews);
    connect(m_final, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 6 && !item->data(Qt::UserRole).toString().isEmpty())
            m_session.setTarget(roundId(), item->data(Qt::UserRole).toString(), item->text());
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

void CatalystPage::reloadRounds()
{
    const QSignalBlocker block(m_rounds);
    m_rounds->clear();
    for (const Round &r : CatalystStore(m_session.workbook()).rounds().valueOr({}))
        m_rounds->addItem(r.completedOn.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, r.completedOn), r.uuid);
    m_rounds->setCurrentIndex(m_rounds->count() - 1);
    reloadViews();
}

void CatalystPage::reloadViews()
{
    const Pack &pack = Pack::shipped();
    m_grid->setRater(roundId(), m_participant->text().trimmed());
    m_grid->setEnabled(!roundId().isEmpty());
    CatalystStore store(m_session.workbook());
    auto round = store.round(roundId());
    const QMap<QString, Ratings> byParticipant = round ? store.ratingsByParticipant(*round).valueOr({}) : QMap<QString, Ratings>();
    const Ratings agreed = round ? store.agreed(*round).valueOr({}) : Ratings();
    const auto targets = round ? store.targets(*round).valueOr({}) : QHash<QString, QString>();

    // Group view: biggest disagreements first; the agreed level is the group's choice.
    const auto spread = spreads(pack, byParticipant);
    m_group->clear();
    m_group->setColumnCount(5);
    m_group->setHorizontalHeaderLabels({tr("Element"), tr("Levels given"), tr("Spread"), tr("Median"), tr("Agreed")});
    m_group->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_group->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_group->setRowCount(int(spread.size()));
    for (int r = 0; r < spread.size(); ++r) {
        const ElementSpread &s = spread[r];
        QStringList given;
        for (int l : s.levels)
            given << QString::number(l);
        m_group->setItem(r, 0, new QTableWidgetItem(pack.element(s.elementKey)->name));
        m_group->setItem(r, 1, new QTableWidgetItem(given.join(QStringLiteral(" · "))));
        m_group->setItem(r, 2, new QTableWidgetItem(QStringLiteral("%1–%2").arg(s.min).arg(s.max)));
        m_group->setItem(r, 3, new QTableWidgetItem(QString::number(s.median)));
        auto *choice = new QComboBox(m_group);
        choice->setAccessibleName(tr("Agreed level: %1").arg(pack.element(s.elementKey)->name));
        choice->addItem(tr("not agreed"), 0);
        for (int l = 1; l <= 4; ++l)
            choice->addItem(QStringLiteral("%1  %2").arg(l).arg(pack.levelTitles[l - 1]), l);
        choice->setCurrentIndex(agreed.value(s.elementKey, 0));
        const QString key = s.elementKey;
        connect(choice, &QComboBox::activated, this, [this, choice, key] {
            m_session.agreeElement(roundId(), key, choice->currentData().toInt());
        });
        m_group->setCellWidget(r, 4, choice);
    }

    m_detailed->setAgreed(agreed);

    // The final scores table, as in the workbook: agreed totals against each driver's bands.
    const QSignalBlocker block(m_final);
    const SystemScore system = scoreSystem(pack, agreed);
    m_final->clear();
    m_final->setColumnCount(7);
    // Two-line headings keep the band columns narrow, leaving the room to the targets.
    QStringList bandHeadings;
    for (QString title : pack.levelTitles)
        bandHeadings << title.replace(title.indexOf(QLatin1Char(' ')), 1, QLatin1Char('\n'));
    m_final->setHorizontalHeaderLabels(QStringList{tr("Driver"), tr("Score")} + bandHeadings
                                       + QStringList{tr("Prioritised Improvement Target\n(carry through to the action plan)")});
    m_final->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_final->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_final->setRowCount(int(pack.drivers.size()));
    for (int r = 0; r < pack.drivers.size(); ++r) {
        const Driver &d = pack.drivers[r];
        const DriverScore &s = system.drivers[r];
        auto fixed = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled);
            return item;
        };
        m_final->setItem(r, 0, fixed(d.name));
        m_final->setItem(r, 1, fixed(s.complete ? QString::number(s.total) : tr("incomplete")));
        for (const Band &b : d.bands) {
            auto *cell = fixed(QStringLiteral("%1–%2").arg(b.from).arg(b.to));
            cell->setTextAlignment(Qt::AlignCenter);
            if (s.band == b.level) {
                cell->setBackground(kReached);
                cell->setText(cell->text() + QStringLiteral("  ✓"));
            }
            m_final->setItem(r, 1 + b.level, cell);
        }
        auto *target = new QTableWidgetItem(targets.value(d.key));
        target->setData(Qt::UserRole, d.key);
        m_final->setItem(r, 6, target);
    }
}

} // namespace qdf::gui
