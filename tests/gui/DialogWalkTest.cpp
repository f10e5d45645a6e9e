// Every dialog a person can reach from the menus and from the pages' "…" buttons (the desktop's
// sign of a button or item that opens a dialog), opened as they would open it and checked
// through QAccessible like the pages are: unnamed controls, unlabelled fields, tables Tab
// cannot leave. Each dialog is answered as the walk needs (a file chosen, a name typed) or
// closed; the "…" buttons inside a dialog are followed too.
#include "AccessibilityAudit.h"
#include "GuiSupport.h"
#include "TestSupport.h"

#include "core/stores/ScheduleStore.h"
#include "core/stores/SectionStore.h"
#include "gui/app/MainWindow.h"
#include "gui/sync/SyncMenu.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QFileInfo>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

bool opensDialog(const QString &text)
{
    return text.trimmed().endsWith(QChar(0x2026)) || text.contains(QStringLiteral("About"));
}

// Audits each modal window that opens while a trigger runs, then answers it.
class DialogWalker {
public:
    explicit DialogWalker(AccessibilityAudit &audit) : m_audit(audit) {}

    // Runs `fire` (which may open one dialog after another); file and input dialogs take the
    // next of `answers` and are accepted, every other dialog (and any once the answers run out)
    // is cancelled.
    void walk(const QString &where, const std::function<void()> &fire, const QStringList &answers = {})
    {
        m_where = where;
        m_answers = answers;
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [this] { visit(); });
        poll.start();
        fire();
        poll.stop();
    }

    QStringList seen() const { return m_seen; }
    // Dialogs that stayed open after they were answered (a refused close, a question left
    // unanswered): each was closed by force after two seconds, so the walk goes on and says so
    // rather than waiting for ever.
    QStringList stuck() const { return m_stuck; }

private:
    void visit()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->property("walked").toBool()) {
            ++m_stuckPolls;
            // A file dialog reads its directory in another thread, and a name selected before that
            // finishes can be cleared from it, so that Save does nothing: select it once more.
            auto *files = qobject_cast<QFileDialog *>(modal);
            if (files && m_stuckPolls == 25 && !files->property("answer").toString().isEmpty()) {
                chooseFile(files, files->property("answer").toString());
                QDialog *dialog = files;
                dialog->accept();
                return;
            }
            if (m_stuckPolls < 100)
                return;
            m_stuckPolls = 0;
            m_stuck << QStringLiteral("%1 › %2 \"%3\"").arg(m_where, QString::fromLatin1(modal->metaObject()->className()),
                                                             modal->windowTitle());
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->done(QDialog::Rejected);  // past any reject() that asks first
            else
                modal->hide();
            return;
        }
        m_stuckPolls = 0;
        if (!modal)
            return;
        if (!modal->isActiveWindow() && ++m_waits < 50)
            return;
        m_waits = 0;
        modal->setProperty("walked", true);
        const QString where = QStringLiteral("%1 › %2 \"%3\"").arg(m_where, QString::fromLatin1(modal->metaObject()->className()),
                                                                 modal->windowTitle());
        m_seen << where;
        m_audit.checkWithTabs(modal, where);
        // To look at them: QDF_DIALOG_SHOTS=folder keeps a picture of each dialog walked.
        if (const QString shots = qEnvironmentVariable("QDF_DIALOG_SHOTS"); !shots.isEmpty())
            modal->grab().save(QStringLiteral("%1/%2.png").arg(shots).arg(m_seen.size(), 3, 10, QLatin1Char('0')));
        // The dialog's own "…" buttons, each opening its own dialog (depth kept small).
        if (m_depth < 2) {
            ++m_depth;
            for (QAbstractButton *button : modal->findChildren<QAbstractButton *>()) {
                QPointer<QAbstractButton> b(button);
                if (b && b->isVisible() && b->isEnabled() && opensDialog(b->text()) && !qobject_cast<QToolButton *>(b))
                    b->click();
            }
            --m_depth;
        }
        answer(modal);
    }

    // As a person does: to the file's folder, then its name typed in the name box.
    static void chooseFile(QFileDialog *files, const QString &path)
    {
        const QFileInfo info(path);
        files->setDirectory(info.absolutePath());
        files->selectFile(path);
        if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(info.fileName());
    }

    void answer(QWidget *modal)
    {
        if (auto *files = qobject_cast<QFileDialog *>(modal); files && !m_answers.isEmpty()) {
            files->setProperty("answer", m_answers.first());
            chooseFile(files, m_answers.takeFirst());
            QDialog *dialog = files;
            dialog->accept();  // what its Open or Save button does
        } else if (auto *input = qobject_cast<QInputDialog *>(modal); input && !m_answers.isEmpty()) {
            input->setTextValue(m_answers.takeFirst());
            input->accept();
        } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            dialog->reject();
        } else {
            modal->close();
        }
    }

    AccessibilityAudit &m_audit;
    QString m_where;
    QStringList m_answers;
    QStringList m_seen;
    QStringList m_stuck;
    int m_waits = 0;
    int m_stuckPolls = 0;
    int m_depth = 0;
};

