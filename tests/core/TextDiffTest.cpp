#include "TestSupport.h"

#include "core/TextDiff.h"

using namespace qdf;

namespace {

QString join(const QVector<DiffRun> &runs, DiffRun::Kind skip)
{
    QString text;
    for (const DiffRun &r : runs) {
        if (r.kind != skip)
            text += r.text;
    }
    return text;
}

} // namespace

TEST_CASE("A word diff gives back both texts exactly and marks what changed", "[diff]")
{
    const QString before = QStringLiteral("Triage by 12:00 the next working day.\nUrgent within 2 hours.");
    const QString after = QStringLiteral("Triage by 10:00 the next working day.\nUrgent within 2 hours, always.");
    const auto runs = diffWords(before, after);
    CHECK(join(runs, DiffRun::Kind::Added) == before);
    CHECK(join(runs, DiffRun::Kind::Removed) == after);
    QStringList removed, added;
    for (const DiffRun &r : runs) {
        if (r.kind == DiffRun::Kind::Removed)
            removed << r.text.trimmed();
        if (r.kind == DiffRun::Kind::Added)
            added << r.text.trimmed();
    }
    CHECK(removed == QStringList{QStringLiteral("12:00"), QStringLiteral("hours.")});
    CHECK(added == QStringList{QStringLiteral("10:00"), QStringLiteral("hours, always.")});
}

TEST_CASE("Diffing equal or empty texts gives only unchanged runs", "[diff]")
{
    CHECK(diffWords(QString(), QString()).isEmpty());
    const auto same = diffWords(QStringLiteral("a b"), QStringLiteral("a b"));
    REQUIRE(same.size() == 1);
    CHECK(same[0].kind == DiffRun::Kind::Same);
    CHECK(wordTokens(QStringLiteral("  two  words ")).join(QString()) == QStringLiteral("  two  words "));
}

TEST_CASE("A three-way word merge takes both sides' changes, and refuses changes to the same words", "[diff][merge]")
{
    const QString base = QStringLiteral("The service runs on weekdays and is reviewed yearly by the board.");
    const QString ours = QStringLiteral("The service runs every day and is reviewed yearly by the board.");
    const QString theirs = QStringLiteral("The service runs on weekdays and is reviewed each quarter by the board.");
    CHECK(mergeWords(base, ours, theirs) == QStringLiteral("The service runs every day and is reviewed each quarter by the board."));
    CHECK(mergeWords(base, theirs, ours) == QStringLiteral("The service runs every day and is reviewed each quarter by the board."));
    CHECK(mergeWords(base, ours, ours) == ours);   // the same change on both sides, taken once
    CHECK(mergeWords(base, base, theirs) == theirs);
    CHECK(mergeWords(base, ours, base) == ours);
    const QString clash = QStringLiteral("The service runs at weekends and is reviewed yearly by the board.");
    CHECK_FALSE(mergeWords(base, ours, clash).has_value());
}

TEST_CASE("Text is compared in NFC with LF line ends", "[diff][merge]")
{
    const QString composed = QStringLiteral("Caf\u00e9 y Gymuned\nAr agor");
    const QString decomposedCrlf = QStringLiteral("Cafe\u0301 y Gymuned\r\nAr agor");
    CHECK(normalizedText(decomposedCrlf) == composed);
    CHECK(normalizedText(QStringLiteral("a\rb")) == QStringLiteral("a\nb"));
}

TEST_CASE("A long text merges line by line, word by word only where both sides changed neighbouring lines", "[diff][merge]")
{
    QStringList lines;
    for (int i = 0; i < 200; ++i)
        lines << QStringLiteral("Paragraph %1 says the service visits people at home every week.").arg(i);
    const auto text = [](const QStringList &l) { return l.join(QLatin1Char('\n')) + QLatin1Char('\n'); };
    QStringList ours = lines, theirs = lines, expected = lines;
    const auto edit = [](QString line, const QString &from, const QString &to) { return line.replace(from, to); };
    // Far apart: ours edits 10 and 150 and adds a line after 50; theirs edits 100, removes 180.
    ours[10] = expected[10] = edit(lines[10], QStringLiteral("every week"), QStringLiteral("twice a week"));
    ours[150] = expected[150] = edit(lines[150], QStringLiteral("at home"), QStringLiteral("in clinic"));
    ours.insert(51, QStringLiteral("A new paragraph."));
    theirs[100] = expected[100] = edit(lines[100], QStringLiteral("visits"), QStringLiteral("phones"));
    theirs.removeAt(180);
    // Side by side: theirs edits line 11 next to ours' line 10, and other words of line 150.
    theirs[11] = expected[11] = edit(lines[11], QStringLiteral("people"), QStringLiteral("carers"));
    theirs[150] = edit(lines[150], QStringLiteral("Paragraph"), QStringLiteral("Section"));
    expected[150] = edit(expected[150], QStringLiteral("Paragraph"), QStringLiteral("Section"));
    expected.removeAt(180);
    expected.insert(51, QStringLiteral("A new paragraph."));
    CHECK(mergeWords(text(lines), text(ours), text(theirs)) == text(expected));
    CHECK(mergeWords(text(lines), text(theirs), text(ours)) == text(expected));
    // The same words of one line changed differently on both sides stay a conflict.
    QStringList clash = theirs;
    clash[150] = edit(lines[150], QStringLiteral("at home"), QStringLiteral("by video"));
    CHECK_FALSE(mergeWords(text(lines), text(ours), text(clash)).has_value());
    // So does a line one side rewrote and the other removed, and a text without line ends.
    QStringList removed = lines;
    removed.removeAt(10);
    CHECK_FALSE(mergeWords(text(lines), text(ours), text(removed)).has_value());
    CHECK(mergeWords(lines[0], ours[10], lines[0]) == ours[10]);
}

