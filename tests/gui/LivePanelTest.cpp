// The window's live session (gui/live): started from the Catalyst page, served on loopback to a
// client in the test acting as a phone, followed by the live panel, blind until Reveal.

#include "GuiSupport.h"
#include "KeyDriving.h"
#include "TestSupport.h"
#include "workshop/WorkshopSupport.h"

#include "core/catalyst/CatalystStore.h"
#include "core/stores/LiveAnswerStore.h"
#include "core/sync/Sync.h"
#include "gui/app/MainWindow.h"
#include "gui/app/Presentation.h"
#include "gui/catalyst/CatalystPage.h"
#include "gui/catalyst/ScoringGrid.h"
#include "gui/catalyst/EntryGrid.h"
#include "gui/catalyst/GroupView.h"
#include "core/stores/AnswerStore.h"
#include "core/stores/SectionStore.h"
#include "gui/live/LiveController.h"
#include "gui/sync/MergeReviewDialog.h"
#include "gui/live/LiveAnswers.h"
#include "gui/live/LiveAnswersWall.h"
#include "gui/live/LivePanel.h"
#include "gui/live/StartLiveDialog.h"
#include "gui/section/AnswerEditor.h"
#include "gui/section/SectionPage.h"
#include "workshop/LiveSession.h"
#include "workshop/QrCode.h"
#include "workshop/WorkshopServer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QToolButton>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

const QString kFirst = QStringLiteral("building-partnerships-1");   // the first driver's: open at the start
const QString kSecond = QStringLiteral("encouraging-innovation-1");  // the second driver's: waiting

// A master with the round "Spring", where Dafydd has already scored an element of the second
// driver (so he is one of the programme's people a phone can pick).
QString masterWithRound(const Folder &folder)
{
    const QString path = folder.path(QStringLiteral("m.qdf"));
    masterWithRatings(path, {{QStringLiteral("Dafydd Price"), kSecond, 2}});
    return path;
}

// The group view's row of `element`, or -1 when it has none (nobody's level is shown for it).
int rowOf(GroupView *group, const QString &element)
{
    for (int r = 0; r < group->rowCount(); ++r) {
        if (group->elementAt(r) == element)
            return r;
    }
    return -1;
}

void showGroup(CatalystPage *page)
{
    page->tabs()->setCurrentWidget(page->groupTable());
    QApplication::processEvents();
}

QStringList lines(QListWidget *list)
{
    QStringList all;
    for (int i = 0; i < list->count(); ++i)
        all << list->item(i)->text();
    return all;
}

// The section page's editor of `question`.
AnswerEditor *editorOf(SectionPage *page, const QString &question)
{
    for (AnswerEditor *editor : page->answerEditors()) {
        if (editor->question().key == question)
            return editor;
    }
    return nullptr;
}

// Presses "Ask the room…" from the keyboard (it takes the focus by Tab like any button, and
// Space presses it), choosing the loopback in the dialog that asks where to listen.
void askTheRoomFromKeyboard(QPushButton *ask)
{
    test::keys::Quiet quiet;
    test::keys::whenModal<StartLiveDialog>(quiet, QStringLiteral("Start live session"), [&](StartLiveDialog *dialog) {
        const int loopback = dialog->addressBox()->findData(QStringLiteral("127.0.0.1"));
        if (quiet.expect(loopback >= 0, QStringLiteral("the loopback is not offered")))
            dialog->addressBox()->setCurrentIndex(loopback);
        dialog->accept();
    });
    REQUIRE((ask->focusPolicy() & Qt::TabFocus));
    ask->setFocus();
    QTest::keyClick(ask, Qt::Key_Space);
    INFO(quiet.problems().join(QLatin1Char('\n')).toStdString());
    REQUIRE(quiet.problems().isEmpty());
}

} // namespace