// The menu bar's items that open a dialog, by their menus' titles.
QList<QPair<QString, QAction *>> menuItems(MainWindow &window)
{
    QList<QPair<QString, QAction *>> items;
    for (QAction *top : window.menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (!menu)
            continue;
        for (QAction *item : menu->actions()) {
            if (!item->menu() && !item->isSeparator() && opensDialog(item->text()))
                items << qMakePair(QStringLiteral("%1 › %2").arg(top->text(), item->text()).remove(QLatin1Char('&')), item);
        }
    }
    return items;
}

void walkMenus(DialogWalker &walker, MainWindow &window, const QStringList &skip)
{
    for (const auto &[where, action] : menuItems(window)) {
        if (!action->isEnabled() || skip.contains(action->objectName()) || skip.contains(where))
            continue;
        walker.walk(where, [action = action] { action->trigger(); });
    }
}

// Each page's (and each of its tabs') "…" buttons, and the "…" items of its buttons' menus.
void walkPages(DialogWalker &walker, MainWindow &window)
{
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    QStringList keys;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        keys << tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
    for (const QString &key : keys) {
        REQUIRE(window.showPage(key));
        QWidget *page = window.page(key);
        QList<QWidget *> views{page};
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i)
                views << tabs->widget(i);
        }
        for (QWidget *view : views) {
            for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
                if (tabs->indexOf(view) >= 0)
                    tabs->setCurrentWidget(view);
            }
            QCoreApplication::processEvents();
            for (QAbstractButton *button : view->findChildren<QAbstractButton *>()) {
                QPointer<QAbstractButton> b(button);
                if (!b || !b->isVisible() || !b->isEnabled())
                    continue;
                const QString where = QStringLiteral("page %1 › %2").arg(key, b->text().remove(QLatin1Char('&')));
                if (auto *tool = qobject_cast<QToolButton *>(b.data()); tool && tool->menu()) {
                    for (QAction *item : tool->menu()->actions()) {
                        if (opensDialog(item->text()))
                            walker.walk(where + QStringLiteral(" › ") + item->text(), [item] { item->trigger(); });
                    }
                } else if (opensDialog(b->text())) {
                    walker.walk(where, [b] {
                        if (b)
                            b->click();
                    });
                }
            }
        }
    }
}

} // namespace

TEST_CASE("Every dialog the menus and the pages' buttons open names its controls, labels its fields and lets Tab out of "
          "its tables",
          "[gui][a11y][dialogs]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    openShown(window, demo.first());
    AccessibilityAudit audit;
    DialogWalker walker(audit);
    // The master: every menu item and every page's buttons, each dialog cancelled.
    walkMenus(walker, window, {QStringLiteral("actionQuit")});
    walkPages(walker, window);
    // The Schedule editor (Return or a double click on a Schedule), and the dialogs its buttons open.
    const auto schedules = need(ScheduleStore(*window.workbook()).list());
    REQUIRE_FALSE(schedules.isEmpty());
    walker.walk(QStringLiteral("Schedule editor"), [&] { window.openSchedule(schedules.first().uuid); });
    // Publishing goes on to ask about drafts; joining asks for a name and where to save, and
    // opens the participant's workbook, whose own menu items are walked then.
    walker.walk(QStringLiteral("File › Publish"), [&] { window.findChild<QAction *>(QStringLiteral("actionPublish"))->trigger(); },
                {folder.path(QStringLiteral("framework.pdf"))});
    walker.walk(QStringLiteral("Sync › Join a programme"), [&] { window.syncMenu()->askToJoin(); },
                {demo.first(), QStringLiteral("Nia Jones"), folder.path(QStringLiteral("nia.qdf"))});
    REQUIRE_FALSE(window.workbook()->isMaster());
    walkMenus(walker, window, {QStringLiteral("actionQuit")});
    // A new programme: where, its name, the producer's and the language of its sections and questions.
    walker.walk(QStringLiteral("File › New"), [&] { window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger(); },
                {folder.path(QStringLiteral("new.qdf")), QStringLiteral("Afon Vale"), QStringLiteral("Rhian Morgan"),
                 QStringLiteral("Cymraeg")});
    CHECK(window.workbook()->path().endsWith(QStringLiteral("new.qdf")));
    CHECK(window.workbook()->info().contentLanguage == QStringLiteral("cy"));
    CHECK(need(SectionStore(*window.workbook()).byKey(QStringLiteral("care-standards"))).title == QStringLiteral("Safonau gofal"));

    const QString seen = walker.seen().join(QLatin1Char('\n'));
    INFO("dialogs walked:\n" << seen.toStdString());
    INFO("dialogs that would not close when answered:\n" << walker.stuck().join(QLatin1Char('\n')).toStdString());
    CHECK(walker.stuck().isEmpty());
    for (const char *dialog : {"QFileDialog", "QInputDialog", "QMessageBox", "ScheduleDialog", "ActionSheetDialog", "NewReviewDialog",
                               "MergeReviewDialog", "QPrintPreviewDialog", "TextDialog", "AnswerHistoryDialog"})
        CHECK(seen.contains(QLatin1String(dialog)));
    INFO(audit.findings().join(QLatin1Char('\n')).toStdString());
    CHECK(audit.findings().isEmpty());
}
