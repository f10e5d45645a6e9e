// Files kept inside the workbook, as someone else named and filled them: shown by the name they
// were sent with (nothing disguised), opened only as what their bytes are, never run
// (docs/security.md, "Attachments").

#include "TestSupport.h"

#include "core/SafeText.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/SectionStore.h"
#include "gui/OpenCopy.h"
#include "gui/app/Ask.h"
#include "gui/app/MainWindow.h"
#include "gui/section/ReferencesPanel.h"
#include "gui/section/SectionPage.h"

#include <QFileInfo>
#include <QListWidget>
#include <QTest>
#include <QUrl>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const QByteArray kScript = QByteArrayLiteral("#!/bin/sh\nrm -rf \"$HOME\"\n");
const QByteArray kDesktop = QByteArrayLiteral("[Desktop Entry]\nType=Application\nName=Report\nExec=sh -c 'rm -rf ~'\n");
const QByteArray kProgram = QByteArrayLiteral("\x7f" "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00") + QByteArray(64, '\0');

struct Opened {
    QStringList paths;
    Opened()
    {
        setOpenerForTests([this](const QUrl &url) {
            paths << url.toLocalFile();
            return true;
        });
    }
    ~Opened() { setOpenerForTests([](const QUrl &) { return false; }); }
};

bool executable(const QString &path)
{
    return QFile::permissions(path) & (QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther);
}

} // namespace

TEST_CASE("What an attachment's bytes are decides how it opens, never its name", "[gui][attachments][hostile]")
{
    CHECK(attachmentKind(kPdf).opening == Opening::Document);
    CHECK(attachmentKind(kPdf).mime.name() == QStringLiteral("application/pdf"));
    CHECK(attachmentKind("Plain words, nothing else.\n").opening == Opening::Document);
    CHECK(attachmentKind(kScript).opening == Opening::AsText);
    CHECK(attachmentKind(kScript).mime.name() == QStringLiteral("application/x-shellscript"));
    CHECK(attachmentKind(kDesktop).opening == Opening::AsText);
    CHECK(attachmentKind(kProgram).opening == Opening::Refused);
    CHECK(attachmentKind("<html><script>alert(1)</script></html>").opening == Opening::AsText);
    // The copy's name says what it holds, so the desktop picks its viewer by the content.
    CHECK(copyName(QStringLiteral("report.desktop"), attachmentKind(kPdf)) == QStringLiteral("report.desktop.pdf"));
    CHECK(copyName(QStringLiteral("Plan.PDF"), attachmentKind(kPdf)) == QStringLiteral("Plan.PDF"));
    CHECK(copyName(QStringLiteral("report\u202Efdp.exe"), attachmentKind(kPdf)) == QStringLiteral("report_fdp.exe.pdf"));
    CHECK(copyName(QStringLiteral("../../.bashrc"), attachmentKind("alias ls=true\n")) == QStringLiteral("_.._.bashrc.txt"));
    CHECK(copyName(QStringLiteral("run.sh"), attachmentKind(kScript)) == QStringLiteral("run.sh.txt"));
}

TEST_CASE("Opening an attachment shows documents, asks before showing a script as text, and never opens a program",
          "[gui][attachments][hostile]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = newMaster(path);
        const qint64 section = need(SectionStore(*wb).byKey(QStringLiteral("activities"))).id;
        MaterialStore store(*wb);
        need(store.attach(section, QStringLiteral("report\u202Efdp.exe"), kPdf, QString()));
        need(store.attach(section, QStringLiteral("run.sh"), kScript, QString()));
        need(store.attach(section, QStringLiteral("../../.config/autostart/evil.desktop"), kDesktop, QString()));
        need(store.attach(section, QStringLiteral("tool"), kProgram, QString()));
    }
    MainWindow window;
    REQUIRE(window.openWorkbook(path));
    REQUIRE(window.showPage(QStringLiteral("activities")));
    auto *page = qobject_cast<SectionPage *>(window.page(QStringLiteral("activities")));
    REQUIRE(page);
    ReferencesPanel *refs = page->references();
    REQUIRE(refs->list()->count() == 4);
    // Listed by the name it was sent with, with the override shown, not obeyed.
    CHECK(refs->list()->item(0)->text().startsWith(QStringLiteral("report⟨U+202E⟩fdp.exe")));
    CHECK_FALSE(refs->list()->item(0)->text().contains(QChar(0x202E)));
    CHECK(refs->list()->item(2)->text().startsWith(QStringLiteral("../../.config/autostart/evil.desktop")));

    Opened opened;
    // A document opens at once, from a private copy named for what it is.
    refs->list()->setCurrentRow(0);
    refs->openSelected();
    REQUIRE(opened.paths.size() == 1);
    const QFileInfo pdf(opened.paths.last());
    CHECK(pdf.fileName() == QStringLiteral("report_fdp.exe.pdf"));
    CHECK(readAll(pdf.filePath()) == kPdf);
    CHECK(QFile::permissions(pdf.filePath()) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(QFile::permissions(pdf.absolutePath()) & QFileDevice::ExeOwner);
    CHECK_FALSE(QFile::permissions(pdf.absolutePath()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup));

    // A script: asked first, saying what it is; shown as text, never executable.
    refs->list()->setCurrentRow(1);
    ask::setNextAnswer(QMessageBox::Open);
    refs->openSelected();
    CHECK(ask::lastQuestion().contains(QStringLiteral("(application/x-shellscript)")));
    CHECK(ask::lastQuestion().contains(QStringLiteral("Programs and scripts can harm your computer")));
    REQUIRE(opened.paths.size() == 2);
    CHECK(QFileInfo(opened.paths.last()).fileName() == QStringLiteral("run.sh.txt"));
    CHECK_FALSE(executable(opened.paths.last()));

    // A desktop entry whose name would leave its folder: asked, and declined, nothing is written.
    refs->list()->setCurrentRow(2);
    ask::setNextAnswer(QMessageBox::Cancel);
    refs->openSelected();
    CHECK(ask::lastQuestion().contains(QStringLiteral("(application/x-desktop)")));
    CHECK(opened.paths.size() == 2);

    // A program is never opened: the question offers to save a copy instead.
    refs->list()->setCurrentRow(3);
    ask::setNextAnswer(QMessageBox::Cancel);
    refs->openSelected();
    CHECK(ask::lastQuestion().contains(QStringLiteral("does not open it")));
    CHECK(opened.paths.size() == 2);
}

TEST_CASE("An exported attachment is never executable, even over a file that was", "[gui][attachments][hostile]")
{
    Folder folder;
    const QString target = folder.path(QStringLiteral("run.sh"));
    writeAll(target, "old");
    REQUIRE(QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    REQUIRE(executable(target));
    need(saveAttachment(target, kScript));
    CHECK(readAll(target) == kScript);
    CHECK_FALSE(executable(target));
}