TEST_CASE("A live session started from the Catalyst page shows the code to the room, who joined and scored, and "
          "no level until Reveal",
          "[gui][live]")
{
    Folder folder;
    const QString path = masterWithRound(folder);
    MainWindow window;
    openShown(window, path);
    CatalystPage *page = catalystPage(window);
    REQUIRE(page->startLiveButton()->isEnabled());

    // "Start live session…": the dialog lists this machine's addresses, the loopback among them.
    test::keys::Quiet quiet;
    test::keys::whenModal<StartLiveDialog>(quiet, QStringLiteral("Start live session"), [&](StartLiveDialog *dialog) {
        const int loopback = dialog->addressBox()->findData(QStringLiteral("127.0.0.1"));
        if (quiet.expect(loopback >= 0, QStringLiteral("the loopback is not offered")))
            dialog->addressBox()->setCurrentIndex(loopback);
        dialog->accept();
    });
    QTest::mouseClick(page->startLiveButton(), Qt::LeftButton);
    INFO(quiet.problems().join(QLatin1Char('\n')).toStdString());
    REQUIRE(quiet.problems().isEmpty());
    LiveController *live = window.live();
    REQUIRE(live->isRunning());
    CHECK_FALSE(page->startLiveButton()->isVisible());  // one session at a time
    LivePanel *panel = window.livePanel();
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("liveDock"))->isVisible());
    const workshop::LiveSession *session = live->session();
    CHECK(live->url().host() == QStringLiteral("127.0.0.1"));

    // For the projector: the code, the short address, and the address as a QR code whose modules
    // are sharp (only black and white pixels: scaled without smoothing).
    CHECK(panel->codeLabel()->text() == session->code());
    CHECK(session->code().size() == 6);
    CHECK(panel->addressLabel()->text() == QStringLiteral("127.0.0.1:%1").arg(live->server()->port()));
    const QImage qr = panel->qrLabel()->pixmap().toImage();
    const workshop::QrMatrix matrix = workshop::qrCode(live->url().toString().toUtf8());
    REQUIRE_FALSE(qr.isNull());
    REQUIRE(qr.width() == qr.height());
    const int scale = qr.width() / (matrix.size + 8);
    CHECK(qr.width() == scale * (matrix.size + 8));
    CHECK(scale >= 2);
    bool onlyBlackAndWhite = true;
    for (int y = 0; y < qr.height(); ++y) {
        for (int x = 0; x < qr.width(); ++x) {
            const QRgb p = qr.pixel(x, y) & 0xffffff;
            onlyBlackAndWhite = onlyBlackAndWhite && (p == 0 || p == 0xffffff);
        }
    }
    CHECK(onlyBlackAndWhite);
    // Each module where the code has it, at its corner and its middle alike.
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            const bool dark = matrix.at(x, y);
            for (const auto &[dx, dy] : {std::pair{0, 0}, std::pair{scale - 1, scale - 1}}) {
                const QRgb p = qr.pixel((x + 4) * scale + dx, (y + 4) * scale + dy) & 0xffffff;
                if ((p == 0) != dark) {
                    FAIL("module " << x << "," << y << " is drawn wrong");
                }
            }
        }
    }
    CHECK(panel->openDriverLabel()->text().contains(QStringLiteral("Building partnerships")));

    // A phone joins by picking a name, and scores the open driver's first element.
    Client phone(live->url());
    const QString dafydd = phone.join(session->code(), QStringLiteral("Dafydd Price"));
    CHECK(phone.rate(dafydd, kFirst, 3).status == 204);
    QApplication::processEvents();
    // The round holds it as Dafydd's own rating, saved at once ...
    catalyst::CatalystStore store(*window.workbook());
    const auto round = need(store.round(QStringLiteral("Spring")));
    CHECK(need(store.ratingsByParticipant(round)).value(QStringLiteral("Dafydd Price")).value(kFirst) == 3);
    // ... the panel says he has scored one of five, never which level ...
    REQUIRE(waitFor([&] { return lines(panel->people()).join(QLatin1Char('\n')).contains(QStringLiteral("1 of 5")); }));
    CHECK(lines(panel->people()) == QStringList{QStringLiteral("Dafydd Price: 1 of 5")});
    // ... and no view shows a level of a driver not revealed, this one's or one scored before.
    showGroup(page);
    CHECK(rowOf(page->groupTable(), kFirst) < 0);
    CHECK(rowOf(page->groupTable(), kSecond) < 0);
    page->tabs()->setCurrentWidget(page->entryGrid()->parentWidget());
    QApplication::processEvents();
    for (int r = 0; r < page->entryGrid()->rowCount(); ++r) {
        for (int c = 1; c < page->entryGrid()->columnCount(); ++c) {
            if (QTableWidgetItem *cell = page->entryGrid()->item(r, c))
                CHECK(cell->text().isEmpty());
        }
    }

    // Someone types a name: it waits for the facilitator, who confirms it.
    const QString gwen = phone.join(session->code(), QStringLiteral("Gwen Lewis"));
    REQUIRE(waitFor([&] { return panel->people()->count() == 2; }));
    CHECK(panel->people()->item(1)->text().contains(QStringLiteral("waiting to be confirmed")));
    CHECK(phone.rate(gwen, kFirst, 1).status == 403);
    panel->people()->setCurrentRow(1);
    REQUIRE(panel->confirmButton()->isEnabled());
    QTest::mouseClick(panel->confirmButton(), Qt::LeftButton);
    CHECK(phone.rate(gwen, kFirst, 1).status == 204);

    // Reveal: the first driver's levels fill the group view; the second driver stays blind.
    QTest::mouseClick(panel->revealButton(), Qt::LeftButton);
    QApplication::processEvents();
    showGroup(page);
    GroupView *group = page->groupTable();
    const int row = rowOf(group, kFirst);
    REQUIRE(row >= 0);
    CHECK(group->item(row, group->column(GroupView::Column::Spread))->text() == QStringLiteral("1–3"));
    CHECK(rowOf(group, kSecond) < 0);
    CHECK(phone.rate(dafydd, kFirst, 4).status == 409);  // closed: its scores no longer change

    // Next driver opens the second; Stop ends the session, and the phones can no longer reach it.
    QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
    CHECK(panel->openDriverLabel()->text().contains(QStringLiteral("Encouraging innovation")));
    const QUrl url = live->url();
    QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
    CHECK_FALSE(live->isRunning());
    CHECK_FALSE(window.findChild<QDockWidget *>(QStringLiteral("liveDock"))->isVisible());
    CHECK(Client(url).get(QStringLiteral("/")).status == 0);
    CHECK(page->startLiveButton()->isVisible());
    showGroup(page);
    CHECK(rowOf(page->groupTable(), kSecond) >= 0);  // nothing blind without a session
}

