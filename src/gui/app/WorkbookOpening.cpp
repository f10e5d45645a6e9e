#include "gui/app/WorkbookOpening.h"

#include "core/Workbook.h"
#include "gui/app/Ask.h"
#include "gui/session/WorkbookSession.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace qdf::gui {
namespace {

constexpr int kWriteBackPauseMs = 3000;

QString tr(const char *text)
{
    return QCoreApplication::translate("qdf::gui::WorkbookOpening", text);
}

// Someone else has it: read it, or leave it.
Result<OpenedWorkbook> offerReadOnly(QWidget *parent, const QString &path, const Error &locked)
{
    const auto answer = ask::question(parent, tr("Workbook in use"),
                                      tr("%1\n\nOpen it read-only? You can read everything and follow their changes as they "
                                         "are saved; you can change it once they close it.")
                                          .arg(locked.message),
                                      QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer != QMessageBox::Open)
        return locked;
    auto readOnly = Workbook::open(path, {true, Workbook::Verify::OnOpen});
    if (!readOnly)
        return readOnly.error();
    return OpenedWorkbook{std::move(readOnly).value(), nullptr};
}

} // namespace

SharedWriteBack::SharedWriteBack(sync::SharedMaster shared, QObject *parent) : QObject(parent), m_shared(std::move(shared))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(kWriteBackPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SharedWriteBack::writeBack);
}

SharedWriteBack::~SharedWriteBack()
{
    m_shared.release();
}

void SharedWriteBack::follow(WorkbookSession &session)
{
    connect(&session, &WorkbookSession::saved, this, [this] {
        m_dirty = true;
        m_pause.start();
    });
}

bool SharedWriteBack::writeBack()
{
    m_pause.stop();
    if (!m_dirty)
        return true;
    if (Status s = m_shared.checkIn(); !s) {
        Q_EMIT failed(s.error().message);
        return false;
    }
    m_dirty = false;
    Q_EMIT wroteBack(m_shared.sharedPath());
    return true;
}

Status SharedWriteBack::finish()
{
    m_pause.stop();
    if (m_dirty) {
        if (Status s = m_shared.checkIn(); !s)
            return s;
        m_dirty = false;
    }
    m_shared.release();
    return Status::success();
}

Result<OpenedWorkbook> openForWindow(QWidget *parent, const QString &path)
{
    if (sync::SharedMaster::isOnNetworkShare(path)) {
        // Never worked on in place: judged read-only (no journal switch on the share), then copied.
        auto peek = Workbook::open(path, {true, Workbook::Verify::OnOpen});
        if (!peek)
            return peek.error();
        const QString owner = peek.value()->info().owner.name;
        peek->reset();
        if (QFileInfo(path).isWritable()) {
            auto out = sync::SharedMaster::checkOut(path, owner);
            if (!out && out.error().code == Error::Code::Locked)
                return offerReadOnly(parent, path, out.error());
            if (!out)
                return out.error();
            auto working = Workbook::open(out->workingPath());
            if (!working)
                return working.error();
            if (Status locked = working.value()->lock(); !locked)
                return locked.error();
            return OpenedWorkbook{std::move(working).value(), std::make_unique<SharedWriteBack>(*out)};
        }
    }
    auto opened = Workbook::open(path);
    if (!opened)
        return opened.error();
    if (!opened.value()->isReadOnly()) {
        if (Status locked = opened.value()->lock(); !locked) {
            if (locked.error().code != Error::Code::Locked)
                return locked.error();
            opened->reset();
            return offerReadOnly(parent, path, locked.error());
        }
    }
    return OpenedWorkbook{std::move(opened).value(), nullptr};
}

} // namespace qdf::gui
