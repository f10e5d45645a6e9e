#include "core/TextDiff.h"

#include <dtl/dtl.hpp>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <vector>

namespace qdf {

namespace {

// Words and lines are looked at as views into the texts being compared, not as strings of their
// own: a merge of multi-page Schedules made one allocation a line and a word (2% of a merge,
// issue 16). Every text a view points into outlives it (the functions' arguments and locals).
using Units = std::vector<QStringView>;

// Runs of spaces and of everything else, in order.
Units wordUnits(QStringView text)
{
    Units tokens;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        const bool boundary = i == text.size() || text.at(i).isSpace() != text.at(start).isSpace();
        if (boundary) {
            tokens.push_back(text.mid(start, i - start));
            start = i;
        }
    }
    return tokens;
}

} // namespace

QStringList wordTokens(const QString &text)
{
    QStringList tokens;
    for (QStringView token : wordUnits(text))
        tokens << token.toString();
    return tokens;
}

QVector<DiffRun> diffWords(const QString &oldText, const QString &newText)
{
    dtl::Diff<QStringView, Units> diff(wordUnits(oldText), wordUnits(newText));
    diff.compose();
    QVector<DiffRun> runs;
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        const DiffRun::Kind kind = info.type == dtl::SES_ADD      ? DiffRun::Kind::Added
                                 : info.type == dtl::SES_DELETE ? DiffRun::Kind::Removed
                                                                : DiffRun::Kind::Same;
        if (!runs.isEmpty() && runs.last().kind == kind)
            runs.last().text += token;
        else
            runs.push_back({kind, token.toString()});
    }
    return runs;
}

QString normalizedText(const QString &text)
{
    // Most text is already plain (ASCII, LF): nothing to compose or convert, and no copy made.
    // Both by Qt's vectorised scans (a character at a time, this was 2% of a merge, issue 16).
    if (QtPrivate::isAscii(QStringView(text)) && !text.contains(QLatin1Char('\r')))
        return text;
    QString lf = text;
    lf.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return lf.normalized(QString::NormalizationForm_C);
}

namespace {

// Lines with their line ends, so that joining them is lossless.
Units lineUnits(QStringView text)
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
    qsizetype size = 0;
    for (std::size_t i = from; i < to; ++i)
        size += units[i].size();
    QString text;
    text.reserve(size);
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
    dtl::Diff<QStringView, Units> diff(base, side);
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

// The word-level merge of texts that both sides changed: each stretch of base words that one side
// changed takes that side's words; a stretch both changed (or where their changes touch: only a
// space between them is still the same place) takes theirs if both made it alike, and is
// otherwise marked with both versions for a person (`mark` empty: the merge fails instead).
struct Marks {
    QString ours;
    QString theirs;
};

std::optional<MarkedMerge> mergeTokens(const QString &base, const QString &ours, const QString &theirs,
                                       const std::optional<Marks> &mark)
{
    const Units baseTokens = wordUnits(base);
    const Units ourTokens = wordUnits(ours);
    const Units theirTokens = wordUnits(theirs);
    const Changes mine = changesTo(baseTokens, ourTokens);
    const Changes others = changesTo(baseTokens, theirTokens);
    struct Range {
        int from, to;
        bool ours;
    };
    QVector<Range> ranges;
    for (const auto &r : mine.ranges)
        ranges.push_back({r.first, r.second, true});
    for (const auto &r : others.ranges)
        ranges.push_back({r.first, r.second, false});
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.from < b.from; });
    const int baseCount = int(baseTokens.size());
    const auto sideRange = [baseCount](const Changes &c, int sideCount, int from, int to) {
        return QPair<int, int>(from == 0 ? 0 : c.sideIndex[std::size_t(from - 1)] + 1,
                               to == baseCount ? sideCount : c.sideIndex[std::size_t(to)]);
    };
    MarkedMerge merged;
    int at = 0;
    for (int i = 0; i < ranges.size();) {
        int from = ranges[i].from, to = ranges[i].to;
        bool byUs = false, byThem = false;
        for (; i < ranges.size() && ranges[i].from <= to + 1; ++i) {
            to = qMax(to, ranges[i].to);
            (ranges[i].ours ? byUs : byThem) = true;
        }
        // Grouping leaves an unchanged word on each side of a group, common to both texts.
        merged.text += joined(baseTokens, std::size_t(at), std::size_t(from));
        const auto o = sideRange(mine, int(ourTokens.size()), from, to);
        const auto t = sideRange(others, int(theirTokens.size()), from, to);
        const QString ourPart = joined(ourTokens, std::size_t(o.first), std::size_t(o.second));
        const QString theirPart = joined(theirTokens, std::size_t(t.first), std::size_t(t.second));
        if (!byThem || ourPart == theirPart) {
            merged.text += ourPart;
        } else if (!byUs) {
            merged.text += theirPart;
        } else {
            if (!mark)
                return std::nullopt;
            merged.text += QStringLiteral("\u27E6%1: %2\u27E7\u27E6%3: %4\u27E7").arg(mark->ours, ourPart, mark->theirs, theirPart);
            ++merged.conflicts;
        }
        at = to;
    }
    merged.text += joined(baseTokens, std::size_t(at), baseTokens.size());
    return merged;
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