TEST_CASE("Closing the workbook or the window stops the live session's server", "[gui][live]")
{
    Folder folder;
    const QString path = masterWithRound(folder);
    QUrl url;
    {
        MainWindow window;
        openShown(window, path);
        const QString round = need(catalyst::CatalystStore(*window.workbook()).round(QStringLiteral("Spring"))).uuid;
        REQUIRE(window.startLiveSession(round, QHostAddress::LocalHost));
        url = window.live()->url();
        CHECK(Client(url).get(QStringLiteral("/")).status == 200);
        REQUIRE(window.closeWorkbook());
        CHECK_FALSE(window.live()->isRunning());
        CHECK(Client(url).get(QStringLiteral("/")).status == 0);

        REQUIRE(window.openWorkbook(path));
        REQUIRE(window.startLiveSession(round, QHostAddress::LocalHost));
        url = window.live()->url();
        CHECK(Client(url).get(QStringLiteral("/")).status == 200);
        CHECK(window.close());
        CHECK_FALSE(window.live()->isRunning());
    }
    CHECK(Client(url).get(QStringLiteral("/")).status == 0);
}

TEST_CASE("A live session that cannot listen says why and starts nothing", "[gui][live]")
{
    Folder folder;
    const QString path = masterWithRound(folder);
    MainWindow window;
    openShown(window, path);
    const QString round = need(catalyst::CatalystStore(*window.workbook()).round(QStringLiteral("Spring"))).uuid;
    // An address this machine does not have (TEST-NET-3, for documentation only).
    CHECK_FALSE(window.startLiveSession(round, QHostAddress(QStringLiteral("203.0.113.254"))));
    CHECK_FALSE(window.live()->isRunning());
    CHECK(window.bannerText().startsWith(QStringLiteral("The live session could not start")));
    CHECK_FALSE(window.findChild<QDockWidget *>(QStringLiteral("liveDock"))->isVisible());
}

