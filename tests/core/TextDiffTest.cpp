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
