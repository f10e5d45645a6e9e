#include "gui/sync/DiffPanes.h"

#include "core/TextDiff.h"

#include <QPlainTextEdit>
#include <QTextBlock>

#include <algorithm>

namespace qdf::gui {
namespace {

using Stretches = QVector<QPair<int, int>>;

// Where `to` differs from `from`: the stretches of `to` that are added (or, with `removed`, the
// stretches of `from` that are gone), with only spaces between them joined into one.
Stretches differing(const QString &from, const QString &to, bool removed)
{
    Stretches found;
    int at = 0;
    for (const DiffRun &run : diffWords(from, to)) {
        const bool counts = run.kind == DiffRun::Kind::Same || run.kind == (removed ? DiffRun::Kind::Removed : DiffRun::Kind::Added);
        if (!counts)
            continue;
        const int length = int(run.text.size());
        if (run.kind != DiffRun::Kind::Same && !run.text.trimmed().isEmpty()) {
            const QString &text = removed ? from : to;
            if (!found.isEmpty() && text.mid(found.last().second, at - found.last().second).trimmed().isEmpty())
                found.last().second = at + length;
            else
                found.append({at, at + length});
        }
        at += length;
    }
    return found;
}

Stretches merged(Stretches a, const Stretches &b)
{
    a += b;
    std::sort(a.begin(), a.end());
    Stretches out;
    for (const auto &s : a) {
        if (!out.isEmpty() && s.first <= out.last().second)
            out.last().second = qMax(out.last().second, s.second);
        else
            out.append(s);
    }
    return out;
}

} // namespace

DiffPanes::DiffPanes(QPlainTextEdit *base, QPlainTextEdit *ours, QPlainTextEdit *theirs, QPlainTextEdit *result, QObject *parent)
    : QObject(parent), m_base(base), m_ours(ours), m_theirs(theirs), m_result(result)
{
    connect(m_result, &QPlainTextEdit::textChanged, this, &DiffPanes::markResult);
}

void DiffPanes::update()
{
    const QString base = m_base->toPlainText();
    const QString ours = m_ours->toPlainText();
    const QString theirs = m_theirs->toPlainText();
    show(m_base, merged(differing(base, ours, true), differing(base, theirs, true)), true);
    show(m_ours, differing(base, ours, false), false);
    show(m_theirs, differing(base, theirs, false), false);
    markResult();
}

void DiffPanes::markResult()
{
    show(m_result, differing(m_base->toPlainText(), m_result->toPlainText(), false), false);
}

void DiffPanes::show(QPlainTextEdit *pane, const Stretches &stretches, bool removed)
{
    m_marked.insert(pane, stretches);
    QTextCharFormat format;
    const QPalette &palette = pane->palette();
    if (removed) {
        format.setFontStrikeOut(true);
        format.setForeground(palette.color(QPalette::LinkVisited));
    } else {
        format.setFontUnderline(true);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setForeground(palette.color(QPalette::Link));
    }
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto &[start, end] : stretches) {
        QTextCursor cursor(pane->document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        selections.append({cursor, format});
    }
    pane->setExtraSelections(selections);
    // For a screen reader, which hears no underline: how many, and the key that goes to them.
    pane->setAccessibleDescription(stretches.isEmpty()
                                       ? tr("The same as the base")
                                       : removed ? tr("%n stretch(es) taken out by one side or both, struck through; F7 goes to the next", nullptr,
                                                      int(stretches.size()))
                                                 : tr("%n stretch(es) differ from the base, underlined; F7 goes to the next", nullptr,
                                                      int(stretches.size())));
}

QPlainTextEdit *DiffPanes::paneInUse() const
{
    for (QPlainTextEdit *pane : {m_base, m_ours, m_theirs, m_result}) {
        if (pane->hasFocus())
            return pane;
    }
    return m_result;
}

bool DiffPanes::move(QPlainTextEdit *pane, bool forward)
{
    const Stretches stretches = m_marked.value(pane);
    if (stretches.isEmpty())
        return false;
    const QTextCursor now = pane->textCursor();
    const int from = forward ? now.selectionEnd() : now.selectionStart();
    auto target = stretches.first();
    if (forward) {
        auto next = std::find_if(stretches.cbegin(), stretches.cend(), [from](const auto &s) { return s.first >= from; });
        target = next != stretches.cend() ? *next : stretches.first();
    } else {
        auto before = std::find_if(stretches.crbegin(), stretches.crend(), [from](const auto &s) { return s.second <= from; });
        target = before != stretches.crend() ? *before : stretches.last();
    }
    QTextCursor cursor(pane->document());
    cursor.setPosition(target.first);
    cursor.setPosition(target.second, QTextCursor::KeepAnchor);
    pane->setTextCursor(cursor);
    pane->ensureCursorVisible();
    pane->setFocus();
    return true;
}

} // namespace qdf::gui