TEST_CASE("An answer posted from a phone to the question the panel opens appears as it arrives, named or Anonymous, "
          "and Keep makes it a contribution once",
          "[gui][live][question]")
{
    Folder folder;
    const QString path = masterWithRound(folder);
    MainWindow window;
    openShown(window, path);
    const QString round = need(catalyst::CatalystStore(*window.workbook()).round(QStringLiteral("Spring"))).uuid;
    REQUIRE(window.startLiveSession(round, QHostAddress::LocalHost));
    LivePanel *panel = window.livePanel();
    workshop::LiveSession *session = window.live()->session();
    QToolButton *question = panel->questionButton();
    REQUIRE(question->isEnabled());
    CHECK_FALSE(question->accessibleName().isEmpty());
    QAction *none = panel->questionAction(QString());
    REQUIRE(none);
    CHECK(none->isChecked());  // no question until the facilitator opens one
    CHECK_FALSE(session->question());

    // The menu holds the CAREMORE sections' questions: the facilitator opens one.
    QAction *intended = panel->questionAction(QStringLiteral("care-standards/intended-product"));
    REQUIRE(intended);
    intended->trigger();
    REQUIRE(session->question());
    CHECK(session->question()->question.key == QStringLiteral("intended-product"));
    CHECK(intended->isChecked());

    Client phone(window.live()->url());
    const QString dafydd = phone.join(session->code(), QStringLiteral("Dafydd Price"));
    const QString script = QStringLiteral("<b>Fewer</b> handovers <script>alert(1)</script>");
    CHECK(phone.post(QStringLiteral("/api/answer"), {{QStringLiteral("text"), script}}, dafydd).status == 204);
    REQUIRE(waitFor([&] { return panel->answerLines().size() == 1; }));
    CHECK(panel->answerLines() == QStringList{QStringLiteral("Dafydd Price: ") + script});
    QLabel *line = panel->findChild<QLabel *>(QStringLiteral("liveAnswer0"));
    REQUIRE(line);
    CHECK(line->textFormat() == Qt::PlainText);  // shown as the text it is, never as markup
    CHECK(line->isVisible());

    // Anonymous for the projector, at the facilitator's word.
    QCheckBox *anonymous = panel->anonymousBox();
    REQUIRE(anonymous->isVisible());
    anonymous->setChecked(true);
    CHECK(panel->answerLines() == QStringList{QStringLiteral("Anonymous: ") + script});
    CHECK(panel->keepButton(0)->accessibleName().contains(QStringLiteral("Anonymous")));

    // Keep: one contribution to the master's answer, from a phone, by its author.
    QTest::mouseClick(panel->keepButton(0), Qt::LeftButton);
    const auto kept = need(sync::SyncStore(*window.workbook()).contributions());
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].source == QStringLiteral("live-phone"));
    CHECK(kept[0].author == QStringLiteral("Dafydd Price"));
    CHECK(kept[0].text == script);
    CHECK(kept[0].itemId == QStringLiteral("answer:") + session->question()->question.uuid);
    CHECK_FALSE(panel->keepButton(0)->isEnabled());
    CHECK(panel->answerLines().first().endsWith(QStringLiteral("(kept)")));
    // Kept again (the headless route, say): the same contribution, no second.
    const QString answer = need(LiveAnswerStore(*window.workbook()).answers(session->question()->question.uuid)).first().uuid;
    const auto again = session->keepAnswer(answer);
    REQUIRE(again.ok());
    CHECK(*again == kept[0].uuid);
    CHECK(need(sync::SyncStore(*window.workbook()).contributions()).size() == 1);

    // A second answer comes below the first, which keeps its row.
    CHECK(phone.post(QStringLiteral("/api/answer"), {{QStringLiteral("text"), QStringLiteral("One plan")}}, dafydd).status == 204);
    REQUIRE(waitFor([&] { return panel->answerLines().size() == 2; }));
    CHECK(panel->findChild<QLabel *>(QStringLiteral("liveAnswer0")) == line);
    CHECK(panel->keepButton(1)->isEnabled());

    // "No question open" closes it: the phones are told, the answers stay in the file.
    none->trigger();
    CHECK_FALSE(session->question());
    CHECK(phone.post(QStringLiteral("/api/answer"), {{QStringLiteral("text"), QStringLiteral("late")}}, dafydd).status == 409);
    CHECK_FALSE(anonymous->isVisible());
}

