#include "gui/sync/SyncMenu.h"

#include "core/Workbook.h"
#include "core/WorkbookCreation.h"
#include "core/WorkbookFile.h"
#include "core/keys/Keys.h"
#include "core/sync/Sync.h"
#include "gui/app/HelpBrowser.h"
#include "gui/app/MainWindow.h"
#include "gui/privacy/PersonActions.h"
#include "gui/session/WorkbookSession.h"
#include "gui/sync/MergeReviewDialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace qdf::gui {

using namespace qdf::sync;

SyncMenu::SyncMenu(MainWindow &window) : QObject(&window), m_window(window)
{
    m_menu = new QMenu(tr("&Sync"), &window);
    m_menu->setObjectName(QStringLiteral("menuSync"));
    QMenuBar *bar = window.menuBar();
    bar->insertMenu(bar->actions().value(1), m_menu);  // after File
    m_menu->addAction(tr("&Join a programme…"), this, &SyncMenu::askToJoin);
    m_menu->addSeparator();
    m_export = m_menu->addAction(tr("&Export contribution…"), this, [this] {
        const HelpTopicScope help(&m_window, QStringLiteral("sync"));
        const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export contribution"), QString(),
                                                          tr("QDF contribution (*.qdfsync)"));
        if (!path.isEmpty())
            exportContribution(path);
    });
    m_exportAnonymous = m_menu->addAction(tr("Export contribution a&nonymously…"), this, [this] {
        const HelpTopicScope help(&m_window, QStringLiteral("privacy"));
        const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export contribution anonymously"), QString(),
                                                          tr("QDF contribution (*.qdfsync)"));
        if (!path.isEmpty())
            exportContribution(path, true);
    });
    m_exportAnonymous->setObjectName(QStringLiteral("actionExportAnonymous"));
    m_import = m_menu->addAction(tr("&Import contributions…"), this, [this] {
        const HelpTopicScope help(&m_window, QStringLiteral("sync"));
        const QStringList paths = QFileDialog::getOpenFileNames(&m_window, tr("Import contributions"), QString(),
                                                                tr("QDF contributions (*.qdfsync);;All files (*)"));
        if (!paths.isEmpty())
            importFiles(paths);
    });
    m_review = m_menu->addAction(tr("&Review conflicts and contributions…"), this, &SyncMenu::reviewConflicts);
    m_menu->addSeparator();
    m_publish = m_menu->addAction(tr("&Publish update…"), this, [this] {
        const HelpTopicScope help(&m_window, QStringLiteral("sync"));
        const QString path = QFileDialog::getSaveFileName(&m_window, tr("Publish update"), QString(),
                                                          tr("QDF update (*.qdfupdate)"));
        if (!path.isEmpty())
            publishUpdate(path);
    });
    m_apply = m_menu->addAction(tr("&Apply update…"), this, [this] {
        const HelpTopicScope help(&m_window, QStringLiteral("sync"));
        const QString path = QFileDialog::getOpenFileName(&m_window, tr("Apply update"), QString(),
                                                          tr("QDF update (*.qdfupdate);;All files (*)"));
        if (!path.isEmpty())
            importFiles({path});
    });
    m_menu->addSeparator();
    m_undo = m_menu->addAction(tr("&Undo last import"), this, [this] {
        const HelpTopicScope help(&m_window, QStringLiteral("sync"));
        if (QMessageBox::question(&m_window, tr("Undo last import"),
                                  tr("Put this workbook back as it was before the last import? Changes made since to the "
                                     "same items are kept."))
            == QMessageBox::Yes)
            undoLastImport();
    });
    m_menu->addSeparator();
    m_people = new PersonActions(window, *m_menu);
    m_status = new QLabel(&window);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    window.statusBar()->addPermanentWidget(m_status);
    workbookOpened();
}

void SyncMenu::setPresenting(bool on)
{
    m_status->setVisible(!on);
}