TEST_CASE("A final newline, trailing spaces and CRLF never make two separate edits a conflict", "[diff]")
{
    // One paragraph, as a text editor saves it: with a final newline. An edit at its start and
    // another at its end are separate edits, as they are without the newline.
    const QString base = QStringLiteral("Nurses visit on weekdays between nine and five, and every visit is recorded.\n");
    const QString ours = QStringLiteral("District nurses visit on weekdays between nine and five, and every visit is recorded.\n");
    const QString theirs = QStringLiteral("Nurses visit on weekdays between nine and five, and every visit is recorded the same day.\n");
    const auto merged = mergeWords(base, ours, theirs);
    REQUIRE(merged);
    CHECK(*merged == QStringLiteral("District nurses visit on weekdays between nine and five, and every visit is recorded the same day.\n"));
    const auto without = mergeWords(base.chopped(1), ours.chopped(1), theirs.chopped(1));
    REQUIRE(without);
    CHECK(*without == merged->chopped(1));

    // Lines: one side edits the first line, the other the last, and one of them also lost the
    // final newline and left spaces at a line's end.
    const QString lines = QStringLiteral("Referral by phone.\nTriage within a day.\nVisits recorded.\n");
    const auto byLine = mergeWords(lines, QStringLiteral("Referral by phone or online.\nTriage within a day.  \nVisits recorded.\n"),
                                   QStringLiteral("Referral by phone.\nTriage within a day.\nVisits recorded the same day."));
    REQUIRE(byLine);
    CHECK(*byLine == QStringLiteral("Referral by phone or online.\nTriage within a day.\nVisits recorded the same day.\n"));

    // Windows line ends on one side only.
    const auto crlf = mergeWords(lines, QStringLiteral("Referral by phone or online.\r\nTriage within a day.\r\nVisits recorded.\r\n"),
                                 QStringLiteral("Referral by phone.\nTriage within a day.\nVisits recorded the same day.\n"));
    REQUIRE(crlf);
    CHECK(*crlf == QStringLiteral("Referral by phone or online.\nTriage within a day.\nVisits recorded the same day.\n"));
}

TEST_CASE("Blanks before any line end, a carriage return anywhere or line ends at the end are never an edit", "[diff]")
{
    // The merge compares texts without them; the check that a text is without them already looks
    // only where a line ends, so every place one can be is tried: the first line end, the last,
    // one in the middle, the text's very end, a text that starts with a line end.
    for (const QString &base : {QStringLiteral("Referral by phone.\nTriage within a day.\nVisits recorded."),
                                QStringLiteral("\nReferral by phone.\nTriage within a day.\nVisits recorded.")}) {
        QString theirs = base;
        theirs.replace(QStringLiteral("a day"), QStringLiteral("four hours"));
        QStringList untidy;
        untidy << base + QLatin1Char(' ') << base + QLatin1Char('\t') << base + QLatin1Char('\n') << base + QStringLiteral(" \n\n");
        for (const QString &blank : {QStringLiteral(" "), QStringLiteral("\t"), QStringLiteral("  \t")}) {
            const qsizetype first = base.indexOf(QLatin1Char('\n'));
            const qsizetype last = base.lastIndexOf(QLatin1Char('\n'));
            untidy << QString(base).insert(first, blank) << QString(base).insert(last, blank);
        }
        untidy << QString(base).replace(QLatin1Char('\n'), QStringLiteral("\r\n")) << QString(base).replace(QLatin1Char('\n'), QLatin1Char('\r'));
        for (const QString &ours : untidy) {
            INFO(ours.toStdString());
            const auto merged = mergeWords(base, ours, theirs);
            REQUIRE(merged);
            CHECK(*merged == theirs);
        }
        // A blank inside a line, or a line end inside the text, is an edit like any other.
        QString spaced = base;
        spaced.replace(QStringLiteral("by phone"), QStringLiteral("by  phone"));
        CHECK(mergeWords(base, spaced, base) == spaced);
    }
}