TEST_CASE("Show to the room puts the open question's answers full screen in large type as they arrive, named or Anonymous "
          "as the panel says, and Escape or closing the question takes it away",
          "[gui][live][question]")
{
    Folder folder;
    const QString path = masterWithRound(folder);
    MainWindow window;
    openShown(window, path);
    const QString round = need(catalyst::CatalystStore(*window.workbook()).round(QStringLiteral("Spring"))).uuid;
    REQUIRE(window.startLiveSession(round, QHostAddress::LocalHost));
    LivePanel *panel = window.livePanel();
    workshop::LiveSession *session = window.live()->session();
    panel->questionAction(QStringLiteral("care-standards/intended-product"))->trigger();
    REQUIRE(session->question());
    QPushButton *show = panel->answers()->wallButton();
    REQUIRE(show->isVisible());

    QTest::mouseClick(show, Qt::LeftButton);
    LiveAnswersWall *wall = panel->answers()->wall();
    REQUIRE(wall);
    CHECK(wall->isFullScreen());
    CHECK(wall->font().pointSizeF() > window.font().pointSizeF() * 1.5);  // read from the back of the room
    CHECK(wall->findChild<QLabel *>(QStringLiteral("wallQuestion"))->text() == session->question()->question.text);
    CHECK(wall->cards().isEmpty());
    CHECK(wall->findChild<QLabel *>(QStringLiteral("wallEmpty"))->isVisible());

    Client phone(window.live()->url());
    const QString dafydd = phone.join(session->code(), QStringLiteral("Dafydd Price"));
    const QString script = QStringLiteral("<i>One</i> plan <script>x()</script>");
    CHECK(phone.post(QStringLiteral("/api/answer"), {{QStringLiteral("text"), script}}, dafydd).status == 204);
    REQUIRE(waitFor([&] { return wall->cards().size() == 1; }));
    CHECK(wall->cards().first() == script + QStringLiteral("\n— Dafydd Price"));
    auto *card = wall->findChild<QLabel *>(QStringLiteral("wallCard0"));
    REQUIRE(card);
    CHECK(card->textFormat() == Qt::PlainText);
    CHECK_FALSE(wall->findChild<QLabel *>(QStringLiteral("wallEmpty"))->isVisible());
    // The panel's Anonymous is the wall's too.
    panel->anonymousBox()->setChecked(true);
    CHECK(wall->cards().first() == script + QStringLiteral("\n— Anonymous"));
    CHECK(phone.post(QStringLiteral("/api/answer"), {{QStringLiteral("text"), QStringLiteral("Named workers")}}, dafydd).status == 204);
    REQUIRE(waitFor([&] { return wall->cards().size() == 2; }));
    CHECK(wall->findChild<QLabel *>(QStringLiteral("wallCard0")) == card);  // the first stays where it was

    // Escape takes it away; shown again, it closes itself with the question.
    QPointer<LiveAnswersWall> gone = wall;
    QTest::keyClick(wall, Qt::Key_Escape);
    REQUIRE(waitFor([&] { return gone.isNull(); }));
    QTest::mouseClick(show, Qt::LeftButton);
    QPointer<LiveAnswersWall> again = panel->answers()->wall();
    REQUIRE(again);
    CHECK(again->cards().size() == 2);
    panel->questionAction(QString())->trigger();
    REQUIRE(waitFor([&] { return again.isNull(); }));
}

TEST_CASE("A live answer kept in the panel waits in the merge review marked (live, phone), and the master's answer is "
          "composed from it",
          "[gui][live][question][sync]")
{
    Folder folder;
    const QString path = masterWithRound(folder);
    auto master = need(Workbook::open(path));
    const Question q = need(SectionStore(*master).question(QStringLiteral("care-standards"), QStringLiteral("intended-product")));
    const LiveAnswer posted = need(LiveAnswerStore(*master).post(QStringLiteral("s"), q.uuid, QStringLiteral("Dafydd Price"),
                                                                 QStringLiteral("Care planned with the person"), Language::English));
    need(LiveAnswerStore(*master).keep(posted.uuid));
    MergeReviewDialog dialog(*master, {});
    dialog.show();
    REQUIRE(dialog.questionList()->count() == 1);
    auto *offered = dialog.findChild<QListWidget *>(QStringLiteral("contributions"));
    REQUIRE(offered->count() == 1);
    CHECK(offered->item(0)->text() == QStringLiteral("Dafydd Price (live, phone) — Care planned with the person"));
    offered->setCurrentRow(0);
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Take this &one"))
            b->click();
    }
    REQUIRE(dialog.saveAnswer());
    CHECK(need(AnswerStore(*master).current(q.id))->text == QStringLiteral("Care planned with the person"));
    CHECK(need(sync::SyncStore(*master).contributions()).first().status == QStringLiteral("used"));
}

