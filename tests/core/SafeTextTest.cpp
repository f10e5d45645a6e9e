// The one judge of characters that act or deceive (core/SafeText.h): what a terminal, a document,
// the window and a disk get instead.

#include "TestSupport.h"

#include "core/SafeText.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace qdf;

TEST_CASE("Control characters and bidirectional overrides are shown, never obeyed", "[hostile][safe-text]")
{
    CHECK(shownSafely(QStringLiteral("a\x1b[31mb")) == QStringLiteral("a⟨U+001B⟩[31mb"));
    CHECK(shownSafely(QStringLiteral("report\u202Efdp.exe")) == QStringLiteral("report⟨U+202E⟩fdp.exe"));
    CHECK(shownSafely(QStringLiteral("two\nlines\tand a tab")) == QStringLiteral("two\nlines\tand a tab"));
    CHECK(shownSafely(QStringLiteral("two\nlines"), false) == QStringLiteral("two⟨U+000A⟩lines"));
    CHECK(shownSafely(QStringLiteral("Siân ap Dafydd")) == QStringLiteral("Siân ap Dafydd"));
    // A one-character CSI (C1), DEL, a NUL, an isolate and a mark.
    CHECK(shownSafely(QString::fromUtf16(u"\u009b2J\u007f") + QChar(0) + QString::fromUtf16(u"\u2067x\u2069\u200f"))
          == QStringLiteral("⟨U+009B⟩2J⟨U+007F⟩⟨U+0000⟩⟨U+2067⟩x⟨U+2069⟩⟨U+200F⟩"));
    // Invisible characters and tag characters that hide words, and a lone surrogate.
    CHECK(shownSafely(QString::fromUtf16(u"a\u200bb\ufeffc")) == QStringLiteral("a⟨U+200B⟩b⟨U+FEFF⟩c"));
    CHECK(shownSafely(QString::fromUcs4(U"ok\U000E0041\U000E0042")) == QStringLiteral("ok⟨U+E0041⟩⟨U+E0042⟩"));
    CHECK(shownSafely(QString(QChar(0xD800)) + QStringLiteral("x")) == QStringLiteral("⟨U+D800⟩x"));
}

TEST_CASE("A carriage return becomes a line break, so it cannot overwrite what a line showed", "[hostile][safe-text]")
{
    CHECK(shownSafely(QStringLiteral("All clear\rDanger")) == QStringLiteral("All clear\nDanger"));
    CHECK(shownSafely(QStringLiteral("one\r\ntwo")) == QStringLiteral("one\ntwo"));
    CHECK(shownSafely(QStringLiteral("one\r\ntwo"), false) == QStringLiteral("one⟨U+000D⟩⟨U+000A⟩two"));
}

TEST_CASE("Emoji, Welsh and scripts that need joiners are left as they are", "[safe-text]")
{
    const QString family = QString::fromUcs4(U"\U0001F469\u200D\U0001F467");
    CHECK(shownSafely(family) == family);
    CHECK_FALSE(needsShowingSafely(QStringLiteral("Gwasanaethau ŵyr a ŷd — “quoted”")));
    CHECK(needsShowingSafely(QStringLiteral("a\u202Eb")));
}

TEST_CASE("JSON keeps its meaning with the characters escaped, so printing it obeys nothing", "[hostile][safe-text]")
{
    const QString name = QString::fromUtf16(u"Dafydd\u202Egnp.exe\u009b2J");
    const QString json = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("author"), name}}).toJson(QJsonDocument::Compact));
    const QString safe = jsonShownSafely(json);
    CHECK_FALSE(safe.contains(QChar(0x202E)));
    CHECK_FALSE(safe.contains(QChar(0x9B)));
    CHECK(safe.contains(QStringLiteral("\\u202e")));
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(safe.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(back.object().value(QStringLiteral("author")).toString() == name);
}

TEST_CASE("An attachment's name becomes a file name that stays in its folder, hides nothing and fits any disk",
          "[hostile][safe-text][attachments]")
{
    CHECK(safeFileName(QStringLiteral("plan.pdf")) == QStringLiteral("plan.pdf"));
    CHECK(safeFileName(QStringLiteral("Cynllun gofal — Siân.odt")) == QStringLiteral("Cynllun gofal — Siân.odt"));
    CHECK(safeFileName(QStringLiteral("../x")) == QStringLiteral("_x"));
    CHECK(safeFileName(QStringLiteral("../../.bashrc")) == QStringLiteral("_.._.bashrc"));
    CHECK(safeFileName(QStringLiteral("/etc/passwd")) == QStringLiteral("_etc_passwd"));
    CHECK(safeFileName(QStringLiteral("/")) == QStringLiteral("_"));
    CHECK(safeFileName(QStringLiteral("")) == QStringLiteral("attachment"));
    CHECK(safeFileName(QStringLiteral("..")) == QStringLiteral("attachment"));
    CHECK(safeFileName(QStringLiteral(" . ")) == QStringLiteral("attachment"));
    CHECK(safeFileName(QStringLiteral(".desktop")) == QStringLiteral("desktop"));
    CHECK(safeFileName(QStringLiteral("evil.desktop")) == QStringLiteral("evil.desktop"));
    CHECK(safeFileName(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) == QStringLiteral("a_b"));
    CHECK(safeFileName(QStringLiteral("report\u202Efdp.exe")) == QStringLiteral("report_fdp.exe"));
    CHECK(safeFileName(QStringLiteral("a:b|c?.txt")) == QStringLiteral("a_b_c_.txt"));
    CHECK(safeFileName(QStringLiteral("two\nlines.txt")) == QStringLiteral("two_lines.txt"));
    CHECK(safeFileName(QStringLiteral("name. ")) == QStringLiteral("name"));
    CHECK(safeFileName(QStringLiteral("CON")) == QStringLiteral("_CON"));
    CHECK(safeFileName(QStringLiteral("nul.txt")) == QStringLiteral("_nul.txt"));
    CHECK(safeFileName(QStringLiteral("console.txt")) == QStringLiteral("console.txt"));
    // Long: cut to the limit at a whole character, the extension kept.
    const QString longName = QString(300, QChar(0x0175)) + QStringLiteral(".pdf");  // ŵ: 2 bytes each
    const QString cut = safeFileName(longName);
    CHECK(cut.toUtf8().size() <= kSafeFileNameBytes);
    CHECK(cut.toUtf8().size() >= kSafeFileNameBytes - 1);
    CHECK(cut.endsWith(QStringLiteral("ŵ.pdf")));
    const QString emoji = QString::fromUcs4(U"\U0001F600").repeated(100);
    const QString cutEmoji = safeFileName(emoji);
    CHECK(cutEmoji.toUtf8().size() <= kSafeFileNameBytes);
    CHECK_FALSE(needsShowingSafely(cutEmoji));  // no half of a surrogate pair left
    // Made safe once, it stays as it is.
    for (const QString &name : {cut, QStringLiteral("_x"), QStringLiteral("report_fdp.exe")})
        CHECK(safeFileName(name) == name);
}
