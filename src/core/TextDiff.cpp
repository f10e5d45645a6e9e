#include "core/TextDiff.h"

#include <dtl/dtl.hpp>

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

QVector<DiffRun> diffWords(const QString &oldText, const QString &newText)
{
    const QStringList a = wordTokens(oldText);
    const QStringList b = wordTokens(newText);
    std::vector<QString> av(a.cbegin(), a.cend());
    std::vector<QString> bv(b.cbegin(), b.cend());
    dtl::Diff<QString, std::vector<QString>> diff(av, bv);
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

std::optional<QString> mergeWords(const QString &base, const QString &ours, const QString &theirs)
{
    auto tokens = [](const QString &text) {
        const QStringList t = wordTokens(text);
        return std::vector<QString>(t.cbegin(), t.cend());
    };
    if (ours == theirs || theirs == base)
        return ours;
    if (ours == base)
        return theirs;
    // dtl merges changes that merely touch (one side rewrites "on weekdays", the other adds words
    // right after it) into text nobody wrote; like diff3, such changes are left to a person.
    const std::vector<QString> baseTokens = tokens(base);
    const auto ranges = [&baseTokens](const std::vector<QString> &side) {
        dtl::Diff<QString, std::vector<QString>> diff(baseTokens, side);
        diff.compose();
        QVector<QPair<int, int>> changed;  // base token ranges [from, to) replaced or inserted at
        int at = 0;
        for (const auto &[token, info] : diff.getSes().getSequence()) {
            Q_UNUSED(token);
            if (info.type == dtl::SES_COMMON) {
                ++at;
                continue;
            }
            const int end = info.type == dtl::SES_DELETE ? at + 1 : at;
            if (!changed.isEmpty() && changed.last().second >= at)
                changed.last().second = qMax(changed.last().second, end);
            else
                changed.push_back({at, end});
            if (info.type == dtl::SES_DELETE)
                ++at;
        }
        return changed;
    };
    const auto mine = ranges(tokens(ours));
    const auto others = ranges(tokens(theirs));
    for (const auto &a : mine) {
        for (const auto &b : others) {
            // Touching counts: only a space between the two changes is still the same place.
            if (a.first <= b.second + 1 && b.first <= a.second + 1)
                return std::nullopt;
        }
    }
    // Diff3(A, B, C) merges the changes B→A and B→C: ours, base, theirs.
    dtl::Diff3<QString, std::vector<QString>> diff3(tokens(ours), baseTokens, tokens(theirs));
    diff3.compose();
    if (!diff3.merge())
        return std::nullopt;
    QString merged;
    for (const QString &token : diff3.getMergedSequence())
        merged += token;
    return merged;
}

} // namespace qdf