TEST_CASE("Ask the room on a section page starts a session for that question alone, with no driver steps, and a phone's "
          "answer is kept from the panel",
          "[gui][live][question]")
{
    Folder folder;
    const QString path = masterWithRound(folder);
    MainWindow window;
    openShown(window, path);
    SectionPage *page = sectionPage(window, "care-standards");
    AnswerEditor *intended = editorOf(page, QStringLiteral("intended-product"));
    REQUIRE(intended);
    QPushButton *ask = intended->askTheRoomButton();
    REQUIRE(ask);
    CHECK(ask->isVisible());
    CHECK(ask->text() == QStringLiteral("Ask the room…"));  // a dialog follows
    CHECK(ask->accessibleName() == QStringLiteral("Ask the room: ") + intended->question().text);
    CHECK_FALSE(ask->toolTip().isEmpty());

    askTheRoomFromKeyboard(ask);
    LiveController *live = window.live();
    REQUIRE(live->isRunning());
    workshop::LiveSession *session = live->session();
    CHECK_FALSE(session->hasRound());
    REQUIRE(session->question());
    CHECK(session->question()->sectionKey == QStringLiteral("care-standards"));
    CHECK(session->question()->question.key == QStringLiteral("intended-product"));
    CHECK(session->openDriver().isEmpty());
    // The page says which question the room is answering; the others open in this session, no dialog.
    CHECK(ask->text() == QStringLiteral("Open to the room"));
    CHECK_FALSE(ask->isEnabled());
    for (AnswerEditor *editor : page->answerEditors()) {
        if (editor != intended)
            CHECK(editor->askTheRoomButton()->text() == QStringLiteral("Ask the room"));
    }

    // The panel: the code for the room, the question open, and nothing of scoring.
    LivePanel *panel = window.livePanel();
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("liveDock"))->isVisible());
    CHECK(panel->codeLabel()->text() == session->code());
    QApplication::processEvents();  // the panel follows the session's changes in the next turn
    CHECK(panel->questionAction(QStringLiteral("care-standards/intended-product"))->isChecked());
    CHECK_FALSE(panel->nextButton()->isVisible());
    CHECK_FALSE(panel->revealButton()->isVisible());
    CHECK(panel->openDriverLabel()->text() == QStringLiteral("Open questions only: nothing is scored in this session."));
    CHECK(panel->stopButton()->isVisible());
    CHECK_FALSE(panel->keepNote()->isVisible());  // a master keeps answers

    // A phone answers; the answer appears; Keep makes it a contribution.
    Client phone(live->url());
    const QString dafydd = phone.join(session->code(), QStringLiteral("Dafydd Price"));
    CHECK(phone.rate(dafydd, kFirst, 3).status == 409);  // nothing to score
    const QString text = QStringLiteral("One care plan, written with the person");
    CHECK(phone.post(QStringLiteral("/api/answer"), {{QStringLiteral("text"), text}}, dafydd).status == 204);
    REQUIRE(waitFor([&] { return panel->answerLines().size() == 1; }));
    CHECK(panel->answerLines() == QStringList{QStringLiteral("Dafydd Price: ") + text});
    CHECK(lines(panel->people()) == QStringList{QStringLiteral("Dafydd Price")});  // joined, no counts of a driver
    QPushButton *keep = panel->keepButton(0);
    REQUIRE(keep);
    REQUIRE(keep->isVisible());
    QTest::mouseClick(keep, Qt::LeftButton);
    const auto kept = need(sync::SyncStore(*window.workbook()).contributions());
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].source == QStringLiteral("live-phone"));
    CHECK(kept[0].author == QStringLiteral("Dafydd Price"));
    CHECK(kept[0].text == text);
    CHECK(kept[0].itemId == QStringLiteral("answer:") + intended->question().uuid);

    // Another question of the page, while the session runs: opened in it, with no dialog.
    AnswerEditor *other = nullptr;
    for (AnswerEditor *editor : page->answerEditors()) {
        if (editor != intended)
            other = editor;
    }
    REQUIRE(other);
    test::keys::Quiet noDialog;
    test::keys::whenModal<QDialog>(noDialog, QStringLiteral("a dialog"), [&](QDialog *dialog) { dialog->reject(); }, 10);
    QTest::mouseClick(other->askTheRoomButton(), Qt::LeftButton);
    QTest::qWait(300);  // the watch for a dialog has given up
    CHECK(noDialog.problems() == QStringList{QStringLiteral("a dialog did not open")});
    REQUIRE(live->session() == session);  // the same session
    REQUIRE(session->question());
    CHECK(session->question()->question.key == other->question().key);
    QApplication::processEvents();
    CHECK(panel->questionAction(QStringLiteral("care-standards/") + other->question().key)->isChecked());
    CHECK(panel->answerLines().isEmpty());  // the new question's answers: none yet
    CHECK(other->askTheRoomButton()->text() == QStringLiteral("Open to the room"));
    CHECK(ask->text() == QStringLiteral("Ask the room"));
    CHECK(ask->isEnabled());

    // Stopped: each question starts a session again.
    QTest::mouseClick(panel->stopButton(), Qt::LeftButton);
    CHECK_FALSE(live->isRunning());
    CHECK(ask->text() == QStringLiteral("Ask the room…"));
}

