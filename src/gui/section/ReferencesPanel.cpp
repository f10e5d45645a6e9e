#include "gui/section/ReferencesPanel.h"


#include "core/SafeText.h"
#include "core/Workbook.h"
#include "core/stores/MaterialStore.h"
#include "gui/OpenCopy.h"
#include "gui/section/TextDialog.h"
#include "gui/ReadOrSay.h"
#include "gui/session/WorkbookSession.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>

#include <memory>

namespace qdf::gui {

ReferencesPanel::ReferencesPanel(WorkbookSession &session, qint64 sectionId, QWidget *parent)
    : SectionPanel(session, sectionId, QStringLiteral("referenceMaterials"), parent)
{
    list()->setAccessibleName(tr("Reference Materials"));
    setAcceptDrops(canEdit());
    if (canEdit()) {
        connect(addButton(tr("Attach…"), QStringLiteral("attachReference"), false), &QPushButton::clicked, this, [this] {
            attachFiles(QFileDialog::getOpenFileNames(this, tr("Attach reference materials")));
        });
    }
    connect(addButton(tr("Open"), QStringLiteral("openReference"), true), &QPushButton::clicked, this,
            &ReferencesPanel::openSelected);
    connect(addButton(tr("Export…"), QStringLiteral("exportReference"), true), &QPushButton::clicked, this, [this] {
        if (const ReferenceMaterial *r = selected()) {
            // The name offered is one a disk can take without harm; the list shows it as it was sent.
            const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(shownSafely(r->fileName, false)),
                                                              safeFileName(r->fileName));
            if (!path.isEmpty())
                exportSelected(path);
        }
    });
    if (canEdit()) {
        connect(addButton(tr("Note…"), QStringLiteral("noteReference"), true), &QPushButton::clicked, this, [this] {
            const ReferenceMaterial *r = selected();
            if (!r)
                return;
            TextDialog dialog(tr("Note on %1").arg(shownSafely(r->fileName, false)), this, false);
            dialog.setValues(QString(), r->note);
            // A copy: the list is read again after each save. Each save is an undo step from the last one.
            auto saved = std::make_shared<ReferenceMaterial>(*r);
            dialog.saveAsYouType(m_session, tr("the note on %1").arg(shownSafely(r->fileName, false)), [this, saved](const QString &, const QString &note) {
                if (!m_session.setReferenceNote(*saved, note))
                    return false;
                saved->note = note;
                return true;
            });
            dialog.exec();
        });
        connect(addButton(tr("Remove"), QStringLiteral("removeReference"), true), &QPushButton::clicked, this,
                &ReferencesPanel::removeSelected);
    }
    connect(list(), &QListWidget::itemActivated, this, &ReferencesPanel::openSelected);
    start();
}

void ReferencesPanel::reload()
{
    auto read = readOrSay(m_session, MaterialStore(m_session.workbook()).references(m_sectionId), tr("The reference materials"));
    m_references = read ? *read : QVector<ReferenceMaterial>();
    const QSignalBlocker block(list());
    if (!showRead(read))
        return;
    for (const ReferenceMaterial &r : std::as_const(m_references)) {
        // The name as it was sent, with anything that would disguise it shown (core/SafeText.h).
        QString text = QStringLiteral("%1  (%2)").arg(shownSafely(r.fileName, false), QLocale().formattedDataSize(r.size));
        if (!r.note.isEmpty())
            text += QStringLiteral(" — ") + shownSafely(r.note, false);
        auto *item = new QListWidgetItem(text, list());
        item->setData(Qt::UserRole, r.uuid);
        item->setToolTip(tr("%1\nAttached by %2").arg(text, shownSafely(r.change.by, false)));
    }
    if (m_references.isEmpty() && canEdit())
        addPlaceholder(tr("No files yet. Attach one, or drop files here."));
}

const ReferenceMaterial *ReferencesPanel::selected() const
{
    const QString uuid = selectedUuid();
    for (const ReferenceMaterial &r : m_references) {
        if (r.uuid == uuid)
            return &r;
    }
    return nullptr;
}

int ReferencesPanel::attachFiles(const QStringList &paths)
{
    int attached = 0;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT m_session.failed(tr("%1 could not be read: %2").arg(path, file.errorString()));
            continue;
        }
        if (m_session.attachReference(m_sectionId, QFileInfo(path).fileName(), file.readAll(), QString()))
            ++attached;
    }
    return attached;
}

bool ReferencesPanel::setSelectedNote(const QString &note)
{
    const ReferenceMaterial *r = selected();
    return r && m_session.setReferenceNote(*r, note);
}

bool ReferencesPanel::removeSelected()
{
    const ReferenceMaterial *r = selected();
    return r && m_session.removeReference(*r);
}

bool ReferencesPanel::exportSelected(const QString &path)
{
    const ReferenceMaterial *r = selected();
    if (!r)
        return false;
    auto data = MaterialStore(m_session.workbook()).referenceData(r->uuid);
    const Status saved = data ? saveAttachment(path, *data) : Status(data.error());
    if (!saved)
        Q_EMIT m_session.failed(saved.error().message);
    return saved.ok();
}

void ReferencesPanel::openSelected()
{
    const ReferenceMaterial *r = selected();
    if (!r)
        return;
    auto data = MaterialStore(m_session.workbook()).referenceData(r->uuid);
    const Status opened = data ? openAttachment(this, r->uuid, r->fileName, *data) : Status(data.error());
    if (!opened)
        Q_EMIT m_session.failed(opened.error().message);
}

void ReferencesPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ReferencesPanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    attachFiles(paths);
    event->acceptProposedAction();
}

} // namespace qdf::gui
