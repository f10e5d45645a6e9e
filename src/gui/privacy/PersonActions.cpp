#include "gui/privacy/PersonActions.h"

#include "core/SaveFile.h"
#include "core/Workbook.h"
#include "core/privacy/Erasure.h"
#include "core/privacy/PersonExport.h"
#include "core/report/PersonReport.h"
#include "gui/app/Ask.h"
#include "gui/app/HelpBrowser.h"
#include "gui/app/MainWindow.h"
#include "gui/app/ReportActions.h"
#include "gui/privacy/PersonPicker.h"
#include "gui/session/WorkbookSession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

namespace qdf::gui {

PersonActions::PersonActions(MainWindow &window, QMenu &menu) : QObject(&window), m_window(window)
{
    m_export = menu.addAction(tr("Export everything about a per&son…"), this, [this] {
        const HelpTopicScope help(&m_window, QStringLiteral("privacy"));
        const QString person = pick(tr("Export everything about a person"), tr("&Export…"), true);
        if (person.isEmpty())
            return;
        const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export everything about %1").arg(person), QString(),
                                                          tr("JSON (*.json)") + QStringLiteral(";;") + reports::reportFilters());
        if (!path.isEmpty())
            exportPerson(person, path);
    });
    m_export->setObjectName(QStringLiteral("actionExportPerson"));
    m_erase = menu.addAction(tr("Erase a pers&on…"), this, [this] {
        const HelpTopicScope help(&m_window, QStringLiteral("privacy"));
        const QString person = pick(tr("Erase a person"), tr("&Erase…"), false);
        if (!person.isEmpty())
            erasePerson(person);
    });
    m_erase->setObjectName(QStringLiteral("actionErasePerson"));
    workbookOpened();
}

void PersonActions::workbookOpened()
{
    Workbook *wb = m_window.workbook();
    const bool master = wb && wb->isMaster();
    m_export->setEnabled(master);
    m_erase->setEnabled(master && !wb->isReadOnly());
}

QString PersonActions::pick(const QString &title, const QString &action, bool owners)
{
    Workbook *wb = m_window.workbook();
    if (!wb)
        return QString();
    auto everyone = privacy::people(*wb);
    if (!everyone) {
        Q_EMIT m_window.session()->failed(everyone.error().message);
        return QString();
    }
    QVector<privacy::Person> shown;
    for (const privacy::Person &p : *everyone) {
        if (owners || !p.owner)  // a workbook's owner is never erased from it
            shown << p;
    }
    PersonPicker picker(shown, title, action, &m_window);
    return picker.exec() == QDialog::Accepted ? picker.chosen() : QString();
}

bool PersonActions::exportPerson(const QString &person, const QString &path)
{
    Workbook *wb = m_window.workbook();
    if (!wb || !m_window.flushAll())
        return false;
    Status written = Status::success();
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        auto record = privacy::personRecord(*wb, person);
        written = record ? saveFile(path, QJsonDocument(privacy::toJson(*record)).toJson(QJsonDocument::Indented)) : Status(record.error());
    } else {
        written = reports::writeReportFile([&] { return report::personReport(*wb, person); }, path);
    }
    if (!written) {
        Q_EMIT m_window.session()->failed(written.error().message);
        return false;
    }
    m_window.statusBar()->showMessage(tr("Everything about %1 written to %2").arg(person, path));
    return true;
}

bool PersonActions::erasePerson(const QString &person)
{
    Workbook *wb = m_window.workbook();
    if (!wb || !m_window.flushAll())
        return false;
    privacy::ErasureStore erasures(*wb);
    auto plan = erasures.plan(person);
    if (!plan) {
        Q_EMIT m_window.session()->failed(plan.error().message);
        return false;
    }
    const QString text = tr("Erase %1 from this master? They asked to be, or their data must go.").arg(plan->name)
        + QStringLiteral("\n\n") + privacy::describe(*plan).join(QStringLiteral("\n\n"));
    if (ask::question(&m_window, tr("Erase a person"), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    auto erased = erasures.erase(person);
    if (!erased) {
        Q_EMIT m_window.session()->failed(erased.error().message);
        return false;
    }
    // The undo history holds what the person wrote, in memory: it goes with them (an erasure is
    // never undone, and no step may put back a text it replaced).
    m_window.session()->undoStack()->clear();
    m_window.reloadWorkbook();
    m_window.statusBar()->showMessage(tr("%1 erased: \"%2\" stands in their place").arg(erased->name, erased->label));
    return true;
}

} // namespace qdf::gui