// Text as a merge compares it: LF line ends, no spaces or tabs at the end of a line, no newlines
// at the end. Nobody's edit is in those.
QString comparable(const QString &text)
{
    // Most texts are comparable already: returned as they are, not split into lines and joined.
    // Judged by Qt's vectorised search for one character, line end to line end, not by looking
    // at each character in turn (2% of a merge, issue 16).
    const auto blank = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
    bool already = text.isEmpty() || (text.back() != QLatin1Char('\n') && !blank(text.back()) && !text.contains(QLatin1Char('\r')));
    for (qsizetype at = already ? text.indexOf(QLatin1Char('\n')) : -1; at >= 0; at = text.indexOf(QLatin1Char('\n'), at + 1)) {
        if (at > 0 && blank(text.at(at - 1))) {
            already = false;
            break;
        }
    }
    if (already)
        return text;
    QString lf = text;
    lf.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = lf.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (!line.isEmpty() && (line.back() == QLatin1Char(' ') || line.back() == QLatin1Char('\t')))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

bool endsWithNewline(const QString &text)
{
    return text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r'));
}

// Line by line first (a few hundred lines where a Schedule has tens of thousands of words): lines
// that neither side changed stand between the changes, and only the stretches that both sides
// changed, or that sit side by side, are merged word by word. Works on comparable() texts.
std::optional<MarkedMerge> mergeLines(const QString &base, const QString &ours, const QString &theirs,
                                      const std::optional<Marks> &mark)
{
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
    MarkedMerge merged;
    int at = 0;
    for (const auto &h : joinedHunks) {
        merged.text += joined(baseLines, std::size_t(at), std::size_t(h.first));
        const auto o = sideRange(mine, int(ourLines.size()), h);
        const auto t = sideRange(others, int(theirLines.size()), h);
        const QString b = joined(baseLines, std::size_t(h.first), std::size_t(h.second));
        const QString ourChunk = joined(ourLines, std::size_t(o.first), std::size_t(o.second));
        const QString theirChunk = joined(theirLines, std::size_t(t.first), std::size_t(t.second));
        if (auto whole = oneSided(b, ourChunk, theirChunk)) {
            merged.text += *whole;
        } else {
            const auto chunk = mergeTokens(b, ourChunk, theirChunk, mark);
            if (!chunk)
                return std::nullopt;
            merged.text += chunk->text;
            merged.conflicts += chunk->conflicts;
        }
        at = h.second;
    }
    merged.text += joined(baseLines, std::size_t(at), baseLines.size());
    return merged;
}

std::optional<MarkedMerge> merge(const QString &base, const QString &ours, const QString &theirs, const std::optional<Marks> &mark)
{
    if (auto whole = oneSided(base, ours, theirs))
        return MarkedMerge{*whole, 0};
    const QString b = comparable(base);
    const QString o = comparable(ours);
    const QString t = comparable(theirs);
    // A side that changed only line ends or trailing spaces changed nothing.
    if (o == t || t == b)
        return MarkedMerge{ours, 0};
    if (o == b)
        return MarkedMerge{theirs, 0};
    auto merged = mergeLines(b, o, t, mark);
    if (merged && (endsWithNewline(ours) || endsWithNewline(theirs)))
        merged->text += QLatin1Char('\n');
    return merged;
}

} // namespace

QString lineDelta(const QString &from, const QString &to)
{
    dtl::Diff<QStringView, Units> diff(lineUnits(from), lineUnits(to));
    diff.compose();
    QJsonArray ops;
    const auto add = [&ops](int n) {
        // Runs of the same sign join: one number for a run of copies or of skips.
        if (!ops.isEmpty() && ops.last().isDouble() && (ops.last().toInt() > 0) == (n > 0))
            ops[ops.size() - 1] = ops.last().toInt() + n;
        else
            ops.append(n);
    };
    for (const auto &[line, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON)
            add(1);
        else if (info.type == dtl::SES_DELETE)
            add(-1);
        else
            ops.append(line.toString());
    }
    return QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact));
}

std::optional<QString> applyLineDelta(const QString &from, const QString &delta)
{
    const QJsonDocument doc = QJsonDocument::fromJson(delta.toUtf8());
    if (!doc.isArray())
        return std::nullopt;
    const Units lines = lineUnits(from);
    std::size_t at = 0;
    QString out;
    for (const QJsonValue &op : doc.array()) {
        if (op.isString()) {
            out += op.toString();
            continue;
        }
        const int n = op.toInt();
        const std::size_t count = std::size_t(std::abs(n));
        if (!op.isDouble() || n == 0 || at + count > lines.size())
            return std::nullopt;
        if (n > 0)
            out += joined(lines, at, at + count);
        at += count;
    }
    if (at != lines.size())
        return std::nullopt;
    return out;
}

std::optional<QString> mergeWords(const QString &base, const QString &ours, const QString &theirs)
{
    auto merged = merge(base, ours, theirs, std::nullopt);
    if (!merged)
        return std::nullopt;
    return merged->text;
}

MarkedMerge mergeMarked(const QString &base, const QString &ours, const QString &theirs, const QString &oursLabel,
                        const QString &theirsLabel)
{
    return *merge(base, ours, theirs, Marks{oursLabel, theirsLabel});
}

bool hasConflictMarks(const QString &text)
{
    return text.contains(QChar(0x27E6)) && text.contains(QChar(0x27E7));
}

} // namespace qdf
