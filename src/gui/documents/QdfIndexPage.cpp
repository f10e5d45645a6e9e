#include "gui/documents/QdfIndexPage.h"

#include "core/Workbook.h"
#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "gui/ReadOrSay.h"
#include "gui/session/WorkbookSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {
enum Column { Number, Title, SectionTitle, MaturityColumn, Changed, By, ColumnCount };
constexpr int kUuidRole = Qt::UserRole + 1;
} // namespace

QdfIndexPage::QdfIndexPage(WorkbookSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("page-qdf-index"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 24);
    auto *title = new QLabel(tr("QDF Index"), this);
    title->setProperty("role", QStringLiteral("title"));
    layout->addWidget(title);
    auto *purpose = new QLabel(tr("Every Schedule of the Framework, numbered, with its section and maturity. "
                                  "Double-click a Schedule (or press Enter) to open it."), this);
    purpose->setProperty("role", QStringLiteral("purpose"));
    purpose->setWordWrap(true);
    layout->addWidget(purpose);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("indexFilter"));
    m_filter->setPlaceholderText(tr("Filter Schedules…"));
    m_filter->setAccessibleName(tr("Filter Schedules"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("No."), tr("Title"), tr("Section"), tr("Maturity"), tr("Last changed"), tr("By")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("indexTable"));
    m_table->setAccessibleName(tr("QDF Index"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    m_unreadable = new UnreadableNotice(m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT scheduleActivated(index.siblingAtColumn(Number).data(kUuidRole).toString());
    });
    connect(&m_session, &WorkbookSession::schedulesChanged, this, &QdfIndexPage::reload);
    reload();
}

void QdfIndexPage::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    auto sections = readOrSay(m_session, SectionStore(m_session.workbook()).list(), tr("The sections"));
    auto schedules = sections ? readOrSay(m_session, ScheduleStore(m_session.workbook()).list(), tr("The Schedules"))
                              : sections.error();
    if (!schedules) {
        m_unreadable->say(schedules.error().message);
        return;
    }
    m_unreadable->hide();
    QHash<QString, QString> sectionTitles;
    for (const Section &s : *sections)
        sectionTitles.insert(s.key, s.title);
    for (const Schedule &s : *schedules) {
        auto item = [](const QString &text, const QVariant &sortKey) {
            auto *i = new QStandardItem(text);
            i->setData(sortKey, Qt::UserRole);
            return i;
        };
        QList<QStandardItem *> row{
            item(s.number, QStringLiteral("%1.%2").arg(s.number.section(QLatin1Char('.'), 0, 0).toInt(), 3, 10, QLatin1Char('0'))
                                  .arg(s.seq, 4, 10, QLatin1Char('0'))),
            item(s.title, s.title.toLower()),
            item(sectionTitles.value(s.sectionKey), s.number.section(QLatin1Char('.'), 0, 0).toInt()),
            item(maturityTitle(s.maturity), int(s.maturity)),
            item(QLocale().toString(s.change.at.toLocalTime(), QLocale::ShortFormat), s.change.at),
            item(s.change.by, s.change.by.toLower())};
        row[Number]->setData(s.uuid, kUuidRole);
        m_model->appendRow(row);
    }
    m_table->sortByColumn(Number, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
}

} // namespace qdf::gui
