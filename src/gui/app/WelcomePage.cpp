#include "gui/app/WelcomePage.h"

#include "gui/app/Settings.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace qdf::gui {
namespace {

QLabel *text(const QString &words, const char *role, QWidget *parent)
{
    auto *label = new QLabel(words, parent);
    label->setWordWrap(true);
    label->setProperty("role", QString::fromLatin1(role));
    return label;
}

} // namespace

QString defaultDemoFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo"));
}

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));
    // In a scroll area: on a small window the explanations keep their lines instead of being cut.
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Ways to begin"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    auto *own = new QVBoxLayout(this);
    own->setContentsMargins(0, 0, 0, 0);
    own->addWidget(scroll);
    auto *outer = new QHBoxLayout(page);
    auto *column = new QWidget(page);
    column->setMaximumWidth(880);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(text(tr("Welcome to QDF Workbench"), "title", column));
    layout->addWidget(text(tr("Workbooks for commissioning together with the CAREMORE method. Choose how to begin; "
                              "Help › User Guide (F1) explains each step."),
                           "purpose", column));

    auto *ways = new QGridLayout;
    ways->setHorizontalSpacing(16);
    ways->setVerticalSpacing(10);
    int row = 0;
    const auto way = [&](const QString &name, const QString &label, const QString &explanation, void (WelcomePage::*signal)()) {
        auto *button = new QPushButton(label, column);
        button->setObjectName(name);
        auto *why = text(explanation, "guidance", column);
        button->setAccessibleDescription(explanation);
        ways->addWidget(button, row, 0);
        ways->addWidget(why, row++, 1);
        connect(button, &QPushButton::clicked, this, signal);
    };
    way(QStringLiteral("welcomeDemo"), tr("Open the &demo programme"),
        tr("A fictional community nursing programme, with a master copy and three participants' workbooks, made in "
           "your own folder to try everything on."),
        &WelcomePage::openDemo);
    way(QStringLiteral("welcomeJoin"), tr("&Join a programme…"),
        tr("You take part in a programme: make your own workbook from the master copy or the update file the "
           "production team sent you."),
        &WelcomePage::join);
    way(QStringLiteral("welcomeNew"), tr("Start a &new programme…"),
        tr("For the production team: a new master copy, which participants then join."), &WelcomePage::startProgramme);
    way(QStringLiteral("welcomeOpen"), tr("&Open a workbook…"), tr("A workbook file (.qdf) you have already."),
        &WelcomePage::openWorkbook);
    ways->setColumnStretch(1, 1);
    layout->addLayout(ways);

    auto *recentLabel = text(tr("Recent &workbooks"), "heading", column);
    m_recent = new QListWidget(column);
    m_recent->setObjectName(QStringLiteral("recentWorkbooks"));
    m_recent->setAccessibleName(tr("Recent workbooks"));
    recentLabel->setBuddy(m_recent);
    layout->addWidget(recentLabel);
    m_recent->setMaximumHeight(m_recent->fontMetrics().lineSpacing() * 10);  // eight, and room to breathe
    layout->addWidget(m_recent, 1);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openRecent(item->data(Qt::UserRole).toString()); });

    m_reopen = new QCheckBox(tr("&Reopen the last workbook when the program starts"), column);
    m_reopen->setObjectName(QStringLiteral("welcomeReopen"));
    m_reopen->setChecked(settings::reopenLastWorkbook());
    connect(m_reopen, &QCheckBox::toggled, this, [](bool on) { settings::setReopenLastWorkbook(on); });
    layout->addWidget(m_reopen);
    layout->addStretch(1);
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    for (const QString &path : settings::recentFiles()) {
        const QFileInfo file(path);
        if (!file.exists())
            continue;
        auto *item = new QListWidgetItem(tr("%1 — in %2").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (m_recent->count() == 0)
        m_recent->addItem(new QListWidgetItem(tr("None yet: the workbooks you open appear here.")));
    else
        m_recent->setCurrentRow(0);
    m_reopen->setChecked(settings::reopenLastWorkbook());
}

} // namespace qdf::gui
