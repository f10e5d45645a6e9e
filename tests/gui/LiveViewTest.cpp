#include "gui/schedule/LiveView.h"

#include <catch2/catch.hpp>

#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QTest>

using namespace qdf::gui;

namespace {

QString parts(int count)
{
    QString text;
    for (int i = 1; i <= count; ++i) {
        text += QStringLiteral("## Part %1\n\n").arg(i);
        for (int p = 0; p < 4; ++p)
            text += QStringLiteral("The provider visits every person at home at the agreed times and records each visit the same"
                                   " day, in part %1.\n\n")
                        .arg(i);
    }
    return text;
}

} // namespace

TEST_CASE("Parts of a Schedule begin at headings, never inside fenced code", "[gui][schedule]")
{
    const QString text = QStringLiteral("Intro\n# One\ntext\n```\n# not a heading\n```\n## Two\n#hashtag is text\n###### Six\n");
    const QVector<int> starts = LiveView::partStarts(text);
    REQUIRE(starts.size() == 4);
    CHECK(starts[0] == 0);
    CHECK(text.mid(starts[1]).startsWith(QStringLiteral("# One")));
    CHECK(text.mid(starts[2]).startsWith(QStringLiteral("## Two")));
    CHECK(text.mid(starts[3]).startsWith(QStringLiteral("###### Six")));
}

TEST_CASE("The live view shows a long Schedule by the part being edited, and a short one whole", "[gui][schedule]")
{
    QPlainTextEdit source;
    LiveView view(&source);
    view.resize(500, 600);
    view.show();

    source.setPlainText(parts(3));
    view.refresh();
    CHECK(view.note().isEmpty());
    CHECK(view.browser()->toPlainText().contains(QStringLiteral("Part 3")));

    const QString text = parts(400) + QStringLiteral("\nSee [the standard][std].\n\n[std]: https://example.org/standard\n");
    REQUIRE(text.size() > LiveView::kWholeUpTo);
    source.setPlainText(text);
    QTextCursor cursor = source.textCursor();
    cursor.setPosition(int(text.indexOf(QStringLiteral("## Part 200\n"))) + 5);
    source.setTextCursor(cursor);
    view.refresh();
    const QString shown = view.browser()->toPlainText();
    CHECK(shown.contains(QStringLiteral("Part 199")));
    CHECK(shown.contains(QStringLiteral("Part 200")));
    CHECK(shown.contains(QStringLiteral("Part 201")));
    CHECK_FALSE(shown.contains(QStringLiteral("Part 198\n")));
    CHECK_FALSE(shown.contains(QStringLiteral("Part 202")));
    CHECK(view.note().contains(QStringLiteral("199 to 201 of 400")));

    // Typing follows after the pause; moving to another part shows that part.
    source.moveCursor(QTextCursor::End);
    QTest::keyClicks(&source, QStringLiteral("Last words."));
    QTRY_VERIFY_WITH_TIMEOUT(view.browser()->toPlainText().contains(QStringLiteral("Last words.")), 3000);
    CHECK(view.browser()->toPlainText().contains(QStringLiteral("Part 400")));
    CHECK(view.note().contains(QStringLiteral("399 to 400 of 400")));
    // A link to a reference defined elsewhere in the text is still a link in a part shown alone.
    CHECK(view.browser()->toPlainText().contains(QStringLiteral("See the standard.")));
    CHECK(view.browser()->toHtml().contains(QStringLiteral("https://example.org/standard")));
    cursor.setPosition(10);
    source.setTextCursor(cursor);
    view.refresh();
    CHECK(view.browser()->toPlainText().contains(QStringLiteral("Part 1")));
    CHECK(view.note().contains(QStringLiteral("1 to 2 of 400")));
}