TEST_CASE("A conflicting text is offered merged, with only the overlapping stretch left marked for a person", "[diff]")
{
    const QString base = QStringLiteral("Referral by phone.\nTriage within a day.\nVisits recorded.\n");
    const QString ours = QStringLiteral("Referral by phone or online.\nTriage within two hours.\nVisits recorded.\n");
    const QString theirs = QStringLiteral("Referral by phone.\nTriage within four hours.\nVisits recorded the same day.\n");
    CHECK_FALSE(mergeWords(base, ours, theirs));
    const MarkedMerge marked = mergeMarked(base, ours, theirs, QStringLiteral("Rhian Morgan"), QStringLiteral("Dafydd Price"));
    CHECK(marked.conflicts == 1);
    // Both sides' separate edits are in; the overlap is there twice, marked with whose it is.
    CHECK(marked.text.startsWith(QStringLiteral("Referral by phone or online.\n")));
    CHECK(marked.text.endsWith(QStringLiteral("Visits recorded the same day.\n")));
    CHECK(marked.text.contains(QStringLiteral("two hours")));
    CHECK(marked.text.contains(QStringLiteral("four hours")));
    CHECK(marked.text.contains(QStringLiteral("Rhian Morgan")));
    CHECK(marked.text.contains(QStringLiteral("Dafydd Price")));
    CHECK(hasConflictMarks(marked.text));
    CHECK_FALSE(hasConflictMarks(*mergeWords(base, ours, base)));
}

TEST_CASE("A line delta turns one text into the other exactly, and refuses a text it does not fit", "[diff]")
{
    const QString older = QStringLiteral("Referral by phone.\nTriage within a day.\nVisits recorded.\n\nA last line without its end");
    const QString newer = QStringLiteral("Referral by phone or online.\nTriage within a day.\n\nA last line without its end\nAnd more.");
    for (const auto &[from, to] : {std::pair{newer, older}, std::pair{older, newer}, std::pair{QString(), older},
                                   std::pair{older, QString()}, std::pair{older, older}}) {
        const QString delta = lineDelta(from, to);
        REQUIRE(applyLineDelta(from, delta));
        CHECK(*applyLineDelta(from, delta) == to);
    }
    // Only what changed is kept: the delta of a one-line edit in a long text is short.
    QString pages;
    for (int i = 0; i < 200; ++i)
        pages += QStringLiteral("Paragraph %1 of the Schedule, long enough to stand for a real one.\n").arg(i);
    QString edited = pages;
    edited.replace(QStringLiteral("Paragraph 100 "), QStringLiteral("Paragraph one hundred "));
    CHECK(lineDelta(edited, pages).size() < 200);
    CHECK_FALSE(applyLineDelta(QStringLiteral("short"), lineDelta(pages, edited)));
    CHECK_FALSE(applyLineDelta(pages, QStringLiteral("not a delta")));
}

TEST_CASE("A marked merge with no stretch marked is the word merge, so the merge of an item runs it once", "[diff][merge]")
{
    // sync::mergeItem merges a text once, marked, and takes it as the clean merge where nothing
    // is marked: the two must agree on every text, whether it is comparable as it is or not.
    const QString base = QStringLiteral("Referral by phone.\nTriage within a day.\nVisits recorded.\n");
    const QStringList sides{
        base,
        QStringLiteral("Referral by phone or online.\nTriage within a day.\nVisits recorded.\n"),
        QStringLiteral("Referral by phone.\nTriage within a day.\nVisits recorded the same day."),
        QStringLiteral("Referral by phone.  \nTriage within a day.\t\nVisits recorded.\n\n"),
        QStringLiteral("Referral by phone or online.\r\nTriage within a day.\r\nVisits recorded.\r\n"),
        QStringLiteral("Referral by phone.\nTriage within four hours.\nVisits recorded the same day.\n"),
        QStringLiteral("Referral by phone.\nTriage within two hours.\nVisits recorded.\n"),
        QString(),
    };
    int clean = 0, marked = 0;
    for (const QString &ours : sides) {
        for (const QString &theirs : sides) {
            const auto words = mergeWords(base, ours, theirs);
            const MarkedMerge m = mergeMarked(base, ours, theirs, QStringLiteral("Here"), QStringLiteral("Theirs"));
            CHECK(words.has_value() == (m.conflicts == 0));
            if (words) {
                CHECK(*words == m.text);
                ++clean;
            } else {
                ++marked;
            }
        }
    }
    CHECK(clean > 0);
    CHECK(marked > 0);
}
