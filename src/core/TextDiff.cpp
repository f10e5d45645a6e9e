#include "core/TextDiff.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

namespace qdf {

QStringList wordTokens(const QString &text)
{
    QStringList tokens;
    int start = 0;
    for (int i = 1; i <= text.size(); ++i) {
        const bool boundary = i == text.size() || text.at(i).isSpace() != text.at(start).isSpace();
        if (boundary) {
            tokens << text.mid(start, i - start);
            start = i;
        }
    }
    return tokens;
}

namespace {

using Units = std::vector<QString>;

Units toUnits(const QStringList &list)
{
    return Units(list.cbegin(), list.cend());
}

} // namespace

QVector<DiffRun> diffWords(const QString &oldText, const QString &newText)
{
    dtl::Diff<QString, Units> diff(toUnits(wordTokens(oldText)), toUnits(wordTokens(newText)));
    diff.compose();
    QVector<DiffRun> runs;
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        const DiffRun::Kind kind = info.type == dtl::SES_ADD      ? DiffRun::Kind::Added
                                 : info.type == dtl::SES_DELETE ? DiffRun::Kind::Removed
                                                                : DiffRun::Kind::Same;
        if (!runs.isEmpty() && runs.last().kind == kind)
            runs.last().text += token;
        else
            runs.push_back({kind, token});
    }
    return runs;
}

QString normalizedText(const QString &text)
{
    QString lf = text;
    lf.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return lf.normalized(QString::NormalizationForm_C);
}

namespace {

// Lines with their line ends, so that joining them is lossless.
Units lineUnits(const QString &text)
{
    Units lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype next = end < 0 ? text.size() : end + 1;
        lines.push_back(text.mid(start, next - start));
        start = next;
    }
    return lines;
}

QString joined(const Units &units, std::size_t from, std::size_t to)
{
    QString text;
    for (std::size_t i = from; i < to; ++i)
        text += units[i];
    return text;
}

// How one side changed `base`: the ranges [from, to) of base units it replaced or inserted at
// (overlapping or adjacent ones joined), and for each base unit the index of the same unit on
// that side (-1 where it changed).
struct Changes {
    QVector<QPair<int, int>> ranges;
    std::vector<int> sideIndex;
};

Changes changesTo(const Units &base, const Units &side)
{
    dtl::Diff<QString, Units> diff(base, side);
    diff.compose();
    Changes c;
    c.sideIndex.assign(base.size(), -1);
    int at = 0;
    int sideAt = 0;
    for (const auto &[unit, info] : diff.getSes().getSequence()) {
        Q_UNUSED(unit);
        if (info.type == dtl::SES_COMMON) {
            c.sideIndex[std::size_t(at)] = sideAt;
            ++at;
            ++sideAt;
            continue;
        }
        const int end = info.type == dtl::SES_DELETE ? at + 1 : at;
        if (!c.ranges.isEmpty() && c.ranges.last().second >= at)
            c.ranges.last().second = qMax(c.ranges.last().second, end);
        else
            c.ranges.push_back({at, end});
        if (info.type == dtl::SES_DELETE)
            ++at;
        else
            ++sideAt;
    }
    return c;
}

// The word-level merge of texts that both sides changed.
std::optional<QString> mergeTokens(const QString &base, const QString &ours, const QString &theirs)
{
    const Units baseTokens = toUnits(wordTokens(base));
    const Units ourTokens = toUnits(wordTokens(ours));
    const Units theirTokens = toUnits(wordTokens(theirs));
    // dtl merges changes that merely touch (one side rewrites "on weekdays", the other adds words
    // right after it) into text nobody wrote; like diff3, such changes are left to a person.
    const auto mine = changesTo(baseTokens, ourTokens).ranges;
    const auto others = changesTo(baseTokens, theirTokens).ranges;
    for (const auto &a : mine) {
        for (const auto &b : others) {
            // Touching counts: only a space between the two changes is still the same place.
            if (a.first <= b.second + 1 && b.first <= a.second + 1)
                return std::nullopt;
        }
    }
    // Diff3(A, B, C) merges the changes B→A and B→C: ours, base, theirs.
    dtl::Diff3<QString, Units> diff3(ourTokens, baseTokens, theirTokens);
    diff3.compose();
    if (!diff3.merge())
        return std::nullopt;
    const Units merged = diff3.getMergedSequence();
    return joined(merged, 0, merged.size());
}

// Where one side left the text as it was, or both made it the same: the text to keep.
std::optional<QString> oneSided(const QString &base, const QString &ours, const QString &theirs)
{
    if (ours == theirs || theirs == base)
        return ours;
    if (ours == base)
        return theirs;
    return std::nullopt;
}

std::optional<QString> mergeChunk(const QString &base, const QString &ours, const QString &theirs)
{
    if (auto whole = oneSided(base, ours, theirs))
        return whole;
    return mergeTokens(base, ours, theirs);
}

} // namespace

std::optional<QString> mergeWords(const QString &base, const QString &ours, const QString &theirs)
{
    if (auto whole = oneSided(base, ours, theirs))
        return whole;
    // Line by line first (a few hundred lines where a Schedule has tens of thousands of words):
    // lines that neither side changed stand between the changes, and only the stretches that
    // both sides changed, or that sit side by side, are merged word by word.
    const Units baseLines = lineUnits(base);
    const Units ourLines = lineUnits(ours);
    const Units theirLines = lineUnits(theirs);
    const Changes mine = changesTo(baseLines, ourLines);
    const Changes others = changesTo(baseLines, theirLines);
    QVector<QPair<int, int>> hunks = mine.ranges + others.ranges;
    std::sort(hunks.begin(), hunks.end());
    QVector<QPair<int, int>> joinedHunks;
    for (const auto &h : hunks) {
        if (!joinedHunks.isEmpty() && h.first <= joinedHunks.last().second)
            joinedHunks.last().second = qMax(joinedHunks.last().second, h.second);
        else
            joinedHunks.push_back(h);
    }
    // Between hunks every base line is kept by both sides, so each hunk's edges map onto both.
    const int baseCount = int(baseLines.size());
    const auto sideRange = [baseCount](const Changes &c, int sideCount, const QPair<int, int> &h) {
        const int from = h.first == 0 ? 0 : c.sideIndex[std::size_t(h.first - 1)] + 1;
        const int to = h.second == baseCount ? sideCount : c.sideIndex[std::size_t(h.second)];
        return QPair<int, int>(from, to);
    };
    QString merged;
    int at = 0;
    for (const auto &h : joinedHunks) {
        merged += joined(baseLines, std::size_t(at), std::size_t(h.first));
        const auto o = sideRange(mine, int(ourLines.size()), h);
        const auto t = sideRange(others, int(theirLines.size()), h);
        const auto chunk = mergeChunk(joined(baseLines, std::size_t(h.first), std::size_t(h.second)),
                                      joined(ourLines, std::size_t(o.first), std::size_t(o.second)),
                                      joined(theirLines, std::size_t(t.first), std::size_t(t.second)));
        if (!chunk)
            return std::nullopt;
        merged += *chunk;
        at = h.second;
    }
    merged += joined(baseLines, std::size_t(at), baseLines.size());
    return merged;
}

} // namespace qdf