TEST_CASE("On a participant's workbook the live panel shows the room's answers but offers no Keep, and says why",
          "[gui][live][question]")
{
    Folder folder;
    const QString participant = demoIn(folder).at(1);
    MainWindow window;
    openShown(window, participant);
    REQUIRE_FALSE(window.workbook()->isMaster());
    SectionPage *page = sectionPage(window, "care-standards");
    REQUIRE_FALSE(page->answerEditors().isEmpty());
    QPushButton *ask = page->answerEditors().first()->askTheRoomButton();
    REQUIRE(ask);
    REQUIRE(ask->isEnabled());
    askTheRoomFromKeyboard(ask);
    workshop::LiveSession *session = window.live()->session();
    REQUIRE(session);
    REQUIRE(session->question());
    LivePanel *panel = window.livePanel();
    Client phone(window.live()->url());
    const QString token = phone.join(session->code(), session->people().isEmpty() ? QStringLiteral("Aled Hughes")
                                                                                   : session->people().first());
    // A typed name waits for the facilitator: confirmed here, whichever it was.
    for (const workshop::Seat &seat : session->seats()) {
        if (!seat.confirmed)
            REQUIRE(session->confirm(seat.id).ok());
    }
    CHECK(phone.post(QStringLiteral("/api/answer"), {{QStringLiteral("text"), QStringLiteral("Fewer handovers")}}, token).status == 204);
    REQUIRE(waitFor([&] { return panel->answerLines().size() == 1; }));
    CHECK(panel->keepNote()->isVisible());
    CHECK(panel->keepNote()->text().contains(QStringLiteral("master")));
    REQUIRE(panel->keepButton(0));
    CHECK_FALSE(panel->keepButton(0)->isVisible());
    CHECK(need(sync::SyncStore(*window.workbook()).contributions()).isEmpty());
}

// Not run with the suite ("[.]"): the section page with the live panel beside it, a question
// asked of the room from the page (for the user guide, and to look at):
//   QDF_GUIDE_PICTURES=docs/images build/bin/qdf-gui-tests "The user guide's picture of a question asked from a section page"
TEST_CASE("The user guide's picture of a question asked from a section page", "[.pictures]")
{
    const QString out = qEnvironmentVariable("QDF_GUIDE_PICTURES");
    REQUIRE_FALSE(out.isEmpty());
    Folder folder;
    const QString master = demoIn(folder).first();
    MainWindow window;
    openShown(window, master);
    window.resize(1280, 800);
    SectionPage *page = sectionPage(window, "care-standards");
    AnswerEditor *intended = editorOf(page, QStringLiteral("intended-product"));
    REQUIRE(intended);
    REQUIRE(window.startQuestionSession(QStringLiteral("care-standards"), QStringLiteral("intended-product"),
                                        LiveController::addresses().first(), 8025));
    const QString code = window.live()->session()->code();
    Client phone(window.live()->url());
    const QString dafydd = phone.join(code, QStringLiteral("Dafydd Price"));
    const QString sioned = phone.join(code, QStringLiteral("Sioned Evans"));
    for (const auto &[token, text] : {std::pair{dafydd, QStringLiteral("One plan for each person, made with them and their family")},
                                      std::pair{sioned, QStringLiteral("Fewer handovers at night")}})
        CHECK(phone.post(QStringLiteral("/api/answer"), {{QStringLiteral("text"), text}}, token).status == 204);
    REQUIRE(waitFor([&] { return window.livePanel()->answerLines().size() == 2; }));
    QTest::mouseClick(window.livePanel()->keepButton(0), Qt::LeftButton);
    page->ensureWidgetVisible(intended->askTheRoomButton());
    QTest::qWait(100);
    CHECK(window.grab().save(QDir(out).filePath(QStringLiteral("section-ask-the-room.png"))));
}