void SyncMenu::askToJoin()
{
    const HelpTopicScope help(&m_window, QStringLiteral("sync"));
    const QString source = QFileDialog::getOpenFileName(&m_window, tr("The programme's master copy, or an update it published"),
                                                        QString(),
                                                        tr("Master copy or update (*.qdf *.qdfupdate);;All files (*)"));
    if (source.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(&m_window, tr("Join the programme"), tr("Your name:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Save your workbook as"), QString(),
                                                      tr("QDF Workbench files (*.qdf)"));
    if (!path.isEmpty())
        join(source, Owner{name.trimmed(), {}, {}}, path);
}

void SyncMenu::workbookOpened()
{
    Workbook *wb = m_window.workbook();
    const bool open = wb != nullptr;
    const bool master = open && wb->isMaster();
    const bool writable = open && !wb->isReadOnly();
    m_export->setEnabled(open && !master);
    m_exportAnonymous->setEnabled(open && !master);
    m_people->workbookOpened();
    m_import->setEnabled(writable && master);
    m_publish->setEnabled(master);
    m_apply->setEnabled(writable && !master);
    m_review->setEnabled(writable);
    m_undo->setEnabled(writable);
    if (WorkbookSession *session = m_window.session())  // the revision shown follows every saved edit
        connect(session, &WorkbookSession::saved, this, &SyncMenu::refreshStatus, Qt::UniqueConnection);
    refreshStatus();
}

QString SyncMenu::statusText() const
{
    return m_status->text();
}

void SyncMenu::refreshStatus()
{
    Workbook *wb = m_window.workbook();
    if (!wb) {
        m_status->clear();
        return;
    }
    auto st = SyncStore(*wb).status();
    if (!st) {
        m_status->setText(st.error().message);
        return;
    }
    QStringList parts;
    if (wb->isMaster()) {
        parts << tr("Master revision %1").arg(wb->info().revision) << tr("%n import(s)", nullptr, st->imports);
        if (st->openContributions > 0)
            parts << tr("%n answer contribution(s) to review", nullptr, st->openContributions);
    } else {
        parts << (st->baseRevision ? tr("Based on master revision %1").arg(*st->baseRevision) : tr("Not based on a master"));
        parts << (st->contributionsSent > 0 ? tr("last contribution %1").arg(st->lastContributionAt.left(10))
                                            : tr("no contribution sent yet"));
    }
    parts << (st->openConflicts > 0 ? tr("%n conflict(s) waiting", nullptr, st->openConflicts) : tr("no conflicts"));
    // The fingerprint a person reads out when the other side asks to confirm this workbook's key.
    if (auto own = keys::Keys(*wb).own(); own && *own)
        parts << tr("key %1").arg((*own)->fingerprint());
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void SyncMenu::changed()
{
    m_window.reloadWorkbook();
    refreshStatus();
}

bool SyncMenu::join(const QString &source, const Owner &owner, const QString &path)
{
    const QString target = path.endsWith(QLatin1String(".qdf")) ? path : path + QStringLiteral(".qdf");
    // A workbook file is the master itself; anything else should be an update it published.
    auto created = workbookfile::isSQLiteFile(source) ? createParticipant(target, owner, source)
                                                      : joinFromUpdate(target, owner, source);
    if (!created) {
        m_window.showError(tr("Could not join the programme: %1").arg(created.error().message));
        return false;
    }
    created->reset();
    return m_window.openWorkbook(target);
}

bool SyncMenu::exportContribution(const QString &path, bool anonymous)
{
    Workbook *wb = m_window.workbook();
    if (!wb || !m_window.flushAll())
        return false;
    auto bundle = SyncStore(*wb).exportContribution(path, true, anonymous);
    if (!bundle) {
        Q_EMIT m_window.session()->failed(bundle.error().message);
        return false;
    }
    if (anonymous)
        m_window.statusBar()->showMessage(tr("Contribution written to %1 as from \"%2\", without your name; signed and sealed: "
                                             "%n change(s)", nullptr, int(bundle->changes.size()))
                                              .arg(path, bundle->manifest.author.name));
    else
        m_window.statusBar()->showMessage(tr("Contribution written to %1, signed and sealed: only the production team can read it: "
                                             "%n change(s)", nullptr, int(bundle->changes.size()))
                                              .arg(path));
    refreshStatus();
    return true;
}

bool SyncMenu::publishUpdate(const QString &path)
{
    Workbook *wb = m_window.workbook();
    if (!wb || !m_window.flushAll())
        return false;
    auto bundle = SyncStore(*wb).exportUpdate(path);
    if (!bundle) {
        Q_EMIT m_window.session()->failed(bundle.error().message);
        return false;
    }
    m_window.statusBar()->showMessage(tr("Update of master revision %1 written to %2").arg(bundle->manifest.newRevision).arg(path));
    return true;
}

int SyncMenu::importFiles(const QStringList &paths)
{
    Workbook *wb = m_window.workbook();
    if (!wb || !m_window.flushAll())
        return 0;
    MergeReviewDialog dialog(*wb, paths, &m_window);
    bool touched = false;
    connect(&dialog, &MergeReviewDialog::workbookChanged, this, [this, &touched] {
        touched = true;
        refreshStatus();
    });
    dialog.exec();
    if (touched)  // a cancelled summary leaves pages and the undo history as they were
        changed();
    return dialog.importedCount();
}

void SyncMenu::reviewConflicts()
{
    importFiles({});  // no files: the dialog opens at the review
}

bool SyncMenu::undoLastImport()
{
    Workbook *wb = m_window.workbook();
    if (!wb || !m_window.flushAll())
        return false;
    auto undone = SyncStore(*wb).undoImport();
    if (!undone) {
        Q_EMIT m_window.session()->failed(undone.error().message);
        return false;
    }
    changed();
    m_window.statusBar()->showMessage(tr("Undid the import of %1").arg(*undone));
    return true;
}

} // namespace qdf::gui
