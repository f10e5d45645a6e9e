// Sync › Export everything about a person…, Erase a person… (master) and Export contribution
// anonymously… (participant), on the real window with the demo programme.
#include "AccessibilityAudit.h"
#include "GuiSupport.h"
#include "TestSupport.h"

#include "core/privacy/People.h"
#include "core/stores/AnswerStore.h"
#include "core/sync/Sync.h"
#include "gui/app/Ask.h"
#include "gui/privacy/PersonActions.h"
#include "gui/privacy/PersonPicker.h"
#include "gui/session/WorkbookSession.h"
#include "gui/sync/SyncMenu.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoStack>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

bool listed(Workbook &wb, const QString &name)
{
    const auto everyone = need(privacy::people(wb));
    return std::any_of(everyone.cbegin(), everyone.cend(), [&](const privacy::Person &p) { return p.name == name; });
}

} // namespace

TEST_CASE("In a master the Sync menu exports everything about a person and erases one after a confirmation that says what goes", "[gui][privacy]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    openShown(window, demo.first());
    auto *exportPerson = window.findChild<QAction *>(QStringLiteral("actionExportPerson"));
    auto *erasePerson = window.findChild<QAction *>(QStringLiteral("actionErasePerson"));
    auto *anonymous = window.findChild<QAction *>(QStringLiteral("actionExportAnonymous"));
    REQUIRE(exportPerson);
    REQUIRE(erasePerson);
    REQUIRE(anonymous);
    CHECK(exportPerson->isEnabled());
    CHECK(erasePerson->isEnabled());
    CHECK_FALSE(anonymous->isEnabled());  // a master sends no contributions
    PersonActions *people = window.syncMenu()->people();

    const QString json = folder.path(QStringLiteral("dafydd.json"));
    REQUIRE(people->exportPerson(QStringLiteral("Dafydd Price"), json));
    const QJsonObject record = QJsonDocument::fromJson(readAll(json)).object();
    CHECK(record.value(QStringLiteral("person")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Dafydd Price"));
    const QString pdf = folder.path(QStringLiteral("dafydd.pdf"));
    REQUIRE(people->exportPerson(QStringLiteral("Dafydd Price"), pdf));
    CHECK(readAll(pdf).startsWith("%PDF"));
    CHECK(window.statusBar()->currentMessage().contains(pdf));

    // Saying no changes nothing.
    const qint64 revision = window.workbook()->info().revision;
    ask::setNextAnswer(QMessageBox::Cancel);
    CHECK_FALSE(people->erasePerson(QStringLiteral("Dafydd Price")));
    CHECK(window.workbook()->info().revision == revision);
    CHECK(listed(*window.workbook(), QStringLiteral("Dafydd Price")));

    need(AnswerStore(*window.workbook()).set(need(SectionStore(*window.workbook()).question(QStringLiteral("activities"),
                                                                                             QStringLiteral("reason"))).id,
                                             QStringLiteral("Dafydd Price will lead it.")));
    ask::setNextAnswer(QMessageBox::Yes);
    REQUIRE(people->erasePerson(QStringLiteral("Dafydd Price")));
    CHECK_FALSE(listed(*window.workbook(), QStringLiteral("Dafydd Price")));
    CHECK(window.session()->undoStack()->count() == 0);  // no step may put a text of theirs back
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("erased")));
    CHECK(window.bannerText().isEmpty());
}

TEST_CASE("The person picker lists who the records name, labelled, and chooses one by the keyboard", "[gui][privacy]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    auto master = need(Workbook::open(demo.first()));
    PersonPicker picker(need(privacy::people(*master)), QStringLiteral("Erase a person"), QStringLiteral("&Erase…"));
    picker.show();
    REQUIRE(QTest::qWaitForWindowExposed(&picker));
    CHECK(picker.list()->topLevelItemCount() == 4);
    AccessibilityAudit audit;
    audit.checkWithTabs(&picker, QStringLiteral("person picker"));
    INFO(audit.findings().join(QLatin1Char('\n')).toStdString());
    CHECK(audit.findings().isEmpty());
    picker.list()->setFocus();
    QTest::keyClick(picker.list(), Qt::Key_Down);
    CHECK(picker.chosen() == picker.list()->topLevelItem(1)->text(0));
    CHECK(picker.findChild<QPushButton *>(QStringLiteral("choosePerson"))->isEnabled());
}

TEST_CASE("A participant exports a contribution anonymously from the Sync menu, signed, their name nowhere in it", "[gui][privacy]")
{
    Folder folder;
    const QStringList demo = demoIn(folder);
    MainWindow window;
    openShown(window, demo.at(1));
    auto *anonymous = window.findChild<QAction *>(QStringLiteral("actionExportAnonymous"));
    REQUIRE(anonymous);
    CHECK(anonymous->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("actionErasePerson"))->isEnabled());
    const Owner owner = window.workbook()->info().owner;
    need(AnswerStore(*window.workbook()).set(need(SectionStore(*window.workbook()).question(QStringLiteral("activities"),
                                                                                             QStringLiteral("reason"))).id,
                                             QStringLiteral("Mine.")));
    const QString path = folder.path(QStringLiteral("anonymous.qdfsync"));
    REQUIRE(window.syncMenu()->exportContribution(path, true));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("without your name")));
    auto master = need(Workbook::open(demo.first()));
    const sync::Bundle read = need(sync::SyncStore(*master).read(path));
    CHECK(read.manifest.anonymous);
    CHECK_FALSE(read.signerKey.isEmpty());
    CHECK(read.manifest.author.name != owner.name);
    for (const sync::ItemChange &c : read.changes)
        CHECK_FALSE(QJsonDocument(sync::toJson(c.state)).toJson().contains(owner.name.toUtf8()));
}