// Not run with the suite ("[.]"): makes the user guide's pictures of the projector in a live
// session, into the folder QDF_GUIDE_PICTURES names (docs/images), at a projector's 1280x720:
//   QDF_GUIDE_PICTURES=docs/images build/bin/qdf-gui-tests "[.pictures]"
TEST_CASE("The user guide's pictures of the projector during a live session", "[.pictures]")
{
    const QString out = qEnvironmentVariable("QDF_GUIDE_PICTURES");
    REQUIRE_FALSE(out.isEmpty());
    Folder folder;
    const QString master = demoIn(folder).first();
    MainWindow window;
    openShown(window, master);
    CatalystPage *page = catalystPage(window);
    REQUIRE(page->addRound(QStringLiteral("Workshop 2"), QStringLiteral("2027-03-02")));
    const QString round = need(catalyst::CatalystStore(*window.workbook()).round(QStringLiteral("Workshop 2"))).uuid;
    // The address the room would use; the loopback where the machine has no other.
    REQUIRE(window.startLiveSession(round, LiveController::addresses().first(), 8024));
    const QString code = window.live()->session()->code();
    Client phone(window.live()->url());
    const QString dafydd = phone.join(code, QStringLiteral("Dafydd Price"));
    const QString sioned = phone.join(code, QStringLiteral("Sioned Evans"));
    phone.join(code, QStringLiteral("Aled Hughes"));
    phone.join(code, QStringLiteral("Gwen Lewis"));
    int i = 0;
    for (const catalyst::Element &e : catalyst::Pack::shipped().drivers.first().elements) {
        CHECK(phone.rate(dafydd, e.key, 1 + i % 3).status == 204);
        if (i++ < 3)
            CHECK(phone.rate(sioned, e.key, 2 + i % 3).status == 204);
    }
    window.presentation()->setOn(true);
    window.setWindowState(window.windowState() & ~Qt::WindowFullScreen);
    window.resize(1280, 720);
    page->tabs()->setCurrentWidget(page->grid());
    REQUIRE(waitFor([&] { return lines(window.livePanel()->people()).join(QString()).contains(QStringLiteral("5 of 5")); }));
    QApplication::processEvents();
    window.resize(1280, 720);  // again, now that the panel is filled in: it all fits
    QApplication::processEvents();
    INFO("the window is " << window.width() << "x" << window.height() << ", at least " << window.minimumSizeHint().width()
                          << "x" << window.minimumSizeHint().height() << "; the panel at least "
                          << window.livePanel()->minimumSizeHint().height() << " high");
    CHECK(window.size() == QSize(1280, 720));
    CHECK(window.grab().save(QDir(out).filePath(QStringLiteral("presenting-live.png"))));
    QTest::mouseClick(window.livePanel()->revealButton(), Qt::LeftButton);
    showGroup(page);
    QTest::qWait(100);  // the layout after the panel changed, and the rows measured again
    CHECK(window.grab().save(QDir(out).filePath(QStringLiteral("presenting-revealed.png"))));

    // An open question beside the round: the answers as they arrive, for the room.
    window.livePanel()->questionAction(QStringLiteral("care-standards/intended-product"))->trigger();
    for (const auto &[token, text] : {std::pair{dafydd, QStringLiteral("One plan for each person, made with them and their family")},
                                      std::pair{sioned, QStringLiteral("Fewer handovers at night")}})
        CHECK(phone.post(QStringLiteral("/api/answer"), {{QStringLiteral("text"), text}}, token).status == 204);
    REQUIRE(waitFor([&] { return window.livePanel()->answerLines().size() == 2; }));
    QTest::mouseClick(window.livePanel()->keepButton(0), Qt::LeftButton);
    QApplication::processEvents();
    window.resize(1280, 720);
    QTest::qWait(100);
    INFO("with a question: the window is " << window.width() << "x" << window.height() << ", the panel at least "
                                           << window.livePanel()->minimumSizeHint().height() << " high");
    CHECK(window.size() == QSize(1280, 720));
    CHECK(window.grab().save(QDir(out).filePath(QStringLiteral("presenting-question.png"))));
    // And the answers for the whole room, full screen.
    QTest::mouseClick(window.livePanel()->answers()->wallButton(), Qt::LeftButton);
    LiveAnswersWall *wall = window.livePanel()->answers()->wall();
    REQUIRE(wall);
    wall->resize(1280, 720);
    QTest::qWait(100);
    CHECK(wall->grab().save(QDir(out).filePath(QStringLiteral("presenting-answers-wall.png"))));
    wall->close();
    window.presentation()->setOn(false);
}
