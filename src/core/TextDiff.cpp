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

} // namespace qdf
