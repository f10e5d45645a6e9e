// Writing one text in Welsh and English side by side in the window (issue 23): each language saved
// on its own, its translation state said beside it, Mark as translated, and undo of both.

#include "TestSupport.h"
#include "gui/GuiSupport.h"

#include "core/stores/AnswerStore.h"
#include "core/stores/SectionStore.h"
#include "gui/LanguageSwitch.h"
#include "gui/app/MainWindow.h"
#include "gui/section/AnswerEditor.h"
#include "gui/section/SectionPage.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace qdf;
using namespace qdf::gui;
using namespace qdf::test;

namespace {

AnswerEditor *reasonEditor(MainWindow &window)
{
    for (AnswerEditor *editor : sectionPage(window, "activities")->answerEditors()) {
        if (editor->question().key == QLatin1String("reason"))
            return editor;
    }
    FAIL("no such question");
    return nullptr;
}

Bilingual storedTexts(const QString &path)
{
    auto wb = need(Workbook::open(path, {true, Workbook::Verify::OnOpen}));
    const Question q = need(SectionStore(*wb).question(QStringLiteral("activities"), QStringLiteral("reason")));
    const auto a = need(AnswerStore(*wb).current(q.id));
    REQUIRE(a);
    return a->texts;
}

void type(QPlainTextEdit *box, const QString &text)
{
    box->setFocus();
    box->moveCursor(QTextCursor::End);
    // QTest::keyClicks knows only ASCII: a letter such as â arrives as a key event carrying its
    // text, as from a Welsh keyboard layout.
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(box, c.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(box, &press);
        QApplication::sendEvent(box, &release);
    }
}

} // namespace

TEST_CASE("An answer written in Welsh and English side by side: each saved, its state said, marked as translated, "
          "out of date when the English changes, and undone",
          "[gui][i18n][translation]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("Rhaglen Afon")));
    MainWindow window;
    openShown(window, path);
    AnswerEditor *editor = reasonEditor(window);
    LanguageSwitch *languages = editor->languages();
    QPlainTextEdit *english = editor->editorIn(Language::English);
    QPlainTextEdit *welsh = editor->editorIn(Language::Welsh);

    // An empty answer opens in the window's language alone.
    CHECK(languages->mode() == LanguageSwitch::Mode::English);
    CHECK(english->isVisible());
    CHECK_FALSE(welsh->isVisible());
    CHECK(languages->markButton()->isHidden());

    auto *both = languages->findChild<QPushButton *>(QStringLiteral("writeBoth"));
    REQUIRE(both);
    QTest::mouseClick(both, Qt::LeftButton);
    CHECK(languages->mode() == LanguageSwitch::Mode::Both);
    CHECK(english->isVisible());
    CHECK(welsh->isVisible());
    CHECK(welsh->accessibleName().startsWith(QStringLiteral("Answer in Welsh: ")));

    type(english, QStringLiteral("Nurses visit people at home."));
    type(welsh, QStringLiteral("Mae nyrsys yn ymweld â phobl gartref."));
    REQUIRE(editor->flush());
    Bilingual texts = storedTexts(path);
    CHECK(texts.english.body == QStringLiteral("Nurses visit people at home."));
    CHECK(texts.welsh.body == QStringLiteral("Mae nyrsys yn ymweld â phobl gartref."));
    // Written apart, neither is yet said to be the other's translation.
    CHECK(languages->stateText().contains(QStringLiteral("not yet marked as translated")));
    REQUIRE_FALSE(languages->markButton()->isHidden());

    QTest::mouseClick(languages->markButton(), Qt::LeftButton);
    CHECK(languages->stateText() == QStringLiteral("Welsh and English up to date with each other"));
    CHECK(languages->markButton()->isHidden());
    texts = storedTexts(path);
    CHECK_FALSE(texts.welsh.from.isEmpty());
    CHECK_FALSE(texts.english.from.isEmpty());

    // The English changes: the Welsh is behind it, and says since when.
    type(english, QStringLiteral(" Weekends too."));
    REQUIRE(editor->flush());
    CHECK(languages->stateText().contains(QStringLiteral("Welsh out of date: the English changed on")));
    CHECK_FALSE(languages->markButton()->isHidden());
    CHECK(storedTexts(path).welsh.body == QStringLiteral("Mae nyrsys yn ymweld â phobl gartref."));  // its words untouched

    // Undo takes back the English change, and the state follows.
    window.undo();
    QTRY_COMPARE(english->toPlainText(), QStringLiteral("Nurses visit people at home."));
    CHECK(languages->stateText() == QStringLiteral("Welsh and English up to date with each other"));
    // And once more: the mark itself.
    window.undo();
    QTRY_VERIFY(languages->stateText().contains(QStringLiteral("not yet marked as translated")));

    // Reopened, the answer opens side by side, as it has both languages.
    window.closeWorkbook();
    REQUIRE(window.openWorkbook(path));
    AnswerEditor *again = reasonEditor(window);
    CHECK(again->languages()->mode() == LanguageSwitch::Mode::Both);
    CHECK(again->editorIn(Language::Welsh)->toPlainText() == QStringLiteral("Mae nyrsys yn ymweld â phobl gartref."));
}

TEST_CASE("Writing only in Welsh keeps the English words as they were", "[gui][i18n][translation]")
{
    Folder folder;
    const QString path = folder.path(QStringLiteral("m.qdf"));
    need(createMaster(path, kProducer, QStringLiteral("Rhaglen Afon")));
    MainWindow window;
    openShown(window, path);
    AnswerEditor *editor = reasonEditor(window);
    type(editor->editorIn(Language::English), QStringLiteral("In English."));
    REQUIRE(editor->flush());

    QTest::mouseClick(editor->languages()->findChild<QPushButton *>(QStringLiteral("writeWelsh")), Qt::LeftButton);
    CHECK(editor->editor() == editor->editorIn(Language::Welsh));
    CHECK_FALSE(editor->editorIn(Language::English)->isVisible());
    type(editor->editorIn(Language::Welsh), QStringLiteral("Yn Gymraeg."));
    REQUIRE(editor->flush());
    const Bilingual texts = storedTexts(path);
    CHECK(texts.english.body == QStringLiteral("In English."));
    CHECK(texts.welsh.body == QStringLiteral("Yn Gymraeg."));
}
