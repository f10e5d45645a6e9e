// Read errors are errors: what the window cannot read it says it cannot read, in the banner and in
// place of the data, and it refuses the step that needed it instead of putting a default there.

#include "GuiSupport.h"
#include "TestSupport.h"

#include "core/catalyst/CatalystStore.h"
#include "core/stores/MaterialStore.h"
#include "core/stores/SectionStore.h"
#include "gui/app/MainWindow.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/catalyst/GroupView.h"
#include "gui/section/SectionPage.h"

#include <QComboBox>
#include <QTest>
#include <QLabel>
#include <QListWidget>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

// The message a view shows in place of what it could not read.
QLabel *unreadable(QWidget *view)
{
    auto *notice = view->findChild<QLabel *>(QStringLiteral("unreadable"));
    REQUIRE(notice);
    return notice;
}

const QString kElement = QStringLiteral("building-partnerships-1");

} // namespace

TEST_CASE("A round the group view cannot read is an error in its place, and undo writes nothing in place of the agreed level",
          "[gui][read-errors]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = need(createMaster(path, kProducer, QStringLiteral("Catalyst")));
        catalyst::CatalystStore store(*wb);
        const auto round = need(store.addRound(QStringLiteral("Spring"), QString()));
        need(store.rate(round, QStringLiteral("Ann"), kElement, 1));
        need(store.rate(round, QStringLiteral("Bob"), kElement, 3));
    }
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openWorkbook(path));
    CatalystPage *page = catalystPage(window);
    REQUIRE(page->showView(QStringLiteral("group")));
    GroupView *group = page->groupTable();
    REQUIRE(group->elementAt(0) == kElement);
    // The level agreed by keyboard, as in the scoring grid: the row's digit.
    group->setCurrentCell(0, group->column(GroupView::Column::Agreed));
    QTest::keyClick(group, '3');
    group->item(0, group->column(GroupView::Column::Note))->setText(QStringLiteral("Ann had not seen the minutes"));

    asAnotherProgram(path, {QStringLiteral("ALTER TABLE catalyst_agreed RENAME TO catalyst_agreed_away")});
    REQUIRE(page->showView(QStringLiteral("final")));
    REQUIRE(page->showView(QStringLiteral("group")));  // the group view reads the round again
    CHECK(window.bannerText().contains(QStringLiteral("cannot be read")));
    CHECK(window.bannerText().contains(QStringLiteral("catalyst_agreed")));
    // Not a list of elements nobody has agreed yet: the reason, where the list would be.
    CHECK(group->rowCount() == 0);
    CHECK(unreadable(group)->isVisible());
    CHECK(unreadable(group)->text().contains(QStringLiteral("no such table")));

    window.undo();  // would put back the level and note as they were before the note: refused
    CHECK(window.bannerText().contains(QStringLiteral("catalyst_agreed")));
    asAnotherProgram(path, {QStringLiteral("ALTER TABLE catalyst_agreed_away RENAME TO catalyst_agreed")});
    catalyst::CatalystStore store(*window.workbook());
    const auto round = need(store.round(QStringLiteral("Spring")));
    CHECK(need(store.agreed(round)).value(kElement) == 3);
    CHECK(need(store.agreedNotes(round)).value(kElement) == QStringLiteral("Ann had not seen the minutes"));

    // Readable again, the view is whole again.
    REQUIRE(page->showView(QStringLiteral("final")));
    REQUIRE(page->showView(QStringLiteral("group")));
    CHECK(unreadable(group)->isHidden());
    CHECK(group->rowCount() > 0);
}

TEST_CASE("Working examples that cannot be read are an error in place of the list, never \"none yet\"", "[gui][read-errors]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    {
        auto wb = need(createMaster(path, kProducer, QStringLiteral("Examples")));
        const Section activities = need(SectionStore(*wb).byKey(QStringLiteral("activities")));
        need(MaterialStore(*wb).addExample(activities.id, QStringLiteral("Night sitting service"), QStringLiteral("Evenings.")));
    }
    // Broken after opening: a workbook broken before it is refused whole (its schema is checked).
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openWorkbook(path));
    asAnotherProgram(path, {QStringLiteral("ALTER TABLE working_example RENAME TO working_example_away")});
    SectionPage *page = sectionPage(window, "activities");
    auto *examples = page->findChild<QWidget *>(QStringLiteral("workingExamples"));
    REQUIRE(examples);
    CHECK(window.bannerText().contains(QStringLiteral("cannot be read")));
    CHECK(unreadable(examples)->isVisible());
    CHECK(unreadable(examples)->text().contains(QStringLiteral("working_example")));
    auto *list = examples->findChild<QListWidget *>();
    REQUIRE(list);
    CHECK(list->isHidden());
    for (int i = 0; i < list->count(); ++i)
        CHECK_FALSE(list->item(i)->text().contains(QStringLiteral("No working examples yet")));
}
